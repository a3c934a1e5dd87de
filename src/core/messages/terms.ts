import { EN_CATALOGUE_LABELS } from "./en-labels.generated.js";
import { ID_CATALOGUE_LABELS } from "./id-labels.generated.js";

/**
 * Names of the small vocabularies that have no names in a catalogue of their own, Indonesian (this
 * table is their one source; test/core/messages.test.ts holds its keys equal to the codes).
 */
const ID_TERMS = {
  program: {
    JKK: "Jaminan Kecelakaan Kerja (JKK)",
    JKM: "Jaminan Kematian (JKM)",
    JHT: "Jaminan Hari Tua (JHT)",
  },
  cardType: { E_PMI: "kartu E-PMI", E_KPMI: "kartu E-KPMI" },
  // The items of CONTRACT_MINIMUM_CONTENT (UU 18/2017 Pasal 15 ayat (2); Perban BP2MI 1/2020 Pasal 2).
  contractItem: {
    EMPLOYER_NAME: "nama Pemberi Kerja",
    EMPLOYER_PROFILE: "profil Pemberi Kerja",
    EMPLOYER_ADDRESS: "alamat Pemberi Kerja",
    WORKER_NAME: "nama PMI",
    WORKER_ID_NUMBER: "nomor identitas PMI",
    WORKER_ADDRESS: "alamat PMI",
    POSITION: "jabatan",
    JOB_DESCRIPTION: "uraian pekerjaan",
    RIGHTS_AND_OBLIGATIONS: "hak dan kewajiban para pihak",
    WORKING_HOURS_REST_AND_LEAVE: "waktu kerja, istirahat, dan cuti",
    WAGE: "upah dan cara pembayarannya",
    OVERTIME_AND_BONUS: "upah lembur dan bonus",
    FACILITIES: "fasilitas (akomodasi, transportasi, makan)",
    SOCIAL_SECURITY: "jaminan sosial dan/atau asuransi",
    DURATION: "jangka waktu Perjanjian Kerja",
    START_DATE: "tanggal mulai bekerja",
    EXTENSION: "perpanjangan Perjanjian Kerja",
    TERMINATION: "pemutusan hubungan kerja",
    END_OF_CONTRACT: "berakhirnya Perjanjian Kerja",
    DISPUTE_SETTLEMENT: "penyelesaian perselisihan",
    RETURN: "tata cara kepulangan",
    SAFETY_GUARANTEE: "jaminan keselamatan dan keamanan",
  },
  // REMAINS_STATUSES of lifecycle/ (LIFECYCLE.md §3.10).
  remainsStatus: {
    REPORTED: "kematian dilaporkan",
    IN_TRANSIT: "jenazah dalam perjalanan",
    ARRIVED: "jenazah tiba di debarkasi",
    HANDED_OVER: "jenazah diserahkan kepada keluarga",
    BURIED_ABROAD: "dimakamkan di negara tujuan",
  },
  // The rounding modes of statistics/, as "dibulatkan secara …" reads them.
  rounding: { "half-up": "setengah ke atas", truncate: "pemotongan (ke bawah)" },
  // The number formats of statistics/ (decimal comma or decimal point).
  numberLocale: { id: "Indonesia (1.234,5)", en: "Inggris (1,234.5)" },
  spskCondition: {
    DESIGNATED_AGENCY: "P3MI yang ditetapkan untuk SPSK",
    POSITION: "jabatan",
    CITY: "kota tujuan",
    EMPLOYER_TYPE: "jenis Pemberi Kerja",
  },
  // The taxonomy names of reference/ (`params.taxonomy` of parseLabel's issues).
  taxonomy: {
    complaintCategory: "kategori pengaduan",
    complaintChannel: "saluran pengaduan",
    country: "negara",
    currency: "mata uang",
    destinationRegion: "kawasan tujuan",
    educationLevel: "jenjang pendidikan",
    employerType: "jenis Pemberi Kerja",
    excludedCategory: "kategori yang dikecualikan",
    institution: "lembaga",
    placementRoute: "skema penempatan",
    position: "jabatan",
    returnReason: "alasan kepulangan",
    sector: "sektor",
    workerCategory: "kategori pekerja",
    custom: "milik aplikasi",
  },
  placementField: {
    destination: "negara tujuan",
    workerCategory: "kategori pekerja",
    employerType: "jenis Pemberi Kerja",
  },
  // The enumerations of documents/ (DOSSIER_STAGES, the document schemas' fields), in the words of
  // the regulations (the glossary of REGULATIONS.md).
  dossierStage: { REGISTRATION: "pendaftaran", SELECTION: "seleksi", DEPARTURE: "pemberangkatan" },
  maritalStatus: { SINGLE: "belum kawin", MARRIED: "kawin", DIVORCED: "cerai hidup", WIDOWED: "cerai mati" },
  consentRelation: { SPOUSE: "suami atau istri", FATHER: "ayah", MOTHER: "ibu", GUARDIAN: "wali" },
  healthConclusion: { FIT: "sehat (layak bekerja)", UNFIT: "tidak sehat (tidak layak bekerja)" },
  licenceStatus: { ACTIVE: "izin aktif", SUSPENDED: "izin dibekukan", REVOKED: "izin dicabut" },
  sex: { M: "laki-laki", F: "perempuan" },
  villageRole: { KEPALA_DESA: "kepala desa", LURAH: "lurah" },
  witness: { REGIONAL_GOVERNMENT: "pemerintah daerah", VILLAGE_GOVERNMENT: "pemerintah desa" },
  deathDocument: {
    MCCD: "sertifikat medis penyebab kematian (MCCD)",
    EXPORT_PERMIT: "izin ekspor jenazah",
    EMBALMING_CERTIFICATE: "sertifikat pengawetan jenazah",
    SEALING_CERTIFICATE: "sertifikat penyegelan peti jenazah",
  },
  // DEPARTURE_FAILURE_REASONS and HANDOVER_RECIPIENTS of lifecycle/ (LIFECYCLE.md §1, §3.9).
  departureFailure: {
    VISA_REFUSED: "visa ditolak",
    JOB_ORDER_CANCELLED: "job order dibatalkan",
    IMPLEMENTER_SANCTIONED: "pelaksana penempatan dikenai sanksi",
    PRE_WORK_COVER_EXPIRED: "perlindungan jaminan sosial sebelum bekerja berakhir",
    OTHER: "alasan lain",
  },
  handoverRecipient: { FAMILY: "keluarga atau kuasanya", SOCIAL_AFFAIRS_MINISTRY: "kementerian sosial" },
  // The severities of an issue (a policy parameter may set one).
  severity: { error: "kesalahan", warning: "peringatan" },
  valueType: {
    string: "teks",
    number: "angka",
    integer: "bilangan bulat",
    boolean: "ya/tidak (boolean)",
    object: "objek",
    array: "daftar",
    date: "tanggal",
    bigint: "bilangan bulat",
    int: "bilangan bulat",
    record: "objek",
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
  contractItem: {
    EMPLOYER_NAME: "employer's name",
    EMPLOYER_PROFILE: "employer's profile",
    EMPLOYER_ADDRESS: "employer's address",
    WORKER_NAME: "worker's name",
    WORKER_ID_NUMBER: "worker's identity number",
    WORKER_ADDRESS: "worker's address",
    POSITION: "position",
    JOB_DESCRIPTION: "job description",
    RIGHTS_AND_OBLIGATIONS: "rights and obligations of the parties",
    WORKING_HOURS_REST_AND_LEAVE: "working hours, rest and leave",
    WAGE: "wage and how it is paid",
    OVERTIME_AND_BONUS: "overtime pay and bonus",
    FACILITIES: "facilities (accommodation, transport, food)",
    SOCIAL_SECURITY: "social security and/or insurance",
    DURATION: "duration of the contract",
    START_DATE: "start date",
    EXTENSION: "extension of the contract",
    TERMINATION: "termination of employment",
    END_OF_CONTRACT: "end of the contract",
    DISPUTE_SETTLEMENT: "dispute settlement",
    RETURN: "return procedure",
    SAFETY_GUARANTEE: "safety and security guarantee",
  },
  remainsStatus: {
    REPORTED: "death reported",
    IN_TRANSIT: "remains in transit",
    ARRIVED: "remains arrived at debarkation",
    HANDED_OVER: "remains handed over to the family",
    BURIED_ABROAD: "buried abroad",
  },
  rounding: { "half-up": "half-up", truncate: "by truncation" },
  numberLocale: { id: "Indonesian (1.234,5)", en: "English (1,234.5)" },
  spskCondition: {
    DESIGNATED_AGENCY: "P3MI designated for SPSK",
    POSITION: "position",
    CITY: "destination city",
    EMPLOYER_TYPE: "employer type",
  },
  taxonomy: {
    complaintCategory: "complaint category",
    complaintChannel: "complaint channel",
    country: "country",
    currency: "currency",
    destinationRegion: "destination region",
    educationLevel: "education level",
    employerType: "employer type",
    excludedCategory: "excluded category",
    institution: "institution",
    placementRoute: "placement route",
    position: "position",
    returnReason: "return reason",
    sector: "sector",
    workerCategory: "worker category",
    custom: "app's own",
  },
  placementField: {
    destination: "destination country",
    workerCategory: "worker category",
    employerType: "employer type",
  },
  dossierStage: { REGISTRATION: "registration", SELECTION: "selection", DEPARTURE: "departure" },
  maritalStatus: { SINGLE: "single", MARRIED: "married", DIVORCED: "divorced", WIDOWED: "widowed" },
  consentRelation: { SPOUSE: "husband or wife", FATHER: "father", MOTHER: "mother", GUARDIAN: "guardian" },
  healthConclusion: { FIT: "fit to work", UNFIT: "unfit to work" },
  licenceStatus: { ACTIVE: "licence active", SUSPENDED: "licence suspended", REVOKED: "licence revoked" },
  sex: { M: "male", F: "female" },
  villageRole: { KEPALA_DESA: "village head", LURAH: "urban village head (lurah)" },
  witness: { REGIONAL_GOVERNMENT: "regional government", VILLAGE_GOVERNMENT: "village government" },
  deathDocument: {
    MCCD: "medical certificate of cause of death (MCCD)",
    EXPORT_PERMIT: "export permit for the remains",
    EMBALMING_CERTIFICATE: "embalming certificate",
    SEALING_CERTIFICATE: "coffin sealing certificate",
  },
  departureFailure: {
    VISA_REFUSED: "visa refused",
    JOB_ORDER_CANCELLED: "job order cancelled",
    IMPLEMENTER_SANCTIONED: "placement implementer sanctioned",
    PRE_WORK_COVER_EXPIRED: "pre-work social-security cover expired",
    OTHER: "another reason",
  },
  handoverRecipient: {
    FAMILY: "the family or its proxy",
    SOCIAL_AFFAIRS_MINISTRY: "the social-affairs ministry",
  },
  severity: { error: "error", warning: "warning" },
  valueType: {
    string: "text",
    number: "a number",
    integer: "a whole number",
    boolean: "yes/no (boolean)",
    object: "an object",
    array: "a list",
    date: "a date",
    bigint: "a whole number",
    int: "a whole number",
    record: "an object",
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
