import { deepFreeze } from "../_lib/deep-freeze.js";
import { NIK_PROVINCE_CODES } from "../identity/province-codes.js";
/**
 * A province's Kemendagri code beside its BPS (Statistics Indonesia) code.
 *
 * @example
 * ```ts
 * const papua: ProvinceCodePair = { kemendagri: "91", bps: "94", verified: true };
 * ```
 */
export interface ProvinceCodePair {
  /** Kemendagri code: the code of NIKs, KK numbers and this library's region table. */
  readonly kemendagri: string;
  /** BPS code: the code of statistical publications and BPS datasets. */
  readonly bps: string;
  /** `false` when the pair comes from a single secondary source (UNVERIFIED). */
  readonly verified: boolean;
}

// Every province outside Papua has the same code in both numberings.
const SAME_CODES = NIK_PROVINCE_CODES.filter((code) => code < "91");

/**
 * Kemendagri and BPS province codes side by side. They are the same everywhere except in Papua,
 * where the two numberings cross: Kemendagri 91 Papua / 92 Papua Barat are BPS 94 / 91, so the
 * same two digits can name different provinces depending on who wrote them.
 *
 * Sources: the pre-2022 pairs (91→94, 92→91) appear in datasets taken from BPS's master file
 * (verified against two of them). The BPS codes of the 2022 provinces (Papua Selatan 95, Papua
 * Tengah 96, Papua Pegunungan 97, Papua Barat Daya 92) come from one secondary dataset only and
 * are marked `verified: false` (UNVERIFIED); no BPS regulation listing them was found.
 *
 * @example
 * ```ts
 * PROVINCE_CODE_PAIRS.find((p) => p.kemendagri === "91"); //=> { kemendagri: "91", bps: "94", verified: true }
 * ```
 */
export const PROVINCE_CODE_PAIRS: readonly ProvinceCodePair[] = /* @__PURE__ */ deepFreeze(buildPairs());

function buildPairs(): readonly ProvinceCodePair[] {
  return Object.freeze([
    ...SAME_CODES.map((code) => ({ kemendagri: code, bps: code, verified: true })),
    { kemendagri: "91", bps: "94", verified: true }, // Papua
    { kemendagri: "92", bps: "91", verified: true }, // Papua Barat
    { kemendagri: "93", bps: "95", verified: false }, // Papua Selatan
    { kemendagri: "94", bps: "96", verified: false }, // Papua Tengah
    { kemendagri: "95", bps: "97", verified: false }, // Papua Pegunungan
    { kemendagri: "96", bps: "92", verified: false }, // Papua Barat Daya
  ]);
}

/**
 * The BPS province code of a Kemendagri province code, or `undefined` for anything else. Takes
 * anything; never throws.
 *
 * @example
 * ```ts
 * bpsProvinceCode("32"); //=> "32"
 * bpsProvinceCode("91"); //=> "94" (Papua)
 * bpsProvinceCode("99"); //=> undefined
 * ```
 */
export function bpsProvinceCode(kemendagriCode: unknown): string | undefined {
  for (const pair of PROVINCE_CODE_PAIRS) if (pair.kemendagri === kemendagriCode) return pair.bps;
  return undefined;
}

/**
 * The Kemendagri province code (the one NIKs use) of a BPS province code, or `undefined` for
 * anything else. Takes anything; never throws.
 *
 * @example
 * ```ts
 * kemendagriProvinceCode("94"); //=> "91" (Papua)
 * kemendagriProvinceCode("91"); //=> "92" (Papua Barat)
 * ```
 */
export function kemendagriProvinceCode(bpsCode: unknown): string | undefined {
  for (const pair of PROVINCE_CODE_PAIRS) if (pair.bps === bpsCode) return pair.kemendagri;
  return undefined;
}
