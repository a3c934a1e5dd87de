import { dateOfInstant } from "../../_lib/dates/instant.js";
import { createIssue, type Instant, type Issue } from "../../core/index.js";
import type { DocumentKind } from "../../documents/index.js";
import { type Policy, policyOn } from "../../policies/index.js";
import { EMPLOYER_TYPES, type ReturnReason } from "../../reference/index.js";
import type { Case, CaseFlags, CaseWorker, Complaint } from "../case.js";
import {
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  type ComplaintStatus,
  type ComplaintTransition,
} from "../complaints.js";
import type { EVENT_TYPES, MilestoneCode } from "../events.js";
import type { GuardContext, GuardDefinition } from "../guard-types.js";
import { GUARDS, type GuardName } from "../guards.js";
import { RETURN_OUTCOMES } from "../return-outcomes.js";
import type { EventOf, LifecycleEvent } from "../schemas.js";
import type { State, TerminalState } from "../states.js";
import { START, type TransitionDefinition } from "../transitions.js";
import { isInstantBefore } from "./instant-order.js";
import type { ResolvedOptions } from "./options.js";
import { isMilestoneEvent, preRank, stateFacts, transitionFor } from "./table-index.js";

/** The outcome of one step: the next case (history not yet appended) or every issue. @internal */
export type StepResult =
  | { readonly ok: true; readonly value: Case }
  | { readonly ok: false; readonly issues: Issue[] };

const NO_FLAGS: CaseFlags = { openComplaint: false, lostContact: false, contractExtended: false };
const NO_HISTORY: readonly LifecycleEvent[] = [];

/** The case an opening event starts from (replaced field by field by the event's effects). */
function blankCase(event: LifecycleEvent): Case {
  return {
    state: "PROSPECT",
    phase: "PRE_PLACEMENT",
    milestones: {},
    worker: {},
    documents: {},
    complaints: [],
    flags: NO_FLAGS,
    history: NO_HISTORY,
    lastSeq: 0,
    lastAt: event.at,
  };
}

const guardList = GUARDS as Readonly<Record<string, GuardDefinition>>;

/**
 * Runs the guards of a row and returns every failure (empty when all hold).
 * @internal
 */
export function failedGuards(
  row: TransitionDefinition,
  current: Case,
  event: LifecycleEvent,
  context: GuardContext,
  skipPayloadGuards: boolean,
  pending?: string[],
): Issue[] {
  let issues: Issue[] | undefined;
  for (const name of row.guards) {
    const guard = guardList[name] as GuardDefinition;
    if (skipPayloadGuards && guard.readsPayload) {
      pending?.push(guard.code);
      continue;
    }
    const verdict = guard.check(current, event, context);
    if (verdict === true) continue;
    issues ??= [];
    if (verdict === false) {
      const extra: { basis: string; params?: Readonly<Record<string, string | number | boolean>> } = {
        basis: guard.basis,
      };
      if (guard.params !== undefined) extra.params = guard.params(current, event, context);
      issues.push(createIssue(guard.code, [], extra));
    } else {
      for (const issue of verdict) issues.push(issue);
    }
  }
  return issues ?? [];
}

/**
 * The policy that judges an event on `date`.
 * @internal
 */
export function guardContext(date: string, options: ResolvedOptions): GuardContext {
  if (options.policy !== undefined) return { date, policy: options.policy };
  if (options.policies !== undefined) return { date, policy: policyOn(date, options.policies) };
  // The shipped policies never change, so the last answer is reused (events come in date order).
  if (date !== lastDate) {
    lastDate = date;
    lastPolicy = policyOn(date);
  }
  return { date, policy: lastPolicy };
}

let lastDate: string | undefined;
let lastPolicy: Policy | undefined;

/** Guards that read `context.date` or `context.policy`. */
const CONTEXT_GUARDS: ReadonlySet<string> = new Set([
  "ageAtRegistration",
  "mandatoryPrograms",
  "preWorkCoverActive",
  "dossierComplete",
  "pasal13Complete",
]);
const NO_CONTEXT: GuardContext = { date: "", policy: undefined };
const contextRows = new WeakMap<TransitionDefinition, boolean>();

/** Whether a row has a guard that reads the date or the policy. */
function readsContext(row: TransitionDefinition): boolean {
  let reads = contextRows.get(row);
  if (reads === undefined) {
    reads = row.guards.some((name) => CONTEXT_GUARDS.has(name));
    contextRows.set(row, reads);
  }
  return reads;
}

/**
 * Applies one validated event to a case (or opens a case when `current` is undefined): looks the
 * transition up in the table, checks its guards, and computes the next case by shallow copy.
 * `inPlace`: `current` is replay's private draft, changed in place. `settled`: `current` is a draft
 * {@link settleCase} just settled, known to carry only Case's keys (no ownership lookup needed).
 * @internal
 */
