import { type CalendarDate, isCalendarDate, isRealDate } from "../_lib/dates/calendar-date.js";
import { pathOption } from "../_lib/path-option.js";
import { readIdDigits, twoDigits } from "../_lib/read-id-digits.js";
import { ownField } from "../_lib/read-once.js";
import { createIssue, type Issue, type PathSegment } from "../core/issue.js";
import { err, ok, type Result } from "../core/result.js";
import { checkRegionPrefix } from "./_lib/check-region-prefix.js";
import { isProvinceNumber } from "./province-codes.js";

/**
 * The legal basis of the NIK: issued by Dukcapil, valid for life (UU 23/2006 as amended by
 * UU 24/2013, Pasal 13). The digit layout itself is documented by Dukcapil offices
 * (REGULATIONS.md §19.1); the instrument that defines it is not named in the sources read.
 *
 * @example
 * ```ts
 * NIK_BASIS; //=> "UU 23/2006 jo. UU 24/2013 Pasal 13"
 * ```
 */
export const NIK_BASIS = "UU 23/2006 jo. UU 24/2013 Pasal 13";

/**
 * The sex a NIK encodes: `M` (day 01–31) or `F` (day 41–71, 40 added).
 *
 * @example
 * ```ts
 * const sex: NikSex = "F"; // day 41 in "3201014101990001"
 * ```
 */
export type NikSex = "M" | "F";

/**
 * The parts of a valid NIK `PP KK CC DDMMYY SSSS`.
 *
 * The region codes are cumulative, as Kemendagri writes them: `regencyCode` is the 4-digit `PPKK`
 * code and `districtCode` the 6-digit `PPKKCC` code, so each can be looked up on its own (the
 * 2-digit `KK` alone means nothing without its province). They name the place where the NIK was
 * first issued, not where the person lives now.
 *
 * @example
 * ```ts
 * const parts: NikParts = {
 *   nik: "3201014101990001",
 *   provinceCode: "32",
 *   regencyCode: "3201",
 *   districtCode: "320101",
 *   birthDate: "1999-01-01",
 *   sex: "F",
 *   serial: "0001",
 * };
 * ```
 */
export interface NikParts {
  /** The 16 digits, without whitespace or separators. */
  readonly nik: string;
  /** Digits 1–2: Kemendagri province code, e.g. `"32"`. */
  readonly provinceCode: string;
  /** Digits 1–4: Kemendagri regency/city code, e.g. `"3201"`. */
  readonly regencyCode: string;
  /** Digits 1–6: Kemendagri district (kecamatan) code, e.g. `"320101"`. */
  readonly districtCode: string;
  /** The embedded birth date, century resolved against the `referenceDate`. */
  readonly birthDate: CalendarDate;
  readonly sex: NikSex;
  /** Digits 13–16, `"0001"` to `"9999"`. */
  readonly serial: string;
}

/**
 * Options of {@link parseNik}.
 *
 * @example
 * ```ts
 * const options: ParseNikOptions = { referenceDate: "2026-01-01", path: ["worker", "nik"] };
 * parseNik("3201014101990001", options).ok; //=> true
 * ```
 */
export interface ParseNikOptions {
  /**
   * The date the NIK is read on (usually today, given by the caller). The two-digit birth year is
   * resolved to the latest century that does not put the birth after this date.
   */
  readonly referenceDate: CalendarDate;
  /** Where the NIK sits in a larger input, for the issues' `path` (default `[]`). */
  readonly path?: readonly PathSegment[];
}

const BASIS = { basis: NIK_BASIS } as const;
const REFERENCE_DATE_PATH: readonly PathSegment[] = ["referenceDate"];

// A one-entry memo of the last reference date found valid: callers parse many NIKs against the
// same date, and the full check (a RegExp and a Date) would cost more than the rest of the parse.
// It only skips re-checking an identical string, so it cannot change any result.
let lastValidReference: string | null = null;

