/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601 extended, years 0001–9999). It names a day, not an
 * instant, so it means the same day in every time zone.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether year, month (1–12) and day form a real date in the proleptic Gregorian calendar.
 * Computed in UTC on purpose: local-time checks (such as date-fns `isExists`) reject days that a
 * time zone skipped, e.g. 1994-12-31 in Pacific/Kiritimati.
 * @internal
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether a value is a `YYYY-MM-DD` string naming a real calendar date (no 31 April, 29 February only
 * in leap years). Accepts anything; never throws.
 *
 * @example
 * ```ts
 * isCalendarDate("2024-02-29"); //=> true
 * isCalendarDate("2023-02-29"); //=> false
 * isCalendarDate("2024-2-9");   //=> false
 * isCalendarDate(20240229);     //=> false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string" || value.length !== 10) return false;
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
