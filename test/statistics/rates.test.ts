import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatGrowth, formatNumber, formatPercent, growth, ratio, share, tally } from "../../src/index.js";
import {
  achievement,
  byDestination,
  bySex,
  concentration,
  DIRECTION_WORDS,
  formatRatio,
  parseIndonesianNumber,
  resolutionRate,
  UNKNOWN_KEY,
} from "../../src/statistics/index.js";
import { codes, value } from "./fixtures.js";

/** Exact reference: the quotient in units of 10^-d from decimal strings, by long division on BigInt. */
function reference(
  n: number,
  d: number,
  multiplier: number,
  decimals: number,
  mode: "half-up" | "truncate",
): number {
  const scaled = BigInt(Math.abs(n)) * BigInt(multiplier) * 10n ** BigInt(decimals) * 2n;
  const twice = scaled / BigInt(d); // floor(2q)
  const floor = (BigInt(Math.abs(n)) * BigInt(multiplier) * 10n ** BigInt(decimals)) / BigInt(d);
  const units = mode === "truncate" ? floor : twice - 2n * floor >= 1n ? floor + 1n : floor;
  const magnitude = Number(units) / 10 ** decimals;
  return n < 0 && units !== 0n ? -magnitude : magnitude;
}

describe("share — STATISTICS.md §6 example A", () => {
  const total = 122_870;
  it.each([
    [42_152, 34.31, 34.3],
    [30_363, 24.71, 24.71],
    [17_854, 14.53, 14.53],
    [8_304, 6.76, 6.75],
  ])("%i of 122,870 is %f half-up and %f truncated", (count, halfUp, truncated) => {
    expect(value(share(count, total)).value).toBe(halfUp);
    expect(value(share(count, total, { rounding: "truncate" })).value).toBe(truncated);
  });

  it("carries numerator, denominator, precision and the exact value", () => {
    expect(value(share(42_152, total))).toEqual({
      kind: "share",
      numerator: 42_152,
      denominator: total,
      value: 34.31,
      exact: "34.306177…",
      decimals: 2,
      rounding: "half-up",
    });
  });

  it("rounds an exact half up, where binary floating point would not", () => {
    // 1.005% exactly: the naive float formula gives 1 because 1.005 is stored as 1.00499…
    expect(Math.round((1_005 / 100_000) * 100 * 100) / 100).toBe(1);
    expect(value(share(1_005, 100_000)).value).toBe(1.01);
    expect(Math.round((1_045 / 100_000) * 10_000) / 100).toBe(1.04);
    expect(value(share(1_045, 100_000)).value).toBe(1.05);
    expect(value(share(34_305, 100_000)).value).toBe(34.31);
    expect(value(share(34_305, 100_000, { rounding: "truncate" })).value).toBe(34.3);
    expect(value(share(1, 8, { decimals: 1 })).value).toBe(12.5);
    expect(value(share(1, 16, { decimals: 2 })).value).toBe(6.25);
    expect(value(share(1, 16, { decimals: 1 })).value).toBe(6.3);
    expect(value(share(1, 3, { decimals: 0 })).value).toBe(33);
    expect(value(share(2, 3, { decimals: 0 })).value).toBe(67);
    expect(value(share(2, 3, { decimals: 10 })).value).toBe(66.6666666667);
  });

  it("gives an explicit undefined with a reason for a zero total", () => {
    expect(value(share(0, 0))).toMatchObject({
      value: undefined,
      exact: undefined,
      reason: "DENOMINATOR_ZERO",
    });
  });

  it("refuses bad counts and options with every issue at once", () => {
    expect(codes(share(-1, 1.5))).toEqual(["STATISTICS_COUNT_NEGATIVE", "STATISTICS_COUNT_NOT_INTEGER"]);
    expect(codes(share(Number.NaN, "10"))).toEqual([
      "STATISTICS_COUNT_NOT_NUMBER",
      "STATISTICS_COUNT_NOT_NUMBER",
    ]);
    expect(codes(share(1, 2 ** 60))).toEqual(["STATISTICS_COUNT_TOO_LARGE"]);
    expect(codes(share(3, 2))).toEqual(["STATISTICS_COUNT_EXCEEDS_TOTAL"]);
    expect(codes(share(1, 2, { decimals: 11, rounding: "bankers" } as never))).toEqual([
      "STATISTICS_DECIMALS_INVALID",
      "STATISTICS_ROUNDING_INVALID",
    ]);
    expect(codes(share(1, 2, "2" as never))).toEqual(["STATISTICS_OPTIONS_INVALID"]);
    expect(codes(share(1, 2, null as never))).toEqual(["STATISTICS_OPTIONS_INVALID"]);
  });

  it("reads -0 as 0 and ignores inherited options", () => {
    expect(value(share(-0, 4)).value).toBe(0);
    expect(Object.is(value(share(-0, 4)).numerator, 0)).toBe(true);
    const options = Object.create({ decimals: 0 }) as object;
    expect(value(share(1, 3, options)).decimals).toBe(2);
  });

  it("matches an exact BigInt reference for any counts and precision", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("half-up" as const, "truncate" as const),
        (a, b, decimals, rounding) => {
          const [count, total] = a <= b ? [a, b] : [b, a];
          expect(value(share(count, total, { decimals, rounding })).value).toBe(
            reference(count, total, 100, decimals, rounding),
          );
        },
      ),
    );
  });

  it("half-up and truncate differ by one unit exactly where the discarded digits are at least one half", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (a, b, decimals) => {
          const [count, total] = a <= b ? [a, b] : [b, a];
          const up = value(share(count, total, { decimals })).value as number;
          const down = value(share(count, total, { decimals, rounding: "truncate" })).value as number;
          const scaled = BigInt(count) * 100n * 10n ** BigInt(decimals);
          const remainder = scaled % BigInt(total);
          const atLeastHalf = 2n * remainder >= BigInt(total);
          expect(Math.round((up - down) * 10 ** decimals)).toBe(atLeastHalf ? 1 : 0);
        },
      ),
    );
  });

  it("rounded shares of a complete breakdown sum to 100 within half a unit per row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 3 }),
        (counts, decimals) => {
          const total = counts.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const sum = counts.reduce(
            (acc, c) => acc + (value(share(c, total, { decimals })).value as number),
            0,
          );
          const tolerance = counts.length * 0.5 * 10 ** -decimals + 1e-9;
          expect(Math.abs(sum - 100)).toBeLessThanOrEqual(tolerance);
        },
      ),
    );
  });
});

