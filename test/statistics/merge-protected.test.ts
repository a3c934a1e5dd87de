import { describe, expect, it } from "vitest";
import { mergeTallies, type Tally } from "../../src/index.js";
import { type ProtectedTally, protectTally } from "../../src/statistics/index.js";
import { byRegencySex, value } from "./fixtures.js";

const issuesOf = (result: ReturnType<typeof mergeTallies>) =>
  result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path]);

function byRegency(counts: readonly number[]): Tally {
  return {
    dimensions: ["regency"],
    total: counts.reduce((a, b) => a + b, 0),
    rows: counts.map((count, i) => ({ keys: [["Cirebon", "Indramayu", "Subang"][i] as string], count })),
  };
}

/** Cirebon 3 and Subang 7 hidden at k = 5, Indramayu 30 shown, total 40 (protect.test.ts). */
const PROTECTED = (): ProtectedTally => value(protectTally(byRegency([3, 30, 7]), { k: 5 }));

/** The rows of `t` with the second left out: a list with a hole, as no JSON gives but a caller may. */
function holed(t: ProtectedTally): unknown[] {
  const rows: unknown[] = new Array(3);
  rows[0] = t.rows[0];
  rows[2] = t.rows[2];
  return rows;
}

describe("mergeTallies refuses a protected input that is not one, naming where", () => {
  const invalid: readonly [string, (t: ProtectedTally) => unknown, readonly (string | number)[]][] = [
    ["no dimension", (t) => ({ ...t, dimensions: [] }), [1]],
    ["a dimension that is not a name", (t) => ({ ...t, dimensions: [7] }), [1]],
    ["k that is not a number", (t) => ({ ...t, k: "5" }), [1]],
    ["k that is not whole", (t) => ({ ...t, k: 2.5 }), [1]],
    ["k below 2", (t) => ({ ...t, k: 1 }), [1]],
    ["k above 1.000", (t) => ({ ...t, k: 1_001 }), [1]],
    ["a negative total", (t) => ({ ...t, total: -1 }), [1]],
    ["a total that is not whole", (t) => ({ ...t, total: 40.5 }), [1]],
    ["a total printed as text", (t) => ({ ...t, total: "40" }), [1]],
    ["rows that are not a list", (t) => ({ ...t, rows: { 0: t.rows[0] } }), [1]],
    ["a row that is not an object", (t) => ({ ...t, rows: [t.rows[0], null] }), [1, "rows", 1]],
    ["a row without keys", (t) => ({ ...t, rows: [{ count: 3 }] }), [1, "rows", 0]],
    [
      "a row with one key too many",
      (t) => ({ ...t, rows: [{ keys: ["Cirebon", "F"], count: 3 }] }),
      [1, "rows", 0],
    ],
    ["an empty key", (t) => ({ ...t, rows: [{ keys: [""], count: 3 }] }), [1, "rows", 0]],
    ["a key that is not text", (t) => ({ ...t, rows: [{ keys: [3], count: 3 }] }), [1, "rows", 0]],
    [
      "a key over 10.000 characters",
      (t) => ({ ...t, rows: [{ keys: ["x".repeat(10_001)], count: 3 }] }),
      [1, "rows", 0],
    ],
    ["a negative count", (t) => ({ ...t, rows: [{ keys: ["Cirebon"], count: -3 }] }), [1, "rows", 0]],
    [
      "a count that is not whole",
      (t) => ({ ...t, rows: [{ keys: ["Cirebon"], count: 3.5 }] }),
      [1, "rows", 0],
    ],
    ["a count printed as text", (t) => ({ ...t, rows: [{ keys: ["Cirebon"], count: "3" }] }), [1, "rows", 0]],
    ["a hole in the rows", (t) => ({ ...t, rows: holed(t) }), [1, "rows", 1]],
    [
      "a hole in the rows that only the list's prototype fills",
      (t) => ({
        ...t,
        rows: Object.setPrototypeOf(holed(t), Object.create(Array.prototype, { 1: { value: t.rows[1] } })),
      }),
      [1, "rows", 1],
    ],
    // Longer than a million rows: refused as a whole, before any row is read.
    ["more than a million rows", (t) => ({ ...t, rows: new Array(1_000_001) }), [1]],
    // A million rows is allowed: the first (a hole here) is then read, and refused.
    [
      "a million rows, the first of them a hole",
      (t) => ({ ...t, rows: new Array(1_000_000) }),
      [1, "rows", 0],
    ],
  ];
  for (const [what, change, path] of invalid) {
    it(`refuses ${what}`, () => {
      expect(issuesOf(mergeTallies(byRegency([10, 10, 10]), change(PROTECTED())))).toEqual([
        ["STATISTICS_TALLY_INVALID", path],
      ]);
    });
  }

  it("takes the limits themselves: k of 2 and of 1.000, a total of 0 or withheld, a key of 10.000 characters, a hidden count", () => {
    for (const t of [
      { ...PROTECTED(), k: 2 },
      { ...PROTECTED(), k: 1_000 },
      { ...PROTECTED(), total: null },
      { dimensions: ["regency"], k: 5, total: 0, rows: [] },
      { dimensions: ["regency"], k: 5, total: 3, rows: [{ keys: ["x".repeat(10_000)], count: null }] },
      { dimensions: ["regency"], k: 5, total: 0, rows: [{ keys: ["Cirebon"], count: 0 }] },
    ]) {
      expect(mergeTallies(byRegency([10, 10, 10]), t).ok).toBe(true);
    }
  });

  it("refuses a missing input, or an invalid plain tally beside a protected one, at its index", () => {
    const t = PROTECTED();
    expect(issuesOf(mergeTallies(t, null))).toEqual([["SCHEMA_INVALID_TYPE", [1]]]);
    expect(issuesOf(mergeTallies(t, undefined))).toEqual([["INPUT_REQUIRED", [1]]]);
    expect(issuesOf(mergeTallies(t, { dimensions: ["regency"], total: -1, rows: [] }))).toEqual([
      ["SCHEMA_TOO_SMALL", [1, "total"]],
    ]);
  });

  it("refuses one dimension that is not a name among names, and one empty key among keys", () => {
    const bySex = {
      dimensions: ["regency", "sex"],
      k: 5,
      total: 3,
      rows: [{ keys: ["Cirebon", "F"], count: 3 }],
    };
    expect(issuesOf(mergeTallies(bySex, { ...bySex, dimensions: ["regency", 7] }))).toEqual([
      ["STATISTICS_TALLY_INVALID", [1]],
    ]);
    expect(issuesOf(mergeTallies(bySex, { ...bySex, rows: [{ keys: ["Cirebon", ""], count: 3 }] }))).toEqual([
      ["STATISTICS_TALLY_INVALID", [1, "rows", 0]],
    ]);
  });

  it("reports every invalid input, each at its index", () => {
    const bad = { ...PROTECTED(), k: 1 };
    expect(issuesOf(mergeTallies(bad, byRegency([1]), bad))).toEqual([
      ["STATISTICS_TALLY_INVALID", [0]],
      ["STATISTICS_TALLY_INVALID", [2]],
    ]);
  });

  it("refuses inputs by other dimensions, or by the same ones in another order", () => {
    const t = PROTECTED();
    expect(issuesOf(mergeTallies(t, { ...byRegency([1]), dimensions: ["province"] }))).toEqual([
      ["STATISTICS_DIMENSIONS_DIFFER", [1, "dimensions"]],
    ]);
    const bySex = { dimensions: ["regency", "sex"], k: 5, total: 0, rows: [] };
    expect(issuesOf(mergeTallies(t, bySex))).toEqual([["STATISTICS_DIMENSIONS_DIFFER", [1, "dimensions"]]]);
    const two = (dimensions: string[]) => ({ dimensions, k: 5, total: 0, rows: [] });
    expect(issuesOf(mergeTallies(two(["regency", "sex"]), two(["regency"])))).toEqual([
      ["STATISTICS_DIMENSIONS_DIFFER", [1, "dimensions"]],
    ]);
    expect(issuesOf(mergeTallies(two(["regency", "sex"]), two(["regency", "province"])))).toEqual([
      ["STATISTICS_DIMENSIONS_DIFFER", [1, "dimensions"]],
    ]);
    expect(issuesOf(mergeTallies(two(["regency", "sex"]), two(["sex", "regency"])))).toEqual([
      ["STATISTICS_DIMENSIONS_DIFFER", [1, "dimensions"]],
    ]);
  });

  it("reads a value as protected only by its own k and rows", () => {
    // A plain tally that inherits a k is still a plain tally: the merge is plain, with no k.
    const inherited = Object.assign(Object.create({ k: 5 }), byRegency([3, 30, 7]));
    const merged = value(mergeTallies(inherited, byRegency([1, 1, 1]))) as Tally & { k?: number };
    expect(merged.k).toBeUndefined();
    expect(merged.rows.map((row) => row.count)).toEqual([4, 31, 8]);
  });
});