export function step(
  current: Case | undefined,
  event: LifecycleEvent,
  options: ResolvedOptions,
  inPlace = false,
  settled = false,
): StepResult {
  const from: State | typeof START = current === undefined ? START : current.state;
  const row = transitionFor(from, event.type);
  if (row === undefined) {
    return {
      ok: false,
      issues: [
        current === undefined
          ? createIssue("EVENT_CANNOT_OPEN_CASE", ["type"], { params: { event: event.type } })
          : createIssue("TRANSITION_NOT_ALLOWED", ["type"], { params: { event: event.type, state: from } }),
      ],
    };
  }
  const base = current ?? blankCase(event);
  let issues: Issue[] | undefined;
  if (current !== undefined && isInstantBefore(event.at, current.lastAt)) {
    issues = [createIssue("EVENT_AT_BEFORE_PREVIOUS", ["at"])];
  }
  if (options.checkGuards && row.guards.length > 0) {
    // Only guards that read the date or the policy need them looked up.
    const context = readsContext(row) ? guardContext(dateOfInstant(event.at), options) : NO_CONTEXT;
    const failures = failedGuards(row, base, event, context, false);
    if (failures.length > 0) issues = issues === undefined ? failures : [...issues, ...failures];
  }
  if (issues !== undefined) return { ok: false, issues };
  return { ok: true, value: reduce(base, event, row, current === undefined, inPlace, settled) };
}

/** The state a row leads to from `current`. */
function nextState(current: Case, row: TransitionDefinition, opening: boolean): State {
  const to = row.to;
  if (to === "SAME") return current.state;
  if (to === "OUTCOME") return current.outcome ?? current.state;
  const rank = preRank(to);
  // Pre-placement milestones never move the case back to a less advanced state.
  if (rank >= 0 && !opening && preRank(current.state) > rank) return current.state;
  return to;
}

/** The departure guards that read neither the payload nor the date: milestones only. */
const READINESS = [
  "selectionPassed",
  "medicalFit",
  "placementAgreementSigned",
  "socialSecurityRegistered",
  "oppCompleted",
] as const satisfies readonly GuardName[];
const READINESS_PROBE = { type: "Departed", seq: 1, at: "1970-01-01T00:00:00Z" } as LifecycleEvent;

/** Whether every milestone a departure needs on this route is reached (READY_TO_DEPART). */
function isReady(next: Case): boolean {
  if (next.milestones.DocumentsCompleted === undefined) return false;
  for (const name of READINESS) {
    if (GUARDS[name].check(next, READINESS_PROBE, NO_CONTEXT) !== true) return false;
  }
  return true;
}

function flagsOf(complaints: readonly Complaint[], contractExtended: boolean): CaseFlags {
  let openComplaint = false;
  let lostContact = false;
  for (const complaint of complaints) {
    if (!COMPLAINT_STATUSES[complaint.status].final) openComplaint = true;
    if (complaint.category === "LOST_CONTACT" && complaint.status !== "RESOLVED") lostContact = true;
  }
  return { openComplaint, lostContact, contractExtended };
}

function complaintTarget(type: LifecycleEvent["type"]): ComplaintStatus {
  return (COMPLAINT_TRANSITIONS.find((transition) => transition.event === type) as ComplaintTransition).to;
}

type Milestones = { -readonly [K in keyof Case["milestones"]]: Case["milestones"][K] };

/**
 * `milestones` with `type` recorded at `at`: a copy built key by key in the one order of
 * {@link EVENT_TYPES}, so every milestones object gets its shape from one shared transition tree
 * and copying it stays cheap (a spread, or a computed key in a literal, gave the objects ever new
 * shapes and cost a third of a step).
 * @internal
 */