function isValidReference(value: unknown): value is CalendarDate {
  if (typeof value === "string" && value === lastValidReference) return true;
  if (!isCalendarDate(value)) return false;
  lastValidReference = value;
  return true;
}

// Creates the issue list on the first problem, so the happy path allocates none.
function append(issues: Issue[] | undefined, issue: Issue): Issue[] {
  if (issues === undefined) return [issue];
  issues.push(issue);
  return issues;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function pad4(value: number): string {
  return value >= 1000 ? String(value) : String(value).padStart(4, "0");
}

/**
 * Parses and validates a NIK (*Nomor Induk Kependudukan*) as REGULATIONS.md §19.1 describes it:
 * 16 digits `PP KK CC DDMMYY SSSS`.
 *
 * Checks, all reported at once:
 * - the input is a string (a number or bigint gives `ID_NUMBER_AS_NUMBER`), at most 64 characters
 *   (`INPUT_TOO_LONG`), of 16 ASCII digits after trimming surrounding whitespace; single spaces,
 *   dots or hyphens are accepted between digit groups (after digit 2, 4, 6, 8 or 12), so
 *   `"32.01.01.410199.0001"` and `"3201 0141 0199 0001"` are read, `"3201014 101990001"` is not
 *   (`ID_NUMBER_MISPLACED_SEPARATOR`); other characters, including full-width digits, give
 *   `ID_NUMBER_INVALID_CHARACTERS`; a wrong digit count gives `ID_NUMBER_LENGTH`;
 * - the province code is one of `NIK_PROVINCE_CODES` (`ID_PROVINCE_CODE_UNKNOWN`), the
 *   regency and district codes are not `00` (`ID_REGENCY_CODE_ZERO`, `ID_DISTRICT_CODE_ZERO`);
 * - the day is 01–31 (man) or 41–71 (woman, 40 added) (`NIK_BIRTH_DAY_INVALID`), the month 01–12
 *   (`NIK_BIRTH_MONTH_INVALID`), and together with the resolved year they form a real date: no
 *   31 April, no 29 February (day 29 or 69) in a common year (`NIK_BIRTH_DATE_INVALID`);
 * - the serial is not `0000` (`NIK_SERIAL_ZERO`).
 *
 * The two-digit year is resolved against `options.referenceDate`, never the clock: the latest
 * century that does not put the birth after the reference date (a birth on the reference date
 * itself is allowed). With reference 2026-01-01, `YY = 25` is 2025 and `YY = 26` is 1926. A
 * missing or invalid reference date is reported as `DATE_INVALID` at path `["referenceDate"]`
 * (not thrown), together with every other problem; the leap-year check then assumes a leap year.
 *
 * Issues never contain the NIK or any part of it.
 *
 * @param input - anything; only a string can be a NIK
 * @param options - the `referenceDate` (required) and an optional issue `path`
 * @returns the NIK's parts, or every issue found
 *
 * @example
 * ```ts
 * parseNik("3201014101990001", { referenceDate: "2026-01-01" });
 * //=> { ok: true, value: { nik: "3201014101990001", provinceCode: "32", regencyCode: "3201",
 * //     districtCode: "320101", birthDate: "1999-01-01", sex: "F", serial: "0001" } }
 * parseNik("2001013104250000", { referenceDate: "2026-01-01" }).ok;
 * //=> false (ID_PROVINCE_CODE_UNKNOWN, NIK_BIRTH_DATE_INVALID, NIK_SERIAL_ZERO)
 * parseNik(3201014101990001, { referenceDate: "2026-01-01" }).ok; //=> false (ID_NUMBER_AS_NUMBER)
 * ```
 */
export function parseNik(input: unknown, options: ParseNikOptions): Result<NikParts> {
  // Options come from callers too: read as own fields (never a polluted prototype's), without allocating.
  const reading = readNik(input, ownField(options, "referenceDate"), pathOption(options));
  if (Array.isArray(reading)) return err(reading);
  const { digits, year, day, female } = reading;
  return ok({
    nik: digits,
    provinceCode: digits.slice(0, 2),
    regencyCode: digits.slice(0, 4),
    districtCode: digits.slice(0, 6),
    // The month's digits are already two; a woman's day needs 40 taken off.
    birthDate: `${pad4(year)}-${digits.slice(8, 10)}-${female ? pad2(day) : digits.slice(6, 8)}`,
    sex: female ? "F" : "M",
    serial: digits.slice(12, 16),
  });
}

/**
 * What {@link parseNik} reads from a valid NIK, before it builds the parts' strings.
 * @internal
 */
export interface NikReading {
  /** The 16 digits. */
  readonly digits: string;
  /** The birth year, its century resolved against the reference date. */
  readonly year: number;
  /** The day of the month (a woman's with 40 taken off). */
  readonly day: number;
  readonly female: boolean;
}

/**
 * {@link parseNik}'s checks without its parts: every issue, or the reading the parts are made of.
 * The dossier's NIK rule needs only the birth facts, so it skips the parts' strings.
 * @internal
 */
export function readNik(
  input: unknown,
  referenceDate: unknown,
  path: readonly PathSegment[],
): NikReading | Issue[] {
  const referenceValid = isValidReference(referenceDate);
  const digits = readIdDigits(input, path);
  if (typeof digits !== "string") {
    if (!referenceValid) digits.push(createIssue("DATE_INVALID", REFERENCE_DATE_PATH));
    return digits;
  }

  // Allocated only when something is wrong: the happy path builds nothing but the result.
  let issues: Issue[] | undefined;
  if (twoDigits(digits, 2) === 0 || twoDigits(digits, 4) === 0 || !isProvinceNumber(twoDigits(digits, 0))) {
    issues = [];
    checkRegionPrefix(digits, path, NIK_BASIS, issues);
  }

  const writtenDay = twoDigits(digits, 6);
  const month = twoDigits(digits, 8);
  const yy = twoDigits(digits, 10);
  const basis = BASIS;
  const female = writtenDay >= 41 && writtenDay <= 71;
  const day = female ? writtenDay - 40 : writtenDay;
  const dayInRange = day >= 1 && day <= 31;
  const monthInRange = month >= 1 && month <= 12;
  if (!dayInRange) issues = append(issues, createIssue("NIK_BIRTH_DAY_INVALID", path, basis));
  if (!monthInRange) issues = append(issues, createIssue("NIK_BIRTH_MONTH_INVALID", path, basis));

  let year = 0;
  if (referenceValid) {
    const reference = referenceDate as string;
    const referenceYear = twoDigits(reference, 0) * 100 + twoDigits(reference, 2);
    year = referenceYear - (referenceYear % 100) + yy;
    // Same century first; one century back if that would put the birth after the reference date.
    if (year > referenceYear) year -= 100;
    else if (year === referenceYear) {
      const referenceMonth = twoDigits(reference, 5);
      if (month > referenceMonth || (month === referenceMonth && day > twoDigits(reference, 8))) year -= 100;
    }
  } else {
    issues = append(issues, createIssue("DATE_INVALID", REFERENCE_DATE_PATH));
  }
  // Without a reference year, 2000 (a leap year) lets 29 February through rather than guess.
  // Every month has 28 days; only days 29–31 need the calendar (core's check, which builds a Date).
  const realDate =
    day <= 28 ? year >= 1 || !referenceValid : isRealDate(referenceValid ? year : 2000, month, day);
  if (dayInRange && monthInRange && !realDate) {
    issues = append(issues, createIssue("NIK_BIRTH_DATE_INVALID", path, basis));
  }

  if (digits.charCodeAt(12) === 48 && digits.charCodeAt(13) === 48 && digits.charCodeAt(14) === 48) {
    if (digits.charCodeAt(15) === 48) issues = append(issues, createIssue("NIK_SERIAL_ZERO", path, basis));
  }

  return issues ?? { digits, year, day, female };
}
