import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceEntry, ReferenceTable } from "./types.js";

/**
 * Codes of the complaint categories.
 *
 * @example
 * ```ts
 * COMPLAINT_CATEGORY_CODES.includes("UNPAID_WAGES"); //=> true
 * ```
 */
export const COMPLAINT_CATEGORY_CODES = /* @__PURE__ */ deepFreeze([
  "WANTS_REPATRIATION",
  "UNPAID_WAGES",
  "DEPORTATION_REPATRIATION",
  "FAILED_DEPARTURE",
  "DIED_ABROAD",
  "JOB_FRAUD",
  "ILLNESS",
  "TRAFFICKING",
  "PREGNANT_OR_CHILD",
  "WORK_NOT_AS_CONTRACT",
  "EMPLOYER_VIOLENCE",
  "MENTAL_HEALTH",
  "LOST_CONTACT",
  "SEXUAL_HARASSMENT",
  "DOCUMENT_WITHHELD",
  "OVERCHARGING",
  "OVERSTAY",
  "UNILATERAL_TERMINATION",
  "SOCIAL_SECURITY",
  "ILLEGAL_RECRUITMENT",
  "OTHER",
] as const);

/**
 * The problem a complaint (pengaduan) is about.
 *
 * @example
 * ```ts
 * const category: ComplaintCategory = "WANTS_REPATRIATION";
 * ```
 */
export type ComplaintCategory = (typeof COMPLAINT_CATEGORY_CODES)[number];

/**
 * A {@link COMPLAINT_CATEGORIES} entry.
 *
 * @example
 * ```ts
 * const wages: ComplaintCategoryEntry = COMPLAINT_CATEGORIES.UNPAID_WAGES;
 * wages.publishedLabels; //=> ["Gaji tidak dibayar"]
 * ```
 */
export interface ComplaintCategoryEntry<C extends ComplaintCategory = ComplaintCategory>
  extends ReferenceEntry<C> {
  /** The labels the releases (or, for older categories, the BNP2TKI Crisis Center lists) print. */
  readonly publishedLabels: readonly string[];
}

/**
 * The complaint categories of the official statistics (LIFECYCLE.md §6; REGULATIONS.md §17;
 * STATISTICS.md §5.8), with the labels the releases print. No article of law lists them: they are
 * the agency's classification, which has changed over time (BNP2TKI's Crisis Center used 44 case
 * types). `SOCIAL_SECURITY` ("jaminan sosial PMI") and `ILLEGAL_RECRUITMENT` ("ilegal rekrut") are
 * added to the LIFECYCLE.md list because current releases print them. `OVERSTAY` has
 * `verified: false`: no national complaint table with that category was found.
 *
 * @example
 * ```ts
 * COMPLAINT_CATEGORIES.UNPAID_WAGES.label.id; //=> "Gaji tidak dibayar"
 * ```
 */
