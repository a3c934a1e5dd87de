import {
  createIssue,
  dateOfInstant,
  err,
  type Issue,
  type IssueCode,
  ok,
  type Result,
} from "../core/index.js";
import { caseIssues } from "./_lib/check-case.js";
import { resolveOptions } from "./_lib/options.js";
import { failedGuards, guardContext } from "./_lib/step.js";
import { transitionFor } from "./_lib/table-index.js";
import type { Case } from "./case.js";
import { EVENT_TYPES, type EventType } from "./events.js";
import { GUARDS } from "./guards.js";
import type { LifecycleEvent } from "./schemas.js";
import type { State } from "./states.js";
import { START } from "./transitions.js";

/**
 * What {@link availableEvents} says about one event type.
 *
 * @example
 * ```ts
 * const entry: AvailableEvent = {
 *   type: "Departed",
 *   available: false,
 *   issues: [{ code: "GUARD_OPP_MISSING", severity: "error", path: [] }],
 *   pendingChecks: [],
 * };
 * ```
 */
export interface AvailableEvent {
  readonly type: EventType;
  /** Whether the event may happen now, as far as the case alone tells. */
  readonly available: boolean;
  /** The state the event leads to (before the pre-placement "most advanced state" rule). */
  readonly to?: State;
  /** Why it may not: the transition is not in the table, or the guards that fail (with bases). */
  readonly issues: readonly Issue[];
  /** Codes of the guards that read the event's payload, checked only when the event is applied. */
  readonly pendingChecks: readonly IssueCode[];
}

const EVENT_LIST = Object.keys(EVENT_TYPES) as EventType[];

/**
 * Lists every event type with whether it may happen next and, when not, what stops it: the
 * transition is not allowed in the current state (`TRANSITION_NOT_ALLOWED`), or the guards that
 * fail, each with its code and legal basis. Dated guards are judged on `options.at` (default: the
 * instant of the case's last event). Guards that read the event's own payload (an extension's
 * employer, a return's reason) cannot be judged before the event exists: they are listed as
 * `pendingChecks`. Pass `undefined` to see which events may open a case.
 *
 * @param current - a case, or `undefined` for a case not opened yet (a case from outside is checked
 *   by {@link caseSchema}, as in {@link applyEvent})
 * @param options - see {@link LifecycleOptions}
 *
 * @example
 * ```ts
 * const opened = applyEvent(undefined, {
 *   type: "Registered", seq: 1, at: "2025-01-06T09:00:00+07:00", route: "P3MI",
 * });
 * if (opened.ok) {
 *   const result = availableEvents(opened.value, { at: "2025-04-01T08:00:00+07:00" });
 *   const departed = result.ok ? result.value.find((e) => e.type === "Departed") : undefined;
 *   departed?.available; //=> false
 *   departed?.issues[0]?.code; //=> "GUARD_SELECTION_NOT_PASSED"
 * }
 * ```
 */
export function availableEvents(
  current: Case | undefined,
  options?: unknown,
): Result<readonly AvailableEvent[]> {
  const resolved = resolveOptions(options);
  if (resolved.issues.length > 0) return err(resolved.issues);
  if (current !== undefined) {
    const invalid = caseIssues(current);
    if (invalid.length > 0) return err([...invalid]);
  }
  const at = resolved.options.at ?? current?.lastAt;
  const from = current === undefined ? START : current.state;
  const out: AvailableEvent[] = [];
  for (const type of EVENT_LIST) {
    const row = transitionFor(from, type);
    if (row === undefined) {
      out.push({
        type,
        available: false,
        issues: [
          current === undefined
            ? createIssue("EVENT_CANNOT_OPEN_CASE", [], { params: { event: type } })
            : createIssue("TRANSITION_NOT_ALLOWED", [], { params: { event: type, state: from } }),
        ],
        pendingChecks: [],
      });
      continue;
    }
    const pending: IssueCode[] = [];
    let issues: Issue[] = [];
    if (current === undefined || at === undefined) {
      // No case yet: the opening guards all read the event's payload.
      for (const name of row.guards) pending.push(GUARDS[name].code);
    } else {
      const probe = { type, seq: current.lastSeq + 1, at } as LifecycleEvent;
      issues = failedGuards(
        row,
        current,
        probe,
        guardContext(dateOfInstant(at), resolved.options),
        true,
        pending,
      );
    }
    // A case not opened yet has no row with SAME or OUTCOME (openers name their state).
    const to = row.to === "SAME" ? (from as State) : row.to === "OUTCOME" ? current?.outcome : row.to;
    const entry: { -readonly [K in keyof AvailableEvent]: AvailableEvent[K] } = {
      type,
      available: issues.length === 0,
      issues,
      pendingChecks: pending,
    };
    if (to !== undefined) entry.to = to;
    out.push(entry);
  }
  return ok(out);
}
