import { dateOfInstant } from "../../_lib/dates/instant.js";
import { createIssue, type Issue, type IssueCode } from "../../core/index.js";
import { type Policy, policyOn } from "../../policies/index.js";
import type { Case } from "../case.js";
import { EFFECTS, type Effect } from "../effects.js";
import type { EventType } from "../events.js";
import type { GuardContext } from "../guard-types.js";
import type { LifecycleEvent } from "../schemas.js";
import type { State } from "../states.js";
import { START, type TransitionDefinition } from "../transitions.js";
import { blankCase, type Work } from "./draft.js";
import { isInstantBefore } from "./instant-order.js";
import type { ResolvedOptions } from "./options.js";
import { guardsOf, type RowGuard, reachedPreState, stateFacts, transitionFor } from "./table-index.js";

/** The outcome of one step: the work with the event applied, or every issue. @internal */
export type StepResult = { readonly ok: true } | { readonly ok: false; readonly issues: Issue[] };

const ACCEPTED: StepResult = Object.freeze({ ok: true });
const NO_CONTEXT: GuardContext = { date: "", policy: undefined };

/**
 * The policy that judges an event on `date`.
 * @internal
 */
export function guardContext(date: string, options: ResolvedOptions): GuardContext {
  if (options.policy !== undefined) return { date, policy: options.policy };
  if (options.policies !== undefined) {
    const policy = policyOn(date, options.policies);
    const earliest = policy === undefined ? earliestOf(options.policies) : undefined;
    return earliest === undefined ? { date, policy } : { date, policy, earliest };
  }
  // The shipped policies never change, so the last answer is reused (events come in date order).
  if (lastContext === undefined || lastContext.date !== date) lastContext = { date, policy: policyOn(date) };
  return lastContext;
}

let lastContext: GuardContext | undefined;

/** The first day any of the policies is in force on (dates compare as written, YYYY-MM-DD). */
function earliestOf(policies: readonly Policy[]): string | undefined {
  let first: string | undefined;
  for (const policy of policies)
    if (first === undefined || policy.effectiveFrom < first) first = policy.effectiveFrom;
  return first;
}

/** How a row's guards are run: all of them, or all but those that read the payload. @internal */
export interface GuardRun {
  /** Guards that read the payload (and name no target) are not judged: their codes are listed here. */
  readonly pending?: IssueCode[];
}

const NO_RUN: GuardRun = {};

/**
 * Runs the guards of a row and returns every failure (empty when all hold). The date and the policy
 * are looked up only when a guard declares it reads them.
 * @internal
 */
export function failedGuards(
  row: TransitionDefinition,
  current: Case,
  event: LifecycleEvent,
  options: ResolvedOptions,
  run: GuardRun = NO_RUN,
): Issue[] {
  let issues: Issue[] | undefined;
  let context: GuardContext | undefined;
  for (const { guard, readsContext, readsPayload, readsPolicy } of guardsOf(row)) {
    if (context === undefined && readsContext) context = guardContext(dateOfInstant(event.at), options);
    const used = context ?? NO_CONTEXT;
    if (run.pending !== undefined && guard.target === undefined && readsPayload) {
      run.pending.push(guard.code);
      // A guard that needs a policy refuses on a date none is in force on (see policyNotInForce).
      if (readsPolicy && used.policy === undefined && !run.pending.includes("POLICY_NOT_IN_FORCE")) {
        run.pending.push("POLICY_NOT_IN_FORCE");
      }
      continue;
    }
    const verdict = guard.check(current, event, used);
    if (verdict === true) continue;
    issues ??= [];
    if (verdict === false) {
      const params = guard.params?.(current, event, used);
      issues.push(
        createIssue(
          guard.code,
          [],
          params === undefined ? { basis: guard.basis } : { basis: guard.basis, params },
        ),
      );
    } else {
      for (const issue of verdict) {
        // Each guard that needs the missing policy says so: the refusal says it once.
        if (issue.code === "POLICY_NOT_IN_FORCE" && issues.some((i) => i.code === issue.code)) continue;
        issues.push(issue);
      }
    }
  }
  return issues ?? [];
}

/** The issue of an event the table does not allow from `from`. */
function notAllowed(from: State | typeof START, type: EventType): Issue {
  return from === START
    ? createIssue("EVENT_CANNOT_OPEN_CASE", ["type"], { params: { event: type } })
    : createIssue("TRANSITION_NOT_ALLOWED", ["type"], { params: { event: type, state: from } });
}

