import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceTable } from "./types.js";

/**
 * Codes of the ministry's regional groupings (kawasan).
 *
 * @example
 * ```ts
 * DESTINATION_REGION_CODES; //=> ["ASIA_AFRICA", "EUROPE_MIDDLE_EAST", "AMERICA_PACIFIC"]
 * ```
 */
export const DESTINATION_REGION_CODES = /* @__PURE__ */ deepFreeze([
  "ASIA_AFRICA",
  "EUROPE_MIDDLE_EAST",
  "AMERICA_PACIFIC",
] as const);

/**
 * A regional grouping (kawasan) of destination countries.
 *
 * @example
 * ```ts
 * const region: DestinationRegion = "EUROPE_MIDDLE_EAST";
 * ```
 */
export type DestinationRegion = (typeof DESTINATION_REGION_CODES)[number];

/**
 * The three kawasan the publications group placements into, matching the agency's regional deputies
 * (STATISTICS.md §2, §5.2): "Asia dan Afrika", "Eropa dan Timur Tengah", "Amerika dan Pasifik".
 * The sources name the groups but not which country belongs to which: the membership in
 * {@link COUNTRIES} is this library's, by geography, with the Arab states of North Africa under
 * "Timur Tengah" as the 2015 Middle-East moratorium lists them. {@link destinationRegionOf} lets an
 * app override it.
 *
 * @example
 * ```ts
 * DESTINATION_REGIONS.AMERICA_PACIFIC.label.id; //=> "Amerika dan Pasifik"
 * ```
 */
export const DESTINATION_REGIONS = /* @__PURE__ */ deepFreeze({
  ASIA_AFRICA: {
    code: "ASIA_AFRICA",
    label: { id: "Asia dan Afrika", en: "Asia and Africa" },
    verified: true,
  },
  EUROPE_MIDDLE_EAST: {
    code: "EUROPE_MIDDLE_EAST",
    label: { id: "Eropa dan Timur Tengah", en: "Europe and the Middle East" },
    verified: true,
  },
  AMERICA_PACIFIC: {
    code: "AMERICA_PACIFIC",
    label: { id: "Amerika dan Pasifik", en: "America and the Pacific" },
    verified: true,
  },
} as const satisfies ReferenceTable<DestinationRegion>);
