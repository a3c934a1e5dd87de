import { describe, expect, it } from "vitest";
import { type Reconciliation, reconcile } from "../../src/index.js";
import {
  compareSeries,
  formatNumber,
  formatPercent,
  growth,
  percentile,
  share,
  type TimeSeries,
  tally,
  UNKNOWN_KEY,
} from "../../src/statistics/index.js";

function value(result: ReturnType<typeof reconcile>): Reconciliation {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}
const codes = (r: Reconciliation) => r.issues.map((issue) => issue.code);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("percentile: nearest rank computed exactly", () => {
  it("gives the value at rank ⌈p/100 × n⌉ with no binary artefact", () => {
    // 7 / 100 × 100 is 7.000000000000001 in binary: the rank was 8.
    for (let p = 1; p <= 100; p++) expect(percentile(oneTo(100), p)).toEqual({ ok: true, value: p });
    for (const p of [7, 14, 28, 55, 56, 68]) {
      for (let n = 1; n <= 500; n++) {
        const rank = Math.max(1, Math.ceil((p * n) / 100)); // p × n is an exact integer here
        expect(percentile(oneTo(n), p)).toEqual({ ok: true, value: rank });
      }
    }
  });

  it("reads a fractional p as the decimal it is written as", () => {
    // 0.1 % of 1,000 values is rank 1 exactly; 0.15 % of 2,000 is rank 3; 33.3 % of 10 is rank 4.
    expect(percentile(oneTo(1000), 0.1)).toEqual({ ok: true, value: 1 });
    expect(percentile(oneTo(2000), 0.15)).toEqual({ ok: true, value: 3 });
    expect(percentile(oneTo(10), 33.3)).toEqual({ ok: true, value: 4 });
    expect(percentile(oneTo(10), 0)).toEqual({ ok: true, value: 1 });
  });
});

describe("compareSeries: pairs each period with its earlier period, not with the point before", () => {
  const series = (granularity: TimeSeries["granularity"], points: [string, number][]): TimeSeries =>
    ({
      granularity,
      points: points.map(([period, count]) => ({ period, count })),
      unknown: 0,
      outside: 0,
    }) as unknown as TimeSeries;
  const pairs = (r: ReturnType<typeof compareSeries>) =>
    r.ok ? r.value.map((c) => [c.period, c.previousPeriod, c.growth?.value]) : r;

  it("leaves a period after a gap without a previous figure", () => {
    const monthly = series("month", [
      ["2023-09", 24_636],
      ["2024-08", 23_197],
      ["2024-09", 20_436],
    ]);
    expect(pairs(compareSeries(monthly, "period-on-period"))).toEqual([
      ["2023-09", undefined, undefined],
      ["2024-08", undefined, undefined],
      ["2024-09", "2024-08", -11.9],
    ]);
    expect(pairs(compareSeries(monthly, "year-on-year"))).toEqual([
      ["2023-09", undefined, undefined],
      ["2024-08", undefined, undefined],
      ["2024-09", "2023-09", -17.05],
    ]);
    const yearly = series("year", [
      ["2022", 200],
      ["2024", 300],
    ]);
    expect(pairs(compareSeries(yearly, "year-on-year"))).toEqual([
      ["2022", undefined, undefined],
      ["2024", undefined, undefined],
    ]);
  });

  it("pairs by period in a series in descending order, and across a year end", () => {
    const desc = series("month", [
      ["2024-09", 20_436],
      ["2024-08", 23_197],
    ]);
    expect(pairs(compareSeries(desc, "period-on-period"))).toEqual([
      ["2024-09", "2024-08", -11.9],
      ["2024-08", undefined, undefined],
    ]);
    const quarters = series("quarter", [
      ["2023-Q4", 100],
      ["2024-Q1", 110],
      ["2024-Q4", 121],
    ]);
    expect(pairs(compareSeries(quarters, "period-on-period"))).toEqual([
      ["2023-Q4", undefined, undefined],
      ["2024-Q1", "2023-Q4", 10],
      ["2024-Q4", undefined, undefined],
    ]);
    expect(pairs(compareSeries(quarters, "year-on-year"))).toEqual([
      ["2023-Q4", undefined, undefined],
      ["2024-Q1", undefined, undefined],
      ["2024-Q4", "2023-Q4", 21],
    ]);
    // A period code that is not one of its granularity, or the first year, has no earlier period.
    const odd = series("month", [
      ["0001-01", 5],
      ["2024-13", 7],
    ]);
    expect(pairs(compareSeries(odd, "period-on-period"))).toEqual([
      ["0001-01", undefined, undefined],
      ["2024-13", undefined, undefined],
    ]);
    const semesters = series("semester", [
      ["2023-S2", 100],
      ["2024-S1", 90],
    ]);
    expect(pairs(compareSeries(semesters, "period-on-period"))).toEqual([
      ["2023-S2", undefined, undefined],
      ["2024-S1", "2023-S2", -10],
    ]);
  });
});

