import { bench, describe } from "vitest";
import {
  COUNTRIES,
  countryByCode,
  countryFromLabel,
  destinationRegionOf,
  isPlacementRoute,
  parsePositionLabel,
} from "../src/index.js";

// Labels as a statistics pipeline meets them: published spellings, odd case and spacing, unknowns.
const labels = [
  ...Object.values(COUNTRIES).flatMap((country) => [country.label.id, ...country.variants]),
  " HONG-KONG ",
  "saudi arabia",
  "Atlantis",
];
const codes = [...Object.keys(COUNTRIES), "xx", " tw "];

describe("reference look-ups", () => {
  bench(`countryFromLabel × ${labels.length}`, () => {
    for (const label of labels) countryFromLabel(label);
  });
  bench(`countryByCode × ${codes.length}`, () => {
    for (const code of codes) countryByCode(code);
  });
  bench(`destinationRegionOf × ${codes.length}`, () => {
    for (const code of codes) destinationRegionOf(code);
  });
  bench("parsePositionLabel × 4", () => {
    parsePositionLabel("House Maid");
    parsePositionLabel("pembantu rumah tangga");
    parsePositionLabel("pekerja rumah tangga");
    parsePositionLabel("Astronaut");
  });
  bench("isPlacementRoute × 3", () => {
    isPlacementRoute("P3MI");
    isPlacementRoute("G to G");
    isPlacementRoute(42);
  });
});
