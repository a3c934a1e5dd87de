import { createIssue, err, ok, type Result } from "../core/index.js";
import { readCase } from "./_lib/check-case.js";
import { createWork } from "./_lib/draft.js";
import { step } from "./_lib/engine.js";
import { resolveOptions } from "./_lib/options.js";
import { parseOneEvent } from "./_lib/parse-event.js";
import type { Case } from "./case.js";

/**
 * Applies one event to a case and returns the next case, or every reason it is refused: a malformed
 * event (schema issues), a wrong `seq` (`EVENT_SEQ_DUPLICATE` when it is already used,
 * `EVENT_SEQ_GAP` when it skips numbers), an event before the previous one, a transition the table
 * does not allow in the current state, and ALL the guards that fail, each with its code and legal
 * basis. Pass `undefined` as the case to open a new one with its first event (`seq` 1). Nothing the
 * caller passes is changed or frozen; the result is a new frozen plain object sharing unchanged
 * parts with the case given.
 *
 * @param current - a case from {@link replay} or an earlier `applyEvent` (also after a JSON round trip), or `undefined`.
 *   A case that did not come from this engine is read once into a copy checked by `caseSchema`: when malformed
 *   it is refused with `CASE_INVALID` followed by the schema's issues, each at its path under `case`.
 * @param event - the event, as outside data
 * @param options - see {@link LifecycleOptions}
 *
 * @example
 * ```ts
 * const opened = applyEvent(undefined, {
 *   type: "Registered", seq: 1, at: "2025-01-06T09:00:00+07:00", route: "P3MI",
 * });
 * if (opened.ok) {
 *   const next = applyEvent(opened.value, { type: "Departed", seq: 2, at: "2025-01-07T09:00:00+07:00" });
 *   next.ok; //=> false
 *   if (!next.ok) next.issues.map((i) => i.code); // ["GUARD_SELECTION_NOT_PASSED", "GUARD_MEDICAL_NOT_FIT", …]
 * }
 * ```
 */
export function applyEvent(current: Case | undefined, event: unknown, options?: unknown): Result<Case> {
  const resolved = resolveOptions(options);
  if (resolved.issues.length > 0) return err(resolved.issues);
  let start: Case | undefined;
  if (current !== undefined) {
    const read = readCase(current);
    if (!read.ok) return read;
    start = read.value;
  }
  const parsed = parseOneEvent(event);
  if (!parsed.ok) return parsed;
  const expected = (start?.lastSeq ?? 0) + 1;
  const seq = parsed.value.seq;
  if (seq !== expected) {
    return err([
      seq < expected
        ? createIssue("EVENT_SEQ_DUPLICATE", ["seq"])
        : createIssue("EVENT_SEQ_GAP", ["seq"], { params: { expected } }),
    ]);
  }
  const work = createWork(start);
  const result = step(work, parsed.value, resolved.options);
  if (!result.ok) return err(result.issues);
  const history = start === undefined ? [parsed.value] : [...start.history, parsed.value];
  return ok(work.finish(Object.freeze(history)));
}