describe("reconcile: a direction word it does not know", () => {
  const row = (published: string, direction?: string) => ({
    label: "Sep vs Agu 2024",
    current: "20.436",
    previous: "23.197",
    published,
    ...(direction === undefined ? {} : { direction }),
  });

  it("reads the filler words after the direction word, and 'mengalami …'", () => {
    for (const text of [
      "turun sebesar 11,9%",
      "menurun sebanyak 11,9 persen",
      "mengalami penurunan 11,9%",
      "mengalami penurunan sebesar 11,9%",
    ]) {
      const r = value(reconcile({ growth: [row(text)] }));
      expect([text, codes(r), r.figures[0]?.status]).toEqual([text, [], "agrees"]);
    }
    const r = value(reconcile({ growth: [row("11,9", "mengalami penurunan")] }));
    expect(codes(r)).toEqual([]);
    const up = value(reconcile({ growth: [row("11,9", "naik sebesar")] }));
    expect(codes(up)).toEqual(["STATISTICS_DIRECTION_MISMATCH"]);
  });

  it("reports an unknown word only as unknown, and judges the figure on its magnitude", () => {
    const right = value(reconcile({ growth: [row("anjlok 11,9%")] }));
    expect(codes(right)).toEqual(["STATISTICS_DIRECTION_UNKNOWN"]);
    expect(right.figures[0]?.status).toBe("agrees");
    const field = value(reconcile({ growth: [row("11,9", "merosot")] }));
    expect(codes(field)).toEqual(["STATISTICS_DIRECTION_UNKNOWN"]);
    expect(field.figures[0]?.status).toBe("agrees");
    const wrong = value(reconcile({ growth: [row("anjlok 12,5%")] }));
    expect(codes(wrong)).toEqual(["STATISTICS_DIRECTION_UNKNOWN", "STATISTICS_FIGURE_MISMATCH"]);
    // As an interval (amounts), too.
    const amounts = value(
      reconcile({
        growth: [
          { label: "Remitansi", current: "20,436 ribu", previous: "23,197 ribu", published: "anjlok 11,9%" },
        ],
      }),
    );
    expect(codes(amounts)).toEqual([
      "STATISTICS_NUMBER_AMBIGUOUS",
      "STATISTICS_NUMBER_AMBIGUOUS",
      "STATISTICS_DIRECTION_UNKNOWN",
    ]);
    expect(amounts.figures[0]?.status).toBe("agrees");
  });
});

describe("reconcile: a change printed without a percentage", () => {
  const base = { label: "Sep vs Agu 2024", current: "20.436", previous: "23.197" };
  const check = (extra: Record<string, string>) => {
    const r = value(reconcile({ growth: [{ ...base, ...extra }] }));
    return [codes(r), r.issues.map((issue) => issue.path.join(".")), r.consistent];
  };

  it("checks the direction word against the counts", () => {
    expect(check({ direction: "naik" })).toEqual([
      ["STATISTICS_DIRECTION_MISMATCH"],
      ["growth.0.direction"],
      false,
    ]);
    expect(check({ direction: "naik", difference: "2.761" })).toEqual([
      ["STATISTICS_DIRECTION_MISMATCH"],
      ["growth.0.direction"],
      false,
    ]);
    expect(check({ direction: "naik", difference: "-2.761" })).toEqual([
      ["STATISTICS_DIRECTION_MISMATCH"],
      ["growth.0.direction"],
      false,
    ]);
    expect(check({ direction: "turun", difference: "2.761" })).toEqual([[], [], true]);
    expect(check({ direction: "turun" })).toEqual([[], [], true]);
    const r = value(reconcile({ growth: [{ ...base, direction: "naik" }] }));
    expect(r.status).not.toBe("consistent");
    expect(r.findings.some((f) => f.kind === "story")).toBe(true);
  });

  it("reads a difference printed with a plus sign as signed", () => {
    // "+2.761" says the count rose; it fell by 2.761. As "-22.469" for a rise, the difference is wrong.
    expect(check({ difference: "+2.761" })).toEqual([
      ["STATISTICS_DIFFERENCE_MISMATCH"],
      ["growth.0.difference"],
      false,
    ]);
    expect(check({ difference: "-2.761" })).toEqual([[], [], true]);
    const localised = value(
      reconcile({ growth: [{ ...base, difference: { text: "+2,761", locale: "en" } }] }),
    );
    expect(codes(localised)).toEqual(["STATISTICS_DIFFERENCE_MISMATCH"]);
    expect(
      value(
        reconcile({
          growth: [{ label: "Naik", current: "23.197", previous: "20.436", difference: "+2.761" }],
        }),
      ).issues,
    ).toEqual([]);
  });
});

