import { addDaysToDate, addMonthsToDate } from "../_lib/dates/add-to-date.js";
import { isCalendarDate } from "../_lib/dates/calendar-date.js";
import { dateOfInstant, isInstant } from "../_lib/dates/instant.js";
import { deepFreeze } from "../_lib/deep-freeze.js";
import type { CalendarDate } from "../core/index.js";

/**
 * The length of a reporting period: month, quarter, semester (half-year) or year
 * (STATISTICS.md §2 "Periods").
 *
 * @example
 * ```ts
 * const granularity: Granularity = "quarter";
 * periodOf("2024-09-30", granularity); //=> "2024-Q3"
 * ```
 */
export type Granularity = "month" | "quarter" | "semester" | "year";

/** The most periods one series may span (100 years of months). @internal */
export const MAX_PERIODS = 1200;

/** Months per period. @internal */
export const MONTHS_IN: Readonly<Record<Granularity, number>> = /* @__PURE__ */ deepFreeze({
  month: 1,
  quarter: 3,
  semester: 6,
  year: 12,
});

/** Whether a value is a {@link Granularity}. @internal */
export function isGranularity(value: unknown): value is Granularity {
  return value === "month" || value === "quarter" || value === "semester" || value === "year";
}

/** The calendar date of a `YYYY-MM-DD` date or of an instant as written in its own offset. @internal */
export function dayOf(value: unknown): CalendarDate | undefined {
  if (isCalendarDate(value)) return value;
  if (isInstant(value)) return dateOfInstant(value);
  return undefined;
}

/** The period code of a valid calendar date. @internal */
export function periodOfDate(date: CalendarDate, granularity: Granularity): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (granularity) {
    case "month":
      return date.slice(0, 7);
    case "quarter":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "semester":
      return `${year}-S${month <= 6 ? 1 : 2}`;
    default:
      return year;
  }
}

/**
 * The period containing a date: `"2024-09"` (month), `"2024-Q3"` (quarter), `"2024-S2"` (semester)
 * or `"2024"` (year). Accepts a `YYYY-MM-DD` calendar date or an instant with an offset (taken on
 * the day it was written, the same in every time zone). Anything else gives `undefined`.
 *
 * @example
 * ```ts
 * periodOf("2024-09-30", "month");    //=> "2024-09"
 * periodOf("2024-09-30", "semester"); //=> "2024-S2"
 * periodOf("2024-07-01T00:30:00+07:00", "quarter"); //=> "2024-Q3"
 * periodOf("2024-02-30", "year");     //=> undefined
 * ```
 */
export function periodOf(date: unknown, granularity: Granularity): string | undefined {
  if (!isGranularity(granularity)) return undefined;
  const day = dayOf(date);
  return day === undefined ? undefined : periodOfDate(day, granularity);
}

const PERIOD_PATTERNS: Readonly<Record<Granularity, RegExp>> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  semester: /^(\d{4})-S([12])$/,
  year: /^(\d{4})$/,
};

/**
 * The first day of a period code of the given granularity, or `undefined` if the code is not one.
 * @internal
 */
export function periodStart(period: unknown, granularity: Granularity): CalendarDate | undefined {
  if (typeof period !== "string" || period.length > 7) return undefined;
  const match = PERIOD_PATTERNS[granularity].exec(period);
  if (match === null || match[1] === "0000") return undefined;
  const index = Number(match[2] ?? "1");
  const month = (index - 1) * MONTHS_IN[granularity] + 1;
  return `${match[1]}-${String(month).padStart(2, "0")}-01`;
}

/** The last day of the period that starts on `start`. @internal */
export function periodEnd(start: CalendarDate, granularity: Granularity): CalendarDate {
  const endMonth = Number(start.slice(5, 7)) + MONTHS_IN[granularity] - 1;
  // December always ends on the 31st; other months ask date-fns (leap years), never crossing year 9999.
  if (endMonth === 12) return `${start.slice(0, 4)}-12-31`;
  return addDaysToDate(addMonthsToDate(start, MONTHS_IN[granularity]), -1);
}

/** The start of the next period, or `undefined` after year 9999. @internal */
export function nextPeriodStart(start: CalendarDate, granularity: Granularity): CalendarDate | undefined {
  const endMonth = Number(start.slice(5, 7)) + MONTHS_IN[granularity] - 1;
  if (endMonth < 12) return addMonthsToDate(start, MONTHS_IN[granularity]);
  const year = Number(start.slice(0, 4)) + 1;
  return year > 9999 ? undefined : `${String(year).padStart(4, "0")}-01-01`;
}
