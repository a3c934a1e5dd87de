import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeTallies, tally, timeSeries } from "../../src/index.js";
import { byPeriod, compareSeries, periodOf, seriesFromTally } from "../../src/statistics/index.js";
import { codes, value } from "./fixtures.js";

/** `n` records dated on the given day. */
function on(date: string, n: number): { date: string }[] {
  return Array.from({ length: n }, () => ({ date }));
}

describe("periodOf", () => {
  it("names the month, quarter, semester and year of a date", () => {
    expect(periodOf("2024-09-30", "month")).toBe("2024-09");
    expect(periodOf("2024-03-31", "quarter")).toBe("2024-Q1");
    expect(periodOf("2024-04-01", "quarter")).toBe("2024-Q2");
    expect(periodOf("2024-06-30", "semester")).toBe("2024-S1");
    expect(periodOf("2024-07-01", "semester")).toBe("2024-S2");
    expect(periodOf("2024-12-31", "year")).toBe("2024");
    expect(periodOf("2024-07-01T00:30:00+07:00", "quarter")).toBe("2024-Q3");
    expect(periodOf("2024-02-30", "year")).toBeUndefined();
    expect(periodOf("2024-02-01", "week" as never)).toBeUndefined();
  });
});

describe("timeSeries", () => {
  it("fills empty months with 0 and counts undated records apart", () => {
    const s = value(
      timeSeries([...on("2024-01-05", 2), ...on("2024-03-31", 1), { date: "bad" }, {}], {
        granularity: "month",
      }),
    );
    expect(s).toEqual({
      granularity: "month",
      unknown: 2,
      outside: 0,
      points: [
        { period: "2024-01", start: "2024-01-01", end: "2024-01-31", count: 2 },
        { period: "2024-02", start: "2024-02-01", end: "2024-02-29", count: 0 },
        { period: "2024-03", start: "2024-03-01", end: "2024-03-31", count: 1 },
      ],
    });
  });

  it("covers an explicit range given as dates or period codes, counting records outside it", () => {
    const records = [...on("2023-12-31", 1), ...on("2024-05-15", 4), ...on("2025-01-01", 2)];
    const byCode = value(timeSeries(records, { granularity: "quarter", from: "2024-Q1", to: "2024-Q4" }));
    expect(byCode.points.map((p) => [p.period, p.start, p.end, p.count])).toEqual([
      ["2024-Q1", "2024-01-01", "2024-03-31", 0],
      ["2024-Q2", "2024-04-01", "2024-06-30", 4],
      ["2024-Q3", "2024-07-01", "2024-09-30", 0],
      ["2024-Q4", "2024-10-01", "2024-12-31", 0],
    ]);
    expect(byCode.outside).toBe(3);
    const byDate = value(
      timeSeries(records, { granularity: "semester", from: "2024-02-10", to: "2024-12-01" }),
    );
    expect(byDate.points.map((p) => [p.period, p.count])).toEqual([
      ["2024-S1", 4],
      ["2024-S2", 0],
    ]);
    const years = value(
      timeSeries(records, { granularity: "year", date: (r) => (r as { date: string }).date }),
    );
    expect(years.points.map((p) => [p.period, p.end, p.count])).toEqual([
      ["2023", "2023-12-31", 1],
      ["2024", "2024-12-31", 4],
      ["2025", "2025-12-31", 2],
    ]);
  });

  it("reaches the last period of year 9999 and is empty without dates", () => {
    const s = value(timeSeries(on("9999-12-31", 1), { granularity: "month", from: "9999-11" }));
    expect(s.points.map((p) => [p.period, p.end])).toEqual([
      ["9999-11", "9999-11-30"],
      ["9999-12", "9999-12-31"],
    ]);
    expect(value(timeSeries([], { granularity: "year" }))).toEqual({
      granularity: "year",
      points: [],
      unknown: 0,
      outside: 0,
    });
  });

  it("refuses bad options", () => {
    expect(codes(timeSeries([], { granularity: "week" } as never))).toEqual([
      "STATISTICS_GRANULARITY_INVALID",
    ]);
    expect(codes(timeSeries([], { granularity: "month", date: 3 } as never))).toEqual([
      "STATISTICS_OPTIONS_INVALID",
    ]);
    expect(codes(timeSeries([], { granularity: "month", from: "2024-Q1", to: "2024-13" }))).toEqual([
      "STATISTICS_PERIOD_INVALID",
      "STATISTICS_PERIOD_INVALID",
    ]);
    expect(codes(timeSeries([], { granularity: "month", from: "2024-05", to: "2024-04" }))).toEqual([
      "STATISTICS_RANGE_INVALID",
    ]);
    expect(codes(timeSeries([], { granularity: "month", from: "1900-01", to: "2024-01" }))).toEqual([
      "STATISTICS_RANGE_TOO_LONG",
    ]);
    expect(codes(timeSeries(5, { granularity: "month" }))).toEqual(["STATISTICS_RECORDS_NOT_ITERABLE"]);
    expect(codes(timeSeries([], undefined as never))).toEqual(["STATISTICS_GRANULARITY_INVALID"]);
    const twoDims = value(tally([], [byPeriod("month"), byPeriod("year")]));
    expect(codes(seriesFromTally(twoDims, { granularity: "month" }))).toEqual([
      "STATISTICS_DIMENSION_INVALID",
    ]);
  });

  it("names where each refused option is", () => {
    const issues = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
      r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);
    expect(issues(timeSeries([], { granularity: "week", date: 3 } as never))).toEqual([
      ["STATISTICS_GRANULARITY_INVALID", "options.granularity"],
      ["STATISTICS_OPTIONS_INVALID", "options.date"],
    ]);
    expect(issues(timeSeries([], { granularity: "month", from: "2024-Q1", to: "2024-13" }))).toEqual([
      ["STATISTICS_PERIOD_INVALID", "options.from"],
      ["STATISTICS_PERIOD_INVALID", "options.to"],
    ]);
    expect(issues(timeSeries([], { granularity: "month", from: "2024-05", to: "2024-04" }))).toEqual([
      ["STATISTICS_RANGE_INVALID", "options"],
    ]);
    // 1900-01 to 2024-01 is 1,501 months, beyond the 1,200 (100 years of months) one series may span.
    const long = timeSeries([], { granularity: "month", from: "1900-01", to: "2024-01" });
    expect(long.ok ? [] : long.issues).toEqual([
      { code: "STATISTICS_RANGE_TOO_LONG", severity: "error", path: ["options"], params: { max: 1200 } },
    ]);
    // Exactly 1,200 months (2000-01 … 2099-12) is allowed.
    expect(
      value(timeSeries([], { granularity: "month", from: "2000-01", to: "2099-12" })).points,
    ).toHaveLength(1200);
    const months = value(tally(on("2024-01-05", 1), byPeriod("month")));
    expect(issues(seriesFromTally(months, { granularity: "week" } as never))).toEqual([
      ["STATISTICS_GRANULARITY_INVALID", "options.granularity"],
    ]);
    expect(issues(seriesFromTally(months, { granularity: "month", to: "2024-13" }))).toEqual([
      ["STATISTICS_PERIOD_INVALID", "options.to"],
    ]);
    const twoDims = value(tally([], [byPeriod("month"), byPeriod("year")]));
    expect(issues(seriesFromTally(twoDims, { granularity: "month" }))).toEqual([
      ["STATISTICS_DIMENSION_INVALID", "source.dimensions"],
    ]);
    const notATally = seriesFromTally(null, { granularity: "month" });
    expect(notATally.ok).toBe(false);
    if (!notATally.ok) expect(notATally.issues.every((i) => i.path[0] === "source")).toBe(true);
    const badRows = seriesFromTally(
      { dimensions: ["period"], total: 1, rows: "x" },
      { granularity: "month" },
    );
    expect(badRows.ok).toBe(false);
    if (!badRows.ok) expect(badRows.issues.map((i) => i.path[0])).toContain("source");
  });

  it("gives one period when the range starts and ends in it, and ranges from a tally", () => {
    const records = [...on("2024-02-10", 2), ...on("2024-05-01", 3)];
    const one = value(timeSeries(records, { granularity: "month", from: "2024-02-01", to: "2024-02-29" }));
    expect(one.points.map((p) => [p.period, p.count])).toEqual([["2024-02", 2]]);
    expect(one.outside).toBe(3);
    const months = value(tally(records, byPeriod("month")));
    const fromOnly = value(seriesFromTally(months, { granularity: "month", from: "2024-04" }));
    expect(fromOnly.points.map((p) => [p.period, p.count])).toEqual([
      ["2024-04", 0],
      ["2024-05", 3],
    ]);
    expect(fromOnly.outside).toBe(2);
    const toOnly = value(seriesFromTally(months, { granularity: "month", to: "2024-03" }));
    expect(toOnly.points.map((p) => [p.period, p.count])).toEqual([
      ["2024-02", 2],
      ["2024-03", 0],
    ]);
    expect(toOnly.outside).toBe(3);
  });

  it("builds the same series from merged shard tallies as from all records", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.date({
            min: new Date("2020-01-01T00:00:00Z"),
            max: new Date("2024-12-31T00:00:00Z"),
            noInvalidDate: true,
          }),
          { maxLength: 80 },
        ),
        fc.constantFrom("month" as const, "quarter" as const, "semester" as const, "year" as const),
        (dates, granularity) => {
          const records = dates.map((d) => ({ date: d.toISOString().slice(0, 10) }));
          const half = Math.floor(records.length / 2);
          const a = value(tally(records.slice(0, half), byPeriod(granularity)));
          const b = value(tally(records.slice(half), byPeriod(granularity)));
          const merged = value(seriesFromTally(value(mergeTallies(a, b)), { granularity }));
          const direct = value(timeSeries(records, { granularity }));
          expect(merged).toEqual(direct);
          expect(direct.points.reduce((n, p) => n + p.count, 0)).toBe(records.length);
        },
      ),
    );
  });
});

