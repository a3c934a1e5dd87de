import { objectPrototypeIsPristine } from "../_lib/read-once.js";
import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { createWork } from "./_lib/draft.js";
import { step } from "./_lib/engine.js";
import { resolveOptions } from "./_lib/options.js";
import { parseEvent } from "./_lib/parse-event.js";
import { seqIssues } from "./_lib/seq.js";
import type { Case } from "./case.js";
import type { LifecycleEvent } from "./schemas.js";

/**
 * Rebuilds a case from its events: the fold of {@link applyEvent} over them, checked first as a
 * whole. Every malformed event and every `seq` problem (`EVENT_SEQ_GAP`, `EVENT_SEQ_DUPLICATE`,
 * `EVENT_SEQ_OUT_OF_ORDER`) is reported at once, with the event's index in the path; then the
 * events are applied in order and the first refused one is reported with ALL its failed guards.
 * Events are never reordered. With `{ checkGuards: false }` recorded events are trusted (order,
 * schema, `seq` and the table are still checked, guards are not): for importing histories judged
 * when they were recorded. The events are read once into a copy; nothing the caller passes is
 * changed or frozen. The case returned is frozen.
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
  const length = events.length;
  if (length === 0) return err([createIssue("EVENTS_EMPTY", [])]);
  if (length > resolved.options.maxEvents) {
    return err([createIssue("EVENTS_TOO_MANY", [], { params: { max: resolved.options.maxEvents } })]);
  }
  // Each event is read once, by its schema, into a fresh frozen value (the input is never kept or
  // frozen); the seq check reads the parsed events (and only for a malformed one, its input).
  const parsed: LifecycleEvent[] = [];
  const seqs: unknown[] = new Array(length);
  const issues: Issue[] = [];
  const pristine = objectPrototypeIsPristine();
  for (let i = 0; i < length; i++) {
    const input: unknown = events[i];
    const result = parseEvent(input, pristine, i);
    if (result.ok) parsed.push(result.value);
    else for (const issue of result.issues) issues.push(issue);
    seqs[i] = result.ok ? result.value : input;
  }
  for (const issue of seqIssues(seqs)) issues.push(issue);
  if (issues.length > 0) return err(issues);
  // One private draft takes every event in turn (no copy per event); the case is the one a fold of
  // applyEvent returns.
  const work = createWork(undefined);
  for (let i = 0; i < length; i++) {
    const result = step(work, parsed[i] as LifecycleEvent, resolved.options);
    if (!result.ok) return err(result.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })));
  }
  return ok(work.finish(Object.freeze(parsed)));
}
