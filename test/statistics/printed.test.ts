import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, growth, ratio, reconcile, share } from "../../src/index.js";
import { parseIndonesianNumber } from "../../src/statistics/index.js";
import { value } from "./fixtures.js";

describe("parseIndonesianNumber reads figures as the press prints them (issue 17)", () => {
  it("reads spaces, no-break spaces and narrow no-break spaces as grouping", () => {
    for (const text of ["122 870", "122\u00a0870", "122\u202f870", " 122\u2007870 "]) {
      expect(value(parseIndonesianNumber(text))).toEqual({ value: 122_870, decimals: 0 });
    }
    expect(value(parseIndonesianNumber("1 234 567,5"))).toEqual({ value: 1_234_567.5, decimals: 1 });
    expect(value(parseIndonesianNumber("1 234 567.5", "en"))).toEqual({ value: 1_234_567.5, decimals: 1 });
    // A space inside a group is not grouping.
    expect(parseIndonesianNumber("12 34").ok).toBe(false);
  });

  it("drops footnote marks and says it did", () => {
    expect(value(parseIndonesianNumber("8.304*"))).toEqual({ value: 8_304, decimals: 0, footnote: true });
    expect(value(parseIndonesianNumber("8.304**"))).toEqual({ value: 8_304, decimals: 0, footnote: true });
    expect(value(parseIndonesianNumber("34,31%\u00b9"))).toEqual({
      value: 34.31,
      decimals: 2,
      percent: true,
      footnote: true,
    });
    expect(value(parseIndonesianNumber("12\u2020"))).toEqual({ value: 12, decimals: 0, footnote: true });
  });

  it('reads "persen" and the scale words, keeping the printed decimals', () => {
    expect(value(parseIndonesianNumber("56 persen"))).toEqual({ value: 56, decimals: 0, percent: true });
    expect(value(parseIndonesianNumber("9,71 miliar"))).toEqual({
      value: 9_710_000_000,
      decimals: 2,
      unit: "miliar",
    });
    expect(value(parseIndonesianNumber("Rp130,2 triliun"))).toEqual({
      value: 130_200_000_000_000,
      decimals: 1,
      unit: "triliun",
    });
    expect(value(parseIndonesianNumber("1,5 juta")).value).toBe(1_500_000);
    expect(value(parseIndonesianNumber("295 ribu")).value).toBe(295_000);
    expect(value(parseIndonesianNumber("2.5 million", "en")).value).toBe(2_500_000);
    expect(value(parseIndonesianNumber("0,0005 ribu")).value).toBe(0.5);
    expect(parseIndonesianNumber("juta").ok).toBe(false);
    expect(parseIndonesianNumber("5 lusin").ok).toBe(false);
  });

  it("keeps bound words as bounds", () => {
    expect(value(parseIndonesianNumber("sekitar 80")).bound).toBe("about");
    expect(value(parseIndonesianNumber("hampir 300 ribu")).bound).toBe("almost");
    expect(value(parseIndonesianNumber("lebih dari 1,5 juta")).bound).toBe("more-than");
    expect(value(parseIndonesianNumber("melebihi 75 persen"))).toEqual({
      value: 75,
      decimals: 0,
      percent: true,
      bound: "more-than",
    });
    expect(value(parseIndonesianNumber("kurang dari 5")).bound).toBe("less-than");
  });

  it('warns when the separators read both ways: "71,011" and "8.304 ribu"', () => {
    const a = value(parseIndonesianNumber("71,011"));
    expect(a.value).toBe(71.011);
    expect(a.warnings?.map((issue) => [issue.code, issue.severity])).toEqual([
      ["STATISTICS_NUMBER_AMBIGUOUS", "warning"],
    ]);
    expect(value(parseIndonesianNumber("8.304 ribu")).warnings?.[0]?.code).toBe(
      "STATISTICS_NUMBER_AMBIGUOUS",
    );
    expect(value(parseIndonesianNumber("71.011", "en")).warnings?.[0]?.params).toEqual({
      locale: "en",
      other: "id",
    });
    // Not ambiguous: a leading zero, two or four decimals, a full grouping.
    for (const text of ["0,125", "71,01", "71,0110", "122.870", "1.234,567"]) {
      expect(value(parseIndonesianNumber(text)).warnings).toBeUndefined();
    }
  });

  it("never echoes the text in an issue", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), (text) => {
        const result = parseIndonesianNumber(`CANARY${text}`);
        expect(JSON.stringify(result)).not.toContain("CANARY");
      }),
    );
  });
});

describe("the formatters take the figures the statistics functions return (issue 17)", () => {
  it("writes a share, a growth and a ratio with their own decimals", () => {
    expect(formatPercent(value(share(42_152, 122_870)))).toBe("34,31%");
    expect(formatPercent(value(share(42_152, 122_870, { decimals: 1 })), { locale: "en" })).toBe("34.3%");
    expect(formatPercent(value(growth(20_436, 23_197, { decimals: 2 })))).toBe("-11,90%");
    expect(formatPercent(value(share(0, 0)))).toBe("–");
    expect(formatNumber(value(ratio(40, 327, { decimals: 1 })))).toBe("8,2");
    // The options win over the figure's decimals; more decimals come from its exact value (34.306…).
    expect(formatPercent(value(share(42_152, 122_870)), { decimals: 3 })).toBe("34,306%");
  });

  it("writes anything else as a dash, without throwing", () => {
    for (const junk of [null, "34,31", {}, { value: "1" }, [], Symbol("x"), () => 1, { value: Number.NaN }]) {
      expect(formatPercent(junk as never)).toBe("–");
      expect(formatNumber(junk as never)).toBe("–");
    }
  });
});

describe("reconcile names the other reading of an ambiguous figure (STATISTICS.md §4, locale slips)", () => {
  it("says which locale a three-decimal figure was read in, and which it was not", () => {
    // "34,306" in an Indonesian table is 34.306 (decimal comma) or 34 306 (thousands comma, English);
    // "34.306" in an English table is the same question the other way round.
    for (const [locale, text, other] of [
      ["id", "34,306", "en"],
      ["en", "34.306", "id"],
    ] as const) {
      const r = value(
        reconcile({
          locale,
          shares: [{ label: "Hong Kong", count: 42_152, total: 122_870, published: text }],
        }),
      );
      const warning = r.issues.find((issue) => issue.code === "STATISTICS_NUMBER_AMBIGUOUS");
      expect(warning).toMatchObject({
        severity: "warning",
        path: ["shares", 0, "published"],
        params: { locale, other },
      });
      // Read in the table's own locale it is the share to three decimals (42 152 / 122 870), and agrees.
      expect(r.figures[0]).toMatchObject({ published: 34.306, status: "agrees" });
    }
  });
});
