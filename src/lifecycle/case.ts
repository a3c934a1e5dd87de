import { deepFreeze } from "../_lib/deep-freeze.js";
import type { CalendarDate, Instant } from "../core/index.js";
import type {
  ComplaintCategory,
  ComplaintChannel,
  EmployerType,
  PlacementRoute,
  Position,
  ReturnReason,
  Sector,
  WorkerCategory,
} from "../reference/index.js";
import type { ComplaintStatus } from "./complaints.js";
import type { MilestoneCode } from "./events.js";
import type { Phase } from "./phases.js";
import type { LifecycleEvent } from "./schemas.js";
import type { State, TerminalState } from "./states.js";

/**
 * One complaint (*pengaduan*) attached to a case, with its own small lifecycle
 * (`RECEIVED → VERIFIED → IN_HANDLING → RESOLVED | REFERRED | CLOSED_UNRESOLVED`).
 *
 * @example
 * ```ts
 * const complaint: Complaint = {
 *   id: "ADU-2025-0001",
 *   category: "UNPAID_WAGES",
 *   channel: "E_PENGADUAN",
 *   status: "RECEIVED",
 *   receivedAt: "2025-06-02T10:00:00+07:00",
 *   closedAt: null,
 * };
 * ```
 */
export interface Complaint {
  /** The complaint's identifier, unique within the case. */
  readonly id: string;
  /** What the complaint is about. */
  readonly category: ComplaintCategory;
  /** How the complaint reached the office. */
  readonly channel: ComplaintChannel;
  /** Where the complaint stands in its own lifecycle. */
  readonly status: ComplaintStatus;
  /** When the complaint was filed (the `at` of its `ComplaintFiled` event). */
  readonly receivedAt: Instant;
  /** When the complaint reached a final status (resolved, referred or closed unresolved), or null while open. */
  readonly closedAt: Instant | null;
}

/**
 * Flags derived from the events, for the lists and counts an office keeps.
 *
 * @example
 * ```ts
 * const flags: CaseFlags = { openComplaint: true, lostContact: false, contractExtended: false };
 * ```
 */
export interface CaseFlags {
  /** At least one complaint is not in a final status (RECEIVED, VERIFIED or IN_HANDLING). */
  readonly openComplaint: boolean;
  /** A `LOST_CONTACT` complaint is not yet resolved (REFERRED or CLOSED_UNRESOLVED keep the flag). */
  readonly lostContact: boolean;
  /** The employment contract has been extended at least once in this case. */
  readonly contractExtended: boolean;
}

/**
 * What is known about the worker, for statistics only: sex, birth date and the region codes of
 * origin, each null while unknown. Never a name, NIK, passport number or address.
 *
 * @example
 * ```ts
 * const worker: CaseWorker = { sex: "F", birthDate: "1999-01-01", provinceCode: "19", regencyCode: "1971" };
 * ```
 */
export interface CaseWorker {
  /** Sex: `M` or `F`. */
  readonly sex: "M" | "F" | null;
  /** Birth date. */
  readonly birthDate: CalendarDate | null;
  /** Two-digit province code of origin (as in the first digits of the NIK). */
  readonly provinceCode: string | null;
  /** Four-digit regency/city (kabupaten/kota) code of origin. */
  readonly regencyCode: string | null;
}

/**
 * The statuses of the repatriation of a deceased worker's remains (LIFECYCLE.md §3.10), in order:
 * `REPORTED` → `IN_TRANSIT` → `ARRIVED` → `HANDED_OVER`, or `BURIED_ABROAD`.
 *
 * @example
 * ```ts
 * REMAINS_STATUSES.includes("BURIED_ABROAD"); //=> true
 * ```
 */
export const REMAINS_STATUSES = /* @__PURE__ */ deepFreeze([
  "REPORTED",
  "IN_TRANSIT",
  "ARRIVED",
  "HANDED_OVER",
  "BURIED_ABROAD",
] as const);

/**
 * Where the repatriation of a deceased worker's remains stands (LIFECYCLE.md §3.10):
 * `REPORTED` → `IN_TRANSIT` → `ARRIVED` → `HANDED_OVER`, or `BURIED_ABROAD`.
 *
 * @example
 * ```ts
 * const status: RemainsStatus = "IN_TRANSIT";
 * ```
 */
export type RemainsStatus = (typeof REMAINS_STATUSES)[number];

