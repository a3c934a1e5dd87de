import { readIdDigits } from "../_lib/read-id-digits.js";
import { regionIndexes } from "./_lib/indexes.js";
import type { RegencyCodeChange } from "./legacy-regency-codes.js";
import { regencyByCode } from "./regency-by-code.js";
import type { Province, Regency } from "./types.js";

/**
 * The region a NIK (or KK number) was first issued in, as {@link regionOfNik} reads it.
 *
 * @example
 * ```ts
 * const region: NikRegion | undefined = regionOfNik("3201014101990001");
 * region?.province;     //=> { code: "32", name: "Jawa Barat" }
 * region?.districtCode; //=> "320101"
 * region?.isLegacyCode; //=> false
 * ```
 */
export interface NikRegion {
  /** The province the regency belongs to today (for a legacy code, the new province). */
  readonly province: Province;
  /** The regency or city today, with its current code. */
  readonly regency: Regency;
  /** The province named by the number's first two digits when it was issued (91 Papua for 9101). */
  readonly provinceAtIssue: Province;
  /** The 6-digit district code as written in the number (districts are not in the table). */
  readonly districtCode: string;
  /** `true` when the number carries a regency code retired by the 2022 Papua split. */
  readonly isLegacyCode: boolean;
  /** The code change, when `isLegacyCode`. */
  readonly change?: RegencyCodeChange;
}

function districtCodeOf(input: unknown): string | undefined {
  if (typeof input === "object" && input !== null) {
    const { districtCode } = input as { districtCode?: unknown };
    return typeof districtCode === "string" && /^\d{6}$/.test(districtCode) ? districtCode : undefined;
  }
  const digits = readIdDigits(input, []);
  return typeof digits === "string" ? digits.slice(0, 6) : undefined;
}

/**
 * Reads the place of first registration from a NIK or KK number: the string itself (read like
 * `parseNik` reads it: trimmed, group separators allowed, 16 digits), or the value of
 * `parseNik`/`parseKkNumber` (its `districtCode`). Only the region digits are read; validate the
 * whole number with `parseNik` first.
 *
 * Legacy-aware: a NIK issued in Merauke before the 2022 split starts with 9101 and is read as
 * Kabupaten Merauke in Papua Selatan (current code 9301), with `provinceAtIssue` Papua,
 * `isLegacyCode: true` and the `change` attached. Only the 2022 Papua split is in the legacy
 * table: the Kalimantan Timur codes of the regencies that became Kalimantan Utara in 2012 (such as
 * 6404 and 6473) are not, as no source for their mapping is in the notes, so such a NIK gives
 * `undefined`. All codes are Kemendagri codes. Gives
 * `undefined` when the region is not in the table (an unknown province or regency code, or
 * anything that is not a NIK); it never guesses. The district is returned as a code only, since
 * the table holds no districts. Never throws.
 *
 * @example
 * ```ts
 * regionOfNik("3201014101990001")?.regency.name;  //=> "Kabupaten Bogor"
 * const merauke = regionOfNik("9101014101990001");
 * merauke?.regency.code;          //=> "9301"
 * merauke?.province.name;         //=> "Papua Selatan"
 * merauke?.provinceAtIssue.name;  //=> "Papua"
 * ```
 */
export function regionOfNik(nik: unknown): NikRegion | undefined {
  const districtCode = districtCodeOf(nik);
  if (districtCode === undefined) return undefined;
  const found = regencyByCode(districtCode.slice(0, 4));
  if (found === undefined) return undefined;
  const { provinces } = regionIndexes();
  // A regency found by code always has its province in the table, and so has the province of a
  // legacy code (91 Papua, 92 Papua Barat): both are checked by the table tests.
  const province = provinces.get(found.provinceCode) as Province;
  const provinceAtIssue = provinces.get(districtCode.slice(0, 2)) as Province;
  const { isLegacyCode, change, ...regency } = found;
  const region = { province, regency, provinceAtIssue, districtCode, isLegacyCode };
  return change === undefined ? region : { ...region, change };
}
