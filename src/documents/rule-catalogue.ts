import { deepFreeze } from "../core/deep-freeze.js";
import type { IssueCode } from "../core/index.js";

/**
 * One entry of {@link DOSSIER_RULES}.
 *
 * @example
 * ```ts
 * const rule: DossierRule | undefined = DOSSIER_RULES.find((r) => r.id === "PASSPORT_VALIDITY");
 * rule?.codes; //=> ["PASSPORT_EXPIRES_BEFORE_DEPARTURE", "PASSPORT_REMAINING_VALIDITY_SHORT"]
 * ```
 */
export interface DossierRule {
  readonly id: string;
  readonly description: { readonly id: string; readonly en: string };
  /** The issue codes the rule can raise. */
  readonly codes: readonly IssueCode[];
  readonly basis: string;
  /** `false` when the rule, or the parameter it reads, is UNVERIFIED in the domain notes. */
  readonly verified: boolean;
}

/**
 * Every rule `checkDossier` applies, in the order it applies them, with its legal basis and the issue
 * codes it raises. Issues carry the basis of the rule (or of the more specific clause, for the
 * requirement matrix and the contract's minimum content). The guide is generated from this table.
 *
 * @example
 * ```ts
 * DOSSIER_RULES.find((r) => r.id === "PASSPORT_VALIDITY")?.basis; //=> "UU 18/2017 Pasal 13 huruf e; LIFECYCLE §5 (expiryDate > departureDate)"
 * ```
 */
