import { addMonthsToDate } from "./add-to-date.js";
import { ageOn } from "./difference.js";

// Fast paths for the date rules on the hot path. Core's helpers build Date objects (several µs a
// call); most real dates are far from the boundary, where comparing year or month numbers decides
// for certain. Only the boundary year or month is delegated to core, so core stays the one source
// of the date arithmetic (day clamping, 29 February). Inputs are schema-validated YYYY-MM-DD.

// Digits read in place (no slice, no Number): the dates are schema-validated YYYY-MM-DD.
function yearOf(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}

function monthIndex(date: string): number {
  return yearOf(date) * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
}

/**
 * Compares `start` + `months` (core's addMonthsToDate) with `date`: -1 if it falls before `date`, 0
 * on the same day, 1 after.
 * @internal
 */
export function compareMonthsAfter(start: string, months: number, date: string): -1 | 0 | 1 {
  const difference = monthIndex(date) - monthIndex(start);
  // start + months lies in the month (start's month + months): `date` in a later month is after
  // it, in an earlier month before it.
  if (difference > months) return -1;
  if (difference < months) return 1;
  const shifted = addMonthsToDate(start, months);
  return shifted < date ? -1 : shifted > date ? 1 : 0;
}

/**
 * Whether a person born on `birthDate` is at least `years` old on `date` (core's ageOn).
 * @internal
 */
export function isAtLeastAge(birthDate: string, date: string, years: number): boolean {
  if (date < birthDate) return ageOn(birthDate, date) >= years;
  const difference = yearOf(date) - yearOf(birthDate);
  // From the birth date on, the age is the year difference or one less.
  if (difference > years) return true;
  if (difference < years) return false;
  return ageOn(birthDate, date) >= years;
}

/**
 * Whether a child born on `birthDate` is at least `months` months old on `date`: whole months
 * counted as core's ageOn counts whole years, the day of the month compared as written. So a child
 * born on 29 February is 12 months old on 1 March, the day ageOn makes it one year old, and one born
 * on 31 January is one month old on 1 March.
 * @internal
 */
export function isAtLeastMonthsOld(birthDate: string, date: string, months: number): boolean {
  const whole = monthIndex(date) - monthIndex(birthDate) - (date.slice(8) < birthDate.slice(8) ? 1 : 0);
  return whole >= months;
}