export function withMilestone(
  current: Case["milestones"],
  type: MilestoneCode,
  at: Instant,
): Case["milestones"] {
  const next: Milestones = {};
  let v: Instant | undefined;
  v = type === "InformationGiven" ? at : current.InformationGiven;
  if (v !== undefined) next.InformationGiven = v;
  v = type === "Registered" ? at : current.Registered;
  if (v !== undefined) next.Registered = v;
  v = type === "JobOrderAssigned" ? at : current.JobOrderAssigned;
  if (v !== undefined) next.JobOrderAssigned = v;
  v = type === "SelectionStarted" ? at : current.SelectionStarted;
  if (v !== undefined) next.SelectionStarted = v;
  v = type === "SelectionPassed" ? at : current.SelectionPassed;
  if (v !== undefined) next.SelectionPassed = v;
  v = type === "SelectionFailed" ? at : current.SelectionFailed;
  if (v !== undefined) next.SelectionFailed = v;
  v = type === "MedicalFit" ? at : current.MedicalFit;
  if (v !== undefined) next.MedicalFit = v;
  v = type === "MedicalUnfit" ? at : current.MedicalUnfit;
  if (v !== undefined) next.MedicalUnfit = v;
  v = type === "PlacementAgreementSigned" ? at : current.PlacementAgreementSigned;
  if (v !== undefined) next.PlacementAgreementSigned = v;
  v = type === "CompetencyCertified" ? at : current.CompetencyCertified;
  if (v !== undefined) next.CompetencyCertified = v;
  v = type === "SocialSecurityRegistered" ? at : current.SocialSecurityRegistered;
  if (v !== undefined) next.SocialSecurityRegistered = v;
  v = type === "DocumentsCompleted" ? at : current.DocumentsCompleted;
  if (v !== undefined) next.DocumentsCompleted = v;
  v = type === "OppCompleted" ? at : current.OppCompleted;
  if (v !== undefined) next.OppCompleted = v;
  v = type === "EKpmiIssued" ? at : current.EKpmiIssued;
  if (v !== undefined) next.EKpmiIssued = v;
  v = type === "Departed" ? at : current.Departed;
  if (v !== undefined) next.Departed = v;
  v = type === "Withdrawn" ? at : current.Withdrawn;
  if (v !== undefined) next.Withdrawn = v;
  v = type === "DepartureFailed" ? at : current.DepartureFailed;
  if (v !== undefined) next.DepartureFailed = v;
  v = type === "DeparturePrevented" ? at : current.DeparturePrevented;
  if (v !== undefined) next.DeparturePrevented = v;
  v = type === "ArrivalReported" ? at : current.ArrivalReported;
  if (v !== undefined) next.ArrivalReported = v;
  v = type === "EmploymentStarted" ? at : current.EmploymentStarted;
  if (v !== undefined) next.EmploymentStarted = v;
  v = type === "ExtensionRequested" ? at : current.ExtensionRequested;
  if (v !== undefined) next.ExtensionRequested = v;
  v = type === "ExtensionApproved" ? at : current.ExtensionApproved;
  if (v !== undefined) next.ExtensionApproved = v;
  v = type === "ExtensionRejected" ? at : current.ExtensionRejected;
  if (v !== undefined) next.ExtensionRejected = v;
  v = type === "LeaveStarted" ? at : current.LeaveStarted;
  if (v !== undefined) next.LeaveStarted = v;
  v = type === "ReentryDeparted" ? at : current.ReentryDeparted;
  if (v !== undefined) next.ReentryDeparted = v;
  v = type === "NewContractAbroad" ? at : current.NewContractAbroad;
  if (v !== undefined) next.NewContractAbroad = v;
  v = type === "ReturnInitiated" ? at : current.ReturnInitiated;
  if (v !== undefined) next.ReturnInitiated = v;
  v = type === "ArrivedAtDebarkation" ? at : current.ArrivedAtDebarkation;
  if (v !== undefined) next.ArrivedAtDebarkation = v;
  v = type === "HandedOver" ? at : current.HandedOver;
  if (v !== undefined) next.HandedOver = v;
  v = type === "RehabStarted" ? at : current.RehabStarted;
  if (v !== undefined) next.RehabStarted = v;
  v = type === "EmpowermentEnrolled" ? at : current.EmpowermentEnrolled;
  if (v !== undefined) next.EmpowermentEnrolled = v;
  v = type === "CaseClosed" ? at : current.CaseClosed;
  if (v !== undefined) next.CaseClosed = v;
  v = type === "DeathReported" ? at : current.DeathReported;
  if (v !== undefined) next.DeathReported = v;
  v = type === "RemainsRepatriationStarted" ? at : current.RemainsRepatriationStarted;
  if (v !== undefined) next.RemainsRepatriationStarted = v;
  v = type === "BuriedAbroad" ? at : current.BuriedAbroad;
  if (v !== undefined) next.BuriedAbroad = v;
  return next;
}

type Documents = { -readonly [K in DocumentKind]?: Readonly<Record<string, unknown>> };