export const DOSSIER_RULES = /* @__PURE__ */ deepFreeze([
  {
    id: "REQUIRED_DOCUMENTS",
    description: {
      id: "Setiap dokumen yang diwajibkan matriks persyaratan ada.",
      en: "Every document the requirement matrix requires is present.",
    },
    codes: ["DOCUMENT_MISSING"],
    basis: "UU 18/2017 Pasal 13 (dan dasar tiap baris matriks)",
    verified: true,
  },
  {
    id: "INDIVIDUAL_ROUTE_EMPLOYER",
    description: {
      id: "Penempatan perseorangan hanya untuk Pemberi Kerja berbadan hukum.",
      en: "The individual route requires a legal-entity employer.",
    },
    codes: ["INDIVIDUAL_ROUTE_REQUIRES_LEGAL_ENTITY"],
    basis: "UU 18/2017 Pasal 63; Permenaker 9/2019 Pasal 34 (sumber sekunder)",
    verified: false,
  },
  {
    id: "MINIMUM_AGE",
    description: {
      id: "Usia minimal pada tanggal pendaftaran dan keberangkatan (ulang tahun dihitung pada harinya).",
      en: "Minimum age on the registration and departure dates (a birthday counts on the day).",
    },
    codes: ["AGE_BELOW_MINIMUM_AT_REGISTRATION", "AGE_BELOW_MINIMUM_AT_DEPARTURE", "BIRTH_DATE_UNKNOWN"],
    basis: "UU 18/2017 Pasal 5 huruf a; Pasal 80",
    verified: true,
  },
  {
    id: "HOUSEHOLD_MINIMUM_AGE",
    description: {
      id: "Usia minimal untuk Pemberi Kerja perseorangan/rumah tangga (opsional, mati secara bawaan).",
      en: "Minimum age for individual/household employers (optional, off by default).",
    },
    codes: ["AGE_BELOW_HOUSEHOLD_MINIMUM"],
    basis: "Parameter kebijakan householdMinimumAge (UNVERIFIED)",
    verified: false,
  },
  {
    id: "NIK_STRUCTURE",
    description: {
      id: "NIK pada KTP-el sah strukturnya; ketidaksesuaian dengan tanggal lahir/jenis kelamin yang dinyatakan hanya peringatan.",
      en: "The KTP-el's NIK is structurally valid; a mismatch with the declared birth date or sex is only a warning.",
    },
    codes: ["NIK_BIRTH_DATE_MISMATCH", "NIK_SEX_MISMATCH"],
    basis: "UU 23/2006 jo. UU 24/2013 Pasal 13; LIFECYCLE §5",
    verified: true,
  },
  {
    id: "IDENTITY_CONSISTENCY",
    description: {
      id: "NIK, nama dan tanggal lahir sama pada KTP-el, KK, paspor dan Perjanjian Kerja (nama dibandingkan tanpa membedakan huruf besar, spasi dan tanda baca).",
      en: "NIK, name and birth date agree across KTP-el, KK, passport and contract (names compared ignoring case, whitespace and punctuation).",
    },
    codes: [
      "IDENTITY_NIK_MISMATCH",
      "IDENTITY_NAME_MISMATCH",
      "IDENTITY_BIRTH_DATE_MISMATCH",
      "WORKER_NOT_IN_FAMILY_CARD",
    ],
    basis: "UU 18/2017 Pasal 8 ayat (1) huruf a (keabsahan dokumen); Pasal 79 (data palsu)",
    verified: true,
  },
  {
    id: "MARITAL_STATUS_AND_CONSENT",
    description: {
      id: "Bila kawin: fotokopi buku nikah dan izin suami/istri; bila tidak: izin orang tua/wali; izin diketahui kepala desa/lurah.",
      en: "If married: marriage-book copy and spouse's consent; otherwise a parent's or guardian's; consent acknowledged by the village head or lurah.",
    },
    codes: [
      "MARRIAGE_BOOK_MISSING",
      "CONSENT_NOT_FROM_SPOUSE",
      "CONSENT_NOT_FROM_PARENT_OR_GUARDIAN",
      "CONSENT_NOT_ACKNOWLEDGED",
    ],
    basis: "UU 18/2017 Pasal 13 huruf a dan b",
    verified: true,
  },
  {
    id: "HEALTH_CERTIFICATE",
    description: {
      id: "Surat keterangan sehat menyatakan fit, diterbitkan paling lama N bulan sebelum tanggal yang menentukan (hari terakhir masih berlaku).",
      en: "The health certificate concludes fit and was issued at most N months before the decisive date (the last day still counts).",
    },
    codes: ["HEALTH_CERT_NOT_FIT", "HEALTH_CERT_WINDOW_EXCEEDED", "HEALTH_CERT_VOID_PREGNANCY"],
    basis: "UU 18/2017 Pasal 5 huruf c, Pasal 13 huruf d; Perpres 64/2011 Pasal 14",
    verified: false,
  },
  {
    id: "PASSPORT_VALIDITY",
    description: {
      id: "Paspor habis berlaku sesudah tanggal keberangkatan (habis pada hari keberangkatan ditolak); sisa masa berlaku minimal sesuai kebijakan.",
      en: "The passport expires after the departure date (expiring on the departure day is refused); minimum remaining validity per policy.",
    },
    codes: ["PASSPORT_EXPIRES_BEFORE_DEPARTURE", "PASSPORT_REMAINING_VALIDITY_SHORT"],
    basis: "UU 18/2017 Pasal 13 huruf e; LIFECYCLE §5 (expiryDate > departureDate)",
    verified: true,
  },
  {
    id: "DOCUMENT_DATES",
    description: {
      id: "Dokumen sudah diterbitkan dan masih berlaku pada tanggal yang menentukan (berlaku sampai dengan tanggal akhirnya).",
      en: "Documents are issued and still valid on the decisive date (valid through their end date).",
    },
    codes: ["DOCUMENT_NOT_YET_VALID", "DOCUMENT_EXPIRED", "DOCUMENT_DATES_INCONSISTENT"],
    basis: "UU 18/2017 Pasal 8 ayat (1) huruf a (kelengkapan dan keabsahan dokumen)",
    verified: true,
  },
  {
    id: "SOCIAL_SECURITY",
    description: {
      id: "JKK dan JKM terdaftar; perlindungan sebelum bekerja masih berjalan pada tanggal yang menentukan; iuran sesuai tarif.",
      en: "JKK and JKM registered; pre-work cover still running on the decisive date; contribution per tariff.",
    },
    codes: ["SOCSEC_PROGRAM_MISSING", "SOCSEC_PRE_WORK_COVER_EXPIRED", "SOCSEC_CONTRIBUTION_BELOW_TARIFF"],
    basis: "UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023 Pasal 18",
    verified: true,
  },
  {
    id: "WORKER_CARD",
    description: {
      id: "Jenis kartu PMI (E-PMI/E-KPMI) diterima oleh kebijakan yang berlaku.",
      en: "The worker card type (E-PMI/E-KPMI) is accepted by the policy in force.",
    },
    codes: ["WORKER_CARD_TYPE_NOT_ACCEPTED"],
    basis: "Permen P2MI 34/2025 Pasal 14",
    verified: true,
  },
  {
    id: "LICENCES",
    description: {
      id: "SIP3MI dan SIP2MI aktif (tidak dicabut atau dibekukan).",
      en: "SIP3MI and SIP2MI are active (not revoked or suspended).",
    },
    codes: ["LICENCE_NOT_ACTIVE"],
    basis: "UU 18/2017 Pasal 51, 57–59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–b",
    verified: true,
  },
  {
    id: "DESTINATION_CONSISTENCY",
    description: {
      id: "Negara tujuan sama pada visa kerja, surat keterangan sehat, Perjanjian Kerja, job order, SIP2MI dan kartu PMI.",
      en: "The destination agrees across work visa, health certificate, contract, job order, SIP2MI and worker card.",
    },
    codes: ["DESTINATION_MISMATCH"],
    basis: "UU 18/2017 Pasal 59 (SIP2MI mencantumkan negara tujuan); Perpres 64/2011 Pasal 14",
    verified: true,
  },
  {
    id: "POSITION_CONSISTENCY",
    description: {
      id: "Jabatan pada Perjanjian Kerja sama dengan jabatan penempatan, job order, SIP2MI dan surat panggilan kerja.",
      en: "The contract's position equals the placement's, the job order's, the SIP2MI's and the call letter's.",
    },
    codes: ["POSITION_MISMATCH"],
    basis: "UU 18/2017 Pasal 19; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf i",
    verified: true,
  },
  {
    id: "CONTRACT_MINIMUM_CONTENT",
    description: {
      id: "Perjanjian Kerja memuat isi minimal.",
      en: "The employment contract has the minimum content.",
    },
    codes: ["CONTRACT_CONTENT_MISSING"],
    basis: "UU 18/2017 Pasal 15 ayat (2); Perban BP2MI 1/2020 Pasal 2",
    verified: true,
  },
  {
    id: "MORATORIUM_AND_SPSK",
    description: {
      id: "Tidak ada penempatan sektor rumah tangga ke negara moratorium, kecuali SPSK dengan semua syaratnya.",
      en: "No household-sector placement to a moratorium country, except through SPSK with every condition met.",
    },
    codes: ["MORATORIUM_HOUSEHOLD_PLACEMENT", "SPSK_CONDITION_NOT_MET"],
    basis: "Kepmenaker 260/2015; Kepmenaker 291/2018; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf k",
    verified: false,
  },
  {
    id: "PERMITTED_DESTINATION",
    description: {
      id: "Negara tujuan termasuk daftar negara penempatan yang diizinkan (bila kebijakan memuatnya).",
      en: "The destination is on the permitted list (when the policy enforces one).",
    },
    codes: ["DESTINATION_NOT_PERMITTED"],
    basis: "UU 18/2017 Pasal 31–32",
    verified: false,
  },
  {
    id: "PLACEMENT_COSTS",
    description: {
      id: "Komponen biaya yang dibebaskan tidak dibebankan kepada PMI pada jabatan yang dicakup rezim biaya yang berlaku.",
      en: "Exempt cost components are not charged to the worker for the jobs the cost regime in force covers.",
    },
    codes: ["COST_CHARGED_TO_WORKER"],
    basis: "UU 18/2017 Pasal 30 ayat (1); Perban BP2MI 9/2020; Permen P2MI 17/2025",
    verified: false,
  },
  {
    id: "INFANT",
    description: {
      id: "Perempuan dengan anak kandung di bawah 12 bulan tidak berangkat (opsional, mati secara bawaan).",
      en: "A woman with a biological child under 12 months does not depart (optional, off by default).",
    },
    codes: ["INFANT_BELOW_MINIMUM_AGE"],
    basis: "Parameter kebijakan infantRule (UNVERIFIED)",
    verified: false,
  },
] as const satisfies readonly DossierRule[]);

/**
 * The id of a rule of {@link DOSSIER_RULES}.
 *
 * @example
 * ```ts
 * const rule: DossierRuleId = "PASSPORT_VALIDITY";
 * ```
 */
export type DossierRuleId = (typeof DOSSIER_RULES)[number]["id"];

const byId = new Map<string, DossierRule>();

/** The basis of a rule by id. @internal */
export function ruleBasis(id: DossierRuleId): string {
  if (byId.size === 0) for (const rule of DOSSIER_RULES) byId.set(rule.id, rule);
  return (byId.get(id) as DossierRule).basis;
}