describe("growth — STATISTICS.md §6 example B", () => {
  it("reproduces the published changes with half-up, and truncation does not", () => {
    expect(value(growth(20_436, 23_197, { decimals: 1 }))).toEqual({
      current: 20_436,
      previous: 23_197,
      difference: -2_761,
      absoluteDifference: 2_761,
      direction: "turun",
      value: -11.9,
      magnitude: 11.9,
      exact: "-11.902401…",
      decimals: 1,
      rounding: "half-up",
    });
    expect(value(growth(20_436, 24_636)).value).toBe(-17.05);
    expect(value(growth(20_436, 24_636, { rounding: "truncate" })).value).toBe(-17.04);
    expect(value(growth(7_364, 8_018)).value).toBe(-8.16);
    expect(value(growth(7_364, 8_018, { rounding: "truncate" })).value).toBe(-8.15);
    expect(value(growth(6_719, 7_324)).value).toBe(-8.26);
  });

  it("computes 13.33, not the published 13.38, for September 2023 against 2022", () => {
    const g = value(growth(24_636, 21_738));
    expect(g).toMatchObject({ value: 13.33, direction: "naik", absoluteDifference: 2_898 });
  });

  it("rounds negative halves away from zero on the magnitude", () => {
    // −12.5% exactly: half-up gives −13 at 0 decimals, truncate −12.
    expect(value(growth(7, 8, { decimals: 0 })).value).toBe(-13);
    expect(value(growth(7, 8, { decimals: 0, rounding: "truncate" })).value).toBe(-12);
    expect(value(growth(9, 8, { decimals: 0 })).value).toBe(13);
  });

  it("is 0 with direction tetap for a value over itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const g = value(growth(n, n));
        expect(g).toMatchObject({ value: 0, magnitude: 0, direction: "tetap", difference: 0 });
        expect(Object.is(g.value, 0)).toBe(true);
      }),
    );
  });

  it("has no percentage from zero but keeps difference and direction", () => {
    expect(value(growth(12, 0))).toMatchObject({
      value: undefined,
      magnitude: undefined,
      reason: "DENOMINATOR_ZERO",
      direction: "naik",
      absoluteDifference: 12,
    });
    expect(value(growth(0, 0))).toMatchObject({ direction: "tetap", value: undefined });
  });

  it("accepts amounts with decimals exactly when asked", () => {
    expect(value(growth(0.3, 0.1, { values: "amounts" }))).toMatchObject({ value: 200, difference: 0.2 });
    expect(value(growth(2.5, 2.25, { values: "amounts", decimals: 1 })).value).toBe(11.1);
    expect(codes(growth(2.5, 2.25))).toEqual([
      "STATISTICS_COUNT_NOT_INTEGER",
      "STATISTICS_COUNT_NOT_INTEGER",
    ]);
    expect(codes(growth(-1, 2, { values: "amounts" }))).toEqual(["STATISTICS_COUNT_NEGATIVE"]);
    expect(codes(growth(Number.POSITIVE_INFINITY, 2, { values: "amounts" }))).toEqual([
      "STATISTICS_COUNT_NOT_NUMBER",
    ]);
    expect(codes(growth(1, 2, { values: "money" } as never))).toEqual(["STATISTICS_OPTIONS_INVALID"]);
  });

  it("matches the exact reference, signed, for any pair", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 5_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("half-up" as const, "truncate" as const),
        (current, previous, decimals, rounding) => {
          const g = value(growth(current, previous, { decimals, rounding }));
          expect(g.value).toBe(reference(current - previous, previous, 100, decimals, rounding));
          expect(g.magnitude).toBe(Math.abs(g.value as number));
          expect(g.direction).toBe(current > previous ? "naik" : current < previous ? "turun" : "tetap");
        },
      ),
    );
  });

  it("formats as the releases word it", () => {
    expect(formatGrowth(value(growth(20_436, 24_636)))).toBe("turun 17,05% (4.200)");
    expect(formatGrowth(value(growth(20_436, 24_636)), "en")).toBe("down 17.05% (4,200)");
    expect(formatGrowth(value(growth(20_436, 23_197, { decimals: 2 })))).toBe("turun 11,90% (2.761)");
    expect(formatGrowth(value(growth(12, 0)))).toBe("naik (12)");
    expect(formatGrowth(value(growth(5, 5)), "en")).toBe("unchanged 0.00% (0)");
    expect(DIRECTION_WORDS.naik.en[0]).toBe("up");
    expect(DIRECTION_WORDS.turun.id[0]).toBe("turun");
  });
});

