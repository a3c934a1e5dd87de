import { dateOfInstant } from "../_lib/dates/instant.js";
import { deepFreeze } from "../_lib/deep-freeze.js";
import type { Instant } from "../core/index.js";
import type { DocumentKind } from "../documents/index.js";
import {
  EMPLOYER_TYPES,
  type EmployerType,
  type PlacementRoute,
  type WorkerCategory,
} from "../reference/index.js";
import { given } from "./_lib/given.js";
import type { Case, CaseWorker, RemainsStatus } from "./case.js";
import { COMPLAINT_TRANSITIONS, type ComplaintStatus, type ComplaintTransition } from "./complaints.js";
import type { EventType } from "./events.js";
import { RETURN_OUTCOMES } from "./return-outcomes.js";
import type { EventOf } from "./schemas.js";

/**
 * The fields of a case an effect may set with {@link EffectDraft.set}.
 *
 * @example
 * ```ts
 * const field: SettableField = "contractEndDate";
 * field; //=> "contractEndDate"
 * ```
 */
export type SettableField =
  | "route"
  | "outcome"
  | "returnReason"
  | "destination"
  | "destinationCity"
  | "position"
  | "employerType"
  | "sector"
  | "workerCategory"
  | "employerId"
  | "jobOrderId"
  | "placementAgency"
  | "jobOrderVerified"
  | "sip2miIssued"
  | "contractEndDate"
  | "preWorkCoverFrom"
  | "socialSecurityPrograms"
  | "remains";

/**
 * What an effect may do to the case being built: the small interface every entry of
 * {@link EFFECTS} is written against. The draft is private to the engine, which copies only what
 * changes.
 *
 * @example
 * ```ts
 * const departed: Effect<"Departed"> = { basis: "Permenaker 9/2019 Pasal 23", apply: (d) => d.milestone() };
 * ```
 */
export interface EffectDraft {
  /** Whether the event opens the case. */
  readonly opening: boolean;
  /**
   * The case as built so far: the fields set by this effect included, `state` still the state
   * before the event (the engine derives the next state after the effect).
   */
  readonly current: Case;
  /** Records the event as a milestone at its `at` (the first time only: later ones are in `history`). */
  milestone(): void;
  /** Sets a field; `undefined` leaves the field as it is (an optional payload field not given). */
  set<K extends SettableField>(field: K, value: Case[K] | undefined): void;
  /** Merges known worker facts (absent ones stay as they are). */
  worker(facts: { readonly [K in keyof CaseWorker]?: CaseWorker[K] | undefined } | undefined): void;
  /** Puts a document in the dossier, replacing the one of the same kind. */
  document(kind: DocumentKind, document: Readonly<Record<string, unknown>>): void;
  /** Takes a document out of the dossier. */
  withdraw(kind: DocumentKind): void;
  /** Files a new complaint (status `RECEIVED`). */
  fileComplaint(complaint: EventOf<"ComplaintFiled">): void;
  /** Moves a complaint to the status its event leads to (see `COMPLAINT_TRANSITIONS`). */
  complaintStatus(id: string, status: ComplaintStatus, at: Instant): void;
  /** Marks the contract as extended (a flag that never goes back). */
  contractExtended(): void;
}

/**
 * One event type's effect on a case, as data: what it records, and its legal basis.
 *
 * @example
 * ```ts
 * EFFECTS.Departed.basis; //=> "Permenaker 9/2019 Pasal 23; Permenaker 4/2023"
 * ```
 */
export interface Effect<T extends EventType> {
  readonly basis: string;
  /**
   * Whether the effect records payload fields that the departure guards read (destination, a
   * document): the case's readiness to depart then depends on the payload, so `availableEvents`
   * cannot predict the state before the event exists.
   */
  readonly readinessFromPayload?: true;
  /** What the event records. */
  readonly apply: (draft: EffectDraft, event: EventOf<T>) => void;
}

type ComplaintStep = EventOf<
  | "ComplaintVerified"
  | "ComplaintHandlingStarted"
  | "ComplaintResolved"
  | "ComplaintReferred"
  | "ComplaintClosedUnresolved"
>;
const milestone = (d: EffectDraft): void => d.milestone();

/** The route of a case opened abroad or on return: the reported one, else NONPROCEDURAL (REGULATIONS.md §15). */
const openedAbroad = (
  d: EffectDraft,
  e: EventOf<
    "ComplaintFiled" | "ReturnInitiated" | "ArrivedAtDebarkation" | "DeathReported" | "DeparturePrevented"
  >,
  fallback: PlacementRoute,
): void => {
  if (!d.opening) return;
  d.set("route", given(e, "route") ?? fallback);
  d.set("destination", given(e, "destination"));
  d.worker(given(e, "worker"));
};

