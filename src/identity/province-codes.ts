import { deepFreeze } from "../_lib/deep-freeze.js";
/**
 * Every Kemendagri province code a NIK or KK number can start with: the code of the province where the
 * number was first issued. NIKs keep that code for life (REGULATIONS.md §19.1), so the list holds
 * every province code used since NIKs began (UU 23/2006), not only today's provinces:
 *
 * - the 34 provinces before 2022, including 65 Kalimantan Utara (created 2012);
 * - the four Papua provinces of 2022: 93 Papua Selatan (UU 14/2022), 94 Papua Tengah (UU 15/2022),
 *   95 Papua Pegunungan (UU 16/2022) and 96 Papua Barat Daya (UU 29/2022).
 *
 * No province code is known to have been retired since NIKs began: 91 Papua and 92 Papua Barat
 * still exist (smaller). That no other code was ever used in issued NIKs is UNVERIFIED (no decree
 * listing historical NIK prefixes was found); a code found missing can be added here.
 *
 * These are Kemendagri codes, not the BPS statistics codes, which differ for the Papua provinces
 * (see `bpsProvinceCode` in `pekerja-migran/regions`).
 *
 * @example
 * ```ts
 * NIK_PROVINCE_CODES.length;           //=> 38
 * NIK_PROVINCE_CODES.includes("96");   //=> true
 * ```
 */
export const NIK_PROVINCE_CODES = /* @__PURE__ */ deepFreeze([
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
] as const satisfies readonly string[]);

/**
 * A Kemendagri province code that a NIK or KK number may start with.
 *
 * @example
 * ```ts
 * const code: NikProvinceCode = "32"; // Jawa Barat
 * ```
 */
export type NikProvinceCode = (typeof NIK_PROVINCE_CODES)[number];

function buildFlags(): Uint8Array {
  const flags = new Uint8Array(100);
  for (const code of NIK_PROVINCE_CODES) flags[Number(code)] = 1;
  return flags;
}

// A 100-slot table indexed by the two digits: one array read per check, no string allocation.
const PROVINCE_FLAGS = /* @__PURE__ */ buildFlags();

/**
 * Whether the two-digit number is a province code of `NIK_PROVINCE_CODES`.
 * @internal
 */
export function isProvinceNumber(value: number): boolean {
  return PROVINCE_FLAGS[value] === 1;
}

/**
 * Whether a value is a Kemendagri province code a NIK or KK number can start with
 * (`NIK_PROVINCE_CODES`). Accepts anything; never throws.
 *
 * @example
 * ```ts
 * isNikProvinceCode("32"); //=> true
 * isNikProvinceCode("20"); //=> false
 * isNikProvinceCode(32);   //=> false (codes are strings)
 * ```
 */
export function isNikProvinceCode(value: unknown): value is NikProvinceCode {
  if (typeof value !== "string" || value.length !== 2) return false;
  const high = value.charCodeAt(0) - 48;
  const low = value.charCodeAt(1) - 48;
  if (high < 0 || high > 9 || low < 0 || low > 9) return false;
  return isProvinceNumber(high * 10 + low);
}
