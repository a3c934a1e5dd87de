import type { CountryEntry } from "./countries.js";
import { parseCountryLabel } from "./parse-country-label.js";

/**
 * The {@link COUNTRIES} entry of a published country label, or `undefined` when the label is not
 * known (or not a string). The forgiving twin of {@link parseCountryLabel}, for filtering and
 * reporting where the reason does not matter.
 *
 * @param label - a country label, from anywhere
 * @example
 * ```ts
 * countryFromLabel("Hongkong")?.code; //=> "HK"
 * countryFromLabel("saudi arabia")?.code; //=> "SA"
 * countryFromLabel("__proto__"); //=> undefined
 * ```
 */
export function countryFromLabel(label: unknown): CountryEntry | undefined {
  const result = parseCountryLabel(label);
  return result.ok ? result.value : undefined;
}