describe("mergeTallies of protected tallies: k and the total", () => {
  it("hides every merged cell below the largest k of the inputs", () => {
    // k = 7 from the second input: Cirebon 3 + 3 = 6 < 7 is hidden though both inputs were.
    const a = value(protectTally(byRegency([3, 30, 7]), { k: 5 }));
    const b = value(protectTally(byRegency([8, 30, 8]), { k: 7 }));
    const merged = value(mergeTallies(a, b)) as ProtectedTally;
    expect(merged.k).toBe(7);
    expect(merged.rows.map((row) => row.count)).toEqual([null, 60, null]);
    expect(merged.total).toBe(86);
    // In either order.
    expect(value(mergeTallies(b, a))).toMatchObject({ k: 7, total: 86 });
  });

  it("shows a merged cell of exactly k", () => {
    const merged = value(
      mergeTallies({ dimensions: ["regency"], k: 5, total: 0, rows: [] }, byRegency([5, 30, 9])),
    ) as ProtectedTally;
    expect(merged.rows.map((row) => row.count)).toEqual([5, 30, 9]);
    expect(merged.suppressed).toBe(0);
  });

  it("knows the merged total only when every input's total is known", () => {
    const a = PROTECTED();
    const merged = value(mergeTallies(byRegency([10, 10, 10]), { ...a, total: null })) as ProtectedTally;
    expect(merged.total).toBeNull();
    expect(value(mergeTallies(byRegency([10, 10, 10]), a))).toMatchObject({ total: 70 });
    expect(value(mergeTallies({ ...a, total: null }, byRegency([10, 10, 10])))).toMatchObject({
      total: null,
    });
  });

  it("keeps a cell hidden whichever input hid it, first or last", () => {
    // Cirebon (3) and Subang (7) are hidden in the protected input: 10 more of each does not show them.
    for (const inputs of [
      [PROTECTED(), byRegency([10, 10, 10])],
      [byRegency([10, 10, 10]), PROTECTED()],
    ]) {
      const merged = value(mergeTallies(inputs[0], inputs[1])) as ProtectedTally;
      expect(merged.rows.map((row) => [row.keys[0], row.count])).toEqual([
        ["Cirebon", null],
        ["Indramayu", 40],
        ["Subang", null],
      ]);
    }
  });

  it("lists the merged cells in the order of their keys, whichever input brought them", () => {
    const bekasi = { dimensions: ["regency"], total: 12, rows: [{ keys: ["Bekasi"], count: 12 }] };
    const merged = value(mergeTallies(PROTECTED(), bekasi)) as ProtectedTally;
    expect(merged.rows.map((row) => row.keys[0])).toEqual(["Bekasi", "Cirebon", "Indramayu", "Subang"]);
  });

  it("merges a plain tally as one protected at k = 2: its cells of 1 are hidden", () => {
    const merged = value(
      mergeTallies({ dimensions: ["regency"], k: 2, total: 0, rows: [] }, byRegency([1, 30, 5])),
    ) as ProtectedTally;
    expect(merged.k).toBe(2);
    // Cirebon 1 is below 2; one more is hidden so that the total does not give it away.
    expect(merged.rows[0]?.count).toBeNull();
    expect(merged.rows.filter((row) => row.count === null)).toHaveLength(2);
  });
});

