import { UTCDate } from "@date-fns/utc";
import { PekerjaMigranError } from "../../core/errors.js";
import { type CalendarDate, isCalendarDate } from "./calendar-date.js";

// Kept apart from calendar-date.ts so that validation alone (parseNik) does not pull in @date-fns/utc.

/**
 * A calendar date as a date-fns-ready `UTCDate` at midnight UTC, so that date-fns arithmetic works on
 * the calendar fields whatever the process time zone. Throws {@link PekerjaMigranError} on an
 * invalid date (a programmer error: validate outside data with {@link parseCalendarDate} first).
 * @internal
 */
export function toUtcDate(date: CalendarDate, argument = "date"): UTCDate {
  if (!isCalendarDate(date)) {
    throw new PekerjaMigranError("INVALID_CALENDAR_DATE", `${argument} must be a YYYY-MM-DD calendar date`, {
      argument,
    });
  }
  const utc = new UTCDate(0);
  utc.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return utc;
}

/**
 * Writes a date's UTC calendar fields as `YYYY-MM-DD`.
 * @internal
 */
export function fromUtcDate(date: Date): CalendarDate {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}
