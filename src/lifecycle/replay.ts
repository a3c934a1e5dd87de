import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { resolveOptions } from "./_lib/options.js";
import { parseEvent } from "./_lib/parse-event.js";
import { seqIssues } from "./_lib/seq.js";
import { markOwnCase, settleCase, step } from "./_lib/step.js";
import type { Case } from "./case.js";
import type { LifecycleEvent } from "./schemas.js";

/**
 * Rebuilds a case from its events: the fold of {@link applyEvent} over them, checked first as a
 * whole. Every malformed event and every `seq` problem (`EVENT_SEQ_GAP`, `EVENT_SEQ_DUPLICATE`,
 * `EVENT_SEQ_OUT_OF_ORDER`) is reported at once, with the event's index in the path; then the
 * events are applied in order and the first refused one is reported with ALL its failed guards.
 * Events are never reordered. With `{ checkGuards: false }` recorded events are trusted (order,
 * schema, `seq` and the table are still checked, guards are not): for importing histories judged
 * when they were recorded.
 *
 * @param events - the history, as outside data (an array of events)
 * @param options - see {@link LifecycleOptions}
 *
 * @example
 * ```ts
 * const result = replay([
 *   { type: "ComplaintFiled", seq: 1, at: "2025-03-02T10:00:00+07:00", complaintId: "A-1",
 *     category: "DEPORTATION_REPATRIATION", channel: "WALK_IN", destination: "MM" },
 *   { type: "ReturnInitiated", seq: 2, at: "2025-03-05T10:00:00+07:00", reason: "DEPORTED" },
 * ]);
 * if (result.ok) result.value.route; //=> "NONPROCEDURAL"
 * ```
 */
export function replay(events: unknown, options?: unknown): Result<Case> {
  const resolved = resolveOptions(options);
  if (resolved.issues.length > 0) return err(resolved.issues);
  if (!Array.isArray(events)) return err([createIssue("INPUT_NOT_ARRAY", [])]);
  if (events.length === 0) return err([createIssue("EVENTS_EMPTY", [])]);
  if (events.length > resolved.options.maxEvents) {
    return err([createIssue("EVENTS_TOO_MANY", [], { params: { max: resolved.options.maxEvents } })]);
  }
  const parsed: LifecycleEvent[] = [];
  const issues: Issue[] = [];
  for (let i = 0; i < events.length; i++) {
    const result = parseEvent(events[i], i);
    if (result.ok) parsed.push(result.value);
    else for (const issue of result.issues) issues.push(issue);
  }
  for (const issue of seqIssues(events)) issues.push(issue);
  if (issues.length > 0) return err(issues);
  // The intermediate cases are never seen: all events but the last are applied in place to one private
  // draft (no copy per event); the draft is then settled and the last event applied as applyEvent
  // does, so the case is the one a fold of applyEvent returns.
  let current: Case | undefined;
  const last = parsed.length - 1;
  for (let i = 0; i < parsed.length; i++) {
    const settle = i === last && current !== undefined;
    if (settle) current = settleCase(current as Case);
    const result = step(current, parsed[i] as LifecycleEvent, resolved.options, i < last, settle);
    if (!result.ok) return err(result.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })));
    current = result.value;
  }
  // The last step's case is fresh and not yet shared: its history is set in place.
  (current as { history: readonly LifecycleEvent[] }).history = parsed;
  return ok(markOwnCase(current as Case));
}
