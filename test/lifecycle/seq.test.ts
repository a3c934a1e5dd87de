// The `seq` numbers of a history are checked at once, before the events themselves: duplicates, out
// of order, gaps. An entry whose `seq` is not a positive integer (or that is not an object at all)
// is left to the event schema, which names it; it must neither count as a number here nor crash.
import { describe, expect, it } from "vitest";
import { seqIssues } from "../../src/lifecycle/_lib/seq.js";

const numbered = (...seqs: unknown[]) => seqs.map((seq) => ({ seq }));
const codes = (events: readonly unknown[]) =>
  seqIssues(events).map((issue) => [issue.code, issue.path, issue.params?.expected]);

describe("seqIssues", () => {
  it("finds nothing in a history numbered 1, 2, 3, …, or in an empty one", () => {
    expect(seqIssues([])).toEqual([]);
    expect(seqIssues(numbered(1, 2, 3, 4))).toEqual([]);
  });

  it("leaves entries that are not objects, or whose seq is not a positive integer, to the schema", () => {
    expect(seqIssues([null, ...numbered(1, 2)])).toEqual([]);
    expect(seqIssues([...numbered(1), null, "x", 7, undefined, ...numbered(2)])).toEqual([]);
    for (const bad of [0, -1, 1.5, "2", Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null, true]) {
      expect(seqIssues(numbered(1, bad, 2))).toEqual([]);
    }
  });

  it("reports a duplicate at the repeated entry", () => {
    expect(codes(numbered(1, 2, 2, 3))).toEqual([["EVENT_SEQ_DUPLICATE", [2, "seq"], undefined]]);
  });

  it("tells an entry out of order from a gap, and reports each missing number once", () => {
    expect(codes(numbered(1, 3, 2))).toEqual([["EVENT_SEQ_OUT_OF_ORDER", [1, "seq"], 2]]);
    expect(codes(numbered(1, 3, 4))).toEqual([["EVENT_SEQ_GAP", [1, "seq"], 2]]);
    expect(codes(numbered(2, 3, 1, 4))).toEqual([["EVENT_SEQ_OUT_OF_ORDER", [0, "seq"], 1]]);
    // One block moved: reported where the expected number was missing, once.
    expect(codes(numbered(1, 4, 5, 2, 3))).toEqual([["EVENT_SEQ_OUT_OF_ORDER", [1, "seq"], 2]]);
    expect(codes(numbered(1, 4, 2, 6))).toEqual([
      ["EVENT_SEQ_OUT_OF_ORDER", [1, "seq"], 2],
      ["EVENT_SEQ_GAP", [3, "seq"], 3],
    ]);
  });
});
