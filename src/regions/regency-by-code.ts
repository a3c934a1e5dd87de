import { normaliseRegencyCode, regionIndexes } from "./_lib/indexes.js";
import type { RegencyCodeChange } from "./legacy-regency-codes.js";
import type { Regency } from "./types.js";

/**
 * What {@link regencyByCode} finds: the current regency, and whether the code asked for was a legacy one.
 *
 * @example
 * ```ts
 * const lookup: RegencyLookup | undefined = regencyByCode("9101");
 * lookup?.name;              //=> "Kabupaten Merauke"
 * lookup?.change?.currentCode; //=> "9301"
 * ```
 */
export interface RegencyLookup extends Regency {
  /** `true` when the code looked up was retired in 2022 and now belongs to this regency. */
  readonly isLegacyCode: boolean;
  /** The code change, when `isLegacyCode`. */
  readonly change?: RegencyCodeChange;
}

/**
 * The regency or city with a Kemendagri code, written `"3201"` or `"32.01"`. A legacy code retired
 * by the 2022 Papua split ({@link LEGACY_REGENCY_CODES}) resolves to the current regency, with
 * `isLegacyCode: true`, its `code` set to the current code and the `change` attached. Any other
 * value, including unknown codes and other spellings, gives `undefined`. Takes anything; never
 * throws.
 *
 * @example
 * ```ts
 * regencyByCode("32.01");
 * //=> { code: "3201", provinceCode: "32", name: "Kabupaten Bogor", type: "KABUPATEN", isLegacyCode: false }
 * regencyByCode("9101")?.code;         //=> "9301" (Merauke, now in Papua Selatan)
 * regencyByCode("9101")?.isLegacyCode; //=> true
 * regencyByCode("3299");               //=> undefined
 * ```
 */
export function regencyByCode(code: unknown): RegencyLookup | undefined {
  const normalised = normaliseRegencyCode(code);
  if (normalised === undefined) return undefined;
  const { regencies, legacy } = regionIndexes();
  const current = regencies.get(normalised);
  if (current !== undefined) return { ...current, isLegacyCode: false };
  const change = legacy.get(normalised);
  if (change === undefined) return undefined;
  // Every legacy code points to a current regency (checked by the table tests).
  const regency = regencies.get(change.currentCode) as Regency;
  return { ...regency, isLegacyCode: true, change };
}