describe("ratio", () => {
  it("states deportations per procedural departure as 1 : r", () => {
    expect(value(ratio(40, 327))).toEqual({
      base: 40,
      compared: 327,
      value: 8.2,
      exact: "8.175",
      decimals: 1,
      rounding: "half-up",
    });
    expect(formatRatio(value(ratio(40, 327, { decimals: 0 })))).toBe("1 banding 8");
    expect(formatRatio(value(ratio(40, 327, { decimals: 2 })), "en")).toBe("1 : 8.18");
    expect(value(ratio(40, 327, { decimals: 2, rounding: "truncate" })).value).toBe(8.17);
  });

  it("is undefined with a reason for a zero base", () => {
    const r = value(ratio(0, 10));
    expect(r).toMatchObject({ value: undefined, reason: "DENOMINATOR_ZERO" });
    expect(formatRatio(r)).toBe("1 banding –");
    expect(codes(ratio("1", -2))).toEqual(["STATISTICS_COUNT_NOT_NUMBER", "STATISTICS_COUNT_NEGATIVE"]);
  });
});

describe("achievement, resolution rate, concentration", () => {
  it("computes achievement against a target, above 100 too", () => {
    expect(value(achievement(286_422, 300_000)).value).toBe(95.47);
    expect(value(achievement(330, 300, { decimals: 0 })).value).toBe(110);
    expect(value(achievement(1, 0)).reason).toBe("DENOMINATOR_ZERO");
    expect(codes(achievement(1.5, -1))).toEqual([
      "STATISTICS_COUNT_NOT_INTEGER",
      "STATISTICS_COUNT_NEGATIVE",
    ]);
  });

  it("computes the resolution rate and its complement", () => {
    const r = value(resolutionRate(1_358, 1_500));
    expect([r.resolved.value, r.inProcess.value]).toEqual([90.53, 9.47]);
    expect(r.inProcess.numerator).toBe(142);
    expect(codes(resolutionRate(2, 1))).toEqual(["STATISTICS_COUNT_EXCEEDS_TOTAL"]);
    expect(codes(resolutionRate(null, 1))).toEqual(["STATISTICS_COUNT_NOT_NUMBER"]);
  });

  it("combines the top-N of counts or of a tally", () => {
    expect(value(concentration([10, 60, 30], { top: 2 }))).toMatchObject({
      value: 90,
      numerator: 90,
      denominator: 100,
      top: 2,
      rows: [],
    });
    expect(value(concentration([17_702], { total: 20_436 })).value).toBe(86.62);
    const t = value(
      tally(
        [
          { destination: "TW" },
          { destination: "HK" },
          { destination: "MY" },
          { destination: "HK" },
          { destination: "TW" },
        ],
        byDestination,
      ),
    );
    const c = value(concentration(t, { top: 1 }));
    // Tie between HK and TW (2 each): key order decides, deterministically.
    expect(c.rows).toEqual([{ keys: ["HK"], count: 2 }]);
    expect(c.value).toBe(40);
    expect(value(concentration(t)).value).toBe(100);
  });

  it("counts records of unknown destination in the total but never ranks them (the residual row)", () => {
    const records = [{ destination: "HK" }, { destination: "HK" }, { destination: "TW" }, {}, {}, {}];
    const t = value(tally(records, byDestination));
    expect(t.rows.map((row) => row.keys[0])).toContain(UNKNOWN_KEY);
    const c = value(concentration(t, { top: 1 }));
    expect(c.rows).toEqual([{ keys: ["HK"], count: 2 }]);
    expect([c.numerator, c.denominator]).toEqual([2, 6]);
    expect(c.value).toBe(33.33);
    // Every ranked row taken: the share of all records whose destination is known.
    expect(value(concentration(t)).value).toBe(50);
  });

  it("ranks a row of several dimensions unless every key of it is unknown", () => {
    const records = [
      { destination: "HK", sex: "F" },
      { destination: "HK" },
      { destination: "HK" },
      { destination: "HK" },
      { destination: "TW", sex: "F" },
      {},
      {},
      {},
      {},
      {},
    ];
    const t = value(tally(records, [byDestination, bySex]));
    const c = value(concentration(t, { top: 1 }));
    // HK with no sex recorded is a known destination: it is ranked; the all-unknown row is not.
    expect(c.rows).toEqual([{ keys: ["HK", UNKNOWN_KEY], count: 3 }]);
    expect([c.numerator, c.denominator]).toEqual([3, 10]);
    expect(value(concentration(t, { top: 9 })).numerator).toBe(5);
  });

  it("refuses bad concentration input", () => {
    expect(codes(concentration([1, -1], { top: 0 }))).toEqual([
      "STATISTICS_TOP_INVALID",
      "STATISTICS_COUNT_NEGATIVE",
    ]);
    expect(codes(concentration([5, 5], { total: 4 }))).toEqual(["STATISTICS_COUNT_EXCEEDS_TOTAL"]);
    expect(codes(concentration({ dimensions: [] }))[0]).toMatch(/^SCHEMA_|^INPUT_/);
    expect(codes(concentration([2 ** 52, 2 ** 52]))).toEqual(["STATISTICS_COUNT_TOO_LARGE"]);
    expect(value(concentration([])).reason).toBe("DENOMINATOR_ZERO");
  });
});