/** `documents` with `document` as its `kind`: a copy in catalogue order (as {@link withMilestone}). @internal */
export function withDocument(
  documents: Case["documents"],
  kind: DocumentKind,
  document: Readonly<Record<string, unknown>>,
): Case["documents"] {
  const current = documents as Documents;
  const next: Documents = {};
  let v: Readonly<Record<string, unknown>> | undefined;
  v = kind === "KTP_EL" ? document : current.KTP_EL;
  if (v !== undefined) next.KTP_EL = v;
  v = kind === "KK" ? document : current.KK;
  if (v !== undefined) next.KK = v;
  v = kind === "MARITAL_STATUS" ? document : current.MARITAL_STATUS;
  if (v !== undefined) next.MARITAL_STATUS = v;
  v = kind === "FAMILY_CONSENT" ? document : current.FAMILY_CONSENT;
  if (v !== undefined) next.FAMILY_CONSENT = v;
  v = kind === "COMPETENCY_CERT" ? document : current.COMPETENCY_CERT;
  if (v !== undefined) next.COMPETENCY_CERT = v;
  v = kind === "HEALTH_CERT" ? document : current.HEALTH_CERT;
  if (v !== undefined) next.HEALTH_CERT = v;
  v = kind === "PASSPORT" ? document : current.PASSPORT;
  if (v !== undefined) next.PASSPORT = v;
  v = kind === "SKCK" ? document : current.SKCK;
  if (v !== undefined) next.SKCK = v;
  v = kind === "WORK_VISA" ? document : current.WORK_VISA;
  if (v !== undefined) next.WORK_VISA = v;
  v = kind === "REENTRY_VISA" ? document : current.REENTRY_VISA;
  if (v !== undefined) next.REENTRY_VISA = v;
  v = kind === "PLACEMENT_AGREEMENT" ? document : current.PLACEMENT_AGREEMENT;
  if (v !== undefined) next.PLACEMENT_AGREEMENT = v;
  v = kind === "EMPLOYMENT_CONTRACT" ? document : current.EMPLOYMENT_CONTRACT;
  if (v !== undefined) next.EMPLOYMENT_CONTRACT = v;
  v = kind === "SOCSEC_CARD" ? document : current.SOCSEC_CARD;
  if (v !== undefined) next.SOCSEC_CARD = v;
  v = kind === "JKN_PROOF" ? document : current.JKN_PROOF;
  if (v !== undefined) next.JKN_PROOF = v;
  v = kind === "OPP_CERT" ? document : current.OPP_CERT;
  if (v !== undefined) next.OPP_CERT = v;
  v = kind === "E_KPMI" ? document : current.E_KPMI;
  if (v !== undefined) next.E_KPMI = v;
  v = kind === "SIP3MI" ? document : current.SIP3MI;
  if (v !== undefined) next.SIP3MI = v;
  v = kind === "SIP2MI" ? document : current.SIP2MI;
  if (v !== undefined) next.SIP2MI = v;
  v = kind === "COOP_AGREEMENT" ? document : current.COOP_AGREEMENT;
  if (v !== undefined) next.COOP_AGREEMENT = v;
  v = kind === "JOB_ORDER" ? document : current.JOB_ORDER;
  if (v !== undefined) next.JOB_ORDER = v;
  v = kind === "CALL_LETTER" ? document : current.CALL_LETTER;
  if (v !== undefined) next.CALL_LETTER = v;
  v = kind === "RISK_STATEMENT" ? document : current.RISK_STATEMENT;
  if (v !== undefined) next.RISK_STATEMENT = v;
  v = kind === "LEAVE_LETTER" ? document : current.LEAVE_LETTER;
  if (v !== undefined) next.LEAVE_LETTER = v;
  v = kind === "FIT_TO_RETURN" ? document : current.FIT_TO_RETURN;
  if (v !== undefined) next.FIT_TO_RETURN = v;
  v = kind === "HANDOVER_RECORD" ? document : current.HANDOVER_RECORD;
  if (v !== undefined) next.HANDOVER_RECORD = v;
  v = kind === "DEATH_DOCS" ? document : current.DEATH_DOCS;
  if (v !== undefined) next.DEATH_DOCS = v;
  return next as Case["documents"];
}

/** The spread copy of an outside case's documents without `kind` (all its other keys kept). */
function spreadWithout(current: Case, kind: string): Case["documents"] {
  const documents = { ...current.documents };
  delete documents[kind];
  return documents;
}

/** `documents` without `kind`: rebuilt without it (a `delete` would turn the copy into a slow dictionary). */
function withoutDocument(current: Case["documents"], kind: string): Case["documents"] {
  const next: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const key of Object.keys(current)) {
    if (key !== kind) next[key] = current[key] as Readonly<Record<string, unknown>>;
  }
  return next;
}

/** Records a milestone in replay's private draft (a store by name, no copy). @internal */
export function setMilestone(milestones: Milestones, type: MilestoneCode, at: Instant): void {
  switch (type) {
    case "InformationGiven":
      milestones.InformationGiven = at;
      break;
    case "Registered":
      milestones.Registered = at;
      break;
    case "JobOrderAssigned":
      milestones.JobOrderAssigned = at;
      break;
    case "SelectionStarted":
      milestones.SelectionStarted = at;
      break;
    case "SelectionPassed":
      milestones.SelectionPassed = at;
      break;
    case "SelectionFailed":
      milestones.SelectionFailed = at;
      break;
    case "MedicalFit":
      milestones.MedicalFit = at;
      break;
    case "MedicalUnfit":
      milestones.MedicalUnfit = at;
      break;
    case "PlacementAgreementSigned":
      milestones.PlacementAgreementSigned = at;
      break;
    case "CompetencyCertified":
      milestones.CompetencyCertified = at;
      break;
    case "SocialSecurityRegistered":
      milestones.SocialSecurityRegistered = at;
      break;
    case "DocumentsCompleted":
      milestones.DocumentsCompleted = at;
      break;
    case "OppCompleted":
      milestones.OppCompleted = at;
      break;
    case "EKpmiIssued":
      milestones.EKpmiIssued = at;
      break;
    case "Departed":
      milestones.Departed = at;
      break;
    case "Withdrawn":
      milestones.Withdrawn = at;
      break;
    case "DepartureFailed":
      milestones.DepartureFailed = at;
      break;
    case "DeparturePrevented":
      milestones.DeparturePrevented = at;
      break;
    case "ArrivalReported":
      milestones.ArrivalReported = at;
      break;
    case "EmploymentStarted":
      milestones.EmploymentStarted = at;
      break;
    case "ExtensionRequested":
      milestones.ExtensionRequested = at;
      break;
    case "ExtensionApproved":
      milestones.ExtensionApproved = at;
      break;
    case "ExtensionRejected":
      milestones.ExtensionRejected = at;
      break;
    case "LeaveStarted":
      milestones.LeaveStarted = at;
      break;
    case "ReentryDeparted":
      milestones.ReentryDeparted = at;
      break;
    case "NewContractAbroad":
      milestones.NewContractAbroad = at;
      break;
    case "ReturnInitiated":
      milestones.ReturnInitiated = at;
      break;
    case "ArrivedAtDebarkation":
      milestones.ArrivedAtDebarkation = at;
      break;
    case "HandedOver":
      milestones.HandedOver = at;
      break;
    case "RehabStarted":
      milestones.RehabStarted = at;
      break;
    case "EmpowermentEnrolled":
      milestones.EmpowermentEnrolled = at;
      break;
    case "CaseClosed":
      milestones.CaseClosed = at;
      break;
    case "DeathReported":
      milestones.DeathReported = at;
      break;
    case "RemainsRepatriationStarted":
      milestones.RemainsRepatriationStarted = at;
      break;
    case "BuriedAbroad":
      milestones.BuriedAbroad = at;
      break;
  }
}

