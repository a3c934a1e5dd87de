import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceTable } from "./types.js";

/**
 * Codes of the worker categories of UU 18/2017 Pasal 4 ayat (1).
 *
 * @example
 * ```ts
 * WORKER_CATEGORY_CODES.length; //=> 4
 * ```
 */
export const WORKER_CATEGORY_CODES = /* @__PURE__ */ deepFreeze([
  "LEGAL_ENTITY_EMPLOYER",
  "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER",
  "SEAFARER_MERCHANT",
  "SEAFARER_FISHING",
] as const);

/**
 * A category of PMI under UU 18/2017 Pasal 4 ayat (1).
 *
 * @example
 * ```ts
 * const category: WorkerCategory = "SEAFARER_FISHING";
 * ```
 */
export type WorkerCategory = (typeof WORKER_CATEGORY_CODES)[number];

/**
 * Who counts as a PMI (UU 18/2017 Pasal 4 ayat 1): workers of a legal-entity employer (huruf a), of an
 * individual or household employer (huruf b), and seafarers (huruf c), split here into merchant crew
 * (*awak kapal niaga migran*) and fishing crew (*awak kapal perikanan migran*) as official
 * statistics count them (STATISTICS.md §2, §5.4).
 *
 * @example
 * ```ts
 * WORKER_CATEGORIES.SEAFARER_FISHING.basis; //=> "UU 18/2017 Pasal 4 ayat (1) huruf c"
 * ```
 */
export const WORKER_CATEGORIES = /* @__PURE__ */ deepFreeze({
  LEGAL_ENTITY_EMPLOYER: {
    code: "LEGAL_ENTITY_EMPLOYER",
    label: {
      id: "PMI yang bekerja pada Pemberi Kerja berbadan hukum",
      en: "PMI working for a legal-entity employer",
    },
    basis: "UU 18/2017 Pasal 4 ayat (1) huruf a",
    verified: true,
  },
  INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER: {
    code: "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER",
    label: {
      id: "PMI yang bekerja pada Pemberi Kerja perseorangan atau rumah tangga",
      en: "PMI working for an individual or household employer",
    },
    basis: "UU 18/2017 Pasal 4 ayat (1) huruf b",
    verified: true,
  },
  SEAFARER_MERCHANT: {
    code: "SEAFARER_MERCHANT",
    label: { id: "Pelaut awak kapal (Awak Kapal Niaga Migran)", en: "Seafarer: merchant ship crew" },
    basis: "UU 18/2017 Pasal 4 ayat (1) huruf c",
    verified: true,
  },
  SEAFARER_FISHING: {
    code: "SEAFARER_FISHING",
    label: { id: "Pelaut perikanan (Awak Kapal Perikanan Migran)", en: "Seafarer: fishing vessel crew" },
    basis: "UU 18/2017 Pasal 4 ayat (1) huruf c",
    verified: true,
  },
} as const satisfies ReferenceTable<WorkerCategory>);
