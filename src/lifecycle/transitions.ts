import { deepFreeze } from "../_lib/deep-freeze.js";
import type { EventType } from "./events.js";
import type { GuardName } from "./guards.js";
import { STATES, type State } from "./states.js";

/**
 * The pseudo-state before a case exists: a transition from `START` opens a case. Only
 * `InformationGiven` and `Registered` open a procedural case; `ComplaintFiled`, `ReturnInitiated`,
 * `ArrivedAtDebarkation`, `DeathReported` and `DeparturePrevented` open a non-procedural one.
 *
 * @example
 * ```ts
 * START; //=> "START"
 * ```
 * @internal
 */
export const START = "START";

/**
 * The shape of a {@link TRANSITIONS} row.
 *
 * @example
 * ```ts
 * const departure: TransitionDefinition | undefined = TRANSITIONS.find((t) => t.event === "Departed");
 * departure?.to; //=> "DEPARTED"
 * ```
 * @internal
 */
export interface TransitionDefinition {
  readonly event: EventType;
  /** The states (or {@link START}) the event may happen in. */
  readonly from: readonly (State | typeof START)[];
  /**
   * The state the case enters. `SAME` keeps the state (bookkeeping and sub-processes such as
   * documents, complaints and the repatriation of remains); `OUTCOME` enters the terminal outcome
   * fixed at handover.
   */
  readonly to: State | "SAME" | "OUTCOME";
  /** Guards that must all hold, by name in {@link GUARDS}. */
  readonly guards: readonly GuardName[];
  readonly basis: string;
}

const PRE_ACTIVE = [
  "REGISTERED",
  "IN_SELECTION",
  "SELECTED",
  "MEDICAL_CLEARED",
  "PLACEMENT_AGREEMENT_SIGNED",
  "COMPETENCY_CERTIFIED",
  "SOCIAL_SECURITY_ACTIVE",
  "DOCUMENTS_COMPLETE",
  "OPP_COMPLETED",
  "READY_TO_DEPART",
] as const satisfies readonly State[];
const PRE_OPEN = ["PROSPECT", ...PRE_ACTIVE] as const satisfies readonly State[];
const ABROAD = [
  "DEPARTED",
  "ARRIVED_REPORTED",
  "WORKING",
  "EXTENSION_PENDING",
  "IN_DISTRESS",
] as const satisfies readonly State[];
const ALL = Object.keys(STATES) as State[];

const DEPARTURE_GUARDS = [
  "selectionPassed",
  "medicalFit",
  "placementAgreementSigned",
  "socialSecurityRegistered",
  "preWorkCoverActive",
  "oppCompleted",
  "placementDetailsKnown",
  "dossierComplete",
] as const satisfies readonly GuardName[];

const OPENER = ["destinationKnown"] as const satisfies readonly GuardName[];
const complaintStep = ["complaintExists", "complaintStatusAllows"] as const satisfies readonly GuardName[];

/**
 * The transition table: ONE list of rows `{ event, from, to, guards, basis }` that the engine, the
 * Mermaid diagram and the guide all read. Pre-placement steps are milestones with a few hard
 * ordering constraints (LIFECYCLE.md §2), not a strict chain: each may happen in any
 * pre-placement state once the CPMI is registered, the case's state being the most advanced
 * pre-placement state reached (so a step done early never moves the case back). The constraints:
 * registration before selection (structural: selection needs a registered state); job order and
 * SIP2MI before selection; selection before the placement agreement; social security, OPP and the
 * full dossier before departure; the employment contract before employment starts.
 *
 * @example
 * ```ts
 * const departed = TRANSITIONS.find((t) => t.event === "Departed");
 * departed?.guards.includes("dossierComplete"); //=> true
 * ```
 */