/** Sets a document in replay's private draft (a store by name, no copy). @internal */
export function setDocument(
  documents: Documents,
  kind: DocumentKind,
  document: Readonly<Record<string, unknown>>,
): void {
  switch (kind) {
    case "KTP_EL":
      documents.KTP_EL = document;
      break;
    case "KK":
      documents.KK = document;
      break;
    case "MARITAL_STATUS":
      documents.MARITAL_STATUS = document;
      break;
    case "FAMILY_CONSENT":
      documents.FAMILY_CONSENT = document;
      break;
    case "COMPETENCY_CERT":
      documents.COMPETENCY_CERT = document;
      break;
    case "HEALTH_CERT":
      documents.HEALTH_CERT = document;
      break;
    case "PASSPORT":
      documents.PASSPORT = document;
      break;
    case "SKCK":
      documents.SKCK = document;
      break;
    case "WORK_VISA":
      documents.WORK_VISA = document;
      break;
    case "REENTRY_VISA":
      documents.REENTRY_VISA = document;
      break;
    case "PLACEMENT_AGREEMENT":
      documents.PLACEMENT_AGREEMENT = document;
      break;
    case "EMPLOYMENT_CONTRACT":
      documents.EMPLOYMENT_CONTRACT = document;
      break;
    case "SOCSEC_CARD":
      documents.SOCSEC_CARD = document;
      break;
    case "JKN_PROOF":
      documents.JKN_PROOF = document;
      break;
    case "OPP_CERT":
      documents.OPP_CERT = document;
      break;
    case "E_KPMI":
      documents.E_KPMI = document;
      break;
    case "SIP3MI":
      documents.SIP3MI = document;
      break;
    case "SIP2MI":
      documents.SIP2MI = document;
      break;
    case "COOP_AGREEMENT":
      documents.COOP_AGREEMENT = document;
      break;
    case "JOB_ORDER":
      documents.JOB_ORDER = document;
      break;
    case "CALL_LETTER":
      documents.CALL_LETTER = document;
      break;
    case "RISK_STATEMENT":
      documents.RISK_STATEMENT = document;
      break;
    case "LEAVE_LETTER":
      documents.LEAVE_LETTER = document;
      break;
    case "FIT_TO_RETURN":
      documents.FIT_TO_RETURN = document;
      break;
    case "HANDOVER_RECORD":
      documents.HANDOVER_RECORD = document;
      break;
    case "DEATH_DOCS":
      documents.DEATH_DOCS = document;
      break;
  }
}

/**
 * A case as {@link copyCase} and the step that copies would leave it: fields, milestones and
 * documents in their one order. `replay` settles its private draft with it before the last event, so
 * its case is the very one a fold of `applyEvent` returns, key order included.
 * @internal
 */