describe("compareSeries", () => {
  // Monthly totals of STATISTICS.md §6 example B: Sep 2022, Sep 2023, Aug 2024, Sep 2024.
  const records = [
    ...on("2022-09-10", 21_738),
    ...on("2023-09-10", 24_636),
    ...on("2024-08-10", 23_197),
    ...on("2024-09-10", 20_436),
  ];
  // Built inside each test (not while tests are collected, before a mutation run switches its mutant on).
  const monthly = () => value(timeSeries(records, { granularity: "month" }));

  it("compares month on month and year on year", () => {
    const series = monthly();
    const mtm = value(compareSeries(series, "period-on-period", { decimals: 1 }));
    const sep2024 = mtm.at(-1);
    expect(sep2024).toMatchObject({
      period: "2024-09",
      count: 20_436,
      previousPeriod: "2024-08",
      previous: 23_197,
    });
    expect(sep2024?.growth).toMatchObject({ value: -11.9, direction: "turun" });
    const yoy = value(compareSeries(series, "year-on-year"));
    expect(yoy.at(-1)?.growth).toMatchObject({ value: -17.05, absoluteDifference: 4_200 });
    expect(yoy.find((c) => c.period === "2023-09")?.growth?.value).toBe(13.33);
    expect(yoy[0]).toMatchObject({ previousPeriod: undefined, previous: undefined, growth: undefined });
    // A month compared with an empty month has no percentage but keeps the difference.
    expect(mtm.find((c) => c.period === "2022-10")?.growth).toMatchObject({
      direction: "turun",
      value: -100,
    });
    expect(mtm.find((c) => c.period === "2022-11")?.growth).toMatchObject({
      direction: "tetap",
      reason: "DENOMINATOR_ZERO",
    });
  });

  it("looks one year back for quarters, semesters and years", () => {
    const q = value(compareSeries(value(timeSeries(records, { granularity: "quarter" })), "year-on-year"));
    expect(q.find((c) => c.period === "2023-Q3")).toMatchObject({
      previousPeriod: "2022-Q3",
      previous: 21_738,
    });
    const y = value(compareSeries(value(timeSeries(records, { granularity: "year" })), "year-on-year"));
    expect(y.map((c) => c.previousPeriod)).toEqual([undefined, "2022", "2023"]);
    const s = value(compareSeries(value(timeSeries(records, { granularity: "semester" })), "year-on-year"));
    expect(s.find((c) => c.period === "2024-S2")).toMatchObject({ previousPeriod: "2023-S2" });
  });

  it("refuses a bad comparison or series", () => {
    const series = monthly();
    const issues = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
      r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);
    expect(issues(compareSeries(series, "qoq" as never))).toEqual([
      ["STATISTICS_OPTIONS_INVALID", "comparison"],
    ]);
    expect(issues(compareSeries({ granularity: "week", points: [] } as never, "year-on-year"))).toEqual([
      ["STATISTICS_OPTIONS_INVALID", "series"],
    ]);
    // A hand-made series with a negative count: the point is refused where it is.
    const bad = {
      granularity: "month",
      points: [
        { period: "2024-01", count: -1 },
        { period: "2024-02", count: 1 },
      ],
    };
    expect(issues(compareSeries(bad as never, "period-on-period"))).toEqual([
      ["STATISTICS_OPTIONS_INVALID", "series.points.0"],
    ]);
    const truncated = value(compareSeries(series, "year-on-year", { rounding: "truncate" }));
    // (20,436 − 24,636) / 24,636 = −17.048…%: −17.04 truncated.
    expect(truncated.at(-1)?.growth).toMatchObject({ value: -17.04, rounding: "truncate", decimals: 2 });
    expect(codes(compareSeries(series, "qoq" as never))).toEqual(["STATISTICS_OPTIONS_INVALID"]);
    expect(codes(compareSeries({} as never, "year-on-year"))).toEqual(["STATISTICS_OPTIONS_INVALID"]);
    expect(codes(compareSeries(null as never, "year-on-year"))).toContain("STATISTICS_OPTIONS_INVALID");
    expect(codes(compareSeries(series, "year-on-year", { decimals: -1 }))).toEqual([
      "STATISTICS_DECIMALS_INVALID",
    ]);
  });
});
