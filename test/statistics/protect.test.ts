import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeTallies, reconcile, type Tally } from "../../src/index.js";
import { type ProtectedTally, protectTally } from "../../src/statistics/index.js";
import { runs } from "../runs.js";

function value<T>(result: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

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
