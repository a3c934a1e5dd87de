import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/statistics/_lib/figures.js";
import { between, type Interval, q } from "../../src/statistics/_lib/interval.js";
import { type Context, read } from "../../src/statistics/_lib/reconcile/context.js";
import { sumCheck } from "../../src/statistics/_lib/reconcile/sum-check.js";
import { runs } from "../runs.js";

function contextOf(): Context {
  return {
    locale: "id",
    decimals: undefined,
    issues: [],
    cells: [],
    built: [],
    ranked: new Map(),
    rankedBreakdowns: new Set(),
  };
}

// Printed figures of every kind a sum reads: exact counts, amounts, bounds, suppressed cells.
const figure = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.constantFrom("<5", "*", "lebih dari 4", "kurang dari 12", "1,5 ribu", "sekitar 30"),
);
const range: fc.Arbitrary<Interval> = fc
  .tuple(
    fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([a, b, loOpen, hiOpen]) => {
    const [lo, hi] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
    return between(
      lo === undefined ? undefined : q(BigInt(lo)),
      hi === undefined ? undefined : q(BigInt(hi)),
      loOpen,
      hiOpen,
    );
  });

describe("sum checks: the fast path with one cell swapped gives the plain path's answer", () => {
  it("for a breakdown against its total, against another breakdown, partial or not", () => {
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 1, maxLength: 8 }),
        fc.array(figure, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("total", "breakdown") as fc.Arbitrary<"total" | "breakdown">,
        fc.boolean(),
        fc.nat(),
        range,
        (rowFigures, totalFigures, against, partial, pick, swapped) => {
          const context = contextOf();
          const cellsOf = (figures: readonly (number | string)[], name: string) =>
            figures
              .map((f, i) => read(f, [name, i], name, "count", context))
              .filter((cell): cell is Cell => cell !== undefined);
          const rows = cellsOf(rowFigures, "rows");
          const totals = cellsOf(totalFigures, "totals");
          const total = against === "total" ? totals[0] : totals;
          const { model } = sumCheck({ path: ["b"], label: "b" }, rows, against, total, partial, context);
          const ids = model.cells;
          const id = ids[pick % ids.length] as number;
          const plain = model.holds((other) =>
            other === id ? swapped : (context.cells[other] as Cell).range,
          );
          expect(model.holdsWith?.(id, swapped)).toBe(plain);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
