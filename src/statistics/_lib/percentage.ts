import type { Percentage, PercentageKind, Rounding } from "../types.js";
import { exactQuotientText, roundedUnits, unitsToNumber } from "./decimal.js";

/** `numerator / denominator × 100` as a {@link Percentage}, exactly rounded. @internal */
export function percentageOf(
  kind: PercentageKind,
  numerator: number,
  denominator: number,
  decimals: number,
  rounding: Rounding,
): Percentage {
  if (denominator === 0) {
    return {
      kind,
      numerator,
      denominator,
      value: undefined,
      exact: undefined,
      decimals,
      rounding,
      reason: "DENOMINATOR_ZERO",
    };
  }
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return {
    kind,
    numerator,
    denominator,
    value: unitsToNumber(roundedUnits(n, d, 100n, decimals, rounding), decimals, false),
    exact: exactQuotientText(n, d, 100n),
    decimals,
    rounding,
  };
}
