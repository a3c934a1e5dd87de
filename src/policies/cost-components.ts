import { deepFreeze } from "../_lib/deep-freeze.js";
/**
 * Codes of the placement-cost components that the cost regimes name (Perban BP2MI 9/2020; personal
 * needs per Perban BP2MI 2/2020 Pasal 3). A placement agreement lists the amount of each component
 * charged to the worker by these codes.
 *
 * @example
 * ```ts
 * COST_COMPONENT_CODES.includes("SERVICE_FEE"); //=> true
 * ```
 */
export const COST_COMPONENT_CODES = /* @__PURE__ */ deepFreeze([
  "DEPARTURE_TICKET",
  "RETURN_TICKET",
  "WORK_VISA",
  "CONTRACT_LEGALISATION",
  "JOB_TRAINING",
  "COMPETENCY_CERTIFICATE",
  "SERVICE_FEE",
  "PASSPORT",
  "SKCK",
  "SOCIAL_SECURITY",
  "MEDICAL_EXAMINATION",
  "ADDITIONAL_MEDICAL_EXAMINATION",
  "LOCAL_TRANSPORT",
  "ACCOMMODATION",
] as const);

/**
 * A placement-cost component.
 *
 * @example
 * ```ts
 * const component: CostComponent = "DEPARTURE_TICKET";
 * ```
 */
export type CostComponent = (typeof COST_COMPONENT_CODES)[number];

/**
 * One entry of {@link COST_COMPONENTS}.
 *
 * @example
 * ```ts
 * const skck: CostComponentEntry = COST_COMPONENTS.SKCK;
 * skck.label.en;      //=> "Police clearance (SKCK)"
 * skck.personalNeed;  //=> true
 * ```
 */
export interface CostComponentEntry {
  readonly code: CostComponent;
  readonly label: { readonly id: string; readonly en: string };
  /** Whether Perban BP2MI 2/2020 Pasal 3 counts it as a personal need of the worker. */
  readonly personalNeed: boolean;
  readonly basis: string;
}

const PERBAN_9 = "Perban BP2MI 9/2020 (komponen biaya yang dibebaskan)";
const PERBAN_2_PERSONAL = "Perban BP2MI 9/2020; Perban BP2MI 2/2020 Pasal 3 (kebutuhan pribadi)";

/**
 * The placement-cost components with their Indonesian and English names, whether they are a personal
 * need (Perban BP2MI 2/2020 Pasal 3) and their basis. Source: REGULATIONS.md §6.
 *
 * @example
 * ```ts
 * COST_COMPONENTS.SKCK.personalNeed; //=> true
 * COST_COMPONENTS.DEPARTURE_TICKET.label.id; //=> "Tiket keberangkatan"
 * ```
 */
export const COST_COMPONENTS = /* @__PURE__ */ deepFreeze({
  DEPARTURE_TICKET: {
    code: "DEPARTURE_TICKET",
    label: { id: "Tiket keberangkatan", en: "Departure ticket" },
    personalNeed: false,
    basis: PERBAN_9,
  },
  RETURN_TICKET: {
    code: "RETURN_TICKET",
    label: { id: "Tiket kepulangan", en: "Return ticket" },
    personalNeed: false,
    basis: PERBAN_9,
  },
  WORK_VISA: {
    code: "WORK_VISA",
    label: { id: "Visa kerja", en: "Work visa" },
    personalNeed: false,
    basis: PERBAN_9,
  },
  CONTRACT_LEGALISATION: {
    code: "CONTRACT_LEGALISATION",
    label: { id: "Legalisasi perjanjian kerja", en: "Legalisation of the employment contract" },
    personalNeed: false,
    basis: PERBAN_9,
  },
  JOB_TRAINING: {
    code: "JOB_TRAINING",
    label: { id: "Pelatihan kerja", en: "Job training" },
    personalNeed: false,
    basis: PERBAN_9,
  },
  COMPETENCY_CERTIFICATE: {
    code: "COMPETENCY_CERTIFICATE",
    label: { id: "Sertifikat kompetensi kerja", en: "Competency certificate" },
    personalNeed: false,
    basis: PERBAN_9,
  },
  SERVICE_FEE: {
    code: "SERVICE_FEE",
    label: { id: "Jasa perusahaan", en: "Company service fee" },
    personalNeed: false,
    basis: PERBAN_9,
  },
  PASSPORT: {
    code: "PASSPORT",
    label: { id: "Penggantian paspor", en: "Passport replacement" },
    personalNeed: true,
    basis: PERBAN_2_PERSONAL,
  },
  SKCK: {
    code: "SKCK",
    label: { id: "Surat Keterangan Catatan Kepolisian", en: "Police clearance (SKCK)" },
    personalNeed: true,
    basis: PERBAN_2_PERSONAL,
  },
  SOCIAL_SECURITY: {
    code: "SOCIAL_SECURITY",
    label: { id: "Jaminan sosial PMI", en: "PMI social security" },
    personalNeed: true,
    basis: PERBAN_2_PERSONAL,
  },
  MEDICAL_EXAMINATION: {
    code: "MEDICAL_EXAMINATION",
    label: {
      id: "Pemeriksaan kesehatan dan psikologi di dalam negeri",
      en: "Domestic medical and psychological examination",
    },
    personalNeed: true,
    basis: PERBAN_2_PERSONAL,
  },
  ADDITIONAL_MEDICAL_EXAMINATION: {
    code: "ADDITIONAL_MEDICAL_EXAMINATION",
    label: {
      id: "Pemeriksaan kesehatan tambahan jika negara tujuan mensyaratkan",
      en: "Additional medical checks required by the destination",
    },
    personalNeed: false,
    basis: PERBAN_9,
  },
  LOCAL_TRANSPORT: {
    code: "LOCAL_TRANSPORT",
    label: {
      id: "Transportasi lokal dari daerah asal ke tempat keberangkatan",
      en: "Local transport from the home region to the departure point",
    },
    personalNeed: true,
    basis: PERBAN_2_PERSONAL,
  },
  ACCOMMODATION: {
    code: "ACCOMMODATION",
    label: { id: "Akomodasi", en: "Accommodation" },
    personalNeed: true,
    basis: PERBAN_2_PERSONAL,
  },
} as const satisfies { readonly [K in CostComponent]: CostComponentEntry & { readonly code: K } });
