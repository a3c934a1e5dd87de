import { PekerjaMigranError } from "../../core/errors.js";
import { type CalendarDate, isCalendarDate } from "./calendar-date.js";

function assertDate(value: CalendarDate, argument: string): void {
  if (!isCalendarDate(value)) {
    throw new PekerjaMigranError("INVALID_CALENDAR_DATE", `${argument} must be a YYYY-MM-DD calendar date`, {
      argument,
    });
  }
}

/**
 * Compares two calendar dates: `-1` if `a` is earlier, `0` if the same day, `1` if later. Suitable
 * for `Array.prototype.sort`. Throws `PekerjaMigranError` if either is not a valid calendar date.
 *
 * @example
 * ```ts
 * compareDates("2025-01-31", "2025-02-01"); //=> -1
 * ["2025-03-01", "2024-12-31"].sort(compareDates); //=> ["2024-12-31", "2025-03-01"]
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  // Valid YYYY-MM-DD strings order correctly as strings: no Date needed.
  assertDate(a, "a");
  assertDate(b, "b");
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether `date` is strictly before `other`.
 *
 * @example
 * ```ts
 * isDateBefore("2025-01-31", "2025-02-01"); //=> true
 * isDateBefore("2025-02-01", "2025-02-01"); //=> false
 * ```
 */
export function isDateBefore(date: CalendarDate, other: CalendarDate): boolean {
  return compareDates(date, other) < 0;
}

/**
 * Whether `date` is strictly after `other`.
 *
 * @example
 * ```ts
 * isDateAfter("2025-02-02", "2025-02-01"); //=> true
 * isDateAfter("2025-02-01", "2025-02-01"); //=> false
 * ```
 */
export function isDateAfter(date: CalendarDate, other: CalendarDate): boolean {
  return compareDates(date, other) > 0;
}
