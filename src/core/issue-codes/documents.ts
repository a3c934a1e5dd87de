import { deepFreeze } from "../deep-freeze.js";
import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `documents/`. */
export const DOCUMENTS_ISSUE_MESSAGES = /* @__PURE__ */ deepFreeze({
  DOCUMENT_MISSING: {
    id: "Dokumen wajib {kind} belum ada.",
    en: "The required document {kind} is missing.",
  },
  DOCUMENT_EXPIRED: {
    id: "Dokumen {kind} tidak berlaku lagi pada tanggal yang menentukan.",
    en: "The document {kind} is no longer valid on the decisive date.",
  },
  DOCUMENT_NOT_YET_VALID: {
    id: "Dokumen {kind} belum berlaku atau belum diterbitkan pada tanggal yang menentukan.",
    en: "The document {kind} is not yet valid or not yet issued on the decisive date.",
  },
  DOCUMENT_DATES_INCONSISTENT: {
    id: "Tanggal pada dokumen {kind} tidak konsisten (tanggal akhir sebelum tanggal awal).",
    en: "The dates on the document {kind} are inconsistent (the end is before the start).",
  },
  AGE_BELOW_MINIMUM_AT_REGISTRATION: {
    id: "Usia pada tanggal pendaftaran di bawah usia minimal {minimumAge} tahun.",
    en: "The age on the registration date is below the minimum of {minimumAge} years.",
  },
  AGE_BELOW_MINIMUM_AT_DEPARTURE: {
    id: "Usia pada tanggal keberangkatan di bawah usia minimal {minimumAge} tahun.",
    en: "The age on the departure date is below the minimum of {minimumAge} years.",
  },
  AGE_BELOW_HOUSEHOLD_MINIMUM: {
    id: "Usia di bawah {minimumAge} tahun untuk pekerjaan pada Pemberi Kerja perseorangan/rumah tangga.",
    en: "The age is below {minimumAge} years for work with an individual or household employer.",
  },
  BIRTH_DATE_UNKNOWN: {
    id: "Tanggal lahir tidak dapat ditentukan dari dokumen, sehingga usia tidak dapat diperiksa.",
    en: "No birth date can be taken from the documents, so the age cannot be checked.",
  },
  PASSPORT_EXPIRES_BEFORE_DEPARTURE: {
    id: "Paspor harus berlaku melewati tanggal keberangkatan (habis berlaku pada atau sebelum hari itu).",
    en: "The passport must be valid beyond the departure date (it expires on or before that day).",
  },
  PASSPORT_REMAINING_VALIDITY_SHORT: {
    id: "Sisa masa berlaku paspor pada tanggal keberangkatan kurang dari {months} bulan.",
    en: "The passport has less than {months} months of validity left on the departure date.",
  },
  HEALTH_CERT_NOT_FIT: {
    id: "Surat keterangan sehat tidak menyatakan layak bekerja (fit).",
    en: "The health certificate does not conclude fit to work.",
  },
  HEALTH_CERT_WINDOW_EXCEEDED: {
    id: "Surat keterangan sehat diterbitkan lebih dari {months} bulan sebelum tanggal yang menentukan.",
    en: "The health certificate was issued more than {months} months before the decisive date.",
  },
  HEALTH_CERT_VOID_PREGNANCY: {
    id: "Surat keterangan sehat tidak berlaku karena calon PMI sedang hamil.",
    en: "The health certificate is void because the worker is pregnant.",
  },
  INFANT_BELOW_MINIMUM_AGE: {
    id: "Calon PMI perempuan memiliki anak kandung berusia di bawah {months} bulan.",
    en: "The woman has a biological child younger than {months} months.",
  },
  SOCSEC_PROGRAM_MISSING: {
    id: "Kepesertaan jaminan sosial tidak mencakup program wajib {program}.",
    en: "The social-security membership does not include the mandatory programme {program}.",
  },
  SOCSEC_PRE_WORK_COVER_EXPIRED: {
    id: "Perlindungan jaminan sosial sebelum bekerja (paling lama {months} bulan sejak pendaftaran) sudah berakhir.",
    en: "The pre-work social-security cover (at most {months} months from registration) has ended.",
  },
  SOCSEC_CONTRIBUTION_BELOW_TARIFF: {
    id: "Iuran sebelum bekerja yang dibayar kurang dari tarif Rp{tariff}.",
    en: "The pre-work contribution paid is below the tariff of Rp{tariff}.",
  },
  WORKER_CARD_TYPE_NOT_ACCEPTED: {
    id: "Kartu PMI jenis {cardType} tidak diterima menurut kebijakan yang berlaku.",
    en: "A worker card of type {cardType} is not accepted under the policy in force.",
  },
  IDENTITY_NIK_MISMATCH: {
    id: "NIK pada {kind} tidak sama dengan NIK pada KTP-el.",
    en: "The NIK on {kind} differs from the NIK on the KTP-el.",
  },
  IDENTITY_NAME_MISMATCH: {
    id: "Nama pada {kind} tidak sama dengan nama pada {other}.",
    en: "The name on {kind} differs from the name on {other}.",
  },
  IDENTITY_BIRTH_DATE_MISMATCH: {
    id: "Tanggal lahir pada {kind} tidak sama dengan tanggal lahir pada {other}.",
    en: "The birth date on {kind} differs from the birth date on {other}.",
  },
  WORKER_NOT_IN_FAMILY_CARD: {
    id: "NIK calon PMI tidak tercantum sebagai anggota pada Kartu Keluarga.",
    en: "The worker's NIK is not listed as a member on the family card.",
  },
  DESTINATION_MISMATCH: {
    id: "Negara tujuan pada {kind} tidak sama dengan negara tujuan penempatan.",
    en: "The destination on {kind} differs from the placement's destination.",
  },
  POSITION_MISMATCH: {
    id: "Jabatan pada {kind} tidak sesuai dengan jabatan penempatan.",
    en: "The position on {kind} does not match the placement's position.",
  },
  MARRIAGE_BOOK_MISSING: {
    id: "Calon PMI berstatus kawin tetapi fotokopi buku nikah tidak dilampirkan.",
    en: "The worker is married but no copy of the marriage book is attached.",
  },
  CONSENT_NOT_FROM_SPOUSE: {
    id: "Calon PMI berstatus kawin: izin harus dari suami atau istri.",
    en: "The worker is married: consent must come from the spouse.",
  },
  CONSENT_NOT_FROM_PARENT_OR_GUARDIAN: {
    id: "Calon PMI tidak berstatus kawin: izin harus dari orang tua atau wali.",
    en: "The worker is not married: consent must come from a parent or guardian.",
  },
  CONSENT_NOT_ACKNOWLEDGED: {
    id: "Surat izin keluarga belum diketahui oleh kepala desa atau lurah.",
    en: "The family consent has not been acknowledged by the village head or lurah.",
  },
  CONTRACT_CONTENT_MISSING: {
    id: "Perjanjian Kerja tidak memuat isi minimal {item}.",
    en: "The employment contract lacks the minimum content {item}.",
  },
  MORATORIUM_HOUSEHOLD_PLACEMENT: {
    id: "Penempatan pada Pemberi Kerja perseorangan/rumah tangga ke {country} dihentikan (moratorium).",
    en: "Placement with individual or household employers in {country} is banned (moratorium).",
  },
  SPSK_CONDITION_NOT_MET: {
    id: "Syarat SPSK {condition} tidak terpenuhi.",
    en: "The SPSK condition {condition} is not met.",
  },
  DESTINATION_NOT_PERMITTED: {
    id: "Negara {country} tidak termasuk daftar negara tujuan penempatan yang diizinkan.",
    en: "{country} is not on the list of permitted destination countries.",
  },
  INDIVIDUAL_ROUTE_REQUIRES_LEGAL_ENTITY: {
    id: "Penempatan perseorangan hanya untuk Pemberi Kerja berbadan hukum.",
    en: "The individual route is only for legal-entity employers.",
  },
  COST_CHARGED_TO_WORKER: {
    id: "Komponen biaya {component} tidak boleh dibebankan kepada PMI untuk jabatan ini.",
    en: "The cost component {component} may not be charged to the worker for this job.",
  },
  LICENCE_NOT_ACTIVE: {
    id: "Izin {kind} tidak aktif (dicabut atau dibekukan).",
    en: "The licence {kind} is not active (revoked or suspended).",
  },
} as const satisfies Record<string, IssueMessage>);
