import { createIssue, type PathSegment } from "../../core/issue.js";
import { err, ok, type Result } from "../../core/result.js";
import { type CalendarDate, isCalendarDate } from "./calendar-date.js";

/**
 * Validates outside data as a calendar date. Only the exact `YYYY-MM-DD` form is accepted (no time,
 * no surrounding whitespace), because a date with a time or an offset could name two different days.
 *
 * @param value - anything
 * @param path - where the value sits in a larger input, for the issue's `path`
 * @returns the date, or the issue `DATE_INVALID`
 *
 * @example
 * ```ts
 * parseCalendarDate("2025-04-30"); //=> { ok: true, value: "2025-04-30" }
 * parseCalendarDate("2025-04-31").ok; //=> false (issue DATE_INVALID)
 * ```
 */
export function parseCalendarDate(value: unknown, path: readonly PathSegment[] = []): Result<CalendarDate> {
  return isCalendarDate(value) ? ok(value) : err([createIssue("DATE_INVALID", path)]);
}
