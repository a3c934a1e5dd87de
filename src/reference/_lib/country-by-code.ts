import { COUNTRIES, type CountryEntry } from "../countries.js";
import { isCodeOf } from "../is-code-of.js";

/**
 * The {@link COUNTRIES} entry of an ISO 3166-1 alpha-2 code, or `undefined`. Surrounding whitespace
 * and letter case are forgiven (`" hk "`); anything that is not a string gives `undefined`. The
 * public way in is {@link parseCountryCode}, which also says why a code is refused.
 * @internal
 */
export function countryByCode(code: unknown): CountryEntry | undefined {
  // A code is 2 letters: anything much longer is rejected before any string work.
  if (typeof code !== "string" || code.length > 16) return undefined;
  const key = code.trim().toUpperCase();
  return isCodeOf(COUNTRIES, key) ? COUNTRIES[key] : undefined;
}
