import type { CalendarDate, Issue, IssueCode, IssueParams } from "../core/index.js";
import type { Policy } from "../policies/index.js";
import type { Case } from "./case.js";
import type { LifecycleEvent } from "./schemas.js";

/**
 * What a guard sees besides the case and the event: the calendar date of the event (its `at` in its
 * own offset) and the policy that judges it.
 *
 * @example
 * ```ts
 * const context: GuardContext = { date: "2025-03-01", policy: policyOn("2025-03-01") };
 * ```
 * @internal
 */
export interface GuardContext {
  readonly date: CalendarDate;
  /** The policy passed in the options, else the one in force on `date`; `undefined` if none is. */
  readonly policy: Policy | undefined;
  /**
   * When no policy is in force and the options' `policies` were consulted: the first day one of
   * them is (the shipped list's first day otherwise).
   */
  readonly earliest?: CalendarDate;
}

/**
 * A guard's verdict: `true` passes, `false` fails with the guard's own issue, and a list of issues
 * fails with the guard's issue followed by those details (e.g. every dossier problem).
 *
 * @example
 * ```ts
 * const verdict: GuardVerdict = false;
 * ```
 * @internal
 */
export type GuardVerdict = boolean | readonly Issue[];

/**
 * What a guard reads besides the case before the event.
 *
 * @example
 * ```ts
 * const input: GuardInput = "policy";
 * ```
 */
export type GuardInput = "payload" | "date" | "policy";

/**
 * What a guard's payload names in the case: one of its complaints, or one of its documents.
 *
 * @example
 * ```ts
 * const target: GuardTarget = "complaint";
 * ```
 */
export type GuardTarget = "complaint" | "document";

/**
 * A condition of a transition, as data: the issue code it raises, its legal basis, and the check.
 *
 * @example
 * ```ts
 * GUARDS.oppCompleted.code;  //=> "GUARD_OPP_MISSING"
 * GUARDS.oppCompleted.basis; //=> "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e"
 * ```
 */
export interface GuardDefinition {
  /** The issue code raised when the guard fails. */
  readonly code: IssueCode;
  /** What must hold, in English. */
  readonly description: string;
  readonly basis: string;
  /** `false` when the rule rests on a point the domain notes mark UNVERIFIED or secondary. */
  readonly verified: boolean;
  /**
   * What the check reads besides the case: the event's `payload`, the decisive `date` (the date of
   * the event's `at`), the `policy` in force on it. The engine looks the date and the policy up only
   * for guards that read them; `availableEvents` lists a guard that reads the payload as a pending
   * check (unless `target` lets it judge the guard once per target).
   */
  readonly reads: readonly GuardInput[];
  /**
   * For a guard that reads the payload only to name something already in the case: what it names.
   * `availableEvents` then judges it once per such target (per complaint, per held document).
   */
  readonly target?: GuardTarget;
  /**
   * Judges the guard on the case before the event, the event itself, and the date and policy; the
   * engine calls it (ask {@link availableEvents} or {@link applyEvent} instead).
   * @internal
   */
  readonly check: (current: Case, event: LifecycleEvent, context: GuardContext) => GuardVerdict;
  /**
   * A cheap condition the check cannot pass without: when it is `false` the guard fails. The
   * readiness verdict (is the case `READY_TO_DEPART`?) asks it before a costly check; a refusal
   * still runs `check`, for its issues. A test holds, for each guard that declares one, that it is
   * never `false` when `check` passes.
   * @internal
   */
  readonly necessary?: (current: Case) => boolean;
  /**
   * Parameters of the issue when the guard fails (limits and codes only, never submitted values).
   * @internal
   */
  readonly params?: (current: Case, event: LifecycleEvent, context: GuardContext) => IssueParams;
}
