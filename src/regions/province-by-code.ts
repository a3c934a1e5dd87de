import { regionIndexes } from "./_lib/indexes.js";
import type { Province } from "./types.js";

/**
 * The province with a Kemendagri code (the code NIKs use, not the BPS code: see
 * {@link kemendagriProvinceCode}), or `undefined` for any other value. Takes anything; never throws.
 *
 * @example
 * ```ts
 * provinceByCode("32"); //=> { code: "32", name: "Jawa Barat" }
 * provinceByCode("93"); //=> { code: "93", name: "Papua Selatan" }
 * provinceByCode(32);   //=> undefined (codes are strings)
 * ```
 */
export function provinceByCode(code: unknown): Province | undefined {
  return typeof code === "string" ? regionIndexes().provinces.get(code) : undefined;
}
