import type { PathSegment } from "../core/issue.js";
import { ok, type Result } from "../core/result.js";
import { countryLabelIndex } from "./_lib/indexes.js";
import { resolveLabel } from "./_lib/label-index.js";
import { COUNTRIES, type CountryEntry } from "./countries.js";

/**
 * Resolves a destination-country label as the publications print it ("Hongkong", "Arab Saudi",
 * "Saudi Arabia", "UEA", "Korea Selatan", …) or its English name, returning the {@link COUNTRIES}
 * entry or the reason it cannot. Case, accents, spaces and punctuation are ignored ("HONG-KONG",
 * "Türkiye").
 *
 * Issues: `INPUT_REQUIRED` (missing or blank), `INPUT_NOT_STRING`, `INPUT_TOO_LONG` (over 120
 * characters, checked first), `REFERENCE_LABEL_UNKNOWN` (`params.taxonomy: "country"`). The issues
 * never repeat the label.
 *
 * @param label - a country label, from anywhere
 * @param options - `path` to put on the issues (default `[]`)
 * @example
 * ```ts
 * const result = parseCountryLabel("Uni Emirat Arab");
 * if (result.ok) result.value.code; //=> "AE"
 * parseCountryLabel("Atlantis").ok; //=> false (REFERENCE_LABEL_UNKNOWN)
 * ```
 */
export function parseCountryLabel(
  label: unknown,
  options: { readonly path?: readonly PathSegment[] } = {},
): Result<CountryEntry> {
  const resolved = resolveLabel(countryLabelIndex(), label, "country", options.path);
  return resolved.ok ? ok(COUNTRIES[resolved.value]) : resolved;
}