describe("mergeTallies of protected tallies: the margins an input published", () => {
  // Every cell of this input is hidden at k = 5 (protect.test.ts): only its published margins say
  // how many each line holds. Merged with 20 in every cell: F 14 + 40, M 44 + 40; Cirebon 11 + 40, Subang 47 + 40.
  const hidden = (): ProtectedTally => value(protectTally(byRegencySex([2, 9, 12, 35]), { k: 5 }));
  const counts = (t: ProtectedTally) => t.margins.map((m) => m.rows.map((row) => row.count));
  const merge = (input: unknown) =>
    value(mergeTallies(input, byRegencySex([20, 20, 20, 20]))) as ProtectedTally;

  it("adds up the published margins, a withheld line of them staying withheld", () => {
    expect(counts(merge(hidden()))).toEqual([
      [54, 84],
      [51, 87],
    ]);
    const withheld = hidden() as unknown as { margins: { rows: { count: number | null }[] }[] };
    (withheld.margins[1]?.rows[0] as { count: number | null }).count = null;
    const merged = merge(withheld);
    expect(merged.margins[1]?.rows[0]?.count).toBeNull();
    expect(merged.margins[0]?.rows.map((row) => row.count)).toEqual([54, 84]);
  });

  it("takes a published line of 0", () => {
    // Tegal has no placement in this input; its line of 0 is a well-formed published margin.
    const t = hidden();
    const [bySex, regency] = t.margins as [ProtectedTally["margins"][0], ProtectedTally["margins"][0]];
    const tegal = { keys: ["Tegal"], count: 0, shown: "0" };
    expect(counts(merge({ ...t, margins: [bySex, { ...regency, rows: [...regency.rows, tegal] }] }))).toEqual(
      [
        [54, 84],
        [51, 87],
      ],
    );
  });

  const malformed: readonly [string, (margins: ProtectedTally["margins"]) => unknown][] = [
    ["one margin of two", (m) => [m[0]]],
    ["a margin without rows", (m) => [m[0], { dimensions: ["regency"] }]],
    ["a margin that is not an object", (m) => [m[0], null]],
    ["a line that is not an object", (m) => [m[0], { ...m[1], rows: [null] }]],
    ["a line with two keys", (m) => [m[0], { ...m[1], rows: [{ keys: ["Cirebon", "F"], count: 11 }] }]],
    ["a line whose key is not text", (m) => [m[0], { ...m[1], rows: [{ keys: [1], count: 11 }] }]],
    ["a negative line", (m) => [m[0], { ...m[1], rows: [{ keys: ["Cirebon"], count: -11 }] }]],
    ["a line that is not whole", (m) => [m[0], { ...m[1], rows: [{ keys: ["Cirebon"], count: 11.5 }] }]],
    ["a line printed as text", (m) => [m[0], { ...m[1], rows: [{ keys: ["Cirebon"], count: "11" }] }]],
  ];
  for (const [what, change] of malformed) {
    it(`computes the margins from the cells instead when it published ${what}`, () => {
      const t = hidden();
      // From its cells, every line of the hidden input is unknown, so every merged line is.
      expect(counts(merge({ ...t, margins: change(t.margins) }))).toEqual([
        [null, null],
        [null, null],
      ]);
    });
  }

  it("withholds a line of an input's cells that holds a hidden cell, whichever cell comes first", () => {
    // Cirebon F is hidden: the F line of this input is 30 + an unknown count, so the merged F line
    // (30 + ? + 20 + 20) is unknown too. Reading the hidden cell first must not reset the line to 0.
    const rows = [
      { keys: ["Cirebon", "F"], count: null },
      { keys: ["Subang", "F"], count: 30 },
    ];
    const plain: Tally = {
      dimensions: ["regency", "sex"],
      total: 40,
      rows: [
        { keys: ["Cirebon", "F"], count: 20 },
        { keys: ["Subang", "F"], count: 20 },
      ],
    };
    for (const order of [rows, [...rows].reverse()]) {
      const hiddenFirst = { dimensions: ["regency", "sex"], k: 5, total: null, rows: order };
      const merged = value(mergeTallies(hiddenFirst, plain)) as ProtectedTally;
      // The margin over regency has one line, F; the margin over sex one line per regency.
      expect(merged.margins[0]?.rows.map((row) => [row.keys, row.count])).toEqual([[["F"], null]]);
    }
  });

  it("counts the lines of an input's visible cells when it published no margins", () => {
    const t = value(protectTally(byRegencySex([20, 20, 20, 20]), { k: 5 }));
    const { margins: _, ...bare } = t;
    expect(counts(merge(bare))).toEqual([
      [80, 80],
      [80, 80],
    ]);
  });
});