/**
 * The refusals of an event before any effect: the table, the order of instants, the guards.
 * @internal
 */
export function refusals(
  current: Case | undefined,
  event: LifecycleEvent,
  options: ResolvedOptions,
  run?: GuardRun,
): { row: TransitionDefinition | undefined; issues: Issue[] } {
  const from = current === undefined ? START : current.state;
  const row = transitionFor(from, event.type);
  if (row === undefined) return { row, issues: [notAllowed(from, event.type)] };
  const issues: Issue[] = [];
  if (current !== undefined && isInstantBefore(event.at, current.lastAt)) {
    issues.push(createIssue("EVENT_AT_BEFORE_PREVIOUS", ["at"]));
  }
  if (options.checkGuards && row.guards.length > 0) {
    // The guards judge the case as it was before the event (an opening event: an empty case).
    const base = current ?? blankCase(event);
    for (const issue of failedGuards(row, base, event, options, run)) issues.push(issue);
  }
  return { row, issues };
}

/**
 * Applies one validated event to the work (a private draft of the case): looks the transition up,
 * runs its guards, applies the event's effect ({@link EFFECTS}) and derives the state. On a refusal
 * the work is left as it was.
 * @internal
 */
export function step(work: Work, event: LifecycleEvent, options: ResolvedOptions): StepResult {
  const before = work.opened ? work.draft.current : undefined;
  const { row, issues } = refusals(before, event, options);
  if (issues.length > 0 || row === undefined) return { ok: false, issues };
  applyRow(work, row, event, options);
  return ACCEPTED;
}

/**
 * Applies a row's effect to the work and derives the next state: the one next-state function that
 * `applyEvent`, `replay`, `availableEvents` and the diagram share.
 * @internal
 */
export function applyRow(
  work: Work,
  row: TransitionDefinition,
  event: LifecycleEvent,
  options: ResolvedOptions,
): void {
  const before = work.opened ? work.draft.current.state : undefined;
  work.begin(event);
  (EFFECTS[event.type] as Effect<EventType>).apply(work.draft, event as never);
  work.settle(nextState(before, row, work.draft.current, event, options));
}

/** The state a row leads to, as LIFECYCLE.md §1 defines it (see {@link deriveState}). */
function nextState(
  before: State | undefined,
  row: TransitionDefinition,
  after: Case,
  event: LifecycleEvent,
  options: ResolvedOptions,
): State {
  const to = row.to;
  const target: State =
    to === "SAME" ? (before as State) : to === "OUTCOME" ? (after.outcome ?? (before as State)) : to;
  return deriveState(target, after, event, options);
}

/**
 * The state of a case whose row leads to `target`. Before departure (from registration on), the
 * state is the most advanced pre-placement state its milestones reached (a step done early never
 * moves the case back), and `READY_TO_DEPART` exactly when `Departed` would pass every guard at the
 * event's instant, so a change to the dossier moves a ready case back.
 * @internal
 */
export function deriveState(
  target: State,
  after: Case,
  event: LifecycleEvent,
  options: ResolvedOptions,
): State {
  if (stateFacts(target).rank < 1) return target;
  return departurePasses(after, event, options) ? "READY_TO_DEPART" : reachedPreState(after.milestones);
}

let departureGuards: readonly RowGuard[] | undefined;

/**
 * The guards of `Departed`, those that read the case only first (from each guard's `reads`): the
 * readiness verdict is their conjunction, so the order cannot change it, and a case-only guard that
 * fails spares the date and policy lookup and the dossier check.
 */
function departureGuardList(): readonly RowGuard[] {
  if (departureGuards === undefined) {
    const guards = guardsOf(transitionFor("REGISTERED", "Departed") as TransitionDefinition);
    departureGuards = [...guards.filter((g) => !g.readsContext), ...guards.filter((g) => g.readsContext)];
  }
  return departureGuards;
}

/** Whether every guard of `Departed` holds on `after` at the event's instant (no issue is built). */
function departurePasses(after: Case, event: LifecycleEvent, options: ResolvedOptions): boolean {
  let context: GuardContext | undefined;
  for (const { guard, readsContext } of departureGuardList()) {
    if (guard.necessary?.(after) === false) return false;
    if (context === undefined && readsContext) context = guardContext(dateOfInstant(event.at), options);
    // The departure guards read the case, the date and the policy, never the payload.
    if (guard.check(after, event, context ?? NO_CONTEXT) !== true) return false;
  }
  return true;
}
