import {
  createIssue,
  err,
  type Issue,
  type Locale,
  ok,
  type PathSegment,
  type Result,
} from "../core/index.js";
import type { Decimal } from "./_lib/decimal.js";
import { unitsToNumber } from "./_lib/decimal.js";
import { readPrinted } from "./_lib/printed.js";

/**
 * A number read from printed text: its value (with the scale word applied: "9,71 miliar" is
 * 9 710 000 000), the number of decimals printed (which says how precisely a published figure can
 * be checked: 2 for "9,71 miliar"), and what else was printed around it: the scale word (`unit`),
 * a percent sign or "persen" (`percent`), a bound word (`bound`: "sekitar" is `about`, "hampir"
 * `almost`, "lebih dari" and "melebihi" `more-than`, "kurang dari" `less-than`), a footnote mark
 * (`footnote`). `warnings` holds `STATISTICS_NUMBER_AMBIGUOUS` when the separators can be read the
 * other way ("71,011": 71.011 as read, or 71 011 printed the English way).
 *
 * @example
 * ```ts
 * const n: ParsedNumber = { value: 34.31, decimals: 2 };
 * const m: ParsedNumber = { value: 56, decimals: 0, percent: true, bound: "about" }; // "sekitar 56 persen"
 * ```
 */
export interface ParsedNumber {
  readonly value: number;
  readonly decimals: number;
  readonly unit?: string;
  readonly percent?: true;
  readonly bound?: "about" | "almost" | "more-than" | "less-than";
  readonly footnote?: true;
  readonly warnings?: readonly Issue[];
}

/** Parses a printed number, reporting `STATISTICS_NUMBER_UNPARSEABLE` at `path`. @internal */
export function readPrintedNumber(
  input: unknown,
  locale: Locale,
  path: readonly PathSegment[],
): Result<ParsedNumber & { readonly decimal: Decimal }> {
  const printed = typeof input === "string" ? readPrinted(input, locale) : undefined;
  if (printed === undefined) {
    return err([createIssue("STATISTICS_NUMBER_UNPARSEABLE", path, { params: { locale } })]);
  }
  const { decimal } = printed;
  const value =
    printed.exponent === 0
      ? unitsToNumber(decimal.digits, decimal.scale, decimal.negative)
      : unitsToNumber(
          printed.exponent >= decimal.scale
            ? decimal.digits * 10n ** BigInt(printed.exponent - decimal.scale)
            : decimal.digits,
          printed.exponent >= decimal.scale ? 0 : decimal.scale - printed.exponent,
          decimal.negative,
        );
  return ok({
    value,
    decimals: decimal.scale,
    ...(printed.unit === undefined ? {} : { unit: printed.unit }),
    ...(printed.percent ? { percent: true as const } : {}),
    ...(printed.bound === undefined ? {} : { bound: printed.bound }),
    ...(printed.footnote ? { footnote: true as const } : {}),
    ...(printed.ambiguous
      ? {
          warnings: [
            createIssue("STATISTICS_NUMBER_AMBIGUOUS", path, {
              severity: "warning",
              params: { locale, other: locale === "id" ? "en" : "id" },
            }),
          ],
        }
      : {}),
    decimal,
  });
}

/**
 * Reads a number printed the Indonesian way: thousands dot (or a space, a no-break space or a
 * narrow no-break space, as PDFs print "122 870") and decimal comma ("122.870" is 122870, "34,31"
 * is 34.31), an optional sign, and what the press prints around figures: a trailing "%" or
 * "persen", a scale word ("ribu", "juta", "miliar", "triliun": "8.304 ribu" is 8 304 000), a
 * currency ("Rp", "US$"), a bound word ("sekitar", "hampir", "lebih dari", "kurang dari",
 * "melebihi", kept in `bound`) and a footnote mark ("8.304*"). With `locale: "en"`, thousands
 * comma and decimal point. Slips that cannot be read in the locale ("11.9" in an Indonesian table)
 * are refused rather than guessed: parse them with the other locale if the context says so. Text
 * that reads both ways ("71,011"; "8.304 ribu", which the press has used for 8,304) is read in the
 * locale, with a `STATISTICS_NUMBER_AMBIGUOUS` warning.
 *
 * @param text - the printed number
 * @param locale - `"id"` (default) or `"en"`
 *
 * @example
 * ```ts
 * parseIndonesianNumber("122.870"); //=> ok, { value: 122870, decimals: 0 }
 * parseIndonesianNumber("34,31%"); //=> ok, { value: 34.31, decimals: 2, percent: true }
 * parseIndonesianNumber("34.31", "en"); //=> ok, { value: 34.31, decimals: 2 }
 * parseIndonesianNumber("122\u00a0870"); //=> ok, { value: 122870, decimals: 0 }
 * parseIndonesianNumber("8.304*"); //=> ok, { value: 8304, decimals: 0, footnote: true }
 * parseIndonesianNumber("sekitar 56 persen"); //=> ok, { value: 56, decimals: 0, percent: true, bound: "about" }
 * parseIndonesianNumber("9,71 miliar"); //=> ok, { value: 9710000000, decimals: 2, unit: "miliar" }
 * // "71,011" reads as 71.011 here, but could be 71,011 in English: a warning says so.
 * parseIndonesianNumber("71,011"); //=> { ok: true, value: { value: 71.011, warnings: [{ code: "STATISTICS_NUMBER_AMBIGUOUS" }] } }
 * parseIndonesianNumber("11.9").ok; //=> false (STATISTICS_NUMBER_UNPARSEABLE)
 * ```
 */
export function parseIndonesianNumber(text: unknown, locale: Locale = "id"): Result<ParsedNumber> {
  const result = readPrintedNumber(text, locale === "en" ? "en" : "id", []);
  if (!result.ok) return result;
  const { decimal: _decimal, ...parsed } = result.value;
  return ok(parsed);
}