describe("reconcile: the ±1 unit tolerance is measured from the half-up value", () => {
  // STATISTICS.md §4: "allow ±1 unit in the last printed digit and flag anything larger"; a
  // truncated figure is the allowed unit below, so one more below it is two units off.
  const shareOf = (published: string) => {
    const r = value(
      reconcile({ total: "122.870", shares: [{ label: "Korea Selatan", count: "8.304", published }] }),
    );
    return [r.figures[0]?.status, r.figures[0]?.unitsOff, codes(r)];
  };
  it("for a share: 6,758… prints 6,76 half-up and 6,75 truncated", () => {
    expect(shareOf("6,76")).toEqual(["agrees", 0, []]);
    expect(shareOf("6,75")).toEqual(["agrees", 0, []]);
    expect(shareOf("6,77")).toEqual(["off-by-one", 1, ["STATISTICS_FIGURE_OFF_BY_ONE"]]);
    expect(shareOf("6,74")).toEqual(["disagrees", 2, ["STATISTICS_FIGURE_MISMATCH"]]);
    expect(shareOf("6,78")).toEqual(["disagrees", 2, ["STATISTICS_FIGURE_MISMATCH"]]);
  });

  it("for a fall: −17,048… prints 17,05 half-up and 17,04 truncated", () => {
    const fall = (published: string) => {
      const r = value(
        reconcile({
          growth: [
            { label: "Sep 2024", current: "20.436", previous: "24.636", published, direction: "turun" },
          ],
        }),
      );
      return [r.figures[0]?.status, r.figures[0]?.unitsOff, codes(r)];
    };
    expect(fall("17,05")).toEqual(["agrees", 0, []]);
    expect(fall("17,04")).toEqual(["agrees", 0, []]);
    expect(fall("17,06")).toEqual(["off-by-one", 1, ["STATISTICS_FIGURE_OFF_BY_ONE"]]);
    expect(fall("17,03")).toEqual(["disagrees", 2, ["STATISTICS_FIGURE_MISMATCH"]]);
  });

  it("for figures known as ranges: one unit either side of any half-up value the counts allow", () => {
    // 1.515–1.530 of 10.000 (half-up or truncated "1,52 ribu"): a share of 15,15–15,30 %, which
    // rounds half-up to 15,2 or 15,3: "15,1" and "15,4" are one unit off, "15,0" and "15,5" two.
    const ranged = (published: string) => {
      const r = value(
        reconcile({ total: "10.000", shares: [{ label: "Taiwan", count: "1,52 ribu", published }] }),
      );
      return [r.figures[0]?.status, codes(r).filter((c) => c !== "STATISTICS_NUMBER_AMBIGUOUS")];
    };
    expect(ranged("15,2")).toEqual(["agrees", []]);
    expect(ranged("15,1")).toEqual(["agrees", []]); // 15,15–15,2 truncates to it
    expect(ranged("15,4")).toEqual(["off-by-one", ["STATISTICS_FIGURE_OFF_BY_ONE"]]);
    expect(ranged("15,0")).toEqual(["disagrees", ["STATISTICS_FIGURE_MISMATCH"]]);
    expect(ranged("15,5")).toEqual(["disagrees", ["STATISTICS_FIGURE_MISMATCH"]]);
    // A fall from 20.000 to 16.975–16.990 ("16,98 ribu"): 15,05–15,125 %, half-up 15,1 only
    // (truncated 15,0 or 15,1): "15,2" is one unit off, "14,9" and "15,3" two.
    const fall = (published: string) => {
      const r = value(
        reconcile({
          growth: [
            { label: "Arab Saudi", current: "16,98 ribu", previous: "20.000", published, direction: "turun" },
          ],
        }),
      );
      return [r.figures[0]?.status, codes(r).filter((c) => c !== "STATISTICS_NUMBER_AMBIGUOUS")];
    };
    expect(fall("15,1")).toEqual(["agrees", []]);
    expect(fall("15,0")).toEqual(["agrees", []]);
    expect(fall("15,2")).toEqual(["off-by-one", ["STATISTICS_FIGURE_OFF_BY_ONE"]]);
    expect(fall("15,3")).toEqual(["disagrees", ["STATISTICS_FIGURE_MISMATCH"]]);
    expect(fall("14,9")).toEqual(["disagrees", ["STATISTICS_FIGURE_MISMATCH"]]);
  });
});

