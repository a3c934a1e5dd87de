import { deepFreeze } from "../_lib/deep-freeze.js";
import type { Phase } from "./phases.js";

/**
 * The shape of a {@link STATES} entry.
 *
 * @example
 * ```ts
 * const working: StateDefinition = STATES.WORKING;
 * //=> { code: "WORKING", phase: "PLACEMENT", terminal: false,
 * //     label: { id: "Bekerja", en: "Working" }, basis: "UU 18/2017 Pasal 14–15" }
 * ```
 */
export interface StateDefinition {
  readonly code: string;
  readonly phase: Phase;
  /** A terminal state ends the main lifecycle: no event moves the case out of it. */
  readonly terminal: boolean;
  readonly label: { readonly id: string; readonly en: string };
  readonly basis: string;
}

/**
 * The states of a case (LIFECYCLE.md §1), each with its phase, whether it is terminal, and its legal
 * anchor. Non-terminal states first in the order of the composite procedure, terminal outcomes after.
 * `READY_TO_DEPART` is derived: the case enters it when every pre-departure milestone the route
 * needs has been reached (the dated checks run again on the `Departed` event itself).
 *
 * @example
 * ```ts
 * STATES.WORKING.phase;          //=> "PLACEMENT"
 * STATES.DEPORTED_RETURNED.terminal; //=> true
 * ```
 */
