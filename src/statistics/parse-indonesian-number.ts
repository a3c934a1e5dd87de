import { createIssue, err, type Locale, ok, type PathSegment, type Result } from "../core/index.js";
import type { Decimal } from "./_lib/decimal.js";
import { unitsToNumber } from "./_lib/decimal.js";

/**
 * A number read from printed text, with the number of decimals it was printed with (which says how
 * precisely a published figure can be checked).
 *
 * @example
 * ```ts
 * const n: ParsedNumber = { value: 34.31, decimals: 2 };
 * ```
 */
export interface ParsedNumber {
  readonly value: number;
  readonly decimals: number;
}

const MAX_LENGTH = 64;
const PATTERNS: Readonly<Record<Locale, RegExp>> = {
  id: /^([-+\u2212]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*%?$/,
  en: /^([-+\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*%?$/,
};

/** Parses printed text to an exact decimal, or `undefined`. @internal */
export function decimalOfText(text: string, locale: Locale): Decimal | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const match = PATTERNS[locale].exec(text.trim());
  if (match === null) return undefined;
  const whole = (match[2] as string).replace(/[.,]/g, "");
  const fraction = match[3] ?? "";
  const digits = BigInt(`${whole}${fraction}`);
  return { negative: match[1] !== "" && match[1] !== "+" && digits !== 0n, digits, scale: fraction.length };
}

/** Parses a printed number, reporting `STATISTICS_NUMBER_UNPARSEABLE` at `path`. @internal */
export function readPrintedNumber(
  input: unknown,
  locale: Locale,
  path: readonly PathSegment[],
): Result<ParsedNumber & { readonly decimal: Decimal }> {
  const decimal = typeof input === "string" ? decimalOfText(input, locale) : undefined;
  if (decimal === undefined) {
    return err([createIssue("STATISTICS_NUMBER_UNPARSEABLE", path, { params: { locale } })]);
  }
  return ok({
    value: unitsToNumber(decimal.digits, decimal.scale, decimal.negative),
    decimals: decimal.scale,
    decimal,
  });
}

/**
 * Reads a number printed the Indonesian way: thousands dot and decimal comma ("122.870" is
 * 122870, "34,31" is 34.31, "8.304" is 8304), an optional sign and an optional trailing "%". With
 * `locale: "en"`, thousands comma and decimal point. Returns the value and the number of decimals
 * printed. Ambiguous slips ("11.9" in an Indonesian table) are refused rather than guessed: parse
 * them with the other locale if the context says so.
 *
 * @param text - the printed number
 * @param locale - `"id"` (default) or `"en"`
 *
 * @example
 * ```ts
 * parseIndonesianNumber("122.870"); //=> ok, { value: 122870, decimals: 0 }
 * parseIndonesianNumber("34,31%"); //=> ok, { value: 34.31, decimals: 2 }
 * parseIndonesianNumber("34.31", "en"); //=> ok, { value: 34.31, decimals: 2 }
 * parseIndonesianNumber("11.9").ok; //=> false (STATISTICS_NUMBER_UNPARSEABLE)
 * ```
 */
export function parseIndonesianNumber(text: unknown, locale: Locale = "id"): Result<ParsedNumber> {
  const result = readPrintedNumber(text, locale === "en" ? "en" : "id", []);
  return result.ok ? ok({ value: result.value.value, decimals: result.value.decimals }) : result;
}