/**
 * The worker category after a job order. UU 18/2017 Pasal 4 ayat (1): a land-based worker's
 * category follows the employer type. The job order's own category comes first. Else a category
 * the case has not got, or one that merely followed the previous job order's employer type, follows
 * this one's (unknown when it names none); a category declared otherwise (a seafarer's) is kept.
 */
function categoryAfterJobOrder(
  before: Case,
  declared: WorkerCategory | undefined,
  employerType: EmployerType | undefined,
): WorkerCategory | null {
  if (declared !== undefined) return declared;
  const previous = before.employerType === null ? null : EMPLOYER_TYPES[before.employerType].workerCategory;
  if (before.workerCategory !== null && before.workerCategory !== previous) return before.workerCategory;
  return employerType === undefined ? null : EMPLOYER_TYPES[employerType].workerCategory;
}

/** A complaint step: the status it leads to and its basis come from {@link COMPLAINT_TRANSITIONS}. */
const complaintStep = (type: ComplaintStep["type"]): Effect<ComplaintStep["type"]> => {
  const row = COMPLAINT_TRANSITIONS.find((transition) => transition.event === type) as ComplaintTransition;
  return { basis: row.basis, apply: (d, e) => d.complaintStatus(e.complaintId, row.to, e.at) };
};

/**
 * What each event records on the case, one entry per event type, with its basis. The engine looks
 * the transition up, runs its guards, applies this entry to a private draft, then derives the state
 * (see `TRANSITIONS` and `STATES`). Milestones keep the instant they were first recorded.
 *
 * @example
 * ```ts
 * EFFECTS.ComplaintResolved.basis; //=> "REGULATIONS.md §17"
 * ```
 */
