import { deepFreeze } from "../_lib/deep-freeze.js";
import type { EventType } from "./events.js";

/**
 * The Indonesian (`id`) and English (`en`) name of every event type, as messages and timelines show
 * it (`formatIssue` names an event by it, never by its PascalCase code). Kept beside
 * {@link EVENT_TYPES}; `tsc` fails when an event type has no name here.
 *
 * @example
 * ```ts
 * EVENT_LABELS.Departed.id; //=> "Berangkat ke negara tujuan"
 * EVENT_LABELS.MedicalFit.en; //=> "Found medically fit"
 * ```
 */
export const EVENT_LABELS = /* @__PURE__ */ deepFreeze({
  InformationGiven: { id: "Informasi/sosialisasi diberikan", en: "Information given" },
  Registered: { id: "Pendaftaran sebagai pencari kerja", en: "Registered as a job seeker" },
  JobOrderAssigned: { id: "Penetapan job order", en: "Job order assigned" },
  SelectionStarted: { id: "Seleksi dimulai", en: "Selection started" },
  SelectionPassed: { id: "Lulus seleksi", en: "Selection passed" },
  SelectionFailed: { id: "Tidak lulus seleksi", en: "Selection failed" },
  MedicalFit: { id: "Dinyatakan sehat untuk bekerja", en: "Found medically fit" },
  MedicalUnfit: { id: "Dinyatakan tidak sehat untuk bekerja", en: "Found medically unfit" },
  PlacementAgreementSigned: { id: "Perjanjian Penempatan ditandatangani", en: "Placement agreement signed" },
  CompetencyCertified: { id: "Sertifikat kompetensi diperoleh", en: "Competency certified" },
  SocialSecurityRegistered: {
    id: "Kepesertaan jaminan sosial didaftarkan",
    en: "Social security registered",
  },
  DocumentsCompleted: { id: "Dokumen lengkap", en: "Documents completed" },
  OppCompleted: {
    id: "Orientasi Pra Pemberangkatan (OPP) selesai",
    en: "Pre-departure orientation completed",
  },
  EKpmiIssued: { id: "Kartu E-PMI/E-KPMI dicatat", en: "Worker card issued" },
  DocumentSubmitted: { id: "Dokumen diserahkan", en: "Document submitted" },
  DocumentWithdrawn: { id: "Dokumen ditarik", en: "Document withdrawn" },
  Departed: { id: "Berangkat ke negara tujuan", en: "Departed" },
  Withdrawn: { id: "Mengundurkan diri sebelum berangkat", en: "Withdrew before departure" },
  DepartureFailed: { id: "Gagal berangkat", en: "Departure failed" },
  DeparturePrevented: { id: "Keberangkatan dicegah (nonprosedural)", en: "Departure prevented" },
  ArrivalReported: { id: "Tiba dan lapor diri", en: "Arrival reported" },
  EmploymentStarted: { id: "Mulai bekerja", en: "Employment started" },
  ExtensionRequested: { id: "Perpanjangan kontrak diajukan", en: "Contract extension requested" },
  ExtensionApproved: { id: "Perpanjangan kontrak disetujui", en: "Contract extension approved" },
  ExtensionRejected: { id: "Perpanjangan kontrak ditolak", en: "Contract extension rejected" },
  LeaveStarted: { id: "Cuti di Indonesia dimulai", en: "Home leave started" },
  ReentryDeparted: {
    id: "Kembali ke Pemberi Kerja setelah cuti",
    en: "Returned to the employer after leave",
  },
  NewContractAbroad: { id: "Kontrak baru di luar negeri", en: "New contract abroad" },
  ComplaintFiled: { id: "Pengaduan diterima", en: "Complaint filed" },
  ComplaintVerified: { id: "Pengaduan diverifikasi", en: "Complaint verified" },
  ComplaintHandlingStarted: { id: "Penanganan pengaduan dimulai", en: "Complaint handling started" },
  ComplaintResolved: { id: "Pengaduan selesai", en: "Complaint resolved" },
  ComplaintReferred: { id: "Pengaduan dirujuk", en: "Complaint referred" },
  ComplaintClosedUnresolved: {
    id: "Pengaduan ditutup tanpa penyelesaian",
    en: "Complaint closed unresolved",
  },
  ReturnInitiated: { id: "Proses kepulangan dimulai", en: "Return initiated" },
  ArrivedAtDebarkation: { id: "Tiba di debarkasi", en: "Arrived at the debarkation point" },
  HandedOver: { id: "Diserahterimakan kepada keluarga", en: "Handed over" },
  RehabStarted: { id: "Rehabilitasi/reintegrasi dimulai", en: "Rehabilitation started" },
  EmpowermentEnrolled: { id: "Mengikuti program pemberdayaan", en: "Enrolled in empowerment" },
  CaseClosed: { id: "Kasus ditutup", en: "Case closed" },
  DeathReported: { id: "Kematian dilaporkan", en: "Death reported" },
  RemainsRepatriationStarted: { id: "Pemulangan jenazah dimulai", en: "Repatriation of remains started" },
  BuriedAbroad: { id: "Dimakamkan di negara tujuan", en: "Buried abroad" },
} as const satisfies { readonly [T in EventType]: { readonly id: string; readonly en: string } });
