/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601 extended, years 0001–9999). It names a day, not an
 * instant, so it means the same day in every time zone.
 *
 * @example
 * ```ts
 * const birthDate: CalendarDate = "1999-01-01";
 * ```
 */
export type CalendarDate = string;

/**
 * Whether year, month (1–12) and day form a real date in the proleptic Gregorian calendar.
 *
 * Plain arithmetic on purpose: it is the hottest check of the library (a dossier check calls it a few
 * dozen times), a `Date` costs five times more, and local-time checks (such as date-fns `isExists`)
 * wrongly reject days that a time zone skipped, e.g. 1994-12-31 in Pacific/Kiritimati. The tests
 * compare it with a UTC `Date` over four centuries.
 * @internal
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return false;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (day <= 28) return true;
  if (month === 2) return day === 29 && (year % 4 === 0 ? year % 100 !== 0 || year % 400 === 0 : false);
  return day <= 30 || (month !== 4 && month !== 6 && month !== 9 && month !== 11);
}

const ZERO = 48;

/**
 * The number written by `count` ASCII digits at `start`, or -1 if any is not a digit.
 * @internal
 */
export function digits(value: string, start: number, count: number): number {
  let result = 0;
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
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
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  return (
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45 &&
    year >= 0 &&
    month >= 0 &&
    day >= 0 &&
    isRealDate(year, month, day)
  );
}
