import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceEntry, ReferenceTable } from "./types.js";

/**
 * Codes of the placement routes (skema penempatan), in the order of LIFECYCLE.md §6.
 *
 * @example
 * ```ts
 * PLACEMENT_ROUTE_CODES.includes("GOVERNMENT_G2G"); //=> true
 * ```
 */
export const PLACEMENT_ROUTE_CODES = /* @__PURE__ */ deepFreeze([
  "P3MI",
  "GOVERNMENT_G2G",
  "GOVERNMENT_G2P",
  "COMPANY_OWN_INTEREST",
  "INDIVIDUAL",
  "REENTRY",
  "SPECIAL_PROGRAM",
  "NONPROCEDURAL",
] as const);

/**
 * A placement route (skema penempatan): who places the worker and under which arrangement.
 *
 * @example
 * ```ts
 * const route: PlacementRoute = "P3MI";
 * ```
 */
export type PlacementRoute = (typeof PLACEMENT_ROUTE_CODES)[number];

/**
 * A `PLACEMENT_ROUTES` entry; `procedural: false` only for `NONPROCEDURAL`.
 *
 * @example
 * ```ts
 * const g2g: PlacementRouteEntry = PLACEMENT_ROUTES.GOVERNMENT_G2G;
 * g2g.procedural;      //=> true
 * g2g.publishedLabels; //=> ["G to G", "Government to Government"]
 * ```
 */
export interface PlacementRouteEntry<C extends PlacementRoute = PlacementRoute> extends ReferenceEntry<C> {
  /** Whether the route is an official placement (only `NONPROCEDURAL` is not: it is recorded for protection and statistics). */
  readonly procedural: boolean;
  /** The labels the releases and the press use for the scheme (STATISTICS.md §5.5; REGULATIONS.md §8.2). */
  readonly publishedLabels: readonly string[];
}

/**
 * The placement routes, keyed by code. Sources: UU 18/2017 Pasal 49–63 for the implementers and
 * REGULATIONS.md §8.2 / STATISTICS.md §5.5 for the scheme names used in practice ("P to P",
 * "G to G", "G to P", "Perseorangan / Mandiri", "UKPS").
 *
 * - `REENTRY` is a service scheme of the agency (E-PMI issuance), not a route named in the law.
 * - `SPECIAL_PROGRAM` covers programmes such as Japan's SSW; the domain notes name no article for it.
 * - `NONPROCEDURAL` is not a lawful route: it exists so that protection cases and statistics can
 *   record departures outside the procedure (REGULATIONS.md §15).
 *
 * @example
 * ```ts
 * PLACEMENT_ROUTES.GOVERNMENT_G2G.label.id; //=> "G to G (Government to Government)"
 * PLACEMENT_ROUTES.NONPROCEDURAL.procedural; //=> false
 * ```
 */
export const PLACEMENT_ROUTES = /* @__PURE__ */ deepFreeze({
  P3MI: {
    code: "P3MI",
    label: {
      id: "P to P (Private to Private, melalui P3MI)",
      en: "P to P (private to private, through a P3MI)",
    },
    basis: "UU 18/2017 Pasal 49 huruf b; Pasal 51–60",
    verified: true,
    procedural: true,
    publishedLabels: ["P to P", "Private to Private", "P3MI"],
  },
  GOVERNMENT_G2G: {
    code: "GOVERNMENT_G2G",
    label: { id: "G to G (Government to Government)", en: "G to G (government to government)" },
    basis: "UU 18/2017 Pasal 49 huruf a; Pasal 50",
    verified: true,
    procedural: true,
    publishedLabels: ["G to G", "Government to Government"],
  },
  GOVERNMENT_G2P: {
    code: "GOVERNMENT_G2P",
    label: { id: "G to P (Government to Private)", en: "G to P (government to private employer)" },
    basis: "UU 18/2017 Pasal 49 huruf a; Pasal 50",
    verified: true,
    procedural: true,
    publishedLabels: ["G to P", "Government to Private"],
  },
  COMPANY_OWN_INTEREST: {
    code: "COMPANY_OWN_INTEREST",
    label: {
      id: "UKPS (Untuk Kepentingan Perusahaan Sendiri)",
      en: "UKPS (placement for the company's own interest)",
    },
    basis: "UU 18/2017 Pasal 49 huruf c; Pasal 61–62",
    verified: true,
    procedural: true,
    publishedLabels: ["UKPS", "Untuk Kepentingan Perusahaan Sendiri"],
  },
  INDIVIDUAL: {
    code: "INDIVIDUAL",
    label: { id: "Perseorangan / Mandiri", en: "Individual (self-arranged)" },
    // Exact Pasal 63 wording is UNVERIFIED in REGULATIONS.md §8.1.
    basis: "UU 18/2017 Pasal 63; Permenaker 9/2019 Pasal 34",
    verified: false,
    procedural: true,
    publishedLabels: ["Perseorangan", "Mandiri", "Perseorangan / Mandiri"],
  },
  REENTRY: {
    code: "REENTRY",
    label: {
      id: "Re-entry (kembali ke pemberi kerja yang sama)",
      en: "Re-entry (return to the same employer)",
    },
    verified: true,
    procedural: true,
    publishedLabels: ["Re-entry", "Reentry"],
  },
  SPECIAL_PROGRAM: {
    code: "SPECIAL_PROGRAM",
    label: { id: "Program khusus (misalnya SSW Jepang)", en: "Special programme (e.g. Japan SSW)" },
    verified: true,
    procedural: true,
    publishedLabels: ["Program khusus"],
  },
  NONPROCEDURAL: {
    code: "NONPROCEDURAL",
    label: { id: "Nonprosedural", en: "Non-procedural" },
    // No single statutory definition was found (REGULATIONS.md §15): an operational category.
    verified: true,
    procedural: false,
    publishedLabels: ["Nonprosedural", "Non-prosedural", "Unprosedural"],
  },
} as const satisfies ReferenceTable<PlacementRoute, PlacementRouteEntry>);
