import { isCalendarDate } from "../../_lib/dates/calendar-date.js";
import { daysBetween } from "../../_lib/dates/difference.js";
import { dateOfInstant } from "../../_lib/dates/instant.js";
import { createIssue, err, type Issue, ok, type Result } from "../../core/index.js";
import type { MilestoneCode } from "../../lifecycle/index.js";
import { compareRows } from "../_lib/rows.js";
import { own, readOptions } from "../_lib/validate.js";
import { type Dimension, normaliseKey } from "../dimension.js";
import { type PercentileMethod, percentileOfSorted, sortNumbers } from "../percentile.js";
import { CASE_KEYS, type CaseDimensionName } from "./case-dimensions.js";
import { asCase, type CaseView, milestoneOf } from "./views.js";

/**
 * The time between two milestones in one group of cases, in whole days between the calendar dates
 * written in the two instants: how many, median, 90th percentile, fastest and slowest, with the
 * percentile method used.
 *
 * @example
 * ```ts
 * const d: DurationSummary = { keys: ["P3MI"], count: 3, median: 48, p90: 60, min: 41, max: 60, method: "nearest-rank" };
 * ```
 */
export interface DurationSummary {
  readonly keys: readonly string[];
  readonly count: number;
  readonly median: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
  readonly method: PercentileMethod;
}

/**
 * Options of {@link milestoneDurations}.
 *
 * @example
 * ```ts
 * const options: MilestoneDurationOptions = { start: "Registered", end: "Departed", by: ["route"], from: "2025-01-01" };
 * ```
 */
export interface MilestoneDurationOptions {
  readonly start: MilestoneCode;
  readonly end: MilestoneCode;
  /** Default `["route"]`. Complaint dimensions and `ageBand` are not available here. */
  readonly by?: readonly CaseDimensionName[];
  /** Period of the end milestone, inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly method?: PercentileMethod;
}

/**
 * The time from one milestone to another (e.g. registration to departure) per group of cases (by
 * route by default): count, median and 90th percentile in days. The percentile method is
 * `nearest-rank` by default (see {@link PercentileMethod}: the result is a duration some worker
 * actually had, in whole days). Cases that lack either milestone are left out; cases whose end comes
 * before their start (inconsistent data) are counted in `inconsistent`. Exact percentiles need every
 * duration, so memory grows with the number of cases that have both milestones.
 *
 * @param cases - lifecycle cases, any iterable
 * @param options - `start`, `end`, `by`, `from`/`to` (period of the end milestone), `method`
 *
 * @example
 * ```ts
 * const d = milestoneDurations(cases, { start: "Registered", end: "Departed" });
 * if (d.ok) d.value.groups; // for example [{ keys: ["P3MI"], count: 120, median: 52, p90: 81, … }, …]
 * ```
 */
export function milestoneDurations(
  cases: unknown,
  options: MilestoneDurationOptions,
): Result<{ readonly groups: readonly DurationSummary[]; readonly inconsistent: number }> {
  const issues: Issue[] = [];
  const spec = readSpec(options, issues);
  if (typeof cases !== "object" || cases === null || !(Symbol.iterator in cases)) {
    issues.push(createIssue("STATISTICS_RECORDS_NOT_ITERABLE", ["cases"]));
  }
  if (issues.length > 0) return err(issues);
  const { groups, inconsistent } = collect(cases as Iterable<unknown>, spec);
  const out: DurationSummary[] = [...groups.values()]
    .map(({ keys, days }) => summaryOf(keys, days, spec.method))
    .sort(compareRows);
  return ok({ groups: out, inconsistent });
}

/** What `milestoneDurations` measures, read from its options. */
interface Spec {
  readonly start: string;
  readonly end: string;
  readonly method: PercentileMethod;
  readonly dimensions: readonly Dimension<CaseView>[];
  readonly from: string | undefined;
  readonly to: string | undefined;
}

function readDimensionsOf(byValue: unknown, issues: Issue[]): Dimension<CaseView>[] {
  const dimensions: Dimension<CaseView>[] = [];
  if (!Array.isArray(byValue) || byValue.length === 0) {
    issues.push(createIssue("STATISTICS_DIMENSION_INVALID", ["options", "by"]));
    return dimensions;
  }
  byValue.forEach((name: unknown, index) => {
    // Complaint dimensions do not apply to durations between milestones.
    if (
      typeof name === "string" &&
      Object.hasOwn(CASE_KEYS, name) &&
      !["category", "channel", "status"].includes(name)
    ) {
      dimensions.push({ name, key: CASE_KEYS[name as keyof typeof CASE_KEYS] });
    } else issues.push(createIssue("STATISTICS_DIMENSION_INVALID", ["options", "by", index]));
  });
  return dimensions;
}

/** Reads the options, pushing every problem to `issues`. */
function readSpec(options: unknown, issues: Issue[]): Spec {
  const opts = readOptions(options, issues);
  const start = own(opts, "start");
  const end = own(opts, "end");
  for (const [name, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (typeof value !== "string" || value.length === 0 || value.length > 64) {
      issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["options", name]));
    }
  }
  const method = own(opts, "method") ?? "nearest-rank";
  if (method !== "nearest-rank" && method !== "linear")
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["options", "method"]));
  const dimensions = readDimensionsOf(own(opts, "by") ?? ["route"], issues);
  const from = own(opts, "from");
  const to = own(opts, "to");
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value)) {
      issues.push(createIssue("DATE_INVALID", ["options", name]));
    }
  }
  return {
    start: start as string,
    end: end as string,
    method: method as PercentileMethod,
    dimensions,
    from: from as string | undefined,
    to: to as string | undefined,
  };
}

/** The days from start to end of each case, grouped by the dimensions' keys. */
function collect(
  cases: Iterable<unknown>,
  spec: Spec,
): { groups: Map<string, { keys: string[]; days: number[] }>; inconsistent: number } {
  const groups = new Map<string, { keys: string[]; days: number[] }>();
  let inconsistent = 0;
  for (const item of cases) {
    const c = asCase(item);
    if (c === undefined) continue;
    const begun = milestoneOf(c, spec.start);
    const ended = milestoneOf(c, spec.end);
    if (begun === undefined || ended === undefined) continue;
    const endDay = dateOfInstant(ended);
    if ((spec.from !== undefined && endDay < spec.from) || (spec.to !== undefined && endDay > spec.to))
      continue;
    const days = daysBetween(dateOfInstant(begun), endDay);
    if (days < 0) {
      inconsistent++;
      continue;
    }
    const view: CaseView = { c, at: ended };
    const keys = spec.dimensions.map((dimension) => normaliseKey(dimension.key(view)));
    const id = JSON.stringify(keys);
    const group = groups.get(id);
    if (group === undefined) groups.set(id, { keys, days: [days] });
    else group.days.push(days);
  }
  return { groups, inconsistent };
}

function summaryOf(keys: string[], days: number[], method: PercentileMethod): DurationSummary {
  const sorted = sortNumbers(days);
  return {
    keys,
    count: sorted.length,
    median: percentileOfSorted(sorted, 50, method),
    p90: percentileOfSorted(sorted, 90, method),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    method,
  };
}
