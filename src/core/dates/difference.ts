import { differenceInCalendarDays, differenceInYears } from "date-fns";
import type { CalendarDate } from "./calendar-date.js";
import { toUtcDate } from "./utc.js";

/**
 * The number of days from `earlier` to `later` (negative when `later` is before `earlier`).
 *
 * @example
 * ```ts
 * daysBetween("2024-02-28", "2024-03-01"); //=> 2
 * daysBetween("2025-03-01", "2025-02-28"); //=> -1
 * ```
 */
export function daysBetween(earlier: CalendarDate, later: CalendarDate): number {
  return differenceInCalendarDays(toUtcDate(later, "later"), toUtcDate(earlier, "earlier"));
}

/**
 * A person's age in whole years on a given date. The birthday counts on the day itself, so a person
 * born 2007-06-01 is 18 on 2025-06-01. A person born on 29 February reaches the next year of age on
 * 1 March in a common year (date-fns `differenceInYears`); no Indonesian rule says otherwise.
 * Negative before the birth date.
 *
 * @example
 * ```ts
 * ageOn("2007-06-01", "2025-05-31"); //=> 17
 * ageOn("2007-06-01", "2025-06-01"); //=> 18
 * ageOn("2004-02-29", "2022-02-28"); //=> 17
 * ageOn("2004-02-29", "2022-03-01"); //=> 18
 * ```
 */
export function ageOn(birthDate: CalendarDate, onDate: CalendarDate): number {
  return differenceInYears(toUtcDate(onDate, "onDate"), toUtcDate(birthDate, "birthDate"));
}
