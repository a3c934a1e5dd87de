import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { decimalOfNumber, exactQuotientText, rescale, roundedUnits, unitsToNumber } from "./_lib/decimal.js";
import { own, readAmount, readCount, readOptions, readRounding } from "./_lib/validate.js";
import type { GrowthDirection, Rounding, RoundingOptions, UndefinedReason } from "./types.js";

/**
 * Options of {@link growth}: the precision, and whether the values are whole counts (default) or
 * amounts with decimals (remittances in US$ millions, `values: "amounts"`).
 *
 * @example
 * ```ts
 * const options: GrowthOptions = { decimals: 1, values: "amounts" };
 * ```
 */
export interface GrowthOptions extends RoundingOptions {
  readonly values?: "counts" | "amounts";
}

/**
 * A change from a previous to a current value, as the publications state it: the signed percentage,
 * its unsigned magnitude, the direction word and the absolute difference ("turun 11,9% (2.761)").
 *
 * @example
 * ```ts
 * const g = growth(20_436, 23_197, { decimals: 1 });
 * // g.value: { current: 20436, previous: 23197, difference: -2761, absoluteDifference: 2761,
 * //   direction: "turun", value: -11.9, magnitude: 11.9, exact: "-11.902401…", decimals: 1, rounding: "half-up" }
 * ```
 */
export interface Growth {
  readonly current: number;
  readonly previous: number;
  /** `current − previous`, signed. */
  readonly difference: number;
  readonly absoluteDifference: number;
  /** From the exact difference: `tetap` only when the values are equal. */
  readonly direction: GrowthDirection;
  /** `(current − previous) / previous × 100`, rounded on its magnitude; `undefined` when previous is 0. */
  readonly value: number | undefined;
  /** The unsigned rounded value, as printed beside the direction word. */
  readonly magnitude: number | undefined;
  readonly exact: string | undefined;
  readonly decimals: number;
  readonly rounding: Rounding;
  readonly reason?: UndefinedReason;
}

/**
 * Growth from `previous` to `current` in percent (month on month, year on year or period on period:
 * the caller chooses which two values to compare): `(current − previous) / previous × 100`
 * (STATISTICS.md §4). Half-up works on the magnitude, so −8.155 becomes −8.16 ("turun 8,16%").
 * Computed exactly from the integers (or, for amounts, from the decimals the numbers print as).
 * A previous value of 0 gives `value: undefined` with `reason: "DENOMINATOR_ZERO"`, while the
 * difference and direction are still given.
 *
 * @param current - the value of the period reported on
 * @param previous - the value it is compared with
 * @param options - `decimals` (default 2), `rounding` (default `half-up`), `values` (default `counts`)
 *
 * @example
 * ```ts
 * // STATISTICS.md §6 example B
 * growth(20_436, 24_636); //=> ok, value -17.05, magnitude 17.05, direction "turun", absoluteDifference 4200
 * growth(20_436, 24_636, { rounding: "truncate" }); //=> ok, value -17.04
 * growth(24_636, 21_738); //=> ok, value 13.33, direction "naik"
 * growth(5, 5); //=> ok, value 0, direction "tetap"
 * ```
 */
export function growth(current: unknown, previous: unknown, options?: GrowthOptions): Result<Growth> {
  const issues: Issue[] = [];
  const opts = readOptions(options, issues);
  const values = own(opts, "values");
  if (values !== undefined && values !== "counts" && values !== "amounts") {
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["options", "values"]));
  }
  const read = values === "amounts" ? readAmount : readCount;
  const now = read(current, ["current"], issues);
  const before = read(previous, ["previous"], issues);
  const { decimals, rounding } = readRounding(opts, issues);
  if (issues.length > 0 || now === undefined || before === undefined) return err(issues);

  const a = decimalOfNumber(now);
  const b = decimalOfNumber(before);
  const scale = Math.max(a.scale, b.scale);
  const currentDigits = rescale(a.digits, a.scale, scale);
  const previousDigits = rescale(b.digits, b.scale, scale);
  const differenceDigits = currentDigits - previousDigits;
  const direction: GrowthDirection =
    differenceDigits > 0n ? "naik" : differenceDigits < 0n ? "turun" : "tetap";
  const difference = unitsToNumber(
    differenceDigits < 0n ? -differenceDigits : differenceDigits,
    scale,
    differenceDigits < 0n,
  );
  const base = {
    current: now,
    previous: before,
    difference,
    absoluteDifference: Math.abs(difference),
    direction,
  };
  if (previousDigits === 0n) {
    return ok({
      ...base,
      value: undefined,
      magnitude: undefined,
      exact: undefined,
      decimals,
      rounding,
      reason: "DENOMINATOR_ZERO",
    });
  }
  const units = roundedUnits(differenceDigits, previousDigits, 100n, decimals, rounding);
  const magnitude = unitsToNumber(units, decimals, false);
  return ok({
    ...base,
    value: unitsToNumber(units, decimals, differenceDigits < 0n),
    magnitude,
    exact: exactQuotientText(differenceDigits, previousDigits, 100n),
    decimals,
    rounding,
  });
}
