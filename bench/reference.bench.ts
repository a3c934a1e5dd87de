import { bench, describe } from "vitest";
import { COUNTRIES, isCodeOf, parseCountryCode, parseLabel } from "../src/index.js";
import { destinationRegionOf, PLACEMENT_ROUTES, POSITIONS } from "../src/reference/index.js";

// Labels as a statistics pipeline meets them: published spellings, odd case and spacing, unknowns.
const labels = [
  ...Object.values(COUNTRIES).flatMap((country) => [country.label.id, ...country.variants]),
  " HONG-KONG ",
  "saudi arabia",
  "Atlantis",
];
const codes = [...Object.keys(COUNTRIES), "xx", " tw "];

describe("reference look-ups", () => {
  bench(`parseLabel(COUNTRIES) × ${labels.length}`, () => {
    for (const label of labels) parseLabel(COUNTRIES, label);
  });
  bench(`parseCountryCode × ${codes.length}`, () => {
    for (const code of codes) parseCountryCode(code);
  });
  bench(`destinationRegionOf × ${codes.length}`, () => {
    for (const code of codes) destinationRegionOf(code);
  });
  bench("parseLabel(POSITIONS) × 4", () => {
    parseLabel(POSITIONS, "House Maid");
    parseLabel(POSITIONS, "pembantu rumah tangga");
    parseLabel(POSITIONS, "pekerja rumah tangga");
    parseLabel(POSITIONS, "Astronaut");
  });
  bench("isCodeOf(PLACEMENT_ROUTES) × 3", () => {
    isCodeOf(PLACEMENT_ROUTES, "P3MI");
    isCodeOf(PLACEMENT_ROUTES, "G to G");
    isCodeOf(PLACEMENT_ROUTES, 42);
  });
});
