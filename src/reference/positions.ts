import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceEntry, ReferenceTable } from "./types.js";

/**
 * Codes of the positions (jabatan).
 *
 * @example
 * ```ts
 * POSITION_CODES.includes("HOUSE_MAID"); //=> true
 * ```
 */
export const POSITION_CODES = /* @__PURE__ */ deepFreeze([
  "HOUSE_MAID",
  "DOMESTIC_WORKER",
  "CAREGIVER",
  "WORKER",
  "PLANTATION_WORKER",
  "PRODUCTION_OPERATOR",
  "OPERATOR",
  "CONSTRUCTION_WORKER",
  "HARVESTER",
  "CROP_GATHERER",
  "FISHERMAN",
  "CLEANER",
  "FARMER",
  "COOK",
  "MANUFACTURING_WORKER",
  "UPHOLSTERER",
  "RESTAURANT_WAITER",
  "WAITER",
  "RESTAURANT_WORKER",
  "KITCHEN_HELPER",
  "BAR_WORKER",
  "BUS_BOY",
  "ROOM_ATTENDANT",
  "SPA_THERAPIST",
  "CARE_WORKER",
  "ELDERLY_CARETAKER_INFORMAL",
  "BABY_SITTER_INFORMAL",
  "HOUSEKEEPER",
  "BABY_SITTER",
  "FAMILY_COOK",
  "ELDERLY_CARETAKER",
  "FAMILY_DRIVER",
  "CHILD_CARE_WORKER",
] as const);

/**
 * A position (jabatan) of a placement.
 *
 * @example
 * ```ts
 * const position: Position = "CAREGIVER";
 * ```
 */
export type Position = (typeof POSITION_CODES)[number];

/**
 * A `POSITIONS` entry.
 *
 * @example
 * ```ts
 * const maid: PositionEntry = POSITIONS.HOUSE_MAID;
 * maid.spsk;               //=> false
 * maid.publishedLabels[0]; //=> "House Maid"
 * ```
 */
export interface PositionEntry<C extends Position = Position> extends ReferenceEntry<C> {
  /**
   * The labels seen in the releases and in reports of them (STATISTICS.md §5.6), English system labels
   * and Indonesian press labels alike. Empty when the position is named only in the regulations.
   */
  readonly publishedLabels: readonly string[];
  /** Whether the position is one of the six household positions of the Saudi SPSK scheme. */
  readonly spsk: boolean;
}

/**
 * The positions (jabatan) named in the official releases (STATISTICS.md §5.6) and the six SPSK
 * household positions of Saudi Arabia (REGULATIONS.md §7; LIFECYCLE.md §5).
 *
 * The agency's system records positions in English ("House Maid", "Caregiver", "Plantation Worker")
 * and the press translates them, not one-to-one: "pekerja rumah tangga" is used both for House Maid
 * and for Domestic Worker, so that label belongs to both entries and {@link parseLabel} reports
 * it as ambiguous. Where the sources give only one language, the other `label` is a translation by
 * this library, not a published label (`publishedLabels` lists only what was published). The
 * "informal" baby-sitter and elderly-caretaker labels of the releases are kept apart from the SPSK
 * positions of the same name, since only the latter qualify for SPSK.
 *
 * @example
 * ```ts
 * POSITIONS.HOUSE_MAID.label.en; //=> "House Maid"
 * POSITIONS.FAMILY_DRIVER.spsk; //=> true
 * ```
 */
