import { type ParseNikOptions, parseNik } from "./parse-nik.js";

/**
 * Whether the input is a valid NIK: {@link parseNik} without the details. Needs the same
 * `referenceDate` (the century of the birth year, hence 29 February, depends on it); without a
 * valid one the answer is `false`. Accepts anything; never throws.
 *
 * @example
 * ```ts
 * isValidNik("3201014101990001", { referenceDate: "2026-01-01" }); //=> true
 * isValidNik("3201013104990001", { referenceDate: "2026-01-01" }); //=> false (31 April)
 * ```
 */
export function isValidNik(input: unknown, options: ParseNikOptions): boolean {
  return parseNik(input, options).ok;
}
