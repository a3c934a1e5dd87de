import { type CalendarDate, createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { own, readOptions } from "./_lib/validate.js";
import { byPeriod } from "./by-period.js";
import { readTally } from "./parse-tally.js";
import {
  dayOf,
  type Granularity,
  isGranularity,
  MAX_PERIODS,
  nextPeriodStart,
  periodEnd,
  periodOfDate,
  periodStart,
} from "./period.js";
import { tally } from "./tally.js";

/**
 * One period of a {@link TimeSeries}: its code, first and last day, and count (0 when empty).
 *
 * @example
 * ```ts
 * const point: SeriesPoint = { period: "2024-09", start: "2024-09-01", end: "2024-09-30", count: 20_436 };
 * ```
 */
export interface SeriesPoint {
  readonly period: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly count: number;
}

/**
 * Counts per period over a contiguous range, empty periods filled with 0. Records without a valid
 * date are counted in `unknown` and records outside an explicit range in `outside`, never dropped
 * silently.
 *
 * @example
 * ```ts
 * const series: TimeSeries = { granularity: "month", points: [], unknown: 0, outside: 0 };
 * ```
 */
export interface TimeSeries {
  readonly granularity: Granularity;
  readonly points: readonly SeriesPoint[];
  readonly unknown: number;
  readonly outside: number;
}

/**
 * Options of {@link timeSeries} and {@link seriesFromTally}: the granularity, the date field of the
 * records, and an optional range (calendar dates or period codes; default from the first to the last
 * period that has records).
 *
 * @example
 * ```ts
 * const options: TimeSeriesOptions = { granularity: "month", date: "departedOn", from: "2024-01", to: "2024-12" };
 * ```
 */
export interface TimeSeriesOptions {
  /** Month, quarter, semester or year. */
  readonly granularity: Granularity;
  /** The record's date field name, or a function reading the date (default `"date"`). */
  readonly date?: string | ((record: unknown) => unknown);
  /** The first period of the range (a calendar date or a period code). */
  readonly from?: string;
  /** The last period of the range (a calendar date or a period code). */
  readonly to?: string;
}

function boundStart(
  value: unknown,
  granularity: Granularity,
  path: string,
  issues: Issue[],
): string | undefined {
  if (value === undefined) return undefined;
  const day = dayOf(value);
  const start =
    day === undefined
      ? periodStart(value, granularity)
      : periodStart(periodOfDate(day, granularity), granularity);
  if (start === undefined) issues.push(createIssue("STATISTICS_PERIOD_INVALID", ["options", path]));
  return start;
}

/**
 * A {@link TimeSeries} from a tally whose single dimension holds period codes (a tally by
 * {@link byPeriod}, possibly merged from shards).
 *
 * @param source - a one-dimensional tally of period codes
 * @param options - `granularity`, optional `from` and `to`
 *
 * @example
 * ```ts
 * const t = tally([{ date: "2024-01-05" }, { date: "2024-03-09" }], byPeriod("month"));
 * if (t.ok) seriesFromTally(t.value, { granularity: "month" });
 * //=> ok, { points: [{ period: "2024-01", count: 1 }, { period: "2024-02", count: 0 }, { period: "2024-03", count: 1 }] }
 * ```
 */
export function seriesFromTally(source: unknown, options: TimeSeriesOptions): Result<TimeSeries> {
  const issues: Issue[] = [];
  const t = readTally(source, ["source"], issues);
  const opts = readOptions(options, issues);
  const granularity = own(opts, "granularity");
  if (!isGranularity(granularity)) {
    issues.push(createIssue("STATISTICS_GRANULARITY_INVALID", ["options", "granularity"]));
    return err(issues);
  }
  if (t !== undefined && t.dimensions.length !== 1)
    issues.push(createIssue("STATISTICS_DIMENSION_INVALID", ["source", "dimensions"]));
  let from = boundStart(own(opts, "from"), granularity, "from", issues);
  let to = boundStart(own(opts, "to"), granularity, "to", issues);
  if (issues.length > 0 || t === undefined) return err(issues);

  const counts = new Map<string, number>();
  let unknown = 0;
  for (const row of t.rows) {
    const start = periodStart(row.keys[0], granularity);
    if (start === undefined) {
      unknown += row.count;
      continue;
    }
    counts.set(start, row.count);
  }
  const starts = [...counts.keys()].sort();
  from ??= starts[0];
  to ??= starts[starts.length - 1];
  if (from === undefined || to === undefined) return ok({ granularity, points: [], unknown, outside: 0 });
  if (from > to) return err([createIssue("STATISTICS_RANGE_INVALID", ["options"])]);

  const points: SeriesPoint[] = [];
  let inside = 0;
  for (
    let start: string | undefined = from;
    start !== undefined && start <= to;
    start = nextPeriodStart(start, granularity)
  ) {
    if (points.length === MAX_PERIODS) {
      return err([createIssue("STATISTICS_RANGE_TOO_LONG", ["options"], { params: { max: MAX_PERIODS } })]);
    }
    const count = counts.get(start) ?? 0;
    inside += count;
    points.push({
      period: periodOfDate(start, granularity),
      start,
      end: periodEnd(start, granularity),
      count,
    });
  }
  return ok({ granularity, points, unknown, outside: t.total - unknown - inside });
}

/**
 * Counts records per month, quarter, semester or year of a date field, over a contiguous range with
 * empty periods filled with 0 (one pass over any iterable). Dates are `YYYY-MM-DD` or instants with
 * an offset (the day as written), so the series is the same in every time zone.
 *
 * @param records - any iterable of records
 * @param options - `granularity`, `date` field (default `"date"`), optional `from` / `to`
 *
 * @example
 * ```ts
 * timeSeries([{ date: "2024-01-05" }, { date: "2024-03-09" }, { date: "bad" }], { granularity: "month" });
 * //=> ok, { granularity: "month", unknown: 1, outside: 0, points: [
 * //     { period: "2024-01", start: "2024-01-01", end: "2024-01-31", count: 1 },
 * //     { period: "2024-02", start: "2024-02-01", end: "2024-02-29", count: 0 },
 * //     { period: "2024-03", start: "2024-03-01", end: "2024-03-31", count: 1 }] }
 * ```
 */
export function timeSeries(records: unknown, options: TimeSeriesOptions): Result<TimeSeries> {
  const issues: Issue[] = [];
  const opts = readOptions(options, issues);
  const granularity = own(opts, "granularity");
  const date = own(opts, "date") ?? "date";
  if (!isGranularity(granularity))
    issues.push(createIssue("STATISTICS_GRANULARITY_INVALID", ["options", "granularity"]));
  if (typeof date !== "string" && typeof date !== "function")
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["options", "date"]));
  if (issues.length > 0 || !isGranularity(granularity)) return err(issues);
  const counted = tally(records, byPeriod(granularity, date as string | ((record: unknown) => unknown)));
  if (!counted.ok) return counted;
  return seriesFromTally(counted.value, opts as unknown as TimeSeriesOptions);
}