export const EFFECTS: { readonly [T in EventType]: Effect<T> } = /* @__PURE__ */ deepFreeze({
  InformationGiven: { basis: "PP 59/2021 Pasal 4 ayat (4), Pasal 7", apply: milestone },
  Registered: {
    basis: "UU 18/2017 Pasal 1 angka 1",
    apply: (d, e) => {
      d.milestone();
      d.set("route", e.route);
      d.set("workerCategory", given(e, "workerCategory"));
      d.worker(given(e, "worker"));
    },
  },
  JobOrderAssigned: {
    basis: "UU 18/2017 Pasal 4 ayat (1), Pasal 9–10, Pasal 59",
    readinessFromPayload: true,
    apply: (d, e) => {
      d.milestone();
      // A job order assigned again (before selection starts) replaces the first: its facts replace
      // the first one's, and a fact it leaves out is unknown again, not the first job's.
      const category = categoryAfterJobOrder(d.current, given(e, "workerCategory"), given(e, "employerType"));
      d.set("jobOrderId", e.jobOrderId);
      d.set("destination", e.destination);
      d.set("jobOrderVerified", e.verifiedByMission);
      d.set("sip2miIssued", e.sip2miIssued);
      d.set("position", given(e, "position") ?? null);
      d.set("sector", given(e, "sector") ?? null);
      d.set("employerId", given(e, "employerId") ?? null);
      d.set("employerType", given(e, "employerType") ?? null);
      d.set("workerCategory", category);
      d.set("destinationCity", given(e, "destinationCity") ?? null);
      d.set("placementAgency", given(e, "placementAgency") ?? null);
    },
  },
  SelectionStarted: { basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c", apply: milestone },
  SelectionPassed: { basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf d", apply: milestone },
  SelectionFailed: { basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c–d", apply: milestone },
  MedicalFit: { basis: "UU 18/2017 Pasal 5 huruf c, Pasal 13 huruf d", apply: milestone },
  MedicalUnfit: { basis: "UU 18/2017 Pasal 5 huruf c", apply: milestone },
  PlacementAgreementSigned: { basis: "UU 18/2017 Pasal 13 huruf g", apply: milestone },
  CompetencyCertified: { basis: "UU 18/2017 Pasal 5 huruf b, Pasal 13 huruf c", apply: milestone },
  SocialSecurityRegistered: {
    basis: "UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023 (masa perlindungan sebelum bekerja)",
    apply: (d, e) => {
      d.milestone();
      // The pre-work cover runs from the date of the latest registration.
      d.set("preWorkCoverFrom", dateOfInstant(e.at));
      d.set("socialSecurityPrograms", e.programs);
    },
  },
  DocumentsCompleted: { basis: "UU 18/2017 Pasal 13", apply: milestone },
  OppCompleted: { basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e", apply: milestone },
  EKpmiIssued: { basis: "Permen P2MI 34/2025", apply: milestone },
  DocumentSubmitted: {
    basis: "UU 18/2017 Pasal 8, Pasal 13",
    readinessFromPayload: true,
    apply: (d, e) => d.document(e.kind, e.document),
  },
  DocumentWithdrawn: { basis: "UU 18/2017 Pasal 8, Pasal 13", apply: (d, e) => d.withdraw(e.kind) },
  Departed: { basis: "Permenaker 9/2019 Pasal 23; Permenaker 4/2023", apply: milestone },
  Withdrawn: { basis: "(tanpa pasal khusus / no specific article)", apply: milestone },
  DepartureFailed: { basis: "Permenaker 4/2023 (manfaat gagal berangkat)", apply: milestone },
  DeparturePrevented: {
    basis: "REGULATIONS.md §15",
    apply: (d, e) => {
      d.milestone();
      openedAbroad(d, e, "NONPROCEDURAL");
    },
  },
  ArrivalReported: { basis: "UU 18/2017 Pasal 21 ayat (1) huruf a", apply: milestone },
  EmploymentStarted: {
    basis: "UU 18/2017 Pasal 14, Pasal 15 ayat (1)",
    apply: (d, e) => {
      d.milestone();
      d.set("employerId", given(e, "employerId"));
      d.set("contractEndDate", given(e, "contractEndDate"));
    },
  },
  ExtensionRequested: { basis: "UU 18/2017 Pasal 16, Pasal 25", apply: milestone },
  ExtensionApproved: {
    basis: "UU 18/2017 Pasal 16–17",
    apply: (d, e) => {
      d.milestone();
      d.set("contractEndDate", e.contractEndDate);
      d.contractExtended();
    },
  },
  ExtensionRejected: {
    basis: "UU 18/2017 Pasal 26–27",
    apply: (d) => {
      d.milestone();
      d.set("returnReason", "CONTRACT_ENDED");
    },
  },
  LeaveStarted: { basis: "UU 18/2017 Pasal 27 (cuti)", apply: milestone },
  ReentryDeparted: { basis: "Surat BP2MI 16 Agustus 2023 (REGULATIONS.md §13)", apply: milestone },
  NewContractAbroad: { basis: "REGULATIONS.md §13", apply: milestone },
  ComplaintFiled: {
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf d; REGULATIONS.md §15, §17",
    apply: (d, e) => {
      d.fileComplaint(e);
      openedAbroad(d, e, "NONPROCEDURAL");
    },
  },
  ComplaintVerified: complaintStep("ComplaintVerified"),
  ComplaintHandlingStarted: complaintStep("ComplaintHandlingStarted"),
  ComplaintResolved: complaintStep("ComplaintResolved"),
  ComplaintReferred: complaintStep("ComplaintReferred"),
  ComplaintClosedUnresolved: complaintStep("ComplaintClosedUnresolved"),
  ReturnInitiated: {
    basis: "UU 18/2017 Pasal 25–27",
    apply: (d, e) => {
      d.milestone();
      d.set("returnReason", e.reason);
      openedAbroad(d, e, "NONPROCEDURAL");
    },
  },
  ArrivedAtDebarkation: {
    basis: "Permen P2MI 32/2025; REGULATIONS.md §16",
    apply: (d, e) => {
      d.milestone();
      if (d.current.state === "DIED_ABROAD") d.set("remains", "ARRIVED");
      if (d.opening) d.set("returnReason", given(e, "reason"));
      openedAbroad(d, e, "NONPROCEDURAL");
    },
  },
  HandedOver: {
    basis: "Permen P2MI 32/2025 Pasal 13 huruf e–f",
    apply: (d) => {
      d.milestone();
      if (d.current.state === "DIED_ABROAD") return d.set("remains", "HANDED_OVER");
      // The outcome of a return follows its reason (UU 18/2017 Pasal 27). A trusted history with
      // guards unchecked may reach a handover with no reason: then no outcome is fixed.
      const reason = d.current.returnReason;
      d.set("outcome", reason === null ? undefined : (RETURN_OUTCOMES[reason].outcome ?? undefined));
    },
  },
  RehabStarted: { basis: "PP 59/2021 Pasal 22", apply: milestone },
  EmpowermentEnrolled: { basis: "PP 59/2021 Pasal 23", apply: milestone },
  CaseClosed: { basis: "UU 18/2017 Pasal 24, Pasal 27", apply: milestone },
  DeathReported: {
    basis: "Perpres 96/2018 Pasal 46; PP 59/2021 Pasal 21",
    apply: (d, e) => {
      d.milestone();
      d.set("returnReason", "DEATH");
      d.set("remains", "REPORTED" satisfies RemainsStatus);
      openedAbroad(d, e, "NONPROCEDURAL");
    },
  },
  RemainsRepatriationStarted: {
    basis: "PP 59/2021 Pasal 21 ayat (3)–(4)",
    apply: (d) => {
      d.milestone();
      d.set("remains", "IN_TRANSIT");
    },
  },
  BuriedAbroad: {
    basis: "LIFECYCLE.md §1 (DIED_ABROAD)",
    apply: (d) => {
      d.milestone();
      d.set("remains", "BURIED_ABROAD");
    },
  },
});
