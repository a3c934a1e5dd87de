import { pathOption } from "../_lib/path-option.js";
import { createIssue, type PathSegment } from "../core/issue.js";
import { err, ok, type Result } from "../core/result.js";
import { countryByCode } from "./_lib/country-by-code.js";
import type { CountryEntry } from "./countries.js";

// Generous for "  sa  " and similar; an ISO alpha-2 code is 2 letters.
const MAX_CODE_LENGTH = 16;

/**
 * Reads a destination-country ISO 3166-1 alpha-2 code from outside data (a form field, a CSV cell),
 * returning its {@link COUNTRIES} entry or every reason it cannot. Case and surrounding spaces are
 * forgiven (`" hk "` is Hong Kong). For a code already known to be exact, `COUNTRIES[code]` with
 * {@link isCodeOf} is the cheaper check.
 *
 * Issues: `INPUT_REQUIRED` (missing or blank), `INPUT_NOT_STRING`, `INPUT_TOO_LONG` (over 16
 * characters), `REFERENCE_CODE_UNKNOWN` (`params.taxonomy: "country"`). The issues never repeat
 * the input.
 *
 * @param input - a country code, from anywhere
 * @param options - `path` to put on the issues (default `[]`)
 * @example
 * ```ts
 * const result = parseCountryCode("hk", { path: ["destination"] });
 * if (result.ok) result.value.label.id; //=> "Hong Kong"
 * parseCountryCode("XX").ok; //=> false (REFERENCE_CODE_UNKNOWN)
 * ```
 */
export function parseCountryCode(
  input: unknown,
  options: { readonly path?: readonly PathSegment[] } = {},
): Result<CountryEntry> {
  const path = pathOption(options);
  if (input === undefined || input === null) return err([createIssue("INPUT_REQUIRED", path)]);
  if (typeof input !== "string") return err([createIssue("INPUT_NOT_STRING", path)]);
  if (input.length > MAX_CODE_LENGTH)
    return err([createIssue("INPUT_TOO_LONG", path, { params: { max: MAX_CODE_LENGTH } })]);
  if (input.trim() === "") return err([createIssue("INPUT_REQUIRED", path)]);
  const country = countryByCode(input);
  return country === undefined
    ? err([createIssue("REFERENCE_CODE_UNKNOWN", path, { params: { taxonomy: "country" } })])
    : ok(country);
}
