import { createIssue, type Issue } from "../../core/index.js";

/**
 * Checks the `seq` numbers of a whole history at once: a number already used is a duplicate; a
 * number ahead of the next expected one is out of order when the expected one comes later in the
 * list, and a gap when it never comes. Each missing number is reported once. Entries whose `seq` is
 * not a positive integer are left to the schema.
 * @internal
 */
export function seqIssues(events: readonly unknown[]): Issue[] {
  // The usual history is numbered 1, 2, 3, …: nothing to report, and no sets to build.
  if (numberedInOrder(events)) return [];
  const seqs: (number | undefined)[] = [];
  const all = new Set<number>();
  for (const event of events) {
    const seq = event !== null && typeof event === "object" ? (event as { seq?: unknown }).seq : undefined;
    const valid = typeof seq === "number" && Number.isSafeInteger(seq) && seq >= 1 ? seq : undefined;
    seqs.push(valid);
    if (valid !== undefined) all.add(valid);
  }
  const issues: Issue[] = [];
  const seen = new Set<number>();
  const reported = new Set<number>();
  let expected = 1;
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i];
    if (seq === undefined) continue;
    if (seen.has(seq)) {
      issues.push(createIssue("EVENT_SEQ_DUPLICATE", [i, "seq"]));
      continue;
    }
    seen.add(seq);
    if (seq === expected) {
      while (seen.has(expected)) expected += 1;
      continue;
    }
    if (reported.has(expected)) continue;
    reported.add(expected);
    issues.push(
      createIssue(all.has(expected) ? "EVENT_SEQ_OUT_OF_ORDER" : "EVENT_SEQ_GAP", [i, "seq"], {
        params: { expected },
      }),
    );
  }
  return issues;
}

/** Whether event `i` has `seq` `i + 1` for every `i`. */
function numberedInOrder(events: readonly unknown[]): boolean {
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event === null || typeof event !== "object" || (event as { seq?: unknown }).seq !== i + 1)
      return false;
  }
  return true;
}
