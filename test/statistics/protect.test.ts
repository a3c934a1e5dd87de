import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeTallies, reconcile, type Tally } from "../../src/index.js";
import { type ProtectedTally, protectTally } from "../../src/statistics/index.js";
import { runs } from "../runs.js";
import { byRegencySex, value } from "./fixtures.js";

function tallyOf(counts: readonly number[]): Tally {
  return {
    dimensions: ["regency"],
    total: counts.reduce((a, b) => a + b, 0),
    rows: counts.map((count, i) => ({ keys: [`R${String(i).padStart(2, "0")}`], count })),
  };
}

/**
 * Every value a hidden cell can take, as an attacker computes it from the published cells and
 * total: each hidden cell is a row, so at least 1, and the hidden cells add up to the total minus
 * the visible ones. Enumerates the assignments (small tables only).
 */
function possibleValues(hiddenCount: number, residual: number): Set<number> {
  const values = new Set<number>();
  // Cell 0 takes v, the other m − 1 cells share residual − v, each at least 1.
  for (let v = 1; v <= residual; v++) {
    const rest = residual - v;
    if (hiddenCount === 1 ? rest === 0 : rest >= hiddenCount - 1) values.add(v);
  }
  return values;
}

describe("protectTally: small cells suppressed so that the total never gives them away (issue 18)", () => {
  it("suppresses the cells below k, and one more when the total would reveal the only hidden one", () => {
    const t = value(protectTally(tallyOf([3, 30, 7]), { k: 5 }));
    expect(t.rows.map((row) => row.shown)).toEqual(["*", "30", "*"]);
    expect(t).toMatchObject({ k: 5, total: 40, suppressed: 2 });
    // Nothing small: nothing hidden.
    expect(value(protectTally(tallyOf([10, 20]))).rows.map((row) => row.count)).toEqual([10, 20]);
    // Five cells of one each: all hidden and all ones, so the total is withheld as well.
    const ones = value(protectTally(tallyOf([1, 1, 1, 1, 1]), { k: 3 }));
    expect(ones).toMatchObject({ total: null, suppressed: 5 });
  });

  it("refuses an invalid tally or k", () => {
    expect(protectTally({ dimensions: ["x"], total: 2, rows: [] }).ok).toBe(false);
    for (const k of [1, 2.5, "5", 1_001]) expect(protectTally(tallyOf([1, 2]), { k }).ok).toBe(false);
    expect(protectTally(tallyOf([1, 2]), null).ok).toBe(false);
  });

  it("never lets a hidden cell be computed from the published cells and total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 6 }),
        (counts, k) => {
          const t = value(protectTally(tallyOf(counts), { k }));
          // Every cell below k is hidden.
          counts.forEach((count, i) => {
            if (count < k) expect(t.rows[i]?.count).toBeNull();
          });
          const hidden = t.rows.filter((row) => row.count === null).length;
          if (hidden === 0) return;
          if (t.total === null) return; // nothing to compute from
          const visible = t.rows.reduce((sum, row) => sum + (row.count ?? 0), 0);
          const options = possibleValues(hidden, t.total - visible);
          expect(options.size).toBeGreaterThan(1);
        },
      ),
      { numRuns: runs(500) },
    );
  });

  it("is read back by reconcile as intervals", () => {
    const t = value(protectTally(tallyOf([3, 30, 7]), { k: 5 }));
    const r = value(
      reconcile({
        total: t.total ?? "*",
        breakdowns: [
          {
            name: "Kabupaten",
            rows: t.rows.map((row) => ({ label: row.keys[0] as string, count: row.shown })),
          },
        ],
      }),
    );
    expect(r.sums[0]?.status).toBe("adds-up");
  });
});

