import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceTable } from "./types.js";

/**
 * Codes of the sectors.
 *
 * @example
 * ```ts
 * SECTOR_CODES; //=> ["FORMAL", "INFORMAL"]
 * ```
 */
export const SECTOR_CODES = /* @__PURE__ */ deepFreeze(["FORMAL", "INFORMAL"] as const);

/**
 * The sector of a placement as the publications split it (formal / informal).
 *
 * @example
 * ```ts
 * const sector: Sector = "INFORMAL";
 * ```
 */
export type Sector = (typeof SECTOR_CODES)[number];

/**
 * The sector breakdown of the official releases: "PMI formal" / "PMI informal" (STATISTICS.md §5.4).
 * The publications use no finer sector split; the finer breakdowns are the employer type
 * ({@link EMPLOYER_TYPES}), the worker category ({@link WORKER_CATEGORIES}) and the position
 * (`POSITIONS`). The sources give no rule that assigns a position to a sector (SPSK household
 * jobs are "domestic formal"), so none is encoded here. No article of law defines the split.
 *
 * @example
 * ```ts
 * SECTORS.FORMAL.label.id; //=> "Formal"
 * ```
 */
export const SECTORS = /* @__PURE__ */ deepFreeze({
  FORMAL: { code: "FORMAL", label: { id: "Formal", en: "Formal" }, verified: true },
  INFORMAL: { code: "INFORMAL", label: { id: "Informal", en: "Informal" }, verified: true },
} as const satisfies ReferenceTable<Sector>);