/**
 * A case: one placement of one person for one employment contract, as the fold of its events.
 * Everything in it is derived from `history`; it is plain JSON data (no Map, Set, class or function),
 * so it survives `JSON.parse(JSON.stringify(case))` unchanged. Every field is always present: one
 * that no event has made known yet is `null`.
 *
 * Statistics read: `state`, `phase`, `route`, `outcome`, `milestones`, `returnReason`,
 * `destination`, `position`, `employerType`, `sector`, `workerCategory`, `worker`, `complaints`,
 * `flags`, `lastSeq`.
 *
 * @example
 * ```ts
 * const result = replay([
 *   { type: "Registered", seq: 1, at: "2025-01-06T09:00:00+07:00", route: "P3MI" },
 * ]);
 * if (result.ok) {
 *   result.value.state;                  //=> "REGISTERED"
 *   result.value.milestones.Registered;  //=> "2025-01-06T09:00:00+07:00"
 * }
 * ```
 */
export interface Case {
  /** The current state of the main lifecycle. */
  readonly state: State;
  /** The protection phase of `state` (UU 18/2017 Pasal 7). */
  readonly phase: Phase;
  /** The placement route; null only for a prospect who has not registered yet. */
  readonly route: PlacementRoute | null;
  /**
   * The terminal outcome once it is known: set when the case enters a terminal state, and already at
   * handover (`HandedOver`) for a returned worker, whose case stays open for rehabilitation and
   * empowerment until `CaseClosed`.
   */
  readonly outcome: TerminalState | null;
  /**
   * Every milestone event type, with the instant it was first recorded or `null` while not reached (a repeat is in `history`).
   */
  readonly milestones: Readonly<Record<MilestoneCode, Instant | null>>;
  /** The return reason (UU 18/2017 Pasal 27) once a return starts or a death is reported. */
  readonly returnReason: ReturnReason | null;
  /** Destination country (ISO 3166-1 alpha-2). */
  readonly destination: string | null;
  /** The destination city of the job order; read only by the SPSK exception to the Middle-East moratorium (Kepmenaker 291/2018). */
  readonly destinationCity: string | null;
  /** The position (*jabatan*) of the job order. */
  readonly position: Position | null;
  /** The type of employer of the job order. */
  readonly employerType: EmployerType | null;
  /** The sector (formal or informal) of the job order. */
  readonly sector: Sector | null;
  /**
   * The worker category (UU 18/2017 Pasal 4 ayat (1)): given at registration or with the job order,
   * else derived from the employer type.
   */
  readonly workerCategory: WorkerCategory | null;
  /** What is known about the worker, for statistics only (never a name, NIK or address). */
  readonly worker: CaseWorker;
  /** Opaque employer identifier from the job order or employment start, for the same-employer checks. */
  readonly employerId: string | null;
  /** The job order the case is recruited for. */
  readonly jobOrderId: string | null;
  /** The placing agency (P3MI) named by the job order; read only by the SPSK exception to the Middle-East moratorium (Kepmenaker 291/2018). */
  readonly placementAgency: string | null;
  /** Whether the job order was verified by the mission / attaché (UU 18/2017 Pasal 9–10). */
  readonly jobOrderVerified: boolean | null;
  /** Whether the SIP2MI for the job order was issued (UU 18/2017 Pasal 59). */
  readonly sip2miIssued: boolean | null;
  /** End date of the employment contract, moved by an approved extension. */
  readonly contractEndDate: CalendarDate | null;
  /** The date the latest pre-work social-security registration started its cover. */
  readonly preWorkCoverFrom: CalendarDate | null;
  /** The social-security programmes of the latest registration. */
  readonly socialSecurityPrograms: readonly ("JKK" | "JKM" | "JHT")[] | null;
  /** The case's dossier: the latest document of each kind submitted and not withdrawn. */
  readonly documents: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The complaints filed on the case, in the order they were filed, each with its own status. */
  readonly complaints: readonly Complaint[];
  /** The repatriation of remains, once a death is reported. */
  readonly remains: RemainsStatus | null;
  /** Flags derived from the events, for the lists and counts an office keeps. */
  readonly flags: CaseFlags;
  /** The events applied, in `seq` order (the case is their fold). */
  readonly history: readonly LifecycleEvent[];
  /** The `seq` of the last event applied. */
  readonly lastSeq: number;
  /** The `at` of the last event applied. */
  readonly lastAt: Instant;
}
