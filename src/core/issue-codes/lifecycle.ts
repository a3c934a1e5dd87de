import { deepFreeze } from "../deep-freeze.js";
import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `lifecycle/`. */
export const LIFECYCLE_ISSUE_MESSAGES = /* @__PURE__ */ deepFreeze({
  EVENTS_EMPTY: {
    id: "Riwayat peristiwa kosong: kasus dimulai oleh peristiwa pertamanya.",
    en: "The event history is empty: a case starts with its first event.",
  },
  EVENTS_TOO_MANY: {
    id: "Terlalu banyak peristiwa (paling banyak {max}).",
    en: "Too many events (at most {max}).",
  },
  EVENT_TYPE_UNKNOWN: {
    id: "Jenis peristiwa tidak dikenal.",
    en: "Unknown event type.",
  },
  EVENT_SEQ_GAP: {
    id: "Nomor urut peristiwa melompat: diharapkan {expected}.",
    en: "The event sequence has a gap: {expected} was expected.",
  },
  EVENT_SEQ_DUPLICATE: {
    id: "Nomor urut peristiwa ini sudah dipakai.",
    en: "This event sequence number is already used.",
  },
  EVENT_SEQ_OUT_OF_ORDER: {
    id: "Peristiwa tidak berurutan: {expected} harus datang lebih dulu.",
    en: "Events are out of order: {expected} must come first.",
  },
  EVENT_AT_BEFORE_PREVIOUS: {
    id: "Waktu peristiwa lebih awal daripada peristiwa sebelumnya.",
    en: "The event happens before the previous event.",
  },
  EVENT_CANNOT_OPEN_CASE: {
    id: "Peristiwa {event} tidak dapat membuka kasus baru.",
    en: "A {event} event cannot open a new case.",
  },
  CASE_INVALID: {
    id: "Kasus tidak sah: gunakan kasus hasil replay atau applyEvent.",
    en: "The case is malformed: use a case produced by replay or applyEvent.",
  },
  TRANSITION_NOT_ALLOWED: {
    id: "Peristiwa {event} tidak diizinkan dalam status {state}.",
    en: "A {event} event is not allowed in state {state}.",
  },
  GUARD_ROUTE_NONPROCEDURAL: {
    id: "Jalur nonprosedural tidak didaftarkan; catat kasusnya melalui peristiwa saat PMI ditemukan.",
    en: "The non-procedural route is not registered; record the case by the event where the worker appears.",
  },
  GUARD_AGE_BELOW_MINIMUM: {
    id: "Usia di bawah batas minimum {minimumAge} tahun.",
    en: "The age is below the minimum of {minimumAge} years.",
  },
  GUARD_DESTINATION_REQUIRED: {
    id: "Negara tujuan wajib diisi untuk membuka kasus di luar negeri.",
    en: "The destination country is required to open a case abroad.",
  },
  GUARD_JOB_ORDER_MISSING: {
    id: "Belum ada job order (permintaan PMI) untuk kasus ini.",
    en: "No job order is assigned to the case.",
  },
  GUARD_JOB_ORDER_NOT_VERIFIED: {
    id: "Job order belum diverifikasi oleh perwakilan RI (atase ketenagakerjaan).",
    en: "The job order has not been verified by the Indonesian mission (labour attaché).",
  },
  GUARD_SIP2MI_MISSING: {
    id: "SIP2MI untuk job order ini belum terbit.",
    en: "No SIP2MI has been issued for the job order.",
  },
  GUARD_SELECTION_ALREADY_STARTED: {
    id: "Seleksi untuk kasus ini sudah dimulai.",
    en: "Selection has already started for this case.",
  },
  GUARD_SELECTION_NOT_IN_PROGRESS: {
    id: "Tidak ada seleksi yang sedang berjalan.",
    en: "No selection is in progress.",
  },
  GUARD_SELECTION_NOT_PASSED: {
    id: "CPMI belum lulus seleksi.",
    en: "The CPMI has not passed selection.",
  },
  GUARD_MEDICAL_NOT_FIT: {
    id: "Belum ada hasil pemeriksaan kesehatan dan psikologi yang menyatakan sehat (fit).",
    en: "No medical and psychological examination has concluded fit to work.",
  },
  GUARD_PLACEMENT_AGREEMENT_MISSING: {
    id: "Perjanjian Penempatan belum ditandatangani.",
    en: "The placement agreement has not been signed.",
  },
  GUARD_SOCIAL_SECURITY_PROGRAMS_MISSING: {
    id: "Program jaminan sosial wajib belum lengkap ({programs}).",
    en: "Mandatory social-security programmes are missing ({programs}).",
  },
  GUARD_SOCIAL_SECURITY_MISSING: {
    id: "CPMI belum terdaftar dalam jaminan sosial ketenagakerjaan.",
    en: "The CPMI is not registered for employment social security.",
  },
  GUARD_PRE_WORK_COVER_EXPIRED: {
    id: "Perlindungan jaminan sosial sebelum bekerja sudah lewat {months} bulan; daftar dan bayar ulang.",
    en: "The pre-work social-security cover is older than {months} months; register and pay again.",
  },
  GUARD_OPP_MISSING: {
    id: "Orientasi Pra Pemberangkatan (OPP) belum diikuti.",
    en: "The pre-departure orientation (OPP) has not been attended.",
  },
  GUARD_DOSSIER_INCOMPLETE: {
    id: "Dokumen penempatan belum lengkap atau tidak sah pada {date}.",
    en: "The placement documents are incomplete or invalid on {date}.",
  },
  GUARD_PLACEMENT_DETAILS_MISSING: {
    id: "Data penempatan belum diketahui: {field}.",
    en: "A placement detail is not known yet: {field}.",
  },
  GUARD_EMPLOYMENT_CONTRACT_MISSING: {
    id: "Perjanjian Kerja yang ditandatangani belum ada dalam berkas.",
    en: "No signed employment contract is in the dossier.",
  },
  GUARD_EXTENSION_EMPLOYER_CHANGED: {
    id: "Perpanjangan hanya untuk pemberi kerja yang sama; pemberi kerja baru berarti kasus baru.",
    en: "An extension is only for the same employer; a new employer means a new case.",
  },
  GUARD_EXTENSION_EMPLOYER_UNKNOWN: {
    id: "Pemberi kerja semula tidak diketahui, sehingga kesamaan pemberi kerja tidak dapat diperiksa.",
    en: "The original employer is not known, so the same-employer rule cannot be checked.",
  },
  GUARD_EXTENSION_NOT_BEFORE_MISSION: {
    id: "Perpanjangan harus dilakukan di hadapan pejabat perwakilan RI.",
    en: "The extension must be executed before the Indonesian mission official.",
  },
  GUARD_EXTENSION_NOT_VERIFIED: {
    id: "Laporan perpanjangan dari P3MI belum diverifikasi perwakilan RI.",
    en: "The mission has not verified the extension report.",
  },
  GUARD_EXTENSION_CONSENT_MISSING: {
    id: "Izin keluarga untuk perpanjangan belum diperbarui.",
    en: "The family consent has not been renewed for the extension.",
  },
  GUARD_EXTENSION_SOCIAL_SECURITY_MISSING: {
    id: "Jaminan sosial belum diperpanjang untuk masa perpanjangan.",
    en: "Social security has not been extended for the extension period.",
  },
  GUARD_EXTENSION_END_NOT_LATER: {
    id: "Tanggal akhir kontrak baru harus sesudah tanggal akhir yang lama.",
    en: "The new contract end date must be after the previous one.",
  },
  GUARD_REENTRY_VISA_MISSING: {
    id: "Visa re-entry belum ada dalam berkas.",
    en: "No re-entry visa is in the dossier.",
  },
  GUARD_RETURN_REASON_NOT_A_RETURN: {
    id: "Alasan {reason} dicatat dengan peristiwa {useEvent}, bukan ReturnInitiated.",
    en: "Reason {reason} is recorded with a {useEvent} event, not ReturnInitiated.",
  },
  GUARD_RETURN_REASON_REQUIRED: {
    id: "Alasan kepulangan wajib diisi.",
    en: "The return reason is required.",
  },
  GUARD_RETURN_NOT_VERIFIED: {
    id: "Laporan kepulangan dari P3MI belum diverifikasi perwakilan RI.",
    en: "The mission has not verified the placement agency's return report.",
  },
  GUARD_FIT_TO_RETURN_MISSING: {
    id: "Surat keterangan layak dipulangkan belum ada.",
    en: "No fit-to-return letter is on record.",
  },
  GUARD_HANDOVER_NOT_WITNESSED: {
    id: "Serah terima kepada keluarga harus disaksikan pemerintah daerah atau desa.",
    en: "A handover to the family must be witnessed by the regional or village government.",
  },
  GUARD_REMAINS_STEP_OUT_OF_ORDER: {
    id: "Langkah pemulangan jenazah tidak berurutan (status sekarang {status}).",
    en: "The repatriation-of-remains step is out of order (current status {status}).",
  },
  GUARD_DOCUMENT_NOT_IN_CASE: {
    id: "Dokumen jenis {kind} tidak ada dalam berkas kasus.",
    en: "No document of kind {kind} is in the case's dossier.",
  },
  COMPLAINT_DUPLICATE_ID: {
    id: "Pengaduan dengan pengenal ini sudah ada dalam kasus.",
    en: "A complaint with this identifier already exists in the case.",
  },
  COMPLAINT_NOT_FOUND: {
    id: "Pengaduan dengan pengenal ini tidak ada dalam kasus.",
    en: "No complaint with this identifier exists in the case.",
  },
  COMPLAINT_TRANSITION_NOT_ALLOWED: {
    id: "Peristiwa {event} tidak diizinkan untuk pengaduan berstatus {status}.",
    en: "A {event} event is not allowed for a complaint in status {status}.",
  },
} as const satisfies Record<string, IssueMessage>);
