import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { percentageOf } from "./_lib/percentage.js";
import { readCount, readOptions, readRounding } from "./_lib/validate.js";
import type { Percentage, RoundingOptions } from "./types.js";

/**
 * The share of a count in its total, `count / total × 100`, rounded exactly (integer arithmetic, so
 * 34.305 exactly is 34.31 half-up and never 34.30 by a binary artefact). The result carries the
 * numerator and the denominator. A total of 0 gives `value: undefined` with
 * `reason: "DENOMINATOR_ZERO"`. Outside data is accepted: a count that is not a non-negative whole
 * number, or that exceeds the total, is an issue.
 *
 * @param count - the part (e.g. placements to Hong Kong)
 * @param total - the whole it is a share of (e.g. all placements of the same period)
 * @param options - `decimals` (default 2) and `rounding` (default `half-up`)
 *
 * @example
 * ```ts
 * // STATISTICS.md §6 example A: Hong Kong, Jan–Sep 2022
 * share(42_152, 122_870); //=> ok, value 34.31, exact "34.306177…"
 * share(42_152, 122_870, { rounding: "truncate" }); //=> ok, value 34.3
 * share(0, 0); //=> ok, value undefined, reason "DENOMINATOR_ZERO"
 * ```
 */
export function share(count: unknown, total: unknown, options?: RoundingOptions): Result<Percentage> {
  const issues: Issue[] = [];
  const part = readCount(count, ["count"], issues);
  const whole = readCount(total, ["total"], issues);
  const { decimals, rounding } = readRounding(readOptions(options, issues), issues);
  if (part !== undefined && whole !== undefined && part > whole) {
    issues.push(createIssue("STATISTICS_COUNT_EXCEEDS_TOTAL", ["count"]));
  }
  if (issues.length > 0 || part === undefined || whole === undefined) return err(issues);
  return ok(percentageOf("share", part, whole, decimals, rounding));
}