export function settleCase(draft: Case): Case {
  const next = copyCase(draft, draft.lastSeq, draft.lastAt);
  const current = draft.milestones;
  const milestones: Milestones = {};
  if (current.InformationGiven !== undefined) milestones.InformationGiven = current.InformationGiven;
  if (current.Registered !== undefined) milestones.Registered = current.Registered;
  if (current.JobOrderAssigned !== undefined) milestones.JobOrderAssigned = current.JobOrderAssigned;
  if (current.SelectionStarted !== undefined) milestones.SelectionStarted = current.SelectionStarted;
  if (current.SelectionPassed !== undefined) milestones.SelectionPassed = current.SelectionPassed;
  if (current.SelectionFailed !== undefined) milestones.SelectionFailed = current.SelectionFailed;
  if (current.MedicalFit !== undefined) milestones.MedicalFit = current.MedicalFit;
  if (current.MedicalUnfit !== undefined) milestones.MedicalUnfit = current.MedicalUnfit;
  if (current.PlacementAgreementSigned !== undefined)
    milestones.PlacementAgreementSigned = current.PlacementAgreementSigned;
  if (current.CompetencyCertified !== undefined) milestones.CompetencyCertified = current.CompetencyCertified;
  if (current.SocialSecurityRegistered !== undefined)
    milestones.SocialSecurityRegistered = current.SocialSecurityRegistered;
  if (current.DocumentsCompleted !== undefined) milestones.DocumentsCompleted = current.DocumentsCompleted;
  if (current.OppCompleted !== undefined) milestones.OppCompleted = current.OppCompleted;
  if (current.EKpmiIssued !== undefined) milestones.EKpmiIssued = current.EKpmiIssued;
  if (current.Departed !== undefined) milestones.Departed = current.Departed;
  if (current.Withdrawn !== undefined) milestones.Withdrawn = current.Withdrawn;
  if (current.DepartureFailed !== undefined) milestones.DepartureFailed = current.DepartureFailed;
  if (current.DeparturePrevented !== undefined) milestones.DeparturePrevented = current.DeparturePrevented;
  if (current.ArrivalReported !== undefined) milestones.ArrivalReported = current.ArrivalReported;
  if (current.EmploymentStarted !== undefined) milestones.EmploymentStarted = current.EmploymentStarted;
  if (current.ExtensionRequested !== undefined) milestones.ExtensionRequested = current.ExtensionRequested;
  if (current.ExtensionApproved !== undefined) milestones.ExtensionApproved = current.ExtensionApproved;
  if (current.ExtensionRejected !== undefined) milestones.ExtensionRejected = current.ExtensionRejected;
  if (current.LeaveStarted !== undefined) milestones.LeaveStarted = current.LeaveStarted;
  if (current.ReentryDeparted !== undefined) milestones.ReentryDeparted = current.ReentryDeparted;
  if (current.NewContractAbroad !== undefined) milestones.NewContractAbroad = current.NewContractAbroad;
  if (current.ReturnInitiated !== undefined) milestones.ReturnInitiated = current.ReturnInitiated;
  if (current.ArrivedAtDebarkation !== undefined)
    milestones.ArrivedAtDebarkation = current.ArrivedAtDebarkation;
  if (current.HandedOver !== undefined) milestones.HandedOver = current.HandedOver;
  if (current.RehabStarted !== undefined) milestones.RehabStarted = current.RehabStarted;
  if (current.EmpowermentEnrolled !== undefined) milestones.EmpowermentEnrolled = current.EmpowermentEnrolled;
  if (current.CaseClosed !== undefined) milestones.CaseClosed = current.CaseClosed;
  if (current.DeathReported !== undefined) milestones.DeathReported = current.DeathReported;
  if (current.RemainsRepatriationStarted !== undefined)
    milestones.RemainsRepatriationStarted = current.RemainsRepatriationStarted;
  if (current.BuriedAbroad !== undefined) milestones.BuriedAbroad = current.BuriedAbroad;
  next.milestones = milestones;
  next.documents = settledDocuments(draft.documents as Documents);
  return next;
}

function settledDocuments(current: Documents): Case["documents"] {
  const next: Documents = {};
  if (current.KTP_EL !== undefined) next.KTP_EL = current.KTP_EL;
  if (current.KK !== undefined) next.KK = current.KK;
  if (current.MARITAL_STATUS !== undefined) next.MARITAL_STATUS = current.MARITAL_STATUS;
  if (current.FAMILY_CONSENT !== undefined) next.FAMILY_CONSENT = current.FAMILY_CONSENT;
  if (current.COMPETENCY_CERT !== undefined) next.COMPETENCY_CERT = current.COMPETENCY_CERT;
  if (current.HEALTH_CERT !== undefined) next.HEALTH_CERT = current.HEALTH_CERT;
  if (current.PASSPORT !== undefined) next.PASSPORT = current.PASSPORT;
  if (current.SKCK !== undefined) next.SKCK = current.SKCK;
  if (current.WORK_VISA !== undefined) next.WORK_VISA = current.WORK_VISA;
  if (current.REENTRY_VISA !== undefined) next.REENTRY_VISA = current.REENTRY_VISA;
  if (current.PLACEMENT_AGREEMENT !== undefined) next.PLACEMENT_AGREEMENT = current.PLACEMENT_AGREEMENT;
  if (current.EMPLOYMENT_CONTRACT !== undefined) next.EMPLOYMENT_CONTRACT = current.EMPLOYMENT_CONTRACT;
  if (current.SOCSEC_CARD !== undefined) next.SOCSEC_CARD = current.SOCSEC_CARD;
  if (current.JKN_PROOF !== undefined) next.JKN_PROOF = current.JKN_PROOF;
  if (current.OPP_CERT !== undefined) next.OPP_CERT = current.OPP_CERT;
  if (current.E_KPMI !== undefined) next.E_KPMI = current.E_KPMI;
  if (current.SIP3MI !== undefined) next.SIP3MI = current.SIP3MI;
  if (current.SIP2MI !== undefined) next.SIP2MI = current.SIP2MI;
  if (current.COOP_AGREEMENT !== undefined) next.COOP_AGREEMENT = current.COOP_AGREEMENT;
  if (current.JOB_ORDER !== undefined) next.JOB_ORDER = current.JOB_ORDER;
  if (current.CALL_LETTER !== undefined) next.CALL_LETTER = current.CALL_LETTER;
  if (current.RISK_STATEMENT !== undefined) next.RISK_STATEMENT = current.RISK_STATEMENT;
  if (current.LEAVE_LETTER !== undefined) next.LEAVE_LETTER = current.LEAVE_LETTER;
  if (current.FIT_TO_RETURN !== undefined) next.FIT_TO_RETURN = current.FIT_TO_RETURN;
  if (current.HANDOVER_RECORD !== undefined) next.HANDOVER_RECORD = current.HANDOVER_RECORD;
  if (current.DEATH_DOCS !== undefined) next.DEATH_DOCS = current.DEATH_DOCS;
  return next as Case["documents"];
}