export const TRANSITIONS = /* @__PURE__ */ deepFreeze([
  // Opening a procedural case.
  {
    event: "InformationGiven",
    from: [START],
    to: "PROSPECT",
    guards: [],
    basis: "PP 59/2021 Pasal 4 ayat (4), Pasal 7",
  },
  {
    event: "Registered",
    from: [START, "PROSPECT"],
    to: "REGISTERED",
    guards: ["routeProcedural", "ageAtRegistration"],
    basis: "UU 18/2017 Pasal 1 angka 1, Pasal 5 huruf a",
  },
  // Pre-placement milestones.
  {
    event: "JobOrderAssigned",
    from: PRE_ACTIVE,
    to: "REGISTERED",
    guards: ["selectionNotStarted"],
    basis: "UU 18/2017 Pasal 9–10, Pasal 59",
  },
  {
    event: "SelectionStarted",
    from: PRE_ACTIVE,
    to: "IN_SELECTION",
    guards: [
      "selectionNotStarted",
      "jobOrderAssigned",
      "jobOrderMatches",
      "jobOrderVerified",
      "sip2miIssued",
      "licencesValid",
      "destinationAllowed",
    ],
    basis: "UU 18/2017 Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–c",
  },
  {
    event: "SelectionPassed",
    from: PRE_ACTIVE,
    to: "SELECTED",
    guards: ["selectionInProgress"],
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf d",
  },
  {
    event: "SelectionFailed",
    from: PRE_ACTIVE,
    to: "FAILED_SELECTION",
    guards: ["selectionInProgress"],
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c–d",
  },
  {
    event: "MedicalFit",
    from: PRE_ACTIVE,
    to: "MEDICAL_CLEARED",
    guards: [],
    basis: "UU 18/2017 Pasal 5 huruf c, Pasal 13 huruf d",
  },
  {
    event: "MedicalUnfit",
    from: PRE_ACTIVE,
    to: "DECLARED_UNFIT",
    guards: [],
    basis: "UU 18/2017 Pasal 5 huruf c",
  },
  {
    event: "PlacementAgreementSigned",
    from: PRE_ACTIVE,
    to: "PLACEMENT_AGREEMENT_SIGNED",
    guards: ["selectionPassed"],
    basis: "UU 18/2017 Pasal 13 huruf g; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c–d",
  },
  {
    event: "CompetencyCertified",
    from: PRE_ACTIVE,
    to: "COMPETENCY_CERTIFIED",
    guards: [],
    basis: "UU 18/2017 Pasal 5 huruf b, Pasal 13 huruf c",
  },
  {
    event: "SocialSecurityRegistered",
    from: PRE_ACTIVE,
    to: "SOCIAL_SECURITY_ACTIVE",
    guards: ["mandatoryPrograms"],
    basis: "UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023",
  },
  {
    event: "DocumentsCompleted",
    from: PRE_ACTIVE,
    to: "DOCUMENTS_COMPLETE",
    guards: ["placementDetailsKnown", "pasal13Complete"],
    basis: "UU 18/2017 Pasal 13",
  },
  {
    event: "OppCompleted",
    from: PRE_ACTIVE,
    to: "OPP_COMPLETED",
    guards: [],
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e",
  },
  {
    event: "EKpmiIssued",
    from: PRE_ACTIVE,
    to: "OPP_COMPLETED",
    guards: ["oppCompleted"],
    basis: "Permen P2MI 34/2025",
  },
  // Departure and the ways a pre-placement case ends.
  {
    event: "Departed",
    from: PRE_ACTIVE,
    to: "DEPARTED",
    guards: DEPARTURE_GUARDS,
    basis: "UU 18/2017 Pasal 5, Pasal 13; Permenaker 4/2023; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e",
  },
  {
    event: "Withdrawn",
    from: PRE_OPEN,
    to: "WITHDRAWN",
    guards: [],
    basis: "(tanpa pasal khusus / no specific article)",
  },
  {
    event: "DepartureFailed",
    from: PRE_ACTIVE,
    to: "CANCELLED_FAILED_TO_DEPART",
    guards: [],
    basis: "Permenaker 4/2023 (manfaat gagal berangkat)",
  },
  {
    event: "DeparturePrevented",
    from: [START, ...PRE_OPEN],
    to: "BLOCKED_NONPROCEDURAL",
    guards: [],
    basis: "REGULATIONS.md §15",
  },
  // During work.
  {
    event: "ArrivalReported",
    from: ["DEPARTED"],
    to: "ARRIVED_REPORTED",
    guards: [],
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf a; Permenaker 9/2019 Pasal 24 ayat (2)",
  },
  {
    event: "EmploymentStarted",
    from: ["DEPARTED", "ARRIVED_REPORTED"],
    to: "WORKING",
    guards: ["employmentContract"],
    basis: "UU 18/2017 Pasal 14, Pasal 15 ayat (1)",
  },
  {
    event: "ExtensionRequested",
    from: ["WORKING"],
    to: "EXTENSION_PENDING",
    guards: [],
    basis: "UU 18/2017 Pasal 16, Pasal 25",
  },
  {
    event: "ExtensionApproved",
    from: ["EXTENSION_PENDING"],
    to: "WORKING",
    guards: [
      "extensionEmployerKnown",
      "extensionSameEmployer",
      "extensionBeforeMission",
      "extensionReportVerified",
      "extensionConsent",
      "extensionSocialSecurity",
      "extensionEndsLater",
    ],
    basis: "UU 18/2017 Pasal 16–18, Pasal 25–26; Perban BP2MI 1/2020",
  },
  {
    event: "ExtensionRejected",
    from: ["EXTENSION_PENDING"],
    to: "RETURN_IN_PROGRESS",
    guards: [],
    basis: "UU 18/2017 Pasal 26–27",
  },
  {
    event: "LeaveStarted",
    from: ["WORKING"],
    to: "ON_LEAVE_IN_INDONESIA",
    guards: [],
    basis: "UU 18/2017 Pasal 27 (cuti); REGULATIONS.md §13",
  },
  {
    event: "ReentryDeparted",
    from: ["ON_LEAVE_IN_INDONESIA"],
    to: "WORKING",
    guards: ["reentryVisa", "reentryDocumentsValid", "employmentContract", "contractRunning"],
    basis: "Surat BP2MI 16 Agustus 2023 (REGULATIONS.md §13)",
  },
  {
    event: "NewContractAbroad",
    from: ["WORKING", "ON_LEAVE_IN_INDONESIA"],
    to: "TRANSFERRED_TO_NEW_CASE",
    guards: [],
    basis: "REGULATIONS.md §13",
  },
  // Return.
  {
    event: "ReturnInitiated",
    from: ABROAD,
    to: "RETURN_IN_PROGRESS",
    guards: ["returnReasonIsReturn", "returnVerified", "fitToReturn"],
    basis: "UU 18/2017 Pasal 25–27; Permen P2MI 32/2025 Pasal 13",
  },
  {
    event: "ReturnInitiated",
    from: [START],
    to: "RETURN_IN_PROGRESS",
    guards: [...OPENER, "returnReasonIsReturn", "fitToReturn"],
    basis: "UU 18/2017 Pasal 27; REGULATIONS.md §15–16",
  },
  {
    event: "ArrivedAtDebarkation",
    from: ["RETURN_IN_PROGRESS"],
    to: "ARRIVED_DEBARKATION",
    guards: [],
    basis: "Permen P2MI 32/2025",
  },
  {
    event: "ArrivedAtDebarkation",
    from: [START],
    to: "ARRIVED_DEBARKATION",
    guards: [...OPENER, "returnReasonGiven", "returnReasonIsReturn"],
    basis: "Permen P2MI 32/2025; REGULATIONS.md §16 (deportan dicatat di debarkasi)",
  },
  {
    event: "HandedOver",
    from: ["ARRIVED_DEBARKATION"],
    to: "RETURNED_HOME",
    guards: ["handoverWitnessed"],
    basis: "Permen P2MI 32/2025 Pasal 13 huruf e–f",
  },
  {
    event: "RehabStarted",
    from: ["RETURNED_HOME"],
    to: "IN_REHABILITATION",
    guards: [],
    basis: "UU 18/2017 Pasal 24 ayat (1) huruf d; PP 59/2021 Pasal 22",
  },
  {
    event: "EmpowermentEnrolled",
    from: ["RETURNED_HOME", "IN_REHABILITATION"],
    to: "PURNA_EMPOWERMENT",
    guards: [],
    basis: "UU 18/2017 Pasal 24 ayat (1) huruf e; PP 59/2021 Pasal 23",
  },
  {
    event: "CaseClosed",
    from: ["RETURNED_HOME", "IN_REHABILITATION", "PURNA_EMPOWERMENT"],
    to: "OUTCOME",
    guards: [],
    basis: "UU 18/2017 Pasal 24, Pasal 27",
  },
  // Death abroad and the repatriation of remains (a sub-process of the terminal DIED_ABROAD).
  {
    event: "DeathReported",
    from: [...ABROAD, "RETURN_IN_PROGRESS"],
    to: "DIED_ABROAD",
    guards: [],
    basis: "UU 18/2017 Pasal 27; Perpres 96/2018 Pasal 46",
  },
  {
    event: "DeathReported",
    from: [START],
    to: "DIED_ABROAD",
    guards: OPENER,
    basis: "Perpres 96/2018 Pasal 46; REGULATIONS.md §15",
  },
  {
    event: "RemainsRepatriationStarted",
    from: ["DIED_ABROAD"],
    to: "SAME",
    guards: ["remainsReported"],
    basis: "PP 59/2021 Pasal 21 ayat (3)–(4)",
  },
  {
    event: "BuriedAbroad",
    from: ["DIED_ABROAD"],
    to: "SAME",
    guards: ["remainsReported"],
    basis: "LIFECYCLE.md §1 (DIED_ABROAD)",
  },
  {
    event: "ArrivedAtDebarkation",
    from: ["DIED_ABROAD"],
    to: "SAME",
    guards: ["remainsInTransit"],
    basis: "Permen P2MI 32/2025",
  },
  {
    event: "HandedOver",
    from: ["DIED_ABROAD"],
    to: "SAME",
    guards: ["remainsArrived", "handoverWitnessed"],
    basis: "Permen P2MI 32/2025 Pasal 13 huruf e",
  },
  // Documents and complaints: in every state, without changing it.
  { event: "DocumentSubmitted", from: ALL, to: "SAME", guards: [], basis: "UU 18/2017 Pasal 8, Pasal 13" },
  {
    event: "DocumentWithdrawn",
    from: ALL,
    to: "SAME",
    guards: ["documentInCase"],
    basis: "UU 18/2017 Pasal 8, Pasal 13",
  },
  {
    event: "ComplaintFiled",
    from: ALL,
    to: "SAME",
    guards: ["complaintIdNew"],
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf d; REGULATIONS.md §17",
  },
  {
    event: "ComplaintFiled",
    from: [START],
    to: "IN_DISTRESS",
    guards: [...OPENER, "complaintFromAbroad"],
    basis: "UU 18/2017 Pasal 21; REGULATIONS.md §15, §17",
  },
  { event: "ComplaintVerified", from: ALL, to: "SAME", guards: complaintStep, basis: "REGULATIONS.md §17" },
  {
    event: "ComplaintHandlingStarted",
    from: ALL,
    to: "SAME",
    guards: complaintStep,
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf d, f",
  },
  { event: "ComplaintResolved", from: ALL, to: "SAME", guards: complaintStep, basis: "REGULATIONS.md §17" },
  { event: "ComplaintReferred", from: ALL, to: "SAME", guards: complaintStep, basis: "REGULATIONS.md §17" },
  {
    event: "ComplaintClosedUnresolved",
    from: ALL,
    to: "SAME",
    guards: complaintStep,
    basis: "REGULATIONS.md §17",
  },
] as const satisfies readonly TransitionDefinition[]);