describe("mergeTallies carries the protection through", () => {
  it("keeps hidden cells hidden, takes the largest k, and protects the merged total", () => {
    const a = value(protectTally(tallyOf([3, 30, 7]), { k: 5 }));
    const b = tallyOf([10, 10, 10]);
    const merged = value(mergeTallies(a, b)) as ProtectedTally;
    expect(merged.k).toBe(5);
    expect(merged.total).toBe(70);
    expect(merged.rows.map((row) => row.shown)).toEqual(["*", "40", "*"]);
    // A JSON round trip of a protected tally merges the same way.
    const again = value(mergeTallies(JSON.parse(JSON.stringify(a)), b)) as ProtectedTally;
    expect(again).toEqual(merged);
    expect(mergeTallies(a, { ...tallyOf([1]), dimensions: ["sex"] }).ok).toBe(false);
    expect(mergeTallies(a, { ...a, rows: [{ keys: ["x"], count: -1 }] }).ok).toBe(false);
    expect(mergeTallies(a, { ...a, k: 1 }).ok).toBe(false);
  });

  it("never lets a hidden cell of the merge be computed from its cells and total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 2, max: 6 }),
        (first, second, k) => {
          const a = value(protectTally(tallyOf(first), { k }));
          const b = tallyOf(second.slice(0, first.length).map((c) => c + 1));
          const merged = value(mergeTallies(a, b)) as ProtectedTally;
          const hidden = merged.rows.filter((row) => row.count === null).length;
          if (hidden === 0 || merged.total === null) return;
          const visible = merged.rows.reduce((sum, row) => sum + (row.count ?? 0), 0);
          expect(possibleValues(hidden, merged.total - visible).size).toBeGreaterThan(1);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

/** A tally by two or three dimensions from random counts (zero counts are left out, as `tally` does). */
function tallyOfGrid(counts: readonly number[], sizes: readonly number[]): Tally {
  const rows: { keys: string[]; count: number }[] = [];
  counts.forEach((count, i) => {
    if (count === 0) return;
    let rest = i;
    const keys = sizes.map((size, d) => {
      const key = `${"ABC"[d]}${rest % size}`;
      rest = Math.floor(rest / size);
      return key;
    });
    rows.push({ keys, count });
  });
  rows.sort((a, b) => (JSON.stringify(a.keys) < JSON.stringify(b.keys) ? -1 : 1));
  return {
    dimensions: sizes.map((_, d) => `d${d}`),
    total: rows.reduce((sum, row) => sum + row.count, 0),
    rows,
  };
}

/**
 * What an attacker learns from a protected tally: every published line (a margin row = its cells,
 * the total = all cells, the total = each margin's rows) with exactly one unknown is solved, and
 * solved again until nothing changes. Returns the hidden cells that become known.
 */
function solvedHiddenCells(t: ProtectedTally): number[] {
  const known = attack(t);
  return t.rows.flatMap((row, i) => (row.count === null && known.has(`c${i}`) ? [i] : []));
}

/** The withheld margin rows that the attack of {@link solvedHiddenCells} computes, as `dimension:keys`. */
function solvedHiddenMargins(t: ProtectedTally): string[] {
  const known = attack(t);
  return t.margins.flatMap((margin, j) =>
    margin.rows.flatMap((row) =>
      row.count === null && known.has(`m${j}:${JSON.stringify(row.keys)}`)
        ? [`${margin.dimensions.join(",")}:${row.keys.join(",")}`]
        : [],
    ),
  );
}

/** Every figure the published lines of a protected tally give away, by id (`c<i>`, `m<j>:<keys>`, `total`). */
function attack(t: ProtectedTally): Map<string, number> {
  const known = new Map<string, number>();
  const cellId = (i: number) => `c${i}`;
  const marginId = (j: number, keys: readonly string[]) => `m${j}:${JSON.stringify(keys)}`;
  t.rows.forEach((row, i) => {
    if (row.count !== null) known.set(cellId(i), row.count);
  });
  t.margins.forEach((margin, j) => {
    for (const row of margin.rows) if (row.count !== null) known.set(marginId(j, row.keys), row.count);
  });
  if (t.total !== null) known.set("total", t.total);
  const lines: { aggregate: string; members: string[] }[] = [
    { aggregate: "total", members: t.rows.map((_, i) => cellId(i)) },
  ];
  t.margins.forEach((margin, j) => {
    lines.push({ aggregate: "total", members: margin.rows.map((row) => marginId(j, row.keys)) });
    for (const row of margin.rows) {
      const members = t.rows.flatMap((cell, i) =>
        JSON.stringify(cell.keys.filter((_, at) => at !== j)) === JSON.stringify(row.keys) ? [cellId(i)] : [],
      );
      lines.push({ aggregate: marginId(j, row.keys), members });
    }
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const unknown = [line.aggregate, ...line.members].filter((id) => !known.has(id));
      if (unknown.length !== 1) continue;
      const id = unknown[0] as string;
      const sum = line.members.reduce((acc, m) => acc + (known.get(m) ?? 0), 0);
      known.set(id, id === line.aggregate ? sum : (known.get(line.aggregate) as number) - sum);
      changed = true;
    }
  }
  return known;
}

describe("protectTally: margins of a tally by two or more dimensions (issue 18)", () => {
  const regencySex: Tally = {
    dimensions: ["regency", "sex"],
    total: 79,
    rows: [
      { keys: ["Cirebon", "F"], count: 2 },
      { keys: ["Cirebon", "M"], count: 9 },
      { keys: ["Indramayu", "F"], count: 20 },
      { keys: ["Indramayu", "M"], count: 6 },
      { keys: ["Subang", "F"], count: 12 },
      { keys: ["Subang", "M"], count: 30 },
    ],
  };

  it("publishes the margins, and hides a second cell in every margin row with one hidden cell", () => {
    const t = value(protectTally(regencySex, { k: 5 }));
    // Cirebon F (2) is below k. The women's margin would give it away: its smallest other cell,
    // Subang F (12), is hidden too; the Cirebon margin then hides Cirebon M (9), and the Subang
    // margin Subang M (30). The men's margin has two hidden cells, so Indramayu stays published.
    expect(t.rows.map((row) => row.shown)).toEqual(["*", "*", "20", "6", "*", "*"]);
    expect(t.suppressed).toBe(4);
    expect(t.margins).toEqual([
      {
        dimensions: ["sex"],
        rows: [
          { keys: ["F"], count: 34, shown: "34" },
          { keys: ["M"], count: 45, shown: "45" },
        ],
      },
      {
        dimensions: ["regency"],
        rows: [
          { keys: ["Cirebon"], count: 11, shown: "11" },
          { keys: ["Indramayu"], count: 26, shown: "26" },
          { keys: ["Subang"], count: 42, shown: "42" },
        ],
      },
    ]);
    expect(t.total).toBe(79);
    expect(solvedHiddenCells(t)).toEqual([]);
  });

  it("withholds a margin that equals its only hidden cell, and protects that margin as well", () => {
    // Jepang has one row, below k: its margin would be the cell itself.
    const t = value(
      protectTally(
        {
          dimensions: ["destination", "sex"],
          total: 71,
          rows: [
            { keys: ["HK", "F"], count: 30 },
            { keys: ["HK", "M"], count: 8 },
            { keys: ["JP", "M"], count: 3 },
            { keys: ["TW", "F"], count: 10 },
            { keys: ["TW", "M"], count: 20 },
          ],
        },
        { k: 5 },
      ),
    );
    const byDestination = t.margins[1]?.rows.map((row) => row.shown);
    expect(byDestination?.[1]).toBe("*");
    // A second destination margin is withheld, so that the total does not give Jepang's away.
    expect(byDestination?.filter((shown) => shown === "*").length).toBeGreaterThanOrEqual(2);
    expect(solvedHiddenCells(t)).toEqual([]);
  });

  it("hides a cell of a margin row withheld to protect another margin, so it cannot be added up again", () => {
    // Regency X (1 + 1) is below k = 3, and so is its margin (2). The regency margins add up to the
    // total, so the smallest other margin, V (40), is withheld as well; but V's cells (20 and 20)
    // are published, and would give V's margin back, and with it X's (228 − 40 − 93 − 93 = 2).
    // One of V's cells is hidden too.
    const t = value(
      protectTally(
        {
          dimensions: ["regency", "sex"],
          total: 228,
          rows: [
            { keys: ["V", "F"], count: 20 },
            { keys: ["V", "M"], count: 20 },
            { keys: ["X", "F"], count: 1 },
            { keys: ["X", "M"], count: 1 },
            { keys: ["Y", "F"], count: 3 },
            { keys: ["Y", "M"], count: 90 },
            { keys: ["Z", "F"], count: 90 },
            { keys: ["Z", "M"], count: 3 },
          ],
        },
        { k: 3 },
      ),
    );
    const byRegency = t.margins[1];
    expect(byRegency?.dimensions).toEqual(["regency"]);
    expect(byRegency?.rows.filter((row) => row.count === null).map((row) => row.keys[0])).toEqual(["V", "X"]);
    expect(t.rows.filter((row) => row.keys[0] === "V").some((row) => row.count === null)).toBe(true);
    expect(solvedHiddenMargins(t)).toEqual([]);
    expect(solvedHiddenCells(t)).toEqual([]);
  });

  it("never lets a hidden cell be solved from the published margins and total", () => {
    fc.assert(
      fc.property(
        fc.constantFrom([2, 2], [3, 2], [4, 3], [2, 2, 2], [3, 2, 2]),
        fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 24, maxLength: 24 }),
        fc.integer({ min: 2, max: 6 }),
        (sizes, counts, k) => {
          const cells = sizes.reduce((a, b) => a * b, 1);
          const source = tallyOfGrid(counts.slice(0, cells), sizes);
          fc.pre(source.rows.length > 0);
          const t = value(protectTally(source, { k }));
          source.rows.forEach((row, i) => {
            if (row.count < k) expect(t.rows[i]?.count).toBeNull();
          });
          // No margin row (and not the total) with exactly one hidden cell...
          for (const [j, margin] of t.margins.entries()) {
            for (const line of margin.rows) {
              if (line.count === null) continue;
              const hidden = t.rows.filter(
                (row) =>
                  row.count === null &&
                  JSON.stringify(row.keys.filter((_, at) => at !== j)) === JSON.stringify(line.keys),
              ).length;
              expect(hidden).not.toBe(1);
            }
          }
          // ...and no hidden cell solved by combining them.
          expect(solvedHiddenCells(t)).toEqual([]);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("never lets a hidden cell of a merge be solved from its margins and total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 2, max: 6 }),
        (first, second, k) => {
          const a = tallyOfGrid(first, [4, 3]);
          const b = tallyOfGrid(second, [4, 3]);
          fc.pre(a.rows.length > 0 && b.rows.length > 0);
          const merged = value(mergeTallies(value(protectTally(a, { k })), b)) as ProtectedTally;
          expect(solvedHiddenCells(merged)).toEqual([]);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("is deterministic, and mergeTallies carries the margins' protection through", () => {
    const a = value(protectTally(regencySex, { k: 5 }));
    expect(value(protectTally(regencySex, { k: 5 }))).toEqual(a);
    const b: Tally = { ...regencySex, rows: regencySex.rows.map((row) => ({ ...row, count: 1 })), total: 6 };
    const merged = value(mergeTallies(a, b)) as ProtectedTally;
    expect(merged.margins).toHaveLength(2);
    expect(solvedHiddenCells(merged)).toEqual([]);
    // A cell hidden in an input stays hidden.
    expect(merged.rows[0]?.count).toBeNull();
  });
});

describe("protectTally with round: deterministic rounding instead of suppression", () => {
  it("rounds every cell half-up to the base; margins and total are sums of the rounded cells", () => {
    const t = value(
      protectTally(
        {
          dimensions: ["regency", "sex"],
          total: 26,
          rows: [
            { keys: ["Cirebon", "F"], count: 2 },
            { keys: ["Cirebon", "M"], count: 3 },
            { keys: ["Subang", "F"], count: 12 },
            { keys: ["Subang", "M"], count: 9 },
          ],
        },
        { round: 5 },
      ),
    );
    expect(t.rows.map((row) => row.count)).toEqual([0, 5, 10, 10]);
    expect(t).toMatchObject({ round: 5, suppressed: 0, total: 25 });
    expect(t.margins[0]?.rows.map((row) => row.count)).toEqual([10, 15]);
    expect(t.margins[1]?.rows.map((row) => row.count)).toEqual([5, 20]);
    // An even base rounds the half up.
    expect(value(protectTally(tallyOf([5, 14, 15]), { round: 10 })).rows.map((row) => row.count)).toEqual([
      10, 10, 20,
    ]);
    for (const round of [1, 2.5, "5", 1_001]) expect(protectTally(tallyOf([1, 2]), { round }).ok).toBe(false);
  });

  it("publishes a table that reconcile finds consistent", () => {
    const t = value(protectTally(tallyOf([3, 30, 7, 12]), { round: 5 }));
    const r = value(
      reconcile({
        total: t.total ?? "*",
        breakdowns: [
          {
            name: "Kabupaten",
            rows: t.rows.map((row) => ({ label: row.keys[0] as string, count: row.shown })),
          },
        ],
      }),
    );
    expect(r.status).toBe("consistent");
  });
});

describe("mergeTallies: the margins of protected inputs", () => {
  it("adds up the margins the inputs published, so a merged line with a hidden cell keeps its total", () => {
    const a = value(protectTally(byRegencySex([2, 9, 12, 35]), { k: 5 }));
    const b = value(protectTally(byRegencySex([20, 20, 20, 20]), { k: 5 }));
    const merged = value(mergeTallies(a, b)) as ProtectedTally;
    // Every cell of a was hidden, so every merged cell is; the margins are the sums of both.
    expect(merged.rows.map((row) => row.count)).toEqual([null, null, null, null]);
    expect(merged.margins.map((m) => m.rows.map((row) => row.count))).toEqual([
      [54, 84],
      [51, 87],
    ]);
    expect(merged.total).toBe(138);
    expect(solvedHiddenCells(merged)).toEqual([]);
  });

  it("computes the margins from the cells when an input has none, or malformed ones, and withholds the unknown", () => {
    const a = value(protectTally(byRegencySex([2, 9, 12, 35]), { k: 5 }));
    const { margins: _, ...withoutMargins } = a;
    const malformed = { ...a, margins: [{ rows: [{ keys: ["F", "extra"], count: 14 }] }, { rows: "none" }] };
    const b = byRegencySex([20, 20, 20, 20]);
    const expected = value(mergeTallies(withoutMargins, b)) as ProtectedTally;
    expect(value(mergeTallies(malformed, b))).toEqual(expected);
    // a's cells are all hidden: no merged margin can be known from them.
    expect(expected.margins.flatMap((m) => m.rows.map((row) => row.shown))).toEqual(["*", "*", "*", "*"]);
    expect(expected.total).toBe(138);
    expect(solvedHiddenCells(expected)).toEqual([]);
  });

  it("counts 0 for a line an input does not have", () => {
    const a = value(protectTally(byRegencySex([10, 9, 12, 35]), { k: 5 }));
    const only: Tally = {
      dimensions: ["regency", "sex"],
      total: 7,
      rows: [{ keys: ["Tegal", "F"], count: 7 }],
    };
    const merged = value(mergeTallies(a, value(protectTally(only, { k: 5 })))) as ProtectedTally;
    expect(merged.margins[1]?.rows.map((row) => [row.keys[0], row.count])).toEqual([
      ["Cirebon", 19],
      ["Subang", 47],
      ["Tegal", 7],
    ]);
    expect(solvedHiddenCells(merged)).toEqual([]);
  });
});
