/**
 * How a figure is cut to its printed number of decimals. `half-up` rounds a discarded part of at
 * least one half away from zero (on the magnitude: −8.155 becomes −8.16, like the unsigned "turun
 * 8,16%" of a publication); `truncate` drops the discarded digits (toward zero). STATISTICS.md §4:
 * most published figures are half-up, a minority truncated.
 *
 * @example
 * ```ts
 * const rounding: Rounding = "half-up";
 * share(42_152, 122_870, { rounding }); // value 34.31 (truncate would give 34.3)
 * ```
 */
export type Rounding = "half-up" | "truncate";

/**
 * The precision of a computed figure: the number of decimals printed (0–10, default 2, as on the
 * agency's summary pages) and the {@link Rounding} convention (default `half-up`).
 *
 * @example
 * ```ts
 * const options: RoundingOptions = { decimals: 1, rounding: "truncate" };
 * growth(20_436, 23_197, options); // value -11.9
 * ```
 */
export interface RoundingOptions {
  readonly decimals?: number;
  readonly rounding?: Rounding;
}

/**
 * Why a computed value is `undefined` instead of a number: its denominator (the total, the target,
 * the previous value or the base of a ratio) is zero. Never `NaN` or `Infinity`.
 *
 * @example
 * ```ts
 * const r = share(0, 0);
 * if (r.ok && r.value.value === undefined) r.value.reason; //=> "DENOMINATOR_ZERO"
 * ```
 */
export type UndefinedReason = "DENOMINATOR_ZERO";

/**
 * What a percentage measures: a share of a total, a realisation against a target, the resolved part
 * of complaints, or the combined share of the top entries.
 *
 * @example
 * ```ts
 * const kind: PercentageKind = "share";
 * ```
 */
export type PercentageKind = "share" | "achievement" | "resolution-rate" | "concentration";

/**
 * A percentage with its denominator always explicit (STATISTICS.md §4: publications do not always
 * divide by the total one expects, so the denominator travels with the figure).
 *
 * @example
 * ```ts
 * const p: Percentage = {
 *   kind: "share", numerator: 42_152, denominator: 122_870, value: 34.31,
 *   exact: "34.306177…", decimals: 2, rounding: "half-up",
 * };
 * ```
 */
export interface Percentage {
  readonly kind: PercentageKind;
  readonly numerator: number;
  readonly denominator: number;
  /** `numerator / denominator × 100`, rounded; `undefined` when the denominator is 0. */
  readonly value: number | undefined;
  /** The unrounded value, truncated to 6 decimals with `…` when longer; `undefined` with `value`. */
  readonly exact: string | undefined;
  readonly decimals: number;
  readonly rounding: Rounding;
  readonly reason?: UndefinedReason;
}

/**
 * The direction of a change as the publications word it: `naik` (up), `turun` (down), `tetap`
 * (unchanged). The number beside it is printed unsigned.
 *
 * @example
 * ```ts
 * const direction: GrowthDirection = "turun";
 * ```
 */
export type GrowthDirection = "naik" | "turun" | "tetap";
