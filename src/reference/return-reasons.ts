import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceTable } from "./types.js";

/**
 * Codes of the reasons for a worker's return.
 *
 * @example
 * ```ts
 * RETURN_REASON_CODES[0]; //=> "CONTRACT_ENDED"
 * ```
 */
export const RETURN_REASON_CODES = /* @__PURE__ */ deepFreeze([
  "CONTRACT_ENDED",
  "LEAVE",
  "EARLY_TERMINATION",
  "ACCIDENT_OR_ILLNESS",
  "ABUSE_OR_VIOLENCE",
  "CRISIS_EVACUATION",
  "DEPORTED",
  "DEATH",
  "OTHER",
] as const);

/**
 * Why a PMI returns (UU 18/2017 Pasal 27).
 *
 * @example
 * ```ts
 * const reason: ReturnReason = "DEPORTED";
 * ```
 */
export type ReturnReason = (typeof RETURN_REASON_CODES)[number];

const BASIS = "UU 18/2017 Pasal 27";

/**
 * The reasons for return of UU 18/2017 Pasal 27. The list comes from an NGO transcription of the
 * article and its final wording is UNVERIFIED (REGULATIONS.md §5.3), so every entry has
 * `verified: false`; the Indonesian labels are descriptive, not quotations of the article. Arrival
 * desks publish "habis kontrak", "cuti" and "PMI terkendala" (STATISTICS.md §5.9): the first two are
 * `CONTRACT_ENDED` and `LEAVE`; "PMI terkendala" (repatriated after non-procedural placement) is a
 * status, not a reason, and maps to none of these.
 *
 * @example
 * ```ts
 * RETURN_REASONS.LEAVE.label.id; //=> "Cuti"
 * RETURN_REASONS.DEATH.verified; //=> false
 * ```
 */
export const RETURN_REASONS = /* @__PURE__ */ deepFreeze({
  CONTRACT_ENDED: {
    code: "CONTRACT_ENDED",
    label: { id: "Perjanjian Kerja berakhir (habis kontrak)", en: "End of the employment contract" },
    basis: BASIS,
    verified: false,
  },
  LEAVE: { code: "LEAVE", label: { id: "Cuti", en: "Leave" }, basis: BASIS, verified: false },
  EARLY_TERMINATION: {
    code: "EARLY_TERMINATION",
    label: {
      id: "Pemutusan hubungan kerja sebelum Perjanjian Kerja berakhir",
      en: "Termination before the contract ends",
    },
    basis: BASIS,
    verified: false,
  },
  ACCIDENT_OR_ILLNESS: {
    code: "ACCIDENT_OR_ILLNESS",
    label: {
      id: "Kecelakaan kerja dan/atau sakit yang menyebabkan tidak dapat bekerja",
      en: "Work accident and/or illness preventing work",
    },
    basis: BASIS,
    verified: false,
  },
  ABUSE_OR_VIOLENCE: {
    code: "ABUSE_OR_VIOLENCE",
    label: { id: "Penganiayaan atau tindak kekerasan", en: "Abuse or violence" },
    basis: BASIS,
    verified: false,
  },
  CRISIS_EVACUATION: {
    code: "CRISIS_EVACUATION",
    label: {
      id: "Perang, bencana alam, atau wabah penyakit di negara tujuan penempatan",
      en: "War, natural disaster or epidemic in the destination country",
    },
    basis: BASIS,
    verified: false,
  },
  DEPORTED: {
    code: "DEPORTED",
    label: { id: "Dideportasi oleh pemerintah negara tujuan", en: "Deported by the destination government" },
    basis: BASIS,
    verified: false,
  },
  DEATH: {
    code: "DEATH",
    label: { id: "Meninggal dunia di negara tujuan penempatan", en: "Death in the destination country" },
    basis: BASIS,
    verified: false,
  },
  OTHER: {
    code: "OTHER",
    label: { id: "Sebab lain yang merugikan PMI", en: "Other causes harming the PMI" },
    basis: BASIS,
    verified: false,
  },
} as const satisfies ReferenceTable<ReturnReason>);