describe("refused arguments are named", () => {
  const issues = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
    r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);

  it("names the count, total, target or value that is refused", () => {
    expect(issues(share(-1, 1.5))).toEqual([
      ["STATISTICS_COUNT_NEGATIVE", "count"],
      ["STATISTICS_COUNT_NOT_INTEGER", "total"],
    ]);
    expect(issues(share(3, 2))).toEqual([["STATISTICS_COUNT_EXCEEDS_TOTAL", "count"]]);
    expect(issues(achievement(null, 2.5))).toEqual([
      ["STATISTICS_COUNT_NOT_NUMBER", "realised"],
      ["STATISTICS_COUNT_NOT_INTEGER", "target"],
    ]);
    expect(issues(achievement(1, -2))).toEqual([["STATISTICS_COUNT_NEGATIVE", "target"]]);
    expect(issues(achievement(1, 2, { decimals: -1 }))).toEqual([
      ["STATISTICS_DECIMALS_INVALID", "options.decimals"],
    ]);
    expect(issues(resolutionRate("3", 1.5))).toEqual([
      ["STATISTICS_COUNT_NOT_NUMBER", "resolved"],
      ["STATISTICS_COUNT_NOT_INTEGER", "total"],
    ]);
    expect(issues(resolutionRate(2, 1))).toEqual([["STATISTICS_COUNT_EXCEEDS_TOTAL", "resolved"]]);
    expect(issues(growth(-1, 0.5))).toEqual([
      ["STATISTICS_COUNT_NEGATIVE", "current"],
      ["STATISTICS_COUNT_NOT_INTEGER", "previous"],
    ]);
    expect(issues(growth(1, 2, { values: "money" } as never))).toEqual([
      ["STATISTICS_OPTIONS_INVALID", "options.values"],
    ]);
  });

  it("names the refused parts of a concentration", () => {
    expect(issues(concentration([1, -1, 2.5], { top: 0, total: -3 }))).toEqual([
      ["STATISTICS_TOP_INVALID", "options.top"],
      ["STATISTICS_COUNT_NEGATIVE", "options.total"],
      ["STATISTICS_COUNT_NEGATIVE", "entries.1"],
      ["STATISTICS_COUNT_NOT_INTEGER", "entries.2"],
    ]);
    for (const top of [1.5, -2, "2", Number.NaN, 2 ** 53]) {
      expect(issues(concentration([1, 2], { top } as never))).toEqual([
        ["STATISTICS_TOP_INVALID", "options.top"],
      ]);
    }
    expect(issues(concentration([5, 5], { total: 4 }))).toEqual([
      ["STATISTICS_COUNT_EXCEEDS_TOTAL", "options.total"],
    ]);
    const tooLarge = concentration([2 ** 52, 2 ** 52]);
    expect(tooLarge.ok ? [] : tooLarge.issues).toEqual([
      {
        code: "STATISTICS_COUNT_TOO_LARGE",
        severity: "error",
        path: ["entries"],
        params: { max: Number.MAX_SAFE_INTEGER },
      },
    ]);
    const notATally = concentration({ dimensions: [] });
    expect(notATally.ok).toBe(false);
    if (!notATally.ok) expect(notATally.issues.every((i) => i.path[0] === "entries")).toBe(true);
  });
});

