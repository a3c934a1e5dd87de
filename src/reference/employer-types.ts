import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceEntry, ReferenceTable } from "./types.js";
import type { WorkerCategory } from "./worker-categories.js";

/**
 * Codes of the employer types.
 *
 * @example
 * ```ts
 * EMPLOYER_TYPE_CODES; //=> ["LEGAL_ENTITY", "INDIVIDUAL_HOUSEHOLD", "SYARIKAH"]
 * ```
 */
export const EMPLOYER_TYPE_CODES = /* @__PURE__ */ deepFreeze([
  "LEGAL_ENTITY",
  "INDIVIDUAL_HOUSEHOLD",
  "SYARIKAH",
] as const);

/**
 * The kind of employer (*Pemberi Kerja*) abroad.
 *
 * @example
 * ```ts
 * const employer: EmployerType = "SYARIKAH";
 * ```
 */
export type EmployerType = (typeof EMPLOYER_TYPE_CODES)[number];

/**
 * An {@link EMPLOYER_TYPES} entry.
 *
 * @example
 * ```ts
 * const household: EmployerTypeEntry = EMPLOYER_TYPES.INDIVIDUAL_HOUSEHOLD;
 * household.legalEntity;    //=> false
 * household.workerCategory; //=> "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER"
 * ```
 */
export interface EmployerTypeEntry<C extends EmployerType = EmployerType> extends ReferenceEntry<C> {
  /** Whether the employer is a legal entity (*berbadan hukum*). */
  readonly legalEntity: boolean;
  /** The UU 18/2017 Pasal 4 ayat (1) category of a land-based worker of this employer. */
  readonly workerCategory: WorkerCategory;
}

/**
 * Employer types: the split "pemberi kerja berbadan hukum" / "pemberi kerja perseorangan" used by the
 * 2025 summaries (STATISTICS.md §5.4), plus `SYARIKAH`.
 *
 * `SYARIKAH` is kept apart although it is a legal entity, because the Saudi one-channel placement
 * system (SPSK, REGULATIONS.md §7) turns on it: household positions may go to Saudi Arabia only when
 * the employer is a Saudi placement company (*syarikah*), not an individual, while Kepmenaker
 * 260/2015 keeps banning individual employers in the Middle East. A rule that only asks "legal entity
 * or not" reads `legalEntity`.
 *
 * @example
 * ```ts
 * EMPLOYER_TYPES.SYARIKAH.legalEntity; //=> true
 * EMPLOYER_TYPES.INDIVIDUAL_HOUSEHOLD.workerCategory; //=> "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER"
 * ```
 */
export const EMPLOYER_TYPES = /* @__PURE__ */ deepFreeze({
  LEGAL_ENTITY: {
    code: "LEGAL_ENTITY",
    label: { id: "Pemberi Kerja berbadan hukum", en: "Legal-entity employer" },
    basis: "UU 18/2017 Pasal 4 ayat (1) huruf a",
    verified: true,
    legalEntity: true,
    workerCategory: "LEGAL_ENTITY_EMPLOYER",
  },
  INDIVIDUAL_HOUSEHOLD: {
    code: "INDIVIDUAL_HOUSEHOLD",
    label: { id: "Pemberi Kerja perseorangan atau rumah tangga", en: "Individual or household employer" },
    basis: "UU 18/2017 Pasal 4 ayat (1) huruf b",
    verified: true,
    legalEntity: false,
    workerCategory: "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER",
  },
  SYARIKAH: {
    code: "SYARIKAH",
    label: {
      id: "Syarikah (perusahaan penempatan Arab Saudi dalam SPSK)",
      en: "Syarikah (Saudi placement company under SPSK)",
    },
    basis: "Kepmenaker 291/2018; Kepdirjen Binapenta Kep.735/PPTKPKK/IV/2019",
    verified: true,
    legalEntity: true,
    workerCategory: "LEGAL_ENTITY_EMPLOYER",
  },
} as const satisfies ReferenceTable<EmployerType, EmployerTypeEntry>);
