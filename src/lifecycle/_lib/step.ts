import { createIssue, dateOfInstant, type Issue } from "../../core/index.js";
import { type Policy, policyOn } from "../../policies/index.js";
import { EMPLOYER_TYPES, type ReturnReason } from "../../reference/index.js";
import type { Case, CaseFlags, CaseWorker, Complaint } from "../case.js";
import {
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  type ComplaintStatus,
  type ComplaintTransition,
} from "../complaints.js";
import { EVENT_TYPES } from "../events.js";
import type { GuardContext, GuardDefinition } from "../guard-types.js";
import { GUARDS, type GuardName } from "../guards.js";
import { RETURN_OUTCOMES } from "../return-outcomes.js";
import type { EventOf, LifecycleEvent } from "../schemas.js";
import { STATES, type State, type TerminalState } from "../states.js";
import { START, type TransitionDefinition } from "../transitions.js";
import { isInstantBefore } from "./instant-order.js";
import type { ResolvedOptions } from "./options.js";
import { preRank, transitionFor } from "./table-index.js";

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
 * @internal
 */
export function step(current: Case | undefined, event: LifecycleEvent, options: ResolvedOptions): StepResult {
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
  return { ok: true, value: reduce(base, event, row, current === undefined) };
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

type Draft = { -readonly [K in keyof Case]: Case[K] };

/** Computes the next case: a shallow copy with the event's effects. */
function reduce(current: Case, event: LifecycleEvent, row: TransitionDefinition, opening: boolean): Case {
  const next: Draft = { ...current, lastSeq: event.seq, lastAt: event.at };
  let state = nextState(current, row, opening);
  if (
    EVENT_TYPES[event.type].milestone &&
    current.milestones[event.type as keyof Case["milestones"]] === undefined
  ) {
    next.milestones = { ...current.milestones, [event.type]: event.at };
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
      next.documents = { ...current.documents, [event.kind]: event.document };
      break;
    case "DocumentWithdrawn": {
      const documents = { ...current.documents };
      delete documents[event.kind];
      next.documents = documents;
      break;
    }
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
  if (preRank(state) >= 0 && state !== "PROSPECT" && isReady(next)) state = "READY_TO_DEPART";
  next.state = state;
  next.phase = STATES[state].phase;
  if (STATES[state].terminal && next.outcome === undefined) next.outcome = state as TerminalState;
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
