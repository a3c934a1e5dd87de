import { type CalendarDate, isCalendarDate } from "../_lib/dates/calendar-date.js";
import { pathOption } from "../_lib/path-option.js";
import { createIssue, type Issue } from "../core/issue.js";
import { err, ok, type Result } from "../core/result.js";
import { NIK_BASIS, type NikParts, type NikSex, type ParseNikOptions, parseNik } from "./parse-nik.js";

/**
 * What a person or document declares, to be compared with the NIK by {@link crossCheckNik}.
 *
 * @example
 * ```ts
 * const declared: NikDeclaredIdentity = { birthDate: "1999-01-01", sex: "F" };
 * ```
 */
export interface NikDeclaredIdentity {
  /** The declared (true) birth date, e.g. from the birth certificate or passport. */
  readonly birthDate: CalendarDate;
  readonly sex: NikSex;
}

/**
 * The outcome of {@link crossCheckNik}.
 *
 * @example
 * ```ts
 * // crossCheckNik("3201014101990001", { birthDate: "1999-01-01", sex: "M" }, { referenceDate: "2026-01-01" })
 * const check: NikCrossCheck = {
 *   parts: {
 *     nik: "3201014101990001",
 *     provinceCode: "32",
 *     regencyCode: "3201",
 *     districtCode: "320101",
 *     birthDate: "1999-01-01",
 *     sex: "F",
 *     serial: "0001",
 *   },
 *   birthDateMatches: true,
 *   sexMatches: false,
 *   warnings: [
 *     { code: "NIK_SEX_MISMATCH", severity: "warning", path: [], basis: "UU 23/2006 jo. UU 24/2013 Pasal 13" },
 *   ],
 * };
 * ```
 */
export interface NikCrossCheck {
  /**
   * The NIK's parts. When the NIK's day, month and two-digit year agree with the declared date,
   * `birthDate` is the declared date: the NIK has no century, so the declaration settles it
   * (declared 1925-03-01 and a NIK read as 2025-03-01 agree).
   */
  readonly parts: NikParts;
  /** Whether day, month and two-digit year of the NIK equal the declared birth date's. */
  readonly birthDateMatches: boolean;
  readonly sexMatches: boolean;
  /** `NIK_BIRTH_DATE_MISMATCH` and/or `NIK_SEX_MISMATCH`, with severity `warning`. */
  readonly warnings: readonly Issue[];
}

/**
 * Compares the birth date and sex embedded in a NIK with the declared ones. A mismatch is a
 * *warning*, not an error: a NIK whose embedded date differs from the true birth date cannot be
 * changed, so the mismatch can be legitimate (REGULATIONS.md §19.1, LIFECYCLE.md §5).
 *
 * The NIK is parsed with {@link parseNik} (its errors refuse the check). The dates are compared on
 * day, month and the two-digit year only, so a century guessed wrongly from the reference date is
 * not a mismatch; the returned `parts.birthDate` then carries the declared century. A declared
 * birth date that is not a calendar date (`DATE_INVALID` at `["birthDate"]`) or a declared sex that
 * is not `M`/`F` (`SCHEMA_INVALID_VALUE` at `["sex"]`) is an error. Warnings and errors never
 * contain a date or the NIK.
 *
 * @example
 * ```ts
 * const check = crossCheckNik(
 *   "3201014101990001",
 *   { birthDate: "1999-01-02", sex: "F" },
 *   { referenceDate: "2026-01-01" },
 * );
 * check.ok && check.value.birthDateMatches; //=> false
 * check.ok && check.value.warnings.map((w) => w.code); //=> ["NIK_BIRTH_DATE_MISMATCH"]
 * ```
 */
export function crossCheckNik(
  nik: unknown,
  declared: NikDeclaredIdentity,
  options: ParseNikOptions,
): Result<NikCrossCheck> {
  const parsed = parseNik(nik, options);
  const issues: Issue[] = parsed.ok ? [] : [...parsed.issues];
  const { birthDate, sex } =
    typeof declared === "object" && declared !== null
      ? (declared as { birthDate?: unknown; sex?: unknown })
      : { birthDate: undefined, sex: undefined };
  const birthDateValid = isCalendarDate(birthDate);
  if (!birthDateValid) issues.push(createIssue("DATE_INVALID", ["birthDate"]));
  if (sex !== "M" && sex !== "F")
    issues.push(createIssue("SCHEMA_INVALID_VALUE", ["sex"], { params: { allowed: "M, F" } }));
  if (!parsed.ok || !birthDateValid || issues.length > 0) return err(issues);

  const parts = parsed.value;
  // Compare MM-DD and the last two digits of the year: the NIK knows no century.
  const birthDateMatches =
    parts.birthDate.slice(5) === birthDate.slice(5) && parts.birthDate.slice(2, 4) === birthDate.slice(2, 4);
  const sexMatches = parts.sex === sex;
  // The warnings are about the NIK: at its path, as its errors are.
  const path = pathOption(options);
  const warnings: Issue[] = [];
  if (!birthDateMatches) {
    warnings.push(createIssue("NIK_BIRTH_DATE_MISMATCH", path, { severity: "warning", basis: NIK_BASIS }));
  }
  if (!sexMatches)
    warnings.push(createIssue("NIK_SEX_MISMATCH", path, { severity: "warning", basis: NIK_BASIS }));
  return ok({
    parts: birthDateMatches && parts.birthDate !== birthDate ? { ...parts, birthDate } : parts,
    birthDateMatches,
    sexMatches,
    warnings,
  });
}
