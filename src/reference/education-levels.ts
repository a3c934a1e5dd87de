import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceEntry, ReferenceTable } from "./types.js";

/**
 * Codes of the education levels of the placement statistics, lowest first.
 *
 * @example
 * ```ts
 * EDUCATION_LEVEL_CODES[0]; //=> "PRIMARY"
 * ```
 */
export const EDUCATION_LEVEL_CODES = /* @__PURE__ */ deepFreeze([
  "PRIMARY",
  "LOWER_SECONDARY",
  "UPPER_SECONDARY",
  "DIPLOMA",
  "BACHELOR",
  "POSTGRADUATE",
] as const);

/**
 * An education level as the placement statistics break workers down by it.
 *
 * @example
 * ```ts
 * const level: EducationLevel = "UPPER_SECONDARY";
 * ```
 */
export type EducationLevel = (typeof EDUCATION_LEVEL_CODES)[number];

/**
 * An {@link EDUCATION_LEVELS} entry.
 *
 * @example
 * ```ts
 * const upper: EducationLevelEntry = EDUCATION_LEVELS.UPPER_SECONDARY;
 * upper.publishedLabels; //=> ["SMU", "SMA/SMK"]
 * ```
 */
export interface EducationLevelEntry<C extends EducationLevel = EducationLevel> extends ReferenceEntry<C> {
  /** Other labels the releases and the press print for the level, in one and the same series. */
  readonly publishedLabels: readonly string[];
}

/**
 * The education breakdown of the placement statistics (*pendidikan*, STATISTICS.md §5.7): SD, SMP,
 * SMA, Diploma, Sarjana, Pascasarjana. The releases print the upper-secondary level as "SMA", "SMU"
 * or "SMA/SMK", one category under three labels (STATISTICS.md §4, label variants), and
 * "Pascasarjana" also as "Pasca Sarjana". No article of law defines the split: it is the agency's.
 *
 * @example
 * ```ts
 * EDUCATION_LEVELS.UPPER_SECONDARY.label.id; //=> "SMA"
 * const level = parseLabel(EDUCATION_LEVELS, "SMU");
 * if (level.ok) level.value.code; //=> "UPPER_SECONDARY"
 * ```
 */
export const EDUCATION_LEVELS = /* @__PURE__ */ deepFreeze({
  PRIMARY: {
    code: "PRIMARY",
    label: { id: "SD", en: "Primary school" },
    publishedLabels: [],
    verified: true,
  },
  LOWER_SECONDARY: {
    code: "LOWER_SECONDARY",
    label: { id: "SMP", en: "Lower secondary school" },
    publishedLabels: [],
    verified: true,
  },
  UPPER_SECONDARY: {
    code: "UPPER_SECONDARY",
    label: { id: "SMA", en: "Upper secondary school" },
    publishedLabels: ["SMU", "SMA/SMK"],
    verified: true,
  },
  DIPLOMA: { code: "DIPLOMA", label: { id: "Diploma", en: "Diploma" }, publishedLabels: [], verified: true },
  BACHELOR: {
    code: "BACHELOR",
    label: { id: "Sarjana", en: "Bachelor's degree" },
    publishedLabels: [],
    verified: true,
  },
  POSTGRADUATE: {
    code: "POSTGRADUATE",
    label: { id: "Pascasarjana", en: "Postgraduate" },
    publishedLabels: ["Pasca Sarjana"],
    verified: true,
  },
} as const satisfies ReferenceTable<EducationLevel, EducationLevelEntry>);