describe("reconcile: the ±1 unit tolerance with rounded amounts", () => {
  it("warns of a share one unit off against a rounded total, as against the exact one", () => {
    const status = (total: string, published: string) => {
      const r = value(reconcile({ total, shares: [{ label: "Hong Kong", count: "42.152", published }] }));
      return [r.figures[0]?.status, codes(r)];
    };
    expect(status("122.870", "34,32")).toEqual(["off-by-one", ["STATISTICS_FIGURE_OFF_BY_ONE"]]);
    expect(status("122,87 ribu", "34,32")).toEqual(["off-by-one", ["STATISTICS_FIGURE_OFF_BY_ONE"]]);
    expect(status("122,87 ribu", "34,31")).toEqual(["agrees", []]);
    expect(status("122,87 ribu", "34,33")).toEqual(["disagrees", ["STATISTICS_FIGURE_MISMATCH"]]);
  });

  it("warns of a growth one unit off between rounded amounts", () => {
    const status = (published: string) => {
      const r = value(
        reconcile({
          growth: [
            {
              label: "Remitansi",
              current: "20,4 ribu",
              previous: "23,2 ribu",
              published,
              direction: "turun",
            },
          ],
        }),
      );
      return [r.figures[0]?.status, codes(r).filter((c) => c !== "STATISTICS_NUMBER_AMBIGUOUS")];
    };
    // 20.350–20.500 against 23.150–23.300 (half-up or truncated): a fall of 11,45–12,66 %, which
    // "12,7" may print (12,65–12,8); "12,8" is one unit off, "12,9" two.
    expect(status("12,7")).toEqual(["agrees", []]);
    expect(status("12,8")).toEqual(["off-by-one", ["STATISTICS_FIGURE_OFF_BY_ONE"]]);
    expect(status("12,9")).toEqual(["disagrees", ["STATISTICS_FIGURE_MISMATCH"]]);
  });
});