/**
 * A copy of a case this engine built, with the new `seq` and `at`: the mandatory fields in one
 * literal, then the optional ones that are present, always in the same order. Cases then share a few
 * shapes, so copying and reading them stays fast; a spread of cases of ever-different shapes cost
 * most of a step. Only for cases with no other keys (the engine's own): a case from outside is
 * spread, keeping whatever else it carries.
 */
function copyCase(c: Case, seq: number, at: Instant): Draft {
  const next: Draft = {
    state: c.state,
    phase: c.phase,
    milestones: c.milestones,
    worker: c.worker,
    documents: c.documents,
    complaints: c.complaints,
    flags: c.flags,
    history: c.history,
    lastSeq: seq,
    lastAt: at,
  };
  if (c.route !== undefined) next.route = c.route;
  if (c.outcome !== undefined) next.outcome = c.outcome;
  if (c.returnReason !== undefined) next.returnReason = c.returnReason;
  if (c.destination !== undefined) next.destination = c.destination;
  if (c.position !== undefined) next.position = c.position;
  if (c.employerType !== undefined) next.employerType = c.employerType;
  if (c.sector !== undefined) next.sector = c.sector;
  if (c.workerCategory !== undefined) next.workerCategory = c.workerCategory;
  if (c.employerId !== undefined) next.employerId = c.employerId;
  if (c.jobOrderId !== undefined) next.jobOrderId = c.jobOrderId;
  if (c.jobOrderVerified !== undefined) next.jobOrderVerified = c.jobOrderVerified;
  if (c.sip2miIssued !== undefined) next.sip2miIssued = c.sip2miIssued;
  if (c.contractEndDate !== undefined) next.contractEndDate = c.contractEndDate;
  if (c.preWorkCoverFrom !== undefined) next.preWorkCoverFrom = c.preWorkCoverFrom;
  if (c.socialSecurityPrograms !== undefined) next.socialSecurityPrograms = c.socialSecurityPrograms;
  if (c.remains !== undefined) next.remains = c.remains;
  return next;
}

// Cases this engine built (returned by applyEvent and replay): they carry only Case's own keys.
const ownCases = new WeakSet<Case>();

/**
 * Marks a case as built by this engine, so the next step copies it field by field.
 * @internal
 */
export function markOwnCase(value: Case): Case {
  ownCases.add(value);
  return value;
}

/**
 * Whether a case was built by this engine (and so needs no shape check).
 * @internal
 */
export function isOwnCase(value: unknown): boolean {
  return typeof value === "object" && value !== null && ownCases.has(value as Case);
}

type Draft = { -readonly [K in keyof Case]: Case[K] };

