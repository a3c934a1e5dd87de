/**
 * Province and regency codes of Indonesia (Kemendagri), with the legacy Papua codes still found in
 * NIKs and the Kemendagri ⇄ BPS province code mapping. Published as `pekerja-migran/regions` so
 * that a NIK check does not pull the table into a bundle.
 *
 * The region table is generated from idn-area-data and made available under the ODbL 1.0 (see
 * DATA-LICENSE.md); the code is MIT.
 *
 * @packageDocumentation
 */
export {
  bpsProvinceCode,
  kemendagriProvinceCode,
  PROVINCE_CODE_PAIRS,
  type ProvinceCodePair,
} from "./bps-province-codes.js";
export { REGIONS_SOURCE } from "./data.generated.js";
export { LEGACY_REGENCY_CODES, type RegencyCodeChange } from "./legacy-regency-codes.js";
export { provinceByCode } from "./province-by-code.js";
export { type RegencyLookup, regencyByCode } from "./regency-by-code.js";
export { type NikRegion, regionOfNik } from "./region-of-nik.js";
export { PROVINCES, REGENCIES } from "./tables.js";
export type { Province, Regency, RegencyType } from "./types.js";
