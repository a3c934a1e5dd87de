import { addDays, addMonths, addYears } from "date-fns";
import { PekerjaMigranError } from "../../core/errors.js";
import type { CalendarDate } from "./calendar-date.js";
import { fromUtcDate, toUtcDate } from "./utc.js";

function wholeNumber(amount: number, argument: string): number {
  if (!Number.isSafeInteger(amount)) {
    throw new PekerjaMigranError("INVALID_ARGUMENT", `${argument} must be a safe integer`, { argument });
  }
  return amount;
}

/**
 * Adds (or, when negative, subtracts) whole days to a calendar date.
 *
 * @example
 * ```ts
 * addDaysToDate("2024-02-28", 1); //=> "2024-02-29"
 * addDaysToDate("2025-02-28", 1); //=> "2025-03-01"
 * addDaysToDate("2025-01-01", -1); //=> "2024-12-31"
 * ```
 */
export function addDaysToDate(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDate(addDays(toUtcDate(date), wholeNumber(days, "days")));
}

/**
 * Adds whole months to a calendar date. Like date-fns `addMonths`, a day that does not exist in the
 * target month becomes that month's last day (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * ```ts
 * addMonthsToDate("2025-01-31", 1); //=> "2025-02-28"
 * addMonthsToDate("2024-01-31", 1); //=> "2024-02-29"
 * addMonthsToDate("2025-03-15", -5); //=> "2024-10-15"
 * ```
 */
export function addMonthsToDate(date: CalendarDate, months: number): CalendarDate {
  return fromUtcDate(addMonths(toUtcDate(date), wholeNumber(months, "months")));
}

/**
 * Adds whole years to a calendar date; 29 February becomes 28 February in a common year.
 *
 * @example
 * ```ts
 * addYearsToDate("2024-02-29", 1); //=> "2025-02-28"
 * addYearsToDate("2020-06-30", 5); //=> "2025-06-30"
 * ```
 */
export function addYearsToDate(date: CalendarDate, years: number): CalendarDate {
  return fromUtcDate(addYears(toUtcDate(date), wholeNumber(years, "years")));
}