describe("achievement, resolution rate, concentration: kinds and edges", () => {
  it("labels each percentage with its kind", () => {
    expect(value(achievement(1, 4)).kind).toBe("achievement");
    const r = value(resolutionRate(1, 4));
    expect([r.resolved.kind, r.inProcess.kind]).toEqual(["resolution-rate", "resolution-rate"]);
    expect(value(concentration([1, 3])).kind).toBe("concentration");
    expect(value(growth(3, 2, { values: "counts" })).value).toBe(50);
  });

  it("accepts every complaint resolved: 100% resolved, 0% in process", () => {
    const r = value(resolutionRate(5, 5));
    expect([r.resolved.value, r.inProcess.value, r.inProcess.numerator]).toEqual([100, 0, 0]);
  });

  it("ranks a tally's rows by count, largest first, ties by key", () => {
    // Counts: HK 1, MY 3, SA 2, TW 2. By count: MY 3, then SA and TW (2 each, key order), then HK.
    const t = value(
      tally(
        ["HK", "MY", "MY", "MY", "SA", "SA", "TW", "TW"].map((destination) => ({ destination })),
        byDestination,
      ),
    );
    const c = value(concentration(t, { top: 3 }));
    expect(c.rows).toEqual([
      { keys: ["MY"], count: 3 },
      { keys: ["SA"], count: 2 },
      { keys: ["TW"], count: 2 },
    ]);
    // (3 + 2 + 2) / 8 = 87.5%.
    expect([c.numerator, c.denominator, c.value]).toEqual([7, 8, 87.5]);
    // Plain counts are ranked too: the top 2 of 1, 3, 2, 2 are 3 and 2.
    expect(value(concentration([1, 3, 2, 2], { top: 2 })).numerator).toBe(5);
  });
});

