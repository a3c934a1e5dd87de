import { err, type Issue, ok, type Result } from "../core/index.js";
import { percentageOf } from "./_lib/percentage.js";
import { readCount, readOptions, readRounding } from "./_lib/validate.js";
import type { Percentage, RoundingOptions } from "./types.js";

/**
 * Achievement against a target, `realised / target × 100` ("… persen dari target", STATISTICS.md
 * §4). May exceed 100. A target of 0 gives `value: undefined` with `reason: "DENOMINATOR_ZERO"`.
 *
 * @param realised - the realisation (realisasi), a count
 * @param target - the target, a count
 * @param options - `decimals` (default 2) and `rounding` (default `half-up`)
 *
 * @example
 * ```ts
 * achievement(286_422, 300_000); //=> ok, value 95.47
 * achievement(330, 300, { decimals: 0 }); //=> ok, value 110
 * ```
 */
export function achievement(
  realised: unknown,
  target: unknown,
  options?: RoundingOptions,
): Result<Percentage> {
  const issues: Issue[] = [];
  const numerator = readCount(realised, ["realised"], issues);
  const denominator = readCount(target, ["target"], issues);
  const { decimals, rounding } = readRounding(readOptions(options, issues), issues);
  if (issues.length > 0 || numerator === undefined || denominator === undefined) return err(issues);
  return ok(percentageOf("achievement", numerator, denominator, decimals, rounding));
}
