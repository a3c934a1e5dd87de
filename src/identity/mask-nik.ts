import { readIdDigits } from "../_lib/read-id-digits.js";

const FULLY_MASKED = "****************";
const MASK_TAIL = "**********";

/**
 * Masks a NIK for display and logs. Keeps exactly the first six digits (the province, regency and
 * district codes of first registration, which many people share) and replaces the ten others
 * (birth date, which also encodes the sex, and serial) with `*`: `"320101**********"`.
 *
 * The input is read as {@link parseNik} reads it (trimmed, group separators dropped) but not
 * validated: any 16-digit input keeps its first six digits. Anything that is not 16 digits (wrong
 * type, wrong length, other characters) gives 16 asterisks. Never throws, never returns more than
 * six of the input's digits.
 *
 * @example
 * ```ts
 * maskNik("3201014101990001");     //=> "320101**********"
 * maskNik("32.01.01.410199.0001"); //=> "320101**********"
 * maskNik("12345");                //=> "****************"
 * maskNik(undefined);              //=> "****************"
 * ```
 */
export function maskNik(nik: unknown): string {
  const digits = readIdDigits(nik, []);
  return typeof digits === "string" ? digits.slice(0, 6) + MASK_TAIL : FULLY_MASKED;
}
