import type { Month } from "date-fns";
import { enGB, id } from "date-fns/locale";
import { isCalendarDate } from "../_lib/dates/calendar-date.js";
import type { Locale } from "./format-issue.js";

/**
 * Formats a calendar date (`YYYY-MM-DD`) for a timeline, in Indonesian (`"5 Desember 2026"`) or
 * English (`"5 December 2026"`), with the month names of date-fns' `id` and `en-GB` locales. The
 * date is read as a calendar day, not an instant, so the time zone of the machine does not move it.
 * Any other text, or a day that does not exist (a year before 0001 included), gives `undefined`.
 * Pure: the date is the argument, no clock is read.
 *
 * @example
 * ```ts
 * formatTimelineDate("2026-12-05", "id"); //=> "5 Desember 2026"
 * formatTimelineDate("2026-12-05", "en"); //=> "5 December 2026"
 * formatTimelineDate("2026-02-30", "id"); //=> undefined
 * ```
 */
export function formatTimelineDate(date: string, locale: Locale = "id"): string | undefined {
  if (!isCalendarDate(date)) return undefined;
  // The month's name from the locale, the day and year from the text: no Date is built, since a
  // local Date of a day the machine's zone skipped (Kiritimati's 31 December 1994) is another day.
  const monthIndex = (Number(date.slice(5, 7)) - 1) as Month;
  const month = (locale === "id" ? id : enGB).localize.month(monthIndex, {
    width: "wide",
    context: "formatting",
  });
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}
