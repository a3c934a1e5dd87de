import { type DestinationRegionOptions, destinationRegionOf } from "../reference/index.js";
import type { Dimension } from "./dimension.js";

/**
 * A dimension keyed by the ministry's regional grouping (kawasan: Asia dan Afrika; Eropa dan Timur
 * Tengah; Amerika dan Pasifik; STATISTICS.md §2, §5.2) of a destination-country code field, through
 * reference's {@link destinationRegionOf}. The kawasan membership of each country is the reference
 * table's (the sources do not list it); pass `overrides` to use your own. A code the table does not
 * know, or a missing field, is counted under `UNKNOWN_KEY`.
 *
 * @param field - the field holding an ISO alpha-2 destination code (default `"destination"`)
 * @param options - `overrides` for destinationRegionOf
 * @param name - the dimension's name (default `"destinationRegion"`)
 *
 * @example
 * ```ts
 * tally([{ destination: "TW" }, { destination: "SA" }, { destination: "HK" }], byDestinationRegion());
 * //=> ok, rows [{ keys: ["ASIA_AFRICA"], count: 2 }, { keys: ["EUROPE_MIDDLE_EAST"], count: 1 }]
 * ```
 */
export function byDestinationRegion(
  field = "destination",
  options: DestinationRegionOptions = {},
  name = "destinationRegion",
): Dimension {
  return {
    name,
    key: (record) =>
      typeof record === "object" && record !== null
        ? destinationRegionOf((record as Readonly<Record<string, unknown>>)[field], options)
        : undefined,
  };
}