export const STATES = /* @__PURE__ */ deepFreeze({
  PROSPECT: {
    code: "PROSPECT",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Calon pencari kerja (sudah menerima informasi)", en: "Prospect (informed)" },
    basis: "PP 59/2021 Pasal 4 ayat (4), Pasal 7",
  },
  REGISTERED: {
    code: "REGISTERED",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Terdaftar sebagai CPMI", en: "Registered as CPMI" },
    basis: "UU 18/2017 Pasal 1 angka 1",
  },
  IN_SELECTION: {
    code: "IN_SELECTION",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Dalam seleksi", en: "In selection" },
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c",
  },
  SELECTED: {
    code: "SELECTED",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Lulus seleksi", en: "Selected" },
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf d",
  },
  MEDICAL_CLEARED: {
    code: "MEDICAL_CLEARED",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Sehat untuk bekerja", en: "Medically cleared" },
    basis: "UU 18/2017 Pasal 5 huruf c, Pasal 13 huruf d",
  },
  PLACEMENT_AGREEMENT_SIGNED: {
    code: "PLACEMENT_AGREEMENT_SIGNED",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Perjanjian Penempatan ditandatangani", en: "Placement agreement signed" },
    basis: "UU 18/2017 Pasal 13 huruf g",
  },
  COMPETENCY_CERTIFIED: {
    code: "COMPETENCY_CERTIFIED",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Bersertifikat kompetensi", en: "Competency certified" },
    basis: "UU 18/2017 Pasal 5 huruf b, Pasal 13 huruf c",
  },
  SOCIAL_SECURITY_ACTIVE: {
    code: "SOCIAL_SECURITY_ACTIVE",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Jaminan sosial aktif", en: "Social security active" },
    basis: "UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023",
  },
  DOCUMENTS_COMPLETE: {
    code: "DOCUMENTS_COMPLETE",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Dokumen lengkap", en: "Documents complete" },
    basis: "UU 18/2017 Pasal 13",
  },
  OPP_COMPLETED: {
    code: "OPP_COMPLETED",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Orientasi Pra Pemberangkatan selesai", en: "Pre-departure orientation completed" },
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e; Permen P2MI 34/2025",
  },
  READY_TO_DEPART: {
    code: "READY_TO_DEPART",
    phase: "PRE_PLACEMENT",
    terminal: false,
    label: { id: "Siap berangkat", en: "Ready to depart" },
    basis: "UU 18/2017 Pasal 5, Pasal 13; Permenaker 4/2023; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e",
  },
  DEPARTED: {
    code: "DEPARTED",
    phase: "PLACEMENT",
    terminal: false,
    label: { id: "Berangkat", en: "Departed" },
    basis: "Permenaker 9/2019 Pasal 23; Permenaker 4/2023",
  },
  ARRIVED_REPORTED: {
    code: "ARRIVED_REPORTED",
    phase: "PLACEMENT",
    terminal: false,
    label: { id: "Tiba dan lapor diri", en: "Arrived and reported" },
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf a; Permenaker 9/2019 Pasal 24 ayat (2)",
  },
  WORKING: {
    code: "WORKING",
    phase: "PLACEMENT",
    terminal: false,
    label: { id: "Bekerja", en: "Working" },
    basis: "UU 18/2017 Pasal 14–15",
  },
  IN_DISTRESS: {
    code: "IN_DISTRESS",
    phase: "PLACEMENT",
    terminal: false,
    label: { id: "Bermasalah di luar negeri", en: "In distress abroad" },
    basis: "UU 18/2017 Pasal 21",
  },
  EXTENSION_PENDING: {
    code: "EXTENSION_PENDING",
    phase: "PLACEMENT",
    terminal: false,
    label: { id: "Perpanjangan kontrak diajukan", en: "Contract extension pending" },
    basis: "UU 18/2017 Pasal 16–17, Pasal 26",
  },
  ON_LEAVE_IN_INDONESIA: {
    code: "ON_LEAVE_IN_INDONESIA",
    phase: "PLACEMENT",
    terminal: false,
    label: { id: "Cuti di Indonesia", en: "On home leave in Indonesia" },
    basis: "UU 18/2017 Pasal 27 (cuti)",
  },
  RETURN_IN_PROGRESS: {
    code: "RETURN_IN_PROGRESS",
    phase: "POST_PLACEMENT",
    terminal: false,
    label: { id: "Dalam proses kepulangan", en: "Return in progress" },
    basis: "UU 18/2017 Pasal 25–27",
  },
  ARRIVED_DEBARKATION: {
    code: "ARRIVED_DEBARKATION",
    phase: "POST_PLACEMENT",
    terminal: false,
    label: { id: "Tiba di debarkasi", en: "Arrived at the debarkation point" },
    basis: "Permen P2MI 32/2025",
  },
  RETURNED_HOME: {
    code: "RETURNED_HOME",
    phase: "POST_PLACEMENT",
    terminal: false,
    label: { id: "Diserahterimakan ke keluarga", en: "Handed over at home" },
    basis: "Permen P2MI 32/2025 Pasal 13",
  },
  IN_REHABILITATION: {
    code: "IN_REHABILITATION",
    phase: "POST_PLACEMENT",
    terminal: false,
    label: { id: "Rehabilitasi dan reintegrasi", en: "In rehabilitation" },
    basis: "PP 59/2021 Pasal 22",
  },
  PURNA_EMPOWERMENT: {
    code: "PURNA_EMPOWERMENT",
    phase: "POST_PLACEMENT",
    terminal: false,
    label: { id: "Pemberdayaan PMI purna", en: "Returned-worker empowerment" },
    basis: "PP 59/2021 Pasal 23; Perban BP2MI 5/2024; Permen P2MI 33/2025",
  },
  WITHDRAWN: {
    code: "WITHDRAWN",
    phase: "PRE_PLACEMENT",
    terminal: true,
    label: { id: "Mengundurkan diri", en: "Withdrawn" },
    // LIFECYCLE.md §1: no specific article; modelled generically.
    basis: "(tanpa pasal khusus / no specific article)",
  },
  FAILED_SELECTION: {
    code: "FAILED_SELECTION",
    phase: "PRE_PLACEMENT",
    terminal: true,
    label: { id: "Tidak lulus seleksi", en: "Failed selection" },
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c–d",
  },
  DECLARED_UNFIT: {
    code: "DECLARED_UNFIT",
    phase: "PRE_PLACEMENT",
    terminal: true,
    label: { id: "Dinyatakan tidak sehat (unfit)", en: "Declared unfit" },
    basis: "UU 18/2017 Pasal 5 huruf c",
  },
  CANCELLED_FAILED_TO_DEPART: {
    code: "CANCELLED_FAILED_TO_DEPART",
    phase: "PRE_PLACEMENT",
    terminal: true,
    label: { id: "Gagal berangkat", en: "Failed to depart" },
    basis: "Permenaker 4/2023 (manfaat gagal berangkat)",
  },
  BLOCKED_NONPROCEDURAL: {
    code: "BLOCKED_NONPROCEDURAL",
    phase: "PRE_PLACEMENT",
    terminal: true,
    label: { id: "Keberangkatan nonprosedural dicegah", en: "Non-procedural departure prevented" },
    basis: "REGULATIONS.md §15 (pencegahan keberangkatan nonprosedural)",
  },
  COMPLETED_RETURNED: {
    code: "COMPLETED_RETURNED",
    phase: "POST_PLACEMENT",
    terminal: true,
    label: { id: "Kontrak selesai, pulang", en: "Contract completed, returned" },
    basis: "UU 18/2017 Pasal 27",
  },
  EARLY_TERMINATED_RETURNED: {
    code: "EARLY_TERMINATED_RETURNED",
    phase: "POST_PLACEMENT",
    terminal: true,
    label: { id: "PHK sebelum kontrak berakhir, pulang", en: "Terminated early, returned" },
    basis: "UU 18/2017 Pasal 27",
  },
  DEPORTED_RETURNED: {
    code: "DEPORTED_RETURNED",
    phase: "POST_PLACEMENT",
    terminal: true,
    label: { id: "Dideportasi, pulang", en: "Deported, returned" },
    basis: "UU 18/2017 Pasal 27; Permen P2MI 32/2025",
  },
  EVACUATED_RETURNED: {
    code: "EVACUATED_RETURNED",
    phase: "POST_PLACEMENT",
    terminal: true,
    label: { id: "Dievakuasi (perang, bencana, wabah), pulang", en: "Evacuated, returned" },
    basis: "UU 18/2017 Pasal 27",
  },
  MEDICAL_REPATRIATED: {
    code: "MEDICAL_REPATRIATED",
    phase: "POST_PLACEMENT",
    terminal: true,
    label: { id: "Dipulangkan karena sakit atau kecelakaan", en: "Repatriated for illness or injury" },
    basis: "UU 18/2017 Pasal 27; Permen P2MI 32/2025 Pasal 13 huruf b",
  },
  DIED_ABROAD: {
    code: "DIED_ABROAD",
    phase: "POST_PLACEMENT",
    terminal: true,
    label: { id: "Meninggal di negara penempatan", en: "Died abroad" },
    basis: "UU 18/2017 Pasal 24 ayat (1) huruf c, Pasal 27; PP 59/2021 Pasal 21 ayat (3)",
  },
  TRANSFERRED_TO_NEW_CASE: {
    code: "TRANSFERRED_TO_NEW_CASE",
    phase: "PLACEMENT",
    terminal: true,
    label: { id: "Kontrak baru (kasus baru)", en: "Transferred to a new case" },
    basis: "REGULATIONS.md §13 (skema re-entry)",
  },
} as const satisfies Record<string, StateDefinition>);

/**
 * A state code of the case lifecycle (LIFECYCLE.md §1).
 *
 * @example
 * ```ts
 * const state: State = "WORKING";
 * ```
 */
export type State = keyof typeof STATES;

/**
 * A terminal outcome: a state no event moves the case out of.
 *
 * @example
 * ```ts
 * const outcome: TerminalState = "DEPORTED_RETURNED";
 * ```
 */
export type TerminalState = {
  [K in State]: (typeof STATES)[K]["terminal"] extends true ? K : never;
}[State];

/**
 * Every state code, in table order (non-terminal first).
 *
 * @example
 * ```ts
 * STATE_CODES[0]; //=> "PROSPECT"
 * ```
 */
export const STATE_CODES = /* @__PURE__ */ deepFreeze(Object.keys(STATES) as readonly State[]);