export const POSITIONS = /* @__PURE__ */ deepFreeze({
  HOUSE_MAID: {
    code: "HOUSE_MAID",
    label: { id: "Pembantu rumah tangga", en: "House Maid" },
    verified: true,
    publishedLabels: ["House Maid", "Pembantu rumah tangga", "Asisten rumah tangga", "Pekerja rumah tangga"],
    spsk: false,
  },
  DOMESTIC_WORKER: {
    code: "DOMESTIC_WORKER",
    label: { id: "Pekerja domestik", en: "Domestic Worker" },
    verified: true,
    publishedLabels: ["Domestic Worker", "Pekerja domestik", "Pekerja rumah tangga"],
    spsk: false,
  },
  CAREGIVER: {
    code: "CAREGIVER",
    label: { id: "Pengasuh", en: "Caregiver" },
    verified: true,
    publishedLabels: ["Caregiver", "Pengasuh"],
    spsk: false,
  },
  WORKER: {
    code: "WORKER",
    label: { id: "Pekerja", en: "Worker" },
    verified: true,
    publishedLabels: ["Worker", "Pekerja"],
    spsk: false,
  },
  PLANTATION_WORKER: {
    code: "PLANTATION_WORKER",
    label: { id: "Buruh perkebunan", en: "Plantation Worker" },
    verified: true,
    publishedLabels: ["Plantation Worker", "Buruh perkebunan", "Pekerja perkebunan"],
    spsk: false,
  },
  PRODUCTION_OPERATOR: {
    code: "PRODUCTION_OPERATOR",
    label: { id: "Produksi operator", en: "Operator Production" },
    verified: true,
    publishedLabels: ["Operator Production", "Produksi operator", "Production operator"],
    spsk: false,
  },
  OPERATOR: {
    code: "OPERATOR",
    label: { id: "Operator", en: "Operator" },
    verified: true,
    publishedLabels: ["Operator"],
    spsk: false,
  },
  CONSTRUCTION_WORKER: {
    code: "CONSTRUCTION_WORKER",
    label: { id: "Pekerja konstruksi", en: "Construction Worker" },
    verified: true,
    publishedLabels: ["Construction worker", "Pekerja konstruksi"],
    spsk: false,
  },
  HARVESTER: {
    code: "HARVESTER",
    label: { id: "Pemanen", en: "Harvester" },
    verified: true,
    publishedLabels: ["Harvester", "Pemanen"],
    spsk: false,
  },
  CROP_GATHERER: {
    code: "CROP_GATHERER",
    label: { id: "Pemungut hasil bumi", en: "Crop gatherer" },
    verified: true,
    publishedLabels: ["Pemungut hasil bumi"],
    spsk: false,
  },
  FISHERMAN: {
    code: "FISHERMAN",
    label: { id: "Nelayan", en: "Fisherman" },
    verified: true,
    publishedLabels: ["Nelayan"],
    spsk: false,
  },
  CLEANER: {
    code: "CLEANER",
    label: { id: "Pekerja kebersihan", en: "Cleaner" },
    verified: true,
    publishedLabels: ["Pekerja kebersihan"],
    spsk: false,
  },
  FARMER: {
    code: "FARMER",
    label: { id: "Petani", en: "Farmer" },
    verified: true,
    publishedLabels: ["Petani"],
    spsk: false,
  },
  COOK: {
    code: "COOK",
    label: { id: "Koki", en: "Cook" },
    verified: true,
    publishedLabels: ["Koki", "Juru masak"],
    spsk: false,
  },
  MANUFACTURING_WORKER: {
    code: "MANUFACTURING_WORKER",
    label: { id: "Pekerja manufaktur", en: "Manufacturing worker" },
    verified: true,
    publishedLabels: ["Pekerja manufaktur"],
    spsk: false,
  },
  UPHOLSTERER: {
    code: "UPHOLSTERER",
    label: { id: "Pelapis furnitur", en: "Upholsterer" },
    verified: true,
    publishedLabels: ["Pelapis furnitur", "Upholsterer"],
    spsk: false,
  },
  RESTAURANT_WAITER: {
    code: "RESTAURANT_WAITER",
    label: { id: "Pelayan restoran", en: "Restaurant waiter" },
    verified: true,
    publishedLabels: ["Pelayan restoran"],
    spsk: false,
  },
  WAITER: {
    code: "WAITER",
    label: { id: "Pramusaji", en: "Waiter" },
    verified: true,
    publishedLabels: ["Pramusaji"],
    spsk: false,
  },
  RESTAURANT_WORKER: {
    code: "RESTAURANT_WORKER",
    label: { id: "Pekerja restoran", en: "Restaurant worker" },
    verified: true,
    publishedLabels: ["Pekerja restoran"],
    spsk: false,
  },
  KITCHEN_HELPER: {
    code: "KITCHEN_HELPER",
    label: { id: "Pelayan dapur", en: "Kitchen helper" },
    verified: true,
    publishedLabels: ["Pelayan dapur"],
    spsk: false,
  },
  BAR_WORKER: {
    code: "BAR_WORKER",
    label: { id: "Pekerja bar", en: "Bar worker" },
    verified: true,
    publishedLabels: ["Pekerja bar"],
    spsk: false,
  },
  BUS_BOY: {
    code: "BUS_BOY",
    label: { id: "Bus boy", en: "Bus boy" },
    verified: true,
    publishedLabels: ["Bus boy"],
    spsk: false,
  },
  ROOM_ATTENDANT: {
    code: "ROOM_ATTENDANT",
    label: { id: "Petugas pembantu kamar", en: "Room attendant" },
    verified: true,
    publishedLabels: ["Petugas pembantu kamar"],
    spsk: false,
  },
  SPA_THERAPIST: {
    code: "SPA_THERAPIST",
    label: { id: "Terapis spa", en: "Spa therapist" },
    verified: true,
    publishedLabels: ["Terapis spa"],
    spsk: false,
  },
  CARE_WORKER: {
    code: "CARE_WORKER",
    label: { id: "Pekerja perawatan", en: "Care worker" },
    verified: true,
    publishedLabels: ["Pekerja perawatan"],
    spsk: false,
  },
  ELDERLY_CARETAKER_INFORMAL: {
    code: "ELDERLY_CARETAKER_INFORMAL",
    label: { id: "Pengasuh lansia informal", en: "Elderly caretaker (informal)" },
    verified: true,
    publishedLabels: ["Pengasuh lansia informal"],
    spsk: false,
  },
  BABY_SITTER_INFORMAL: {
    code: "BABY_SITTER_INFORMAL",
    label: { id: "Pengasuh bayi informal", en: "Baby sitter (informal)" },
    verified: true,
    publishedLabels: ["Pengasuh bayi informal"],
    spsk: false,
  },
  HOUSEKEEPER: {
    code: "HOUSEKEEPER",
    label: { id: "Pengurus rumah tangga", en: "Housekeeper" },
    basis: "Kepmenaker 291/2018 (SPSK)",
    verified: true,
    publishedLabels: ["Housekeeper", "Housekeeper and Family Cook"],
    spsk: true,
  },
  BABY_SITTER: {
    code: "BABY_SITTER",
    label: { id: "Pengasuh bayi", en: "Baby Sitter" },
    basis: "Kepmenaker 291/2018 (SPSK)",
    verified: true,
    publishedLabels: [],
    spsk: true,
  },
  FAMILY_COOK: {
    code: "FAMILY_COOK",
    label: { id: "Juru masak keluarga", en: "Family Cook" },
    basis: "Kepmenaker 291/2018 (SPSK)",
    verified: true,
    publishedLabels: ["Family Cook", "Housekeeper and Family Cook"],
    spsk: true,
  },
  ELDERLY_CARETAKER: {
    code: "ELDERLY_CARETAKER",
    label: { id: "Pengasuh lansia", en: "Elderly Caretaker" },
    basis: "Kepmenaker 291/2018 (SPSK)",
    verified: true,
    publishedLabels: [],
    spsk: true,
  },
  FAMILY_DRIVER: {
    code: "FAMILY_DRIVER",
    label: { id: "Sopir keluarga", en: "Family Driver" },
    basis: "Kepmenaker 291/2018 (SPSK)",
    verified: true,
    publishedLabels: [],
    spsk: true,
  },
  CHILD_CARE_WORKER: {
    code: "CHILD_CARE_WORKER",
    label: { id: "Pekerja pengasuhan anak", en: "Child Care Worker" },
    basis: "Kepmenaker 291/2018 (SPSK)",
    verified: true,
    publishedLabels: [],
    spsk: true,
  },
} as const satisfies ReferenceTable<Position, PositionEntry>);

/**
 * The six household positions of the Saudi one-channel placement system (SPSK): housekeeper, baby
 * sitter, family cook, elderly caretaker, family driver and child care worker (Kepmenaker 291/2018;
 * REGULATIONS.md §7). Whether SPSK placement is open on a date is a policy question, not answered here.
 *
 * @example
 * ```ts
 * SPSK_POSITIONS.includes("FAMILY_DRIVER"); //=> true
 * ```
 */
export const SPSK_POSITIONS = /* @__PURE__ */ deepFreeze([
  "HOUSEKEEPER",
  "BABY_SITTER",
  "FAMILY_COOK",
  "ELDERLY_CARETAKER",
  "FAMILY_DRIVER",
  "CHILD_CARE_WORKER",
] as const satisfies readonly Position[]);
