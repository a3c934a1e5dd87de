import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { percentageOf } from "./_lib/percentage.js";
import { readCount, readOptions, readRounding } from "./_lib/validate.js";
import type { Percentage, RoundingOptions } from "./types.js";

/**
 * The resolution rate of complaints and its complement: `resolved` is the resolved (`selesai`) share
 * and `inProcess` the (`dalam proses`) share of the same total, each rounded on its own (so with
 * half-up they may not add to exactly 100). STATISTICS.md §4: `selesai / total × 100`.
 *
 * @example
 * ```ts
 * const r = resolutionRate(3, 4);
 * if (r.ok) [r.value.resolved.value, r.value.inProcess.value]; //=> [75, 25]
 * ```
 */
export interface ResolutionRate {
  readonly resolved: Percentage;
  readonly inProcess: Percentage;
}

/**
 * The resolution rate of complaints: resolved complaints as a percentage of all complaints received
 * in the same scope, with the "in process" complement.
 *
 * @param resolved - complaints with status selesai
 * @param total - all complaints in the same scope (period, area)
 * @param options - `decimals` (default 2) and `rounding` (default `half-up`)
 *
 * @example
 * ```ts
 * const r = resolutionRate(1_358, 1_500);
 * if (r.ok) r.value.resolved.value; //=> 90.53
 * if (r.ok) r.value.inProcess.value; //=> 9.47
 * ```
 */
export function resolutionRate(
  resolved: unknown,
  total: unknown,
  options?: RoundingOptions,
): Result<ResolutionRate> {
  const issues: Issue[] = [];
  const done = readCount(resolved, ["resolved"], issues);
  const all = readCount(total, ["total"], issues);
  const { decimals, rounding } = readRounding(readOptions(options, issues), issues);
  if (done !== undefined && all !== undefined && done > all) {
    issues.push(createIssue("STATISTICS_COUNT_EXCEEDS_TOTAL", ["resolved"]));
  }
  if (issues.length > 0 || done === undefined || all === undefined) return err(issues);
  return ok({
    resolved: percentageOf("resolution-rate", done, all, decimals, rounding),
    inProcess: percentageOf("resolution-rate", all - done, all, decimals, rounding),
  });
}
