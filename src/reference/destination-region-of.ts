import { ownField } from "../_lib/read-once.js";
import { PekerjaMigranError } from "../core/errors.js";
import { countryByCode } from "./_lib/country-by-code.js";
import { DESTINATION_REGIONS, type DestinationRegion } from "./destination-regions.js";
import { isCodeOf } from "./is-code-of.js";

/**
 * Options of {@link destinationRegionOf}.
 *
 * @example
 * ```ts
 * const options: DestinationRegionOptions = { overrides: { EG: "ASIA_AFRICA" } };
 * destinationRegionOf("EG", options); //=> "ASIA_AFRICA"
 * ```
 */
export interface DestinationRegionOptions {
  /**
   * The app's own kawasan for some countries, keyed by upper-case ISO alpha-2 code. It wins over the
   * library's assignment and may name countries that {@link COUNTRIES} does not list.
   */
  readonly overrides?: Readonly<Record<string, DestinationRegion>>;
}

/**
 * The kawasan (regional grouping of the ministry) of a destination country, or `undefined` for a
 * code the library does not know and the overrides do not name. The sources name the three kawasan
 * but not their membership, so the library's assignment (see `DESTINATION_REGIONS`) can be
 * overridden per country.
 *
 * @param code - an ISO alpha-2 code, from anywhere (case and surrounding spaces forgiven)
 * @param options - `overrides`; an override that is not a kawasan code is a programmer error
 * @throws `PekerjaMigranError` with code `INVALID_ARGUMENT` when an override used is not a kawasan code
 * @example
 * ```ts
 * destinationRegionOf("TW"); //=> "ASIA_AFRICA"
 * destinationRegionOf("sa"); //=> "EUROPE_MIDDLE_EAST"
 * destinationRegionOf("NZ"); //=> "AMERICA_PACIFIC"
 * destinationRegionOf("EG", { overrides: { EG: "ASIA_AFRICA" } }); //=> "ASIA_AFRICA"
 * destinationRegionOf("XX"); //=> undefined
 * ```
 */
export function destinationRegionOf(
  code: unknown,
  options: DestinationRegionOptions = {},
): DestinationRegion | undefined {
  if (typeof code !== "string" || code.length > 16) return undefined;
  const key = code.trim().toUpperCase();
  // Own fields only: neither an option nor an override is found on a polluted Object.prototype.
  const overrides = ownField(options, "overrides");
  if (typeof overrides === "object" && overrides !== null && Object.hasOwn(overrides, key)) {
    const region = ownField(overrides, key);
    if (!isCodeOf(DESTINATION_REGIONS, region))
      throw new PekerjaMigranError(
        "INVALID_ARGUMENT",
        "options.overrides holds a value that is not a kawasan code.",
        {
          argument: "options.overrides",
        },
      );
    return region;
  }
  return countryByCode(key)?.region;
}