/** Computes the next case: a shallow copy with the event's effects. */
function reduce(
  current: Case,
  event: LifecycleEvent,
  row: TransitionDefinition,
  opening: boolean,
  inPlace: boolean,
  settled: boolean,
): Case {
  // In place: replay's private draft. Otherwise a case of ours (or a settled draft) is copied field by
  // field, and one from outside is spread, keeping all it carries. (`current` is read below only
  // before `next` changes the same field, so reading it stays right in place.)
  const own = opening || inPlace || settled || ownCases.has(current);
  let next: Draft;
  if (inPlace) {
    next = current as Draft;
    next.lastSeq = event.seq;
    next.lastAt = event.at;
  } else {
    next = own
      ? copyCase(current, event.seq, event.at)
      : { ...current, lastSeq: event.seq, lastAt: event.at };
  }
  let state = nextState(current, row, opening);
  if (
    isMilestoneEvent(event.type) &&
    current.milestones[event.type as keyof Case["milestones"]] === undefined
  ) {
    if (inPlace) setMilestone(next.milestones as Milestones, event.type as MilestoneCode, event.at);
    else {
      next.milestones = own
        ? withMilestone(current.milestones, event.type as MilestoneCode, event.at)
        : { ...current.milestones, [event.type]: event.at };
    }
  }
  switch (event.type) {
    case "Registered":
      next.route = event.route;
      if (event.workerCategory !== undefined) next.workerCategory = event.workerCategory;
      if (event.worker !== undefined) next.worker = workerOf(current.worker, event.worker);
      break;
    case "JobOrderAssigned":
      next.jobOrderId = event.jobOrderId;
      next.destination = event.destination;
      next.jobOrderVerified = event.verifiedByMission;
      next.sip2miIssued = event.sip2miIssued;
      if (event.position !== undefined) next.position = event.position;
      if (event.sector !== undefined) next.sector = event.sector;
      if (event.employerId !== undefined) next.employerId = event.employerId;
      if (event.employerType !== undefined) next.employerType = event.employerType;
      if (event.workerCategory !== undefined) next.workerCategory = event.workerCategory;
      else if (event.employerType !== undefined && next.workerCategory === undefined) {
        // UU 18/2017 Pasal 4 ayat (1): a land-based worker's category follows the employer type.
        next.workerCategory = EMPLOYER_TYPES[event.employerType].workerCategory;
      }
      break;
    case "SocialSecurityRegistered":
      next.preWorkCoverFrom = dateOfInstant(event.at);
      next.socialSecurityPrograms = event.programs;
      break;
    case "DocumentSubmitted":
      if (inPlace) setDocument(next.documents as Documents, event.kind, event.document);
      else {
        next.documents = own
          ? withDocument(current.documents, event.kind, event.document)
          : { ...current.documents, [event.kind]: event.document };
      }
      break;
    case "DocumentWithdrawn":
      next.documents = own
        ? withoutDocument(current.documents, event.kind)
        : spreadWithout(current, event.kind);
      break;
    case "EmploymentStarted":
      if (event.employerId !== undefined) next.employerId = event.employerId;
      if (event.contractEndDate !== undefined) next.contractEndDate = event.contractEndDate;
      break;
    case "ExtensionApproved":
      next.contractEndDate = event.contractEndDate;
      next.flags = { ...current.flags, contractExtended: true };
      break;
    case "ExtensionRejected":
      next.returnReason = "CONTRACT_ENDED";
      break;
    case "ReturnInitiated":
      next.returnReason = event.reason;
      openAbroad(next, event, opening);
      break;
    case "ArrivedAtDebarkation":
      if (current.state === "DIED_ABROAD" && !opening) next.remains = "ARRIVED";
      else if (opening && event.reason !== undefined) next.returnReason = event.reason;
      openAbroad(next, event, opening);
      break;
    case "HandedOver":
      if (current.state === "DIED_ABROAD") next.remains = "HANDED_OVER";
      else {
        // A return always has its reason; leave and death have none as outcome (then nothing is set,
        // which only a trusted history with guards unchecked can reach).
        const outcome = RETURN_OUTCOMES[current.returnReason as ReturnReason].outcome;
        if (outcome !== null) next.outcome = outcome;
      }
      break;
    case "DeathReported":
      next.returnReason = "DEATH";
      next.remains = "REPORTED";
      openAbroad(next, event, opening);
      break;
    case "RemainsRepatriationStarted":
      next.remains = "IN_TRANSIT";
      break;
    case "BuriedAbroad":
      next.remains = "BURIED_ABROAD";
      break;
    case "DeparturePrevented":
      openAbroad(next, event, opening);
      break;
    case "ComplaintFiled": {
      const complaint: Complaint = {
        id: event.complaintId,
        category: event.category,
        channel: event.channel,
        status: "RECEIVED",
        receivedAt: event.at,
      };
      next.complaints = [...current.complaints, complaint];
      next.flags = flagsOf(next.complaints, current.flags.contractExtended);
      openAbroad(next, event, opening);
      break;
    }
    case "ComplaintVerified":
    case "ComplaintHandlingStarted":
    case "ComplaintResolved":
    case "ComplaintReferred":
    case "ComplaintClosedUnresolved": {
      const status = complaintTarget(event.type);
      const final = COMPLAINT_STATUSES[status].final;
      next.complaints = current.complaints.map((complaint) =>
        complaint.id !== event.complaintId
          ? complaint
          : final
            ? { ...complaint, status, closedAt: event.at }
            : { ...complaint, status },
      );
      next.flags = flagsOf(next.complaints, current.flags.contractExtended);
      break;
    }
    default:
      break;
  }
  let facts = stateFacts(state);
  if (facts.rank >= 0 && state !== "PROSPECT" && isReady(next)) {
    state = "READY_TO_DEPART";
    facts = stateFacts(state);
  }
  next.state = state;
  next.phase = facts.phase;
  if (facts.terminal && next.outcome === undefined) next.outcome = state as TerminalState;
  return next;
}

/** Merges known worker facts, leaving absent ones absent (never `undefined`). */
function workerOf(
  known: CaseWorker,
  given: { readonly [K in keyof CaseWorker]?: CaseWorker[K] | undefined },
): CaseWorker {
  const worker: { -readonly [K in keyof CaseWorker]: CaseWorker[K] } = { ...known };
  if (given.sex !== undefined) worker.sex = given.sex;
  if (given.birthDate !== undefined) worker.birthDate = given.birthDate;
  if (given.provinceCode !== undefined) worker.provinceCode = given.provinceCode;
  if (given.regencyCode !== undefined) worker.regencyCode = given.regencyCode;
  return worker;
}

/** A non-procedural case opens abroad or on return: record the route, destination and worker. */
function openAbroad(
  next: Draft,
  event: EventOf<
    "ReturnInitiated" | "ArrivedAtDebarkation" | "DeathReported" | "DeparturePrevented" | "ComplaintFiled"
  >,
  opening: boolean,
): void {
  if (!opening) return;
  next.route = "NONPROCEDURAL";
  if (event.destination !== undefined) next.destination = event.destination;
  if (event.worker !== undefined) next.worker = workerOf({}, event.worker);
}
