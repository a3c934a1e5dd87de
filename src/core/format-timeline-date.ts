import { format } from "date-fns";
import { enGB, id } from "date-fns/locale";
import type { Locale } from "./format-issue.js";

/**
 * Formats a calendar date (`YYYY-MM-DD`) for a timeline, in Indonesian (`"5 Desember 2026"`) or
 * English (`"5 December 2026"`), with date-fns and its `id` locale. The date is read as a calendar
 * day, not an instant, so the time zone of the machine does not move it. Any other text gives
 * `undefined`. Pure: the date is the argument, no clock is read.
 *
 * @example
 * ```ts
 * formatTimelineDate("2026-12-05", "id"); //=> "5 Desember 2026"
 * formatTimelineDate("2026-12-05", "en"); //=> "5 December 2026"
 * formatTimelineDate("2026-02-30", "id"); //=> undefined
 * ```
 */
export function formatTimelineDate(date: string, locale: Locale = "id"): string | undefined {
  const match = typeof date === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // A local date at noon: formatting reads local fields, so no zone can shift the day.
  const local = new Date(year, month - 1, day, 12);
  local.setFullYear(year);
  if (local.getFullYear() !== year || local.getMonth() !== month - 1 || local.getDate() !== day)
    return undefined;
  return format(local, "d MMMM yyyy", { locale: locale === "id" ? id : enGB });
}
