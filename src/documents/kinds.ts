import { deepFreeze } from "../_lib/deep-freeze.js";
import type { BasisRef } from "../core/index.js";

/**
 * Codes of the document kinds (LIFECYCLE.md §4), in catalogue order.
 *
 * @example
 * ```ts
 * DOCUMENT_KIND_CODES.length; //=> 26
 * DOCUMENT_KIND_CODES[0]; //=> "KTP_EL"
 * ```
 */
export const DOCUMENT_KIND_CODES = /* @__PURE__ */ deepFreeze([
  "KTP_EL",
  "KK",
  "MARITAL_STATUS",
  "FAMILY_CONSENT",
  "COMPETENCY_CERT",
  "HEALTH_CERT",
  "PASSPORT",
  "SKCK",
  "WORK_VISA",
  "REENTRY_VISA",
  "PLACEMENT_AGREEMENT",
  "EMPLOYMENT_CONTRACT",
  "SOCSEC_CARD",
  "JKN_PROOF",
  "OPP_CERT",
  "E_KPMI",
  "SIP3MI",
  "SIP2MI",
  "COOP_AGREEMENT",
  "JOB_ORDER",
  "CALL_LETTER",
  "RISK_STATEMENT",
  "LEAVE_LETTER",
  "FIT_TO_RETURN",
  "HANDOVER_RECORD",
  "DEATH_DOCS",
] as const);

/**
 * A document kind, as a literal union of the catalogue's codes.
 *
 * @example
 * ```ts
 * const kind: DocumentKind = "PASSPORT";
 * // @ts-expect-error not a document kind
 * const wrong: DocumentKind = "DRIVING_LICENCE";
 * ```
 */
export type DocumentKind = (typeof DOCUMENT_KIND_CODES)[number];

/**
 * One entry of {@link DOCUMENT_KINDS}: a row of LIFECYCLE.md §4.
 *
 * @example
 * ```ts
 * const passport: DocumentKindEntry = DOCUMENT_KINDS.PASSPORT;
 * passport.issuer;   //=> "Kantor Imigrasi"
 * passport.verified; //=> false
 * ```
 */
export interface DocumentKindEntry<K extends DocumentKind = DocumentKind> {
  readonly code: K;
  readonly name: { readonly id: string; readonly en: string };
  readonly issuer: string;
  /** The key data fields of the document, as the catalogue names them. */
  readonly fields: readonly string[];
  /** The validity rule, or `null` when none was found in the sources. */
  readonly validity: string | null;
  /** Who acknowledges or verifies it, or `null`. */
  readonly acknowledgedBy: string | null;
  /** The legal bases, by id of `LEGAL_BASES` (printed by `basisText`). */
  readonly basis: readonly BasisRef[];
  /** `false` when part of the entry (issuer, validity, acknowledgement) is UNVERIFIED in the notes. */
  readonly verified: boolean;
}

/**
 * The document catalogue (LIFECYCLE.md §4): each kind with its Indonesian and English name, issuer,
 * key data fields, validity rule, who acknowledges it and its legal basis. The guide
 * `docs/guides/documents-and-rules.md` is generated from this table.
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS.FAMILY_CONSENT.acknowledgedBy; //=> "Kepala desa / lurah (diketahui)"
 * basisText(DOCUMENT_KINDS.PASSPORT.basis); //=> "UU 18/2017 Pasal 13 huruf e"
 * ```
 */
