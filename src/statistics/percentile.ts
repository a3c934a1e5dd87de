import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { decimalOfNumber } from "./_lib/decimal.js";

/**
 * How a percentile is taken from sorted values: `nearest-rank` (the default: the smallest value with
 * at least p% of the values at or below it, i.e. the value at rank ⌈p/100 × n⌉; always an observed
 * value, so a duration in whole days stays whole days, and "90% departed within N days" reads true
 * as stated) or `linear` (interpolation between the closest ranks, (n − 1) × p/100, as Excel's
 * PERCENTILE.INC and numpy's default compute it).
 *
 * @example
 * ```ts
 * const method: PercentileMethod = "nearest-rank";
 * ```
 */
export type PercentileMethod = "nearest-rank" | "linear";

/**
 * Finite numbers in ascending order, in a fresh typed array. A typed array sorts numerically
 * without a comparator, in n log n on any data; `Array#sort` with a comparator grew about 3× per
 * doubling past 200,000 values on this machine (bench/scaling.ts). @internal
 */
export function sortNumbers(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** The percentile of already sorted finite values (non-empty). @internal */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number, method: PercentileMethod): number {
  const n = sorted.length;
  if (method === "linear") {
    const position = ((n - 1) * p) / 100;
    const lower = Math.floor(position);
    const fraction = position - lower;
    const a = sorted[lower] as number;
    const b = sorted[Math.min(lower + 1, n - 1)] as number;
    return fraction === 0 ? a : a + (b - a) * fraction;
  }
  return sorted[nearestRank(p, n) - 1] as number;
}

/**
 * ⌈p/100 × n⌉ (at least 1), with p read as the decimal it prints as and the ceiling taken in integer
 * arithmetic: in binary, 7 / 100 × 100 is 7.000000000000001, whose ceiling is 8.
 */
function nearestRank(p: number, n: number): number {
  const { digits, scale } = decimalOfNumber(p);
  const numerator = digits * BigInt(n);
  const denominator = 100n * 10n ** BigInt(scale);
  const rank = Number((numerator + denominator - 1n) / denominator);
  return Math.max(1, rank);
}

/**
 * The p-th percentile (0–100) of a list of numbers, by {@link PercentileMethod} (default
 * `nearest-rank`). An empty list gives `undefined`. The median is `percentile(values, 50)`: with
 * nearest-rank and an even count it is the lower of the two middle values.
 *
 * @param values - finite numbers, in any order (not mutated)
 * @param p - the percentile, 0–100
 * @param method - `nearest-rank` (default) or `linear`
 *
 * @example
 * ```ts
 * percentile([30, 10, 20, 40], 50); //=> ok, 20
 * percentile([30, 10, 20, 40], 50, "linear"); //=> ok, 25
 * percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90); //=> ok, 9
 * percentile([], 90); //=> ok, undefined
 * ```
 */
export function percentile(
  values: unknown,
  p: unknown,
  method: PercentileMethod = "nearest-rank",
): Result<number | undefined> {
  const issues: Issue[] = [];
  // One read of each element into a plain copy: a getter or a proxy is never read twice, and a
  // hole is an invalid value, not an exception.
  const list: number[] = [];
  let valid = Array.isArray(values);
  if (valid) {
    const source = values as unknown[];
    const length = source.length;
    for (let i = 0; i < length && valid; i++) {
      const v: unknown = Object.hasOwn(source, i) ? source[i] : undefined;
      if (typeof v === "number" && Number.isFinite(v)) list.push(v);
      else valid = false;
    }
  }
  if (!valid) issues.push(createIssue("STATISTICS_VALUES_INVALID", ["values"]));
  if (typeof p !== "number" || !(p >= 0 && p <= 100))
    issues.push(createIssue("STATISTICS_PERCENTILE_INVALID", ["p"]));
  if (method !== "nearest-rank" && method !== "linear")
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["method"]));
  if (issues.length > 0) return err(issues);
  if (list.length === 0) return ok(undefined);
  // `+ 0`: a percentile that falls on a zero is 0, never -0 (a typed sort places -0 before 0).
  return ok(percentileOfSorted(sortNumbers(list), p as number, method) + 0);
}
