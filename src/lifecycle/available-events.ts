import { keylessObject } from "../_lib/read-once.js";
import { err, type Issue, type IssueCode, ok, type Result } from "../core/index.js";
import type { DocumentKind } from "../documents/index.js";
import { readCase } from "./_lib/check-case.js";
import { createWork } from "./_lib/draft.js";
import { applyRow, refusals } from "./_lib/engine.js";
import { type ResolvedOptions, resolveOptions } from "./_lib/options.js";
import { stateFacts, transitionFor } from "./_lib/table-index.js";
import type { Case } from "./case.js";
import { EFFECTS } from "./effects.js";
import { EVENT_TYPES, type EventType } from "./events.js";
import type { GuardTarget } from "./guard-types.js";
import { GUARDS } from "./guards.js";
import type { LifecycleEvent } from "./schemas.js";
import type { State } from "./states.js";
import { START, type TransitionDefinition } from "./transitions.js";

/**
 * What an event names in the case when {@link availableEvents} judges it once per target: one of
 * the case's complaints, or one of the documents it holds.
 *
 * @example
 * ```ts
 * const target: AvailableEventTarget = { complaintId: "ADU-2025-0001" };
 * ```
 */
export type AvailableEventTarget = { readonly complaintId: string } | { readonly kind: DocumentKind };

/**
 * What {@link availableEvents} says about one event type (or one event type and one target).
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
  /** For an event that names a complaint or a document: which one (one entry per target). */
  readonly target?: AvailableEventTarget;
  /**
   * `true`: `applyEvent` with the same options accepts the event (with this target) and any payload
   * that passes the `pendingChecks`. `false`: it refuses it, with the codes in `issues`.
   */
  readonly available: boolean;
  /**
   * The state `applyEvent` gives, for an available event. Absent when the event is not available,
   * or when the state depends on the payload (a document or job order that makes the case ready to
   * depart or not).
   */
  readonly to?: State;
  /** Why it may not: the transition is not in the table, or the guards that fail (with bases). */
  readonly issues: readonly Issue[];
  /** Codes of the guards that read the event's payload, judged only when the event is applied. */
  readonly pendingChecks: readonly IssueCode[];
}

const EVENT_LIST = Object.keys(EVENT_TYPES) as EventType[];
const EPOCH = "1970-01-01T00:00:00Z";

/** The target a row's guards name (as the guard table declares), if any. */
function targetOf(row: TransitionDefinition): GuardTarget | undefined {
  for (const name of row.guards) {
    const target = GUARDS[name].target;
    if (target !== undefined) return target;
  }
  return undefined;
}

/** The targets to judge a row on: each complaint or held document, or none when there is none. */
function targetsOf(
  row: TransitionDefinition,
  current: Case | undefined,
): (AvailableEventTarget | undefined)[] {
  const kind = targetOf(row);
  if (kind === undefined || current === undefined) return [undefined];
  const targets: AvailableEventTarget[] =
    kind === "complaint"
      ? current.complaints.map((complaint) => ({ complaintId: complaint.id }))
      : (Object.keys(current.documents) as DocumentKind[]).map((document) => ({ kind: document }));
  return targets.length === 0 ? [undefined] : targets;
}

/** One entry: the dry run of `applyEvent` on a probe event (no payload but its target). */
function judge(
  current: Case | undefined,
  type: EventType,
  target: AvailableEventTarget | undefined,
  at: string,
  options: ResolvedOptions,
): AvailableEvent {
  // It inherits no key: its payload fields are absent, and an effect's read of one must find
  // nothing, not a value on a polluted Object.prototype.
  const probe = Object.assign(
    keylessObject(),
    { type, seq: (current?.lastSeq ?? 0) + 1, at },
    target,
  ) as LifecycleEvent;
  const pending: IssueCode[] = [];
  const { row, issues } = refusals(current, probe, options, { pending });
  const entry: { -readonly [K in keyof AvailableEvent]: AvailableEvent[K] } = {
    type,
    available: issues.length === 0,
    issues: issues.map((issue) => ({ ...issue, path: [] })),
    pendingChecks: pending,
  };
  if (target !== undefined) entry.target = target;
  if (entry.available && row !== undefined) {
    const to = predicted(current, row, probe, options);
    if (to !== undefined) entry.to = to;
  }
  return entry;
}

/** The state `applyEvent` would give, from the same next-state function, unless the payload decides it. */
function predicted(
  current: Case | undefined,
  row: TransitionDefinition,
  probe: LifecycleEvent,
  options: ResolvedOptions,
): State | undefined {
  const target = row.to === "SAME" ? current?.state : row.to === "OUTCOME" ? undefined : row.to;
  if (
    EFFECTS[probe.type].readinessFromPayload === true &&
    (target === undefined || stateFacts(target).rank >= 1)
  ) {
    return undefined;
  }
  const work = createWork(current);
  applyRow(work, row, probe, options);
  return work.draft.current.state;
}

/**
 * Lists every event type with whether it may happen next and, when not, what stops it: a dry run
 * of {@link applyEvent} on the same next-state function. An event it marks available is accepted by
 * `applyEvent` with the same options and any payload that passes its `pendingChecks`, and leads to
 * `to`; one it marks unavailable is refused with the codes in `issues`. An event that names a
 * complaint or a document is listed once per complaint of the case, or per document it holds, with
 * its `target`. Dated guards are judged on `options.at` (default: the instant of the case's last
 * event). Guards that read the rest of the event's payload (an extension's employer, a return's
 * reason) are listed as `pendingChecks`. Pass `undefined` to see which events may open a case.
 *
 * @param current - a case, or `undefined` for a case not opened yet (a case from outside is checked
 *   by `caseSchema`, as in {@link applyEvent})
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
  let start: Case | undefined;
  if (current !== undefined) {
    const read = readCase(current);
    if (!read.ok) return read;
    start = read.value;
  }
  const at = resolved.options.at ?? start?.lastAt ?? EPOCH;
  const from = start === undefined ? START : start.state;
  const out: AvailableEvent[] = [];
  for (const type of EVENT_LIST) {
    const row = transitionFor(from, type);
    for (const target of row === undefined ? [undefined] : targetsOf(row, start)) {
      out.push(judge(start, type, target, at, resolved.options));
    }
  }
  return ok(out);
}
