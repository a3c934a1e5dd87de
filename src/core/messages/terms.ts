import { EN_CATALOGUE_LABELS } from "./en-labels.generated.js";
import { ID_CATALOGUE_LABELS } from "./id-labels.generated.js";

/** Names of the small vocabularies that have no catalogue of their own, Indonesian. */
const ID_TERMS = {
  program: {
    JKK: "Jaminan Kecelakaan Kerja (JKK)",
    JKM: "Jaminan Kematian (JKM)",
    JHT: "Jaminan Hari Tua (JHT)",
  },
  cardType: { E_PMI: "kartu E-PMI", E_KPMI: "kartu E-KPMI" },
  spskCondition: { POSITION: "jabatan", CITY: "kota tujuan", EMPLOYER_TYPE: "jenis Pemberi Kerja" },
  placementField: {
    destination: "negara tujuan",
    workerCategory: "kategori pekerja",
    employerType: "jenis Pemberi Kerja",
  },
  valueType: {
    string: "teks",
    number: "angka",
    integer: "bilangan bulat",
    boolean: "ya/tidak (boolean)",
    object: "objek",
    array: "daftar",
    date: "tanggal",
    bigint: "bilangan bulat",
  },
} as const;

/** Names of the small vocabularies that have no catalogue of their own, English. */
const EN_TERMS = {
  program: {
    JKK: "work-accident insurance (JKK)",
    JKM: "death insurance (JKM)",
    JHT: "old-age savings (JHT)",
  },
  cardType: { E_PMI: "E-PMI card", E_KPMI: "E-KPMI card" },
  spskCondition: { POSITION: "position", CITY: "destination city", EMPLOYER_TYPE: "employer type" },
  placementField: {
    destination: "destination country",
    workerCategory: "worker category",
    employerType: "employer type",
  },
  valueType: {
    string: "text",
    number: "a number",
    integer: "a whole number",
    boolean: "yes/no (boolean)",
    object: "an object",
    array: "a list",
    date: "a date",
    bigint: "a whole number",
  },
} as const;

/**
 * How a `{name:kind}` placeholder names its code: the label kinds of the message templates.
 * `any` looks the code up in every table (the allowed values of an enumeration).
 *
 * @example
 * ```ts
 * const kind: LabelKind = "document";
 * ```
 */
export type LabelKind = keyof typeof ID_CATALOGUE_LABELS | keyof typeof ID_TERMS | "any";

type Tables = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** @internal */
export const LABELS: { readonly id: Tables; readonly en: Tables } = {
  id: { ...ID_CATALOGUE_LABELS, ...ID_TERMS },
  en: { ...EN_CATALOGUE_LABELS, ...EN_TERMS },
};