describe("formatPercent: rounds half-up, and never pads a figure with digits it does not have", () => {
  it("rounds a plain number half-up from its decimal text, where toFixed reads the double below it", () => {
    // (34.305).toFixed(2) is "34.30": the double nearest 34.305 is 34.30499999…
    expect((34.305).toFixed(2)).toBe("34.30");
    expect(formatPercent(34.305, { decimals: 2 })).toBe("34,31%");
    expect(formatPercent(8.155, { decimals: 2, locale: "en" })).toBe("8.16%");
    expect(formatNumber(-1.005, { decimals: 2 })).toBe("-1,01");
    expect(formatNumber(0.125, { decimals: 2 })).toBe("0,13");
    expect(formatNumber(2.5, { decimals: 0 })).toBe("3");
    expect(formatNumber(11.9, { decimals: 2 })).toBe("11,90");
    expect(formatNumber(1e21, { decimals: 0 })).toBe("1.000.000.000.000.000.000.000");
    // Numbers JavaScript writes with an exponent are rounded half-up too, and padded.
    expect(formatNumber(5e-7, { decimals: 6 })).toBe("0,000001");
    expect(formatNumber(1.5e-7, { decimals: 7, locale: "en" })).toBe("0.0000002");
    expect(formatNumber(1e21, { decimals: 2 })).toBe("1.000.000.000.000.000.000.000,00");
  });

  it("writes a figure at more decimals than its own from its exact value, with the exact value's sign", () => {
    const third = share(2, 3, { decimals: 0 });
    if (!third.ok) throw new Error("share");
    expect(third.value.value).toBe(67);
    expect(formatPercent(third.value, { decimals: 2 })).toBe("66,67%");
    const fall = growth(7_364, 8_018, { decimals: 0 });
    if (!fall.ok) throw new Error("growth");
    expect(formatPercent(fall.value, { decimals: 2 })).toBe("-8,16%");
    // -0.3 % kept at 0 decimals is 0; at 1 decimal it is a fall.
    const small = growth(997, 1_000, { decimals: 0 });
    if (!small.ok) throw new Error("growth");
    expect(formatPercent(small.value)).toBe("0%");
    expect(formatPercent(small.value, { decimals: 1 })).toBe("-0,3%");
    // A truncated figure is written truncated at any precision.
    const cut = share(8_304, 122_870, { decimals: 1, rounding: "truncate" });
    if (!cut.ok) throw new Error("share");
    expect(formatPercent(cut.value, { decimals: 2 })).toBe("6,75%");
  });
});

describe("formatPercent: rounds a figure's exact value, never its rounded one", () => {
  it("writes fewer decimals than the figure's from its exact value", () => {
    const s = share(342_456, 1_000_000); // 34.2456: 34.25 at 2 decimals, 34.2 at 1
    if (!s.ok) throw new Error("share");
    expect(formatPercent(s.value, { decimals: 1 })).toBe("34,2%");
    const one = share(342_456, 1_000_000, { decimals: 1 });
    expect(one.ok && formatPercent(s.value, { decimals: 1 })).toBe(one.ok && formatPercent(one.value));
    expect(formatPercent(s.value)).toBe("34,25%");
    const g = growth(10_445, 10_000, { decimals: 2 }); // 4.45 exactly: half-up 4.5
    expect(g.ok && formatPercent(g.value, { decimals: 1 })).toBe("4,5%");
    const h = growth(9_555, 10_000, { decimals: 3 }); // -4.45 exactly
    expect(h.ok && formatPercent(h.value, { decimals: 1, locale: "en" })).toBe("-4.5%");
    const t = share(1_449_999, 10_000_000, { decimals: 3 }); // 14.49999: 14.500 at 3 decimals
    expect(t.ok && formatPercent(t.value, { decimals: 1 })).toBe("14,5%");
    const u = share(144_999, 1_000_000, { decimals: 2 }); // 14.4999: 14.50 at 2, 14.5 at 1 too
    expect(u.ok && formatPercent(u.value, { decimals: 0 })).toBe("14%");
    // Truncated figures are truncated again; more decimals than the figure's come from the exact value.
    const v = share(342_456, 1_000_000, { decimals: 3, rounding: "truncate" });
    expect(v.ok && formatPercent(v.value, { decimals: 1 })).toBe("34,2%");
    expect(formatPercent(s.value, { decimals: 3 })).toBe("34,246%");
    // An exact value cut after 6 decimals settles a rounding to 5 at most; beyond, the value is used.
    const third = share(1, 3, { decimals: 8 }); // 33.33333333, exact "33.333333…"
    expect(third.ok && formatPercent(third.value, { decimals: 5 })).toBe("33,33333%");
    expect(third.ok && formatPercent(third.value, { decimals: 7 })).toBe("33,3333333%");
    const twoThirds = share(2, 3, { decimals: 8 }); // 66.66666667, exact "66.666666…"
    expect(twoThirds.ok && formatPercent(twoThirds.value, { decimals: 5 })).toBe("66,66667%");
  });
});

describe("tally: a blank category key", () => {
  it("counts a whitespace-only key as unknown", () => {
    const t = tally([{ d: "  " }, { d: "" }, { d: "\t\n" }, { d: "HK" }], {
      name: "d",
      key: (r: { d: string }) => r.d,
    });
    expect(t.ok && t.value.rows).toEqual([
      { keys: ["HK"], count: 1 },
      { keys: [UNKNOWN_KEY], count: 3 },
    ]);
  });
});
