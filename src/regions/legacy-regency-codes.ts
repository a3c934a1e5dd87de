import type { CalendarDate } from "../_lib/dates/calendar-date.js";
import { deepFreeze } from "../_lib/deep-freeze.js";

/**
 * A regency code retired when the Papua provinces were split in 2022. NIKs and KK numbers issued
 * before keep the old code for life, so the old code must still name the right place.
 *
 * @example
 * ```ts
 * const merauke: RegencyCodeChange = {
 *   legacyCode: "9101",
 *   currentCode: "9301",
 *   changedOn: "2022-07-25",
 *   basis: "UU 14/2022 (Pembentukan Provinsi Papua Selatan)",
 *   codeInstrument: "Kepmendagri 100.1.1-6117/2022",
 *   legacyCodeSource: "Permendagri 72/2019",
 * };
 * ```
 */
export interface RegencyCodeChange {
  /** The code before the split (Papua 91xx, Papua Barat 92xx), as still found in older NIKs. */
  readonly legacyCode: string;
  /** The code of the same regency today, in its new province. */
  readonly currentCode: string;
  /** The day the law forming the new province was promulgated. */
  readonly changedOn: CalendarDate;
  /** The law that moved the regency to the new province. */
  readonly basis: string;
  /** The Kemendagri decree that gave the new code. */
  readonly codeInstrument: string;
  /** The instrument that listed the legacy code. */
  readonly legacyCodeSource: string;
}

// Hand-curated from the decrees, not generated: idn-area-data holds only current codes.
// - Legacy codes: Permendagri 72/2019 (region codes before the split). The decree's text was not
//   read; the codes were checked against two independent secondary datasets of pre-2022 codes.
// - Which regency went where: UU 14/2022 (Papua Selatan), UU 15/2022 (Papua Tengah),
//   UU 16/2022 (Papua Pegunungan), UU 29/2022 Pasal 3 (Papua Barat Daya).
// - Dates: UU 29/2022 was signed and promulgated 2022-12-08 (JDIH Kemenko Marves). The date of
//   UU 14–16/2022, 2022-07-25, comes from secondary sources only: UNVERIFIED.
// - New codes 93xx–95xx: Kepmendagri 100.1.1-6117/2022; new codes 96xx: the decree is UNVERIFIED
//   (idn-area-data added them from UU 29/2022; a later Kepmendagri, 300.2.2-2138/2025, is assumed).
const LEGACY = "Permendagri 72/2019";
const SELATAN = {
  changedOn: "2022-07-25",
  basis: "UU 14/2022 (Pembentukan Provinsi Papua Selatan)",
  codeInstrument: "Kepmendagri 100.1.1-6117/2022",
  legacyCodeSource: LEGACY,
} as const;
const TENGAH = {
  changedOn: "2022-07-25",
  basis: "UU 15/2022 (Pembentukan Provinsi Papua Tengah)",
  codeInstrument: "Kepmendagri 100.1.1-6117/2022",
  legacyCodeSource: LEGACY,
} as const;
const PEGUNUNGAN = {
  changedOn: "2022-07-25",
  basis: "UU 16/2022 (Pembentukan Provinsi Papua Pegunungan)",
  codeInstrument: "Kepmendagri 100.1.1-6117/2022",
  legacyCodeSource: LEGACY,
} as const;
const BARAT_DAYA = {
  changedOn: "2022-12-08",
  basis: "UU 29/2022 Pasal 3 (Pembentukan Provinsi Papua Barat Daya)",
  codeInstrument: "Kepmendagri 300.2.2-2138/2025 (UNVERIFIED)",
  legacyCodeSource: LEGACY,
} as const;

/**
 * The 26 regency codes retired by the 2022 Papua split, each pointing to the current code of the
 * same regency, with the date, the law and the decrees. Papua (91) gave regencies to Papua Selatan
 * (93), Papua Tengah (94) and Papua Pegunungan (95); Papua Barat (92) gave regencies to Papua Barat
 * Daya (96). Regencies that stayed in Papua and Papua Barat kept their codes. No legacy code is
 * also a current code, so a lookup is never ambiguous.
 *
 * @example
 * ```ts
 * LEGACY_REGENCY_CODES.find((c) => c.legacyCode === "9101")?.currentCode; //=> "9301" (Merauke)
 * LEGACY_REGENCY_CODES.find((c) => c.legacyCode === "9201")?.currentCode; //=> "9601" (Sorong)
 * ```
 */
export const LEGACY_REGENCY_CODES = /* @__PURE__ */ deepFreeze([
  { legacyCode: "9101", currentCode: "9301", ...SELATAN }, // Merauke
  { legacyCode: "9116", currentCode: "9302", ...SELATAN }, // Boven Digoel
  { legacyCode: "9117", currentCode: "9303", ...SELATAN }, // Mappi
  { legacyCode: "9118", currentCode: "9304", ...SELATAN }, // Asmat
  { legacyCode: "9104", currentCode: "9401", ...TENGAH }, // Nabire
  { legacyCode: "9107", currentCode: "9402", ...TENGAH }, // Puncak Jaya
  { legacyCode: "9108", currentCode: "9403", ...TENGAH }, // Paniai
  { legacyCode: "9109", currentCode: "9404", ...TENGAH }, // Mimika
  { legacyCode: "9125", currentCode: "9405", ...TENGAH }, // Puncak
  { legacyCode: "9126", currentCode: "9406", ...TENGAH }, // Dogiyai
  { legacyCode: "9127", currentCode: "9407", ...TENGAH }, // Intan Jaya
  { legacyCode: "9128", currentCode: "9408", ...TENGAH }, // Deiyai
  { legacyCode: "9102", currentCode: "9501", ...PEGUNUNGAN }, // Jayawijaya
  { legacyCode: "9112", currentCode: "9502", ...PEGUNUNGAN }, // Pegunungan Bintang
  { legacyCode: "9113", currentCode: "9503", ...PEGUNUNGAN }, // Yahukimo
  { legacyCode: "9114", currentCode: "9504", ...PEGUNUNGAN }, // Tolikara
  { legacyCode: "9121", currentCode: "9505", ...PEGUNUNGAN }, // Mamberamo Tengah
  { legacyCode: "9122", currentCode: "9506", ...PEGUNUNGAN }, // Yalimo
  { legacyCode: "9123", currentCode: "9507", ...PEGUNUNGAN }, // Lanny Jaya
  { legacyCode: "9124", currentCode: "9508", ...PEGUNUNGAN }, // Nduga
  { legacyCode: "9201", currentCode: "9601", ...BARAT_DAYA }, // Sorong
  { legacyCode: "9204", currentCode: "9602", ...BARAT_DAYA }, // Sorong Selatan
  { legacyCode: "9205", currentCode: "9603", ...BARAT_DAYA }, // Raja Ampat
  { legacyCode: "9209", currentCode: "9604", ...BARAT_DAYA }, // Tambrauw
  { legacyCode: "9210", currentCode: "9605", ...BARAT_DAYA }, // Maybrat
  { legacyCode: "9271", currentCode: "9671", ...BARAT_DAYA }, // Kota Sorong
] as const satisfies readonly RegencyCodeChange[]);
