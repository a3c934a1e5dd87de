import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { own, readOptions, readRounding } from "./_lib/validate.js";
import { type Growth, growth } from "./growth.js";
import { isGranularity, MAX_PERIODS, MONTHS_IN, periodOfDate, periodStart } from "./period.js";
import type { TimeSeries } from "./time-series.js";
import type { RoundingOptions } from "./types.js";

/**
 * Which earlier period a period is compared with: the one just before (`period-on-period`: month to
 * month "mtm" on a monthly series, quarter to quarter "qtq") or the same period a year earlier
 * (`year-on-year`, "yoy").
 *
 * @example
 * ```ts
 * const comparison: Comparison = "year-on-year";
 * ```
 */
export type Comparison = "period-on-period" | "year-on-year";

/**
 * A period of a series with the period it is compared with and the growth between them
 * (`undefined` when the earlier period is not in the series).
 *
 * @example
 * ```ts
 * const c: SeriesComparison = { period: "2024-09", count: 20_436, previousPeriod: "2024-08", previous: 23_197, growth: undefined };
 * ```
 */
export interface SeriesComparison {
  readonly period: string;
  readonly count: number;
  readonly previousPeriod: string | undefined;
  readonly previous: number | undefined;
  readonly growth: Growth | undefined;
}

/**
 * Compares every period of a {@link TimeSeries} with the period before it or with the same period a
 * year earlier, giving the growth of each (as {@link growth}: signed value, direction word, absolute
 * difference). Each period is paired with its earlier period by its code, not by its place in the
 * list: periods whose earlier period lies outside the series (before its start, or in a gap) get
 * `previous: undefined`.
 * A series of more points than {@link timeSeries} builds (1,200) is refused with
 * `STATISTICS_RANGE_TOO_LONG` before any point is read.
 *
 * @param series - a series from {@link timeSeries} or {@link seriesFromTally}
 * @param comparison - `"period-on-period"` or `"year-on-year"`
 * @param options - `decimals` (default 2) and `rounding` (default `half-up`)
 *
 * @example
 * ```ts
 * const s = timeSeries(records, { granularity: "month", from: "2023-09", to: "2024-09" });
 * const c = s.ok ? compareSeries(s.value, "year-on-year") : s;
 * if (c.ok) c.value.at(-1)?.growth?.value; // e.g. -17.05 for September 2024 in STATISTICS.md §6 example B
 * ```
 */
export function compareSeries(
  series: TimeSeries,
  comparison: Comparison,
  options?: RoundingOptions,
): Result<readonly SeriesComparison[]> {
  const issues: Issue[] = [];
  const { decimals, rounding } = readRounding(readOptions(options, issues), issues);
  if (comparison !== "period-on-period" && comparison !== "year-on-year") {
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["comparison"]));
  }
  const { granularity, points } = readSeries(series, issues);
  if (issues.length > 0) return err(issues);
  const size = granularity as TimeSeries["granularity"];
  const lagMonths = comparison === "period-on-period" ? MONTHS_IN[size] : 12;
  // Paired by period, not by position: after a gap, or in a list out of order, the point before is
  // not the earlier period. The first point of a period wins, as it would by position.
  const byPeriod = new Map<string, (typeof points)[number]>();
  for (const point of points) if (!byPeriod.has(point.period)) byPeriod.set(point.period, point);
  const out: SeriesComparison[] = [];
  for (const point of points) {
    const earlierPeriod = periodBefore(point.period, size, lagMonths);
    const earlier = earlierPeriod === undefined ? undefined : byPeriod.get(earlierPeriod);
    const change =
      earlier === undefined ? undefined : growth(point.count, earlier.count, { decimals, rounding });
    if (change !== undefined && !change.ok) return change;
    out.push({
      period: point.period,
      count: point.count,
      previousPeriod: earlier?.period,
      previous: earlier?.count,
      growth: change?.value,
    });
  }
  return ok(out);
}

/** The code of the period `months` months before a period code, or `undefined` (not a code, or before year 1). */
function periodBefore(
  period: string,
  granularity: TimeSeries["granularity"],
  months: number,
): string | undefined {
  const start = periodStart(period, granularity);
  if (start === undefined) return undefined;
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 - months;
  if (index < 12) return undefined;
  const year = String(Math.floor(index / 12)).padStart(4, "0");
  const month = String((index % 12) + 1).padStart(2, "0");
  return periodOfDate(`${year}-${month}-01`, granularity);
}

/**
 * Reads the caller's series once, into a plain copy: a getter or a proxy is never read twice, and a
 * hole, a null point or a point that is not a period with a count is an issue, not an exception.
 */
function readSeries(
  series: unknown,
  issues: Issue[],
): { granularity: TimeSeries["granularity"] | undefined; points: { period: string; count: number }[] } {
  const source = readOptions(series, issues);
  const granularity = own(source, "granularity") as TimeSeries["granularity"];
  const list = own(source, "points");
  const points: { period: string; count: number }[] = [];
  if (!Array.isArray(list) || !isGranularity(granularity)) {
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["series"]));
    return { granularity: undefined, points };
  }
  const length = list.length;
  // Refused before a point is read: a series timeSeries builds never spans more, and a sparse list
  // of length 10⁹ would otherwise cost minutes and an issue per hole.
  if (length > MAX_PERIODS) {
    issues.push(
      createIssue("STATISTICS_RANGE_TOO_LONG", ["series", "points"], { params: { max: MAX_PERIODS } }),
    );
    return { granularity, points };
  }
  for (let i = 0; i < length; i++) {
    const point: unknown = Object.hasOwn(list, i) ? list[i] : undefined;
    const fields = typeof point === "object" && point !== null ? (point as Record<string, unknown>) : {};
    const period = own(fields, "period");
    const count = own(fields, "count");
    if (
      typeof period !== "string" ||
      typeof count !== "number" ||
      !Number.isSafeInteger(count) ||
      count < 0
    ) {
      issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["series", "points", i]));
    } else {
      points.push({ period, count });
    }
  }
  return { granularity, points };
}