describe("Indonesian number formatting and parsing", () => {
  it("formats with decimal comma and thousands dot, or in English", () => {
    expect(formatNumber(122_870)).toBe("122.870");
    expect(formatNumber(1_234_567.5)).toBe("1.234.567,5");
    expect(formatNumber(122_870, { locale: "en" })).toBe("122,870");
    expect(formatNumber(11.9, { decimals: 2 })).toBe("11,90");
    expect(formatNumber(-2_761)).toBe("-2.761");
    expect(formatNumber(-0.001, { decimals: 2 })).toBe("0,00");
    expect(formatNumber(1e21)).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumber(1e-7, { locale: "en" })).toBe("0.0000001");
    expect(formatNumber(Number.NaN)).toBe("–");
    expect(formatPercent(34.31)).toBe("34,31%");
    expect(formatPercent(34.31, { locale: "en" })).toBe("34.31%");
    expect(formatPercent(6.76, { decimals: 2 })).toBe("6,76%");
    expect(formatPercent(undefined)).toBe("–");
    expect(formatPercent(Number.NaN)).toBe("–");
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe("–");
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe("–");
  });

  it("uses the decimals asked for from 0 to 20, and ignores any other", () => {
    expect(formatNumber(2.5, { decimals: 0 })).toBe("3");
    expect(formatNumber(0.5, { decimals: 20 })).toBe("0,50000000000000000000");
    // Not a whole number of decimals from 0 to 20: the number prints as it is.
    for (const decimals of [-1, 21, 1.5, Number.NaN, "2"]) {
      expect(formatNumber(2.25, { decimals } as never)).toBe("2,25");
    }
  });

  it("prints every exactly rounded share with its decimals", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (a, b, decimals) => {
          const [count, total] = a <= b ? [a, b] : [b, a];
          const s = value(share(count, total, { decimals }));
          const printed = formatPercent(s.value, { decimals, locale: "en" });
          const units =
            (BigInt(count) * 100n * 10n ** BigInt(decimals) * 2n + BigInt(total)) / (2n * BigInt(total));
          const text = units.toString().padStart(decimals + 1, "0");
          const expected = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
          expect(printed.replace(/,/g, "")).toBe(`${expected}%`);
        },
      ),
    );
  });

  it("parses Indonesian-formatted numbers with their printed decimals", () => {
    expect(value(parseIndonesianNumber("122.870"))).toEqual({ value: 122_870, decimals: 0 });
    expect(value(parseIndonesianNumber("8.304"))).toEqual({ value: 8_304, decimals: 0 });
    expect(value(parseIndonesianNumber(" 34,31% "))).toEqual({ value: 34.31, decimals: 2, percent: true });
    expect(value(parseIndonesianNumber("11,90"))).toEqual({ value: 11.9, decimals: 2 });
    expect(value(parseIndonesianNumber("−8,16"))).toEqual({ value: -8.16, decimals: 2 });
    expect(value(parseIndonesianNumber("+3"))).toEqual({ value: 3, decimals: 0 });
    expect(value(parseIndonesianNumber("-0,00"))).toEqual({ value: 0, decimals: 2 });
    expect(value(parseIndonesianNumber("1,234.5", "en"))).toEqual({ value: 1_234.5, decimals: 1 });
    for (const bad of ["11.9", "1.23.456", "", "abc", "1,2,3", `9${"9".repeat(100)}`, 34.31, null]) {
      expect(codes(parseIndonesianNumber(bad))).toEqual(["STATISTICS_NUMBER_UNPARSEABLE"]);
    }
  });

  it("round-trips formatNumber and parseIndonesianNumber", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("id" as const, "en" as const),
        (n, decimals, locale) => {
          const x = n / 10 ** decimals;
          const parsed = value(parseIndonesianNumber(formatNumber(x, { decimals, locale }), locale));
          expect(parsed.value).toBe(x);
          expect(parsed.decimals).toBe(decimals);
        },
      ),
    );
  });
});