export const DOCUMENT_KINDS = /* @__PURE__ */ deepFreeze({
  KTP_EL: {
    code: "KTP_EL",
    name: { id: "Kartu Tanda Penduduk elektronik (NIK)", en: "National ID card" },
    issuer: "Dukcapil (Disdukcapil kabupaten/kota)",
    fields: ["nik", "name", "birthPlace", "birthDate", "sex", "address"],
    validity: "NIK lifelong; the NIK date may differ from the true birth date and cannot be changed",
    acknowledgedBy: null,
    basis: ["ADMINDUK_P13"],
    verified: true,
  },
  KK: {
    code: "KK",
    name: { id: "Kartu Keluarga", en: "Family card" },
    issuer: "Disdukcapil (SIAK)",
    fields: ["number", "headOfFamily", "members (nik, name, relation, maritalStatus)"],
    validity: "Reissued on change",
    acknowledgedBy: null,
    basis: ["ADMINDUK_KK"],
    verified: true,
  },
  MARITAL_STATUS: {
    code: "MARITAL_STATUS",
    name: {
      id: "Surat keterangan status perkawinan (+ fotokopi buku nikah bila menikah)",
      en: "Marital-status certificate",
    },
    issuer: "Village/kelurahan administration (UNVERIFIED); marriage book by KUA/civil registry",
    fields: ["status", "spouseName", "issueDate", "marriageBookCopy"],
    validity: null,
    acknowledgedBy: null,
    basis: [["UU18_P13", "huruf a"]],
    verified: false,
  },
  FAMILY_CONSENT: {
    code: "FAMILY_CONSENT",
    name: {
      id: "Surat keterangan izin suami/istri, orang tua, atau wali",
      en: "Spouse/parent/guardian consent",
    },
    issuer: "Signed by the spouse, parent or guardian",
    fields: ["consenterName", "relation", "consenterNik", "signedDate", "acknowledgedBy"],
    validity: "Renewed for a contract extension",
    acknowledgedBy: "Kepala desa / lurah (diketahui)",
    basis: [["UU18_P13", "huruf b"], "PERBAN_1_2020_EXTENSION"],
    verified: true,
  },
  COMPETENCY_CERT: {
    code: "COMPETENCY_CERT",
    name: { id: "Sertifikat kompetensi kerja", en: "Work competency certificate" },
    issuer: "LSP licensed by BNSP",
    fields: ["number", "competency", "scheme", "issueDate", "expiryDate"],
    validity: "UNVERIFIED (an expiry date recorded on the certificate is checked)",
    acknowledgedBy: "BNSP (licensing)",
    basis: [["UU18_P5", "huruf b"], ["UU18_P13", "huruf c"], "PERMEN_P2MI_35_2025"],
    verified: false,
  },
  HEALTH_CERT: {
    code: "HEALTH_CERT",
    name: {
      id: "Surat keterangan sehat (hasil pemeriksaan kesehatan dan psikologi)",
      en: "Medical and psychological fitness certificate",
    },
    issuer: "Designated health facility (sarana kesehatan)",
    fields: [
      "facility",
      "destination",
      "issueDate",
      "examinations",
      "conclusion",
      "validUntil",
      "doctorName",
    ],
    validity: "3 months from issue (policy parameter); void if pregnant (UNVERIFIED, policy parameter)",
    acknowledgedBy: "Signed by an internist, acknowledged by the facility head",
    basis: [["UU18_P13", "huruf d"], "PERPRES_64_2011_P14"],
    verified: false,
  },
  PASSPORT: {
    code: "PASSPORT",
    name: { id: "Paspor", en: "Passport" },
    issuer: "Kantor Imigrasi",
    fields: ["number", "name", "birthDate", "sex", "issueDate", "expiryDate", "issuingOffice"],
    validity:
      "Expiry strictly after the departure date; minimum remaining validity UNVERIFIED (policy parameter)",
    acknowledgedBy: "Imigrasi interview",
    basis: [["UU18_P13", "huruf e"]],
    verified: false,
  },
  SKCK: {
    code: "SKCK",
    name: { id: "Surat Keterangan Catatan Kepolisian", en: "Police clearance" },
    issuer: "Polri",
    fields: ["number", "issueDate", "expiryDate"],
    validity: "UNVERIFIED",
    acknowledgedBy: null,
    basis: ["PERBAN_2_2020_P3"],
    verified: false,
  },
  WORK_VISA: {
    code: "WORK_VISA",
    name: { id: "Visa Kerja", en: "Work visa" },
    issuer: "Competent authority of the destination country",
    fields: ["number", "type", "destination", "employerName", "validFrom", "validUntil"],
    validity: "Per destination (valid through the departure date)",
    acknowledgedBy: null,
    basis: [["UU18_P13", "huruf f"]],
    verified: true,
  },
  REENTRY_VISA: {
    code: "REENTRY_VISA",
    name: { id: "Visa re-entry", en: "Re-entry visa" },
    issuer: "Destination country",
    fields: ["number", "validUntil"],
    validity: "Per destination (valid through the departure date)",
    acknowledgedBy: null,
    basis: ["BP2MI_LETTER_2023_08_16"],
    verified: true,
  },
  PLACEMENT_AGREEMENT: {
    code: "PLACEMENT_AGREEMENT",
    name: { id: "Perjanjian Penempatan PMI", en: "Placement agreement" },
    issuer: "Placement implementer (P3MI / Badan) and the CPMI",
    fields: ["signedDate", "implementer", "jobOrderReference", "costs"],
    validity: "Until the placement is concluded",
    acknowledgedBy: "Disnaker witnessing in practice (UNVERIFIED)",
    basis: [
      ["UU18_P13", "huruf g"],
      ["UU18_P59", "ayat (4) huruf c"],
    ],
    verified: false,
  },
  EMPLOYMENT_CONTRACT: {
    code: "EMPLOYMENT_CONTRACT",
    name: { id: "Perjanjian Kerja (PK)", en: "Employment contract" },
    issuer: "Employer (Pemberi Kerja) and the PMI",
    fields: [
      "signedDate",
      "employerName",
      "employerProfile",
      "employerAddress",
      "workerName",
      "workerIdNumber",
      "workerAddress",
      "position",
      "jobDescription",
      "destination",
      "startDate",
      "durationMonths",
      "wage",
      "clauses",
    ],
    validity: "Per contract; cannot be changed without both parties (UU Pasal 18)",
    acknowledgedBy:
      "Verification per Perban BP2MI 1/2020; extension before the mission official (UU Pasal 17)",
    basis: [["UU18_P13", "huruf h"], "UU18_P14_19", "PERBAN_1_2020_P2"],
    verified: true,
  },
  SOCSEC_CARD: {
    code: "SOCSEC_CARD",
    name: {
      id: "Kartu/bukti kepesertaan BPJS Ketenagakerjaan (JKK, JKM, JHT)",
      en: "Employment social-security membership",
    },
    issuer: "BPJS Ketenagakerjaan",
    fields: ["membershipNumber", "programs", "registrationDate", "preWorkContribution"],
    validity: "Pre-work cover at most 5 months from registration (policy parameter)",
    acknowledgedBy: null,
    basis: [["UU18_P5", "huruf d"], "PERMENAKER_4_2023"],
    verified: true,
  },
  JKN_PROOF: {
    code: "JKN_PROOF",
    name: { id: "Bukti kepesertaan Jaminan Kesehatan Nasional", en: "National health insurance proof" },
    issuer: "BPJS Kesehatan",
    fields: ["number"],
    validity: null,
    acknowledgedBy: null,
    basis: ["SISKO_EPMI_INDIVIDUAL"],
    verified: true,
  },
  OPP_CERT: {
    code: "OPP_CERT",
    name: { id: "Bukti/sertifikat Orientasi Pra Pemberangkatan", en: "Pre-departure orientation proof" },
    issuer: "BP3MI",
    fields: ["date", "hours"],
    validity: "Attended before departure",
    acknowledgedBy: null,
    basis: [["PERMEN_P2MI_4_2025_P9", "huruf e"]],
    verified: true,
  },
  E_KPMI: {
    code: "E_KPMI",
    name: { id: "Kartu PMI Elektronik (E-KPMI; dahulu E-PMI / E-KTKLN)", en: "Electronic PMI card" },
    issuer: "Ministry P2MI / BP2MI via Sisko P2MI",
    fields: ["number", "cardType", "issueDate", "expiryDate", "destination"],
    validity: "E-PMI valid until its own expiry (Permen P2MI 34/2025 Pasal 14); E-KPMI validity UNVERIFIED",
    acknowledgedBy: null,
    basis: ["PERMEN_P2MI_34_2025", "PERBAN_27_2025_P1"],
    verified: false,
  },
  SIP3MI: {
    code: "SIP3MI",
    name: { id: "Surat Izin Perusahaan Penempatan PMI", en: "Placement company licence" },
    issuer: "Central Government (Ministry P2MI since 2025; Kemnaker before)",
    fields: ["number", "status", "issueDate", "expiryDate"],
    validity: "Reportedly 1 year, auto-extended (UNVERIFIED); revocable; non-transferable",
    acknowledgedBy: null,
    basis: ["UU18_P51", "UU18_P54", "PERMEN_P2MI_1_2025"],
    verified: false,
  },
  SIP2MI: {
    code: "SIP2MI",
    name: { id: "Surat Izin Perekrutan PMI", en: "Recruitment permit (per job order)" },
    issuer: "Ministry P2MI / BP2MI via SISKOP2MI",
    fields: ["number", "status", "destination", "positions", "issueDate", "expiryDate"],
    validity: "UNVERIFIED; non-transferable; must list the destination",
    acknowledgedBy: null,
    basis: ["UU18_P59", "PERMEN_P2MI_2_2025"],
    verified: false,
  },
  COOP_AGREEMENT: {
    code: "COOP_AGREEMENT",
    name: { id: "Perjanjian Kerja Sama Penempatan", en: "Placement cooperation agreement" },
    issuer: "P3MI and Mitra Usaha",
    fields: ["signedDate"],
    validity: null,
    acknowledgedBy: "Endorsed by the mission in practice (UNVERIFIED)",
    basis: [["UU18_P59", "ayat (4) huruf a"]],
    verified: false,
  },
  JOB_ORDER: {
    code: "JOB_ORDER",
    name: { id: "Surat permintaan PMI (job order / demand letter)", en: "Worker request (job order)" },
    issuer: "Employer / Mitra Usaha",
    fields: ["destination", "positions", "verifiedDate"],
    validity: null,
    acknowledgedBy: "Verified by the labour attaché / designated official",
    basis: ["UU18_P9_10", ["UU18_P59", "ayat (4) huruf b"]],
    verified: true,
  },
  CALL_LETTER: {
    code: "CALL_LETTER",
    name: { id: "Surat panggilan kerja", en: "Job offer / call letter (individual PMI)" },
    issuer: "Legal-entity employer",
    fields: ["position", "date"],
    validity: null,
    acknowledgedBy: null,
    basis: ["PERMENAKER_9_2019_P34"],
    verified: false,
  },
  RISK_STATEMENT: {
    code: "RISK_STATEMENT",
    name: { id: "Surat pernyataan bertanggung jawab atas risiko", en: "Self-responsibility statement" },
    issuer: "The PMI",
    fields: ["signedDate"],
    validity: null,
    acknowledgedBy: null,
    basis: ["PERMENAKER_9_2019_P34"],
    verified: false,
  },
  LEAVE_LETTER: {
    code: "LEAVE_LETTER",
    name: { id: "Surat cuti", en: "Leave letter (re-entry)" },
    issuer: "Employer",
    fields: ["from", "until"],
    validity: null,
    acknowledgedBy: null,
    basis: ["SISKO_EPMI_REENTRY"],
    verified: true,
  },
  FIT_TO_RETURN: {
    code: "FIT_TO_RETURN",
    name: { id: "Surat keterangan layak dipulangkan", en: "Fit-to-return letter" },
    issuer: "Competent (medical) authority",
    fields: ["date"],
    validity: null,
    acknowledgedBy: null,
    basis: [["PERMEN_P2MI_32_2025_P13", "huruf b"]],
    verified: true,
  },
  HANDOVER_RECORD: {
    code: "HANDOVER_RECORD",
    name: { id: "Berita acara serah terima", en: "Handover record" },
    issuer: "UPT KP2MI/BP2MI",
    fields: ["date", "recipientRelation", "witnessedBy"],
    validity: null,
    acknowledgedBy: "Witnessed by regional or village government",
    basis: [["PERMEN_P2MI_32_2025_P13", "huruf e"]],
    verified: true,
  },
  DEATH_DOCS: {
    code: "DEATH_DOCS",
    name: {
      id: "MCCD; izin ekspor jenazah; sertifikat embalming dan sealing",
      en: "Death-related documents",
    },
    issuer: "Foreign hospital / authorities",
    fields: ["date", "documents"],
    validity: null,
    acknowledgedBy: "Mission coordinates",
    basis: ["PP_59_2021_P21", "PERPRES_96_2018_P46"],
    verified: true,
  },
} as const satisfies { readonly [K in DocumentKind]: DocumentKindEntry<K> });
