import { err, type Issue, ok, type Result } from "../core/index.js";
import { exactQuotientText, roundedUnits, unitsToNumber } from "./_lib/decimal.js";
import { readCount, readOptions, readRounding } from "./_lib/validate.js";
import type { Rounding, RoundingOptions, UndefinedReason } from "./types.js";

/**
 * A ratio stated as "1 : r": for every one of `base` there are `r` of `compared`.
 *
 * @example
 * ```ts
 * const r = ratio(125, 1_000, { decimals: 0 });
 * // r.value: { base: 125, compared: 1000, value: 8, exact: "8", decimals: 0, rounding: "half-up" }
 * ```
 */
export interface Ratio {
  readonly base: number;
  readonly compared: number;
  /** `compared / base`, rounded; `undefined` when base is 0. */
  readonly value: number | undefined;
  readonly exact: string | undefined;
  readonly decimals: number;
  readonly rounding: Rounding;
  readonly reason?: UndefinedReason;
}

/**
 * The ratio `1 : r` with `r = compared / base`, both counts over the same explicit area and period.
 * The official "1 banding 8" of procedural departures against deportations (STATISTICS.md §3, a
 * statement that gives neither counts nor period) is `ratio(proceduralDepartures, deportations)`.
 * Default precision: 1 decimal, half-up; a base of 0 gives `value: undefined` with a reason.
 *
 * @param base - the "1" side (e.g. procedural departures)
 * @param compared - the "r" side (e.g. deportations)
 * @param options - `decimals` (default 1) and `rounding` (default `half-up`)
 *
 * @example
 * ```ts
 * ratio(40, 327); //=> ok, value 8.2 ("1 : 8,2")
 * ratio(40, 327, { decimals: 0 }); //=> ok, value 8 ("1 banding 8")
 * ratio(0, 10); //=> ok, value undefined, reason "DENOMINATOR_ZERO"
 * ```
 */
export function ratio(base: unknown, compared: unknown, options?: RoundingOptions): Result<Ratio> {
  const issues: Issue[] = [];
  const one = readCount(base, ["base"], issues);
  const other = readCount(compared, ["compared"], issues);
  const { decimals, rounding } = readRounding(readOptions(options, issues), issues, 1);
  if (issues.length > 0 || one === undefined || other === undefined) return err(issues);
  if (one === 0) {
    return ok({
      base: one,
      compared: other,
      value: undefined,
      exact: undefined,
      decimals,
      rounding,
      reason: "DENOMINATOR_ZERO",
    });
  }
  const units = roundedUnits(BigInt(other), BigInt(one), 1n, decimals, rounding);
  return ok({
    base: one,
    compared: other,
    value: unitsToNumber(units, decimals, false),
    exact: exactQuotientText(BigInt(other), BigInt(one), 1n),
    decimals,
    rounding,
  });
}
