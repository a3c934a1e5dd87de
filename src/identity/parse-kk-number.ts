import { pathOption } from "../_lib/path-option.js";
import { readIdDigits } from "../_lib/read-id-digits.js";
import type { PathSegment } from "../core/issue.js";
import { err, ok, type Result } from "../core/result.js";
import { checkRegionPrefix } from "./_lib/check-region-prefix.js";

/**
 * The parts of a valid family card (*Kartu Keluarga*, KK) number.
 *
 * @example
 * ```ts
 * const parts: KkNumberParts = {
 *   kkNumber: "3201010203040005",
 *   provinceCode: "32",
 *   regencyCode: "3201",
 *   districtCode: "320101",
 * };
 * ```
 */
export interface KkNumberParts {
  /** The 16 digits, without whitespace or separators. */
  readonly kkNumber: string;
  /** Digits 1–2: Kemendagri province code of issuance. */
  readonly provinceCode: string;
  /** Digits 1–4: Kemendagri regency/city code of issuance (`PPKK`). */
  readonly regencyCode: string;
  /** Digits 1–6: Kemendagri district code of issuance (`PPKKCC`). */
  readonly districtCode: string;
}

/**
 * Options of {@link parseKkNumber}.
 *
 * @example
 * ```ts
 * const options: ParseKkNumberOptions = { path: ["family", "kkNumber"] };
 * parseKkNumber("3201010203040005", options).ok; //=> true
 * ```
 */
export interface ParseKkNumberOptions {
  /** Where the number sits in a larger input, for the issues' `path` (default `[]`). */
  readonly path?: readonly PathSegment[];
}

/**
 * Parses and validates a family card (KK) number: 16 digits assigned by SIAK, starting with the
 * 6-digit region code of issuance (REGULATIONS.md §19.2).
 *
 * Input is read exactly like a NIK (see {@link parseNik}: strings only, trimmed, single group
 * separators, at most 64 characters). The region prefix is checked like a NIK's: a known province
 * (`ID_PROVINCE_CODE_UNKNOWN`), regency and district not `00`. Digits 7–16 (said to be a recording
 * date and a family serial) are NOT validated: their exact layout is UNVERIFIED, and the
 * +40 rule of the NIK does not apply, so validating them as a date would refuse real numbers.
 *
 * @example
 * ```ts
 * parseKkNumber("3201010203040005");
 * //=> { ok: true, value: { kkNumber: "3201010203040005", provinceCode: "32",
 * //     regencyCode: "3201", districtCode: "320101" } }
 * parseKkNumber("3200010203040005").ok; //=> false (ID_REGENCY_CODE_ZERO)
 * ```
 */
export function parseKkNumber(input: unknown, options: ParseKkNumberOptions = {}): Result<KkNumberParts> {
  const path = pathOption(options);
  const digits = readIdDigits(input, path);
  if (typeof digits !== "string") return err(digits);
  const issues = [] as Parameters<typeof checkRegionPrefix>[3];
  checkRegionPrefix(digits, path, undefined, issues);
  if (issues.length > 0) return err(issues);
  return ok({
    kkNumber: digits,
    provinceCode: digits.slice(0, 2),
    regencyCode: digits.slice(0, 4),
    districtCode: digits.slice(0, 6),
  });
}