export const COMPLAINT_CATEGORIES = /* @__PURE__ */ deepFreeze({
  WANTS_REPATRIATION: {
    code: "WANTS_REPATRIATION",
    label: { id: "PMI ingin dipulangkan", en: "Worker wants to be repatriated" },
    verified: true,
    publishedLabels: ["PMI ingin dipulangkan", "Ingin dipulangkan"],
  },
  UNPAID_WAGES: {
    code: "UNPAID_WAGES",
    label: { id: "Gaji tidak dibayar", en: "Unpaid wages" },
    verified: true,
    publishedLabels: ["Gaji tidak dibayar"],
  },
  DEPORTATION_REPATRIATION: {
    code: "DEPORTATION_REPATRIATION",
    label: { id: "PMI dideportasi/repatriasi", en: "Worker deported/repatriated" },
    verified: true,
    publishedLabels: ["PMI dideportasi/repatriasi", "Deportasi/repatriasi"],
  },
  FAILED_DEPARTURE: {
    code: "FAILED_DEPARTURE",
    label: { id: "PMI gagal berangkat", en: "Failed to depart" },
    verified: true,
    publishedLabels: ["PMI gagal berangkat", "Gagal berangkat"],
  },
  DIED_ABROAD: {
    code: "DIED_ABROAD",
    label: { id: "Meninggal dunia di negara tujuan", en: "Died in the destination country" },
    verified: true,
    publishedLabels: ["Meninggal dunia di negara tujuan"],
  },
  JOB_FRAUD: {
    code: "JOB_FRAUD",
    label: { id: "Penipuan peluang kerja", en: "Job fraud" },
    verified: true,
    publishedLabels: ["Penipuan peluang kerja"],
  },
  ILLNESS: {
    code: "ILLNESS",
    label: { id: "Sakit", en: "Illness" },
    verified: true,
    publishedLabels: ["Sakit", "Sakit/rawat inap"],
  },
  TRAFFICKING: {
    code: "TRAFFICKING",
    label: { id: "Perdagangan orang", en: "Trafficking in persons" },
    verified: true,
    publishedLabels: ["Perdagangan orang", "TPPO"],
  },
  PREGNANT_OR_CHILD: {
    code: "PREGNANT_OR_CHILD",
    label: { id: "PMI hamil dan punya anak", en: "Worker pregnant or with a child" },
    verified: true,
    publishedLabels: ["PMI hamil dan punya anak"],
  },
  WORK_NOT_AS_CONTRACT: {
    code: "WORK_NOT_AS_CONTRACT",
    label: { id: "Pekerjaan tidak sesuai perjanjian kerja", en: "Work not as in the employment contract" },
    verified: true,
    publishedLabels: ["Pekerjaan tidak sesuai perjanjian kerja"],
  },
  EMPLOYER_VIOLENCE: {
    code: "EMPLOYER_VIOLENCE",
    label: { id: "Tindak kekerasan dari majikan", en: "Violence by the employer" },
    verified: true,
    publishedLabels: ["Tindak kekerasan dari majikan"],
  },
  MENTAL_HEALTH: {
    code: "MENTAL_HEALTH",
    label: { id: "Depresi/sakit jiwa", en: "Depression or mental illness" },
    verified: true,
    publishedLabels: ["Depresi/sakit jiwa", "Depresi"],
  },
  LOST_CONTACT: {
    code: "LOST_CONTACT",
    label: { id: "Putus komunikasi", en: "Lost contact" },
    verified: true,
    publishedLabels: ["Putus komunikasi"],
  },
  SEXUAL_HARASSMENT: {
    code: "SEXUAL_HARASSMENT",
    label: { id: "Pelecehan seksual", en: "Sexual harassment" },
    verified: true,
    publishedLabels: ["Pelecehan seksual"],
  },
  DOCUMENT_WITHHELD: {
    code: "DOCUMENT_WITHHELD",
    label: { id: "Penahanan dokumen (paspor)", en: "Documents (passport) withheld" },
    verified: true,
    publishedLabels: ["Penahanan paspor oleh PPTKIS"],
  },
  OVERCHARGING: {
    code: "OVERCHARGING",
    label: { id: "Biaya penempatan (dan struktur biaya)", en: "Placement costs (overcharging)" },
    verified: true,
    publishedLabels: ["Biaya penempatan", "Biaya penempatan dan struktur biaya"],
  },
  OVERSTAY: {
    code: "OVERSTAY",
    label: { id: "Kelebihan izin tinggal", en: "Overstay" },
    // Only a regional account of undocumented workers names it; no national complaint table does (STATISTICS.md §5.8).
    verified: false,
    publishedLabels: ["Kelebihan izin tinggal"],
  },
  UNILATERAL_TERMINATION: {
    code: "UNILATERAL_TERMINATION",
    label: { id: "PHK sepihak", en: "Unilateral termination" },
    verified: true,
    publishedLabels: ["PHK sepihak"],
  },
  SOCIAL_SECURITY: {
    code: "SOCIAL_SECURITY",
    label: { id: "Jaminan sosial PMI", en: "Worker social security" },
    verified: true,
    publishedLabels: ["Jaminan sosial PMI"],
  },
  ILLEGAL_RECRUITMENT: {
    code: "ILLEGAL_RECRUITMENT",
    label: { id: "Perekrutan ilegal", en: "Illegal recruitment" },
    verified: true,
    publishedLabels: ["Ilegal rekrut", "Perekrutan ilegal"],
  },
  OTHER: {
    code: "OTHER",
    label: { id: "Lainnya", en: "Other" },
    verified: true,
    publishedLabels: ["Lainnya", "Lain-lain"],
  },
} as const satisfies ReferenceTable<ComplaintCategory, ComplaintCategoryEntry>);
