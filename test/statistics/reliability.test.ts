import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { compareSeries, percentile } from "../../src/statistics/index.js";

/** An object whose getter returns a different value on every read, counting the reads. */
function shifting<T>(values: readonly T[]): { value: T; reads: number } {
  const state = { reads: 0 };
  return Object.defineProperty(state, "value", {
    enumerable: true,
    get() {
      const v = values[Math.min(state.reads, values.length - 1)] as T;
      state.reads++;
      return v;
    },
  }) as { value: T; reads: number };
}

describe("statistics reads each input once and never throws on holes (issue 19)", () => {
  it("compareSeries: a null point or a hole is an issue, not an exception", () => {
    const points = [{ period: "2024-08", count: 23_197 }, null, { period: "2024-09", count: 20_436 }];
    const r = compareSeries(
      { granularity: "month", points, unknown: 0, outside: 0 } as never,
      "period-on-period",
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([["series", "points", 1]]);
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point of the test
    const holes = [{ period: "2024-08", count: 1 }, , { period: "2024-10", count: 2 }];
    const h = compareSeries(
      { granularity: "month", points: holes, unknown: 0, outside: 0 } as never,
      "period-on-period",
    );
    expect(h.ok).toBe(false);
    const bad = compareSeries(
      { granularity: "month", points: [{ period: "2024-08", count: -1 }] } as never,
      "period-on-period",
    );
    expect(bad.ok).toBe(false);
  });

  it("compareSeries refuses a series longer than timeSeries builds before reading a point", () => {
    const months = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
        count: i,
      }));
    const longest = compareSeries({ granularity: "month", points: months(1200) } as never, "year-on-year");
    expect(longest.ok && longest.value.length).toBe(1200);
    const tooLong = [months(1201), new Array(1_000_000_000)];
    for (const points of tooLong) {
      const r = compareSeries({ granularity: "month", points } as never, "year-on-year");
      expect(r.ok ? [] : r.issues).toEqual([
        {
          code: "STATISTICS_RANGE_TOO_LONG",
          severity: "error",
          path: ["series", "points"],
          params: { max: 1200 },
        },
      ]);
    }
  });

  it("compareSeries reads each point once: a getter that changes is neither crashed on nor echoed", () => {
    const point = shifting([5, Number.NaN]);
    const series = {
      granularity: "month",
      points: [
        { period: "2024-08", count: 4 },
        {
          period: "2024-09",
          get count() {
            return point.value;
          },
        },
      ],
      unknown: 0,
      outside: 0,
    };
    const r = compareSeries(series as never, "period-on-period");
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value[1]).toMatchObject({ count: 5, previous: 4 });
    expect(point.reads).toBe(1);
  });

  it("percentile reads each value once, copies it, and treats a hole as invalid", () => {
    const cell = shifting([3, "x"]);
    const values = [1, 2];
    Object.defineProperty(values, 2, { enumerable: true, get: () => cell.value });
    expect(percentile(values, 100)).toEqual({ ok: true, value: 3 });
    expect(cell.reads).toBe(1);
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point of the test
    expect(percentile([1, , 3], 50).ok).toBe(false);
  });

  it("reconcile reads the caller's table once (zod's copy) and never echoes a pasted figure", () => {
    const share = shifting(["34,31", "3171234567890001"]);
    const table = {
      total: "122.870",
      shares: [
        {
          label: "Hong Kong",
          count: "42.152",
          get published() {
            return share.value;
          },
        },
      ],
    };
    const r = reconcile(table);
    expect(share.reads).toBe(1);
    expect(r.ok && r.value.status).toBe("consistent");
  });
});
