import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { provinces, value } from "./fixtures.js";

describe("reconcile: which corrections an explanation proposes", () => {
  it("proposes both roundings for a share one unit off, half-up first, and calls them rounding", () => {
    // 42.152 / 122.870 = 34,306… %: half-up 34,31, truncated 34,30; "34,32" is one unit off both.
    const r = value(
      reconcile({ total: 122_870, shares: [{ label: "Hong Kong", count: 42_152, published: "34,32" }] }),
    );
    expect(r.figures[0]?.status).toBe("off-by-one");
    const own = r.figures[0]?.explanations.filter((e) => e.path.join(".") === "shares.0.published") ?? [];
    expect(own.map((e) => [e.kind, e.published, e.proposed, e.resolves])).toEqual([
      ["rounding", 34.32, 34.31, true],
      ["rounding", 34.32, 34.3, true],
    ]);
  });

  it("proposes only the changes that resolve every failing check when one figure can", () => {
    // Taiwan 30.363 printed 30.383 breaks its share (33,60 %) and the sum: that one typo resolves
    // both, so no change that would resolve one check alone is proposed beside it.
    const r = value(
      reconcile({
        total: "90.369",
        breakdowns: [
          {
            name: "Negara penempatan",
            rows: [
              { label: "Hong Kong", count: "42.152", share: "46,64" },
              { label: "Taiwan", count: "30.383", share: "33,60" },
              { label: "Malaysia", count: "17.854", share: "19,76" },
            ],
          },
        ],
      }),
    );
    const failing = [...r.figures, ...r.sums].filter((check) => check.explanations.length > 0);
    expect(failing).toHaveLength(2);
    for (const check of failing) {
      expect(check.explanations.map((e) => [e.kind, e.path.join("."), e.proposed, e.resolves])).toEqual([
        ["typo", "breakdowns.0.rows.1.count", 30_363, true],
      ]);
    }
  });

  it("marks a correction as story-changing when a check it resolves had the direction wrong", () => {
    // Current 20.436 printed 29.436: the figures then rise while the text says "turun", and the
    // signed difference -2.761 fails too. Restoring 20.436 resolves both and restores the decline.
    const r = value(
      reconcile({
        growth: [
          {
            label: "Sep vs Agu",
            current: "29.436",
            previous: "23.197",
            published: "11,9",
            direction: "turun",
            difference: "-2.761",
          },
        ],
      }),
    );
    expect(r.figures[0]?.explanations[0]).toMatchObject({
      kind: "typo",
      path: ["growth", 0, "current"],
      proposed: 20_436,
      resolves: true,
      severity: "story",
    });
  });

  it("proposes, when no one figure resolves two failing shares, the change that resolves each alone", () => {
    // 21,60 % of 2.380 fits a total of 11.020 (21,597… %), 15,75 % of 1.890 one of 12.000 (15,75 %):
    // the printed 11.000 is one digit from either, but no one total fits both.
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [provinces(["Jawa Timur", "2.380", "21,60"], ["Jawa Tengah", "1.890", "15,75"])],
      }),
    );
    expect(r.status).toBe("inconsistent");
    for (const figure of r.figures) {
      const onTotal = figure.explanations.filter((e) => e.path.join(".") === "total");
      expect(onTotal.map((e) => [e.kind, e.proposed, e.resolves])).toEqual([
        ["typo", 11_020, false],
        ["typo", 12_000, false],
      ]);
    }
  });

  it("lists a change that resolves two of three failing shares once, not once per share", () => {
    // Shares of 11.020 printed beside a total of 11.000: 21,60 % and 17,15 %; Lampung's 7,00 % is
    // wrong on either total (6,00 % or 5,99 %). A total of 11.020 resolves the first two, not the third.
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [
          provinces(
            ["Jawa Timur", "2.380", "21,60"],
            ["Jawa Tengah", "1.890", "17,15"],
            ["Lampung", "660", "7,00"],
          ),
        ],
      }),
    );
    for (const figure of r.figures) {
      const keys = figure.explanations.map((e) => `${e.path.join(".")}|${e.kind}|${e.proposed}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.filter((key) => key === "total|typo|11020")).toHaveLength(1);
    }
  });

  it("does not let another total resolve a share whose count also breaks a sum", () => {
    // Perempuan's 63,84 % is 7.150 of the printed 11.200, but the breakdown adds up to 11.010
    // (Laki-laki 3.850 printed 3.860): correcting the share alone leaves the sum failing.
    const r = value(
      reconcile({
        total: "11.000",
        shares: [{ label: "PMI dilindungi", count: "11.000", total: "11.200", published: "98,21" }],
        breakdowns: [
          {
            name: "Jenis kelamin",
            rows: [
              { label: "Perempuan", count: "7.150", share: "63,84" },
              { label: "Laki-laki", count: "3.860" },
            ],
          },
        ],
      }),
    );
    expect(r.figures[0]?.explanations[0]).toMatchObject({
      kind: "other-base",
      base: 11_200,
      resolves: false,
    });
    expect(r.status).toBe("inconsistent");
  });

  it("reads a decline's printed digits without its sign: 19,1 for a fall of 11,9 % is a swap", () => {
    // (20.436 − 23.197) / 23.197 = −11,90… %: "turun 19,1" has the two digits 1 and 9 swapped.
    const r = value(
      reconcile({
        growth: [
          {
            label: "Sep vs Agu",
            current: "20.436",
            previous: "23.197",
            published: "19,1",
            direction: "turun",
          },
        ],
      }),
    );
    expect(r.figures[0]?.explanations).toEqual([
      expect.objectContaining({ kind: "typo", detail: "digits-swapped", published: -19.1, proposed: -11.9 }),
    ]);
  });

  it("names a separator slip either way, up to a factor of a million", () => {
    // STATISTICS.md §6 example A: the destinations add up to 122.870 with Korea Selatan 8.304.
    const destinations = (korea: string) =>
      reconcile({
        total: "122.870",
        breakdowns: [
          {
            name: "Negara penempatan",
            rows: [
              ["Hong Kong", "42.152"],
              ["Taiwan", "30.363"],
              ["Malaysia", "17.854"],
              ["Korea Selatan", korea],
              ["Jepang", "5.012"],
              ["Lainnya", "19.185"],
            ].map(([label, count]) => ({ label: label as string, count: count as string })),
          },
        ],
      });
    // "8,304" reads 8,304: a thousand times too small; "8.304 juta" a million times too large.
    for (const [korea, published] of [
      ["8,304", 8.304],
      ["8.304 juta", 8_304_000_000],
    ] as const) {
      expect(value(destinations(korea)).sums[0]?.explanations).toEqual([
        expect.objectContaining({ kind: "separator", detail: "power-of-ten", published, proposed: 8_304 }),
      ]);
    }
  });

  it("names a count printed ten times too large a separator slip where only its share pins it", () => {
    // 8.304 printed 83.040 in a partial list: 8.304 / 122.870 = 6,758… % prints 6,76.
    const r = value(
      reconcile({
        total: "122.870",
        breakdowns: [
          {
            name: "Negara penempatan",
            partial: true,
            rows: [
              { label: "Hong Kong", count: "42.152", share: "34,31" },
              { label: "Korea Selatan", count: "83.040", share: "6,76" },
            ],
          },
        ],
      }),
    );
    expect(r.figures[1]?.explanations[0]).toMatchObject({
      kind: "separator",
      detail: "power-of-ten",
      published: 83_040,
      proposed: 8_304,
    });
  });
});

describe("reconcile: a slip in a figure printed with a scale word", () => {
  // 20.436 against 23.197 is a fall of 2.761, which prints "2,8 ribu" (half-up) or "2,7 ribu"
  // (truncated): "2,9 ribu" is one digit from either.
  const fall = (difference: string, published = "11,9") =>
    value(
      reconcile({
        growth: [
          {
            label: "Sep vs Agu",
            current: "20.436",
            previous: "23.197",
            published,
            direction: "turun",
            difference,
          },
        ],
      }),
    );

  it("explains a difference one digit off its rounded value as a typo", () => {
    // "3,8 ribu" is one digit from the half-up 2,8 only (two from the truncated 2,7), "1,7 ribu"
    // from the truncated 2,7 only; "-2,9 ribu" is "2,9 ribu" printed with the fall's sign.
    for (const difference of ["2,9 ribu", "3,8 ribu", "1,7 ribu", "-2,9 ribu"]) {
      const r = fall(difference);
      expect(r.issues.map((i) => i.code)).toEqual(["STATISTICS_DIFFERENCE_MISMATCH"]);
      expect(r.status).toBe("explained");
    }
    // "4,9 ribu" is one digit from neither: the difference stays unexplained.
    expect(fall("4,9 ribu").status).toBe("inconsistent");
  });

  it("proposes the exact difference for that typo beside a failing growth rate", () => {
    // 12,9 % is one digit from 11,9 (−11,90… %): both checks fail, and the difference's own
    // correction resolves only its check.
    const r = fall("2,9 ribu", "12,9");
    expect(r.figures[0]?.explanations).toContainEqual(
      expect.objectContaining({
        kind: "typo",
        detail: "digit-changed",
        path: ["growth", 0, "difference"],
        published: 2_900,
        proposed: 2_761,
        resolves: false,
      }),
    );
  });

  it("names a difference printed with its separator read the other way, up to a factor of a million", () => {
    // 12,9 % fails too, so the difference's own reading is listed (resolving its check alone). It is
    // the only separator reading, ranked apart from the typo 12,9 → 11,9: not ambiguous.
    for (const [difference, published] of [
      ["2,761", 2.761],
      ["0,002761", 0.002_761],
      ["276.100", 276_100],
      ["2.761.000.000", 2_761_000_000],
    ] as const) {
      expect(fall(difference, "12,9").figures[0]?.explanations).toContainEqual({
        kind: "separator",
        detail: "power-of-ten",
        path: ["growth", 0, "difference"],
        label: "Sep vs Agu",
        published,
        proposed: 2_761,
        resolves: false,
        ambiguous: false,
        severity: "slip",
      });
    }
  });

  it("never proposes a negative count: an unsigned difference is then read the other way", () => {
    // A fall of 276.100 from 23.197 would need a current of -252.903, no count: the unsigned
    // difference is read as a rise instead (23.197 + 276.100). A previous count of 296.536 falls to
    // 20.436 by 276.100, in the printed direction.
    const explanations = fall("276.100", "12,9").figures[0]?.explanations ?? [];
    const proposedFor = (cell: string) =>
      explanations.filter((e) => e.path.join(".") === `growth.0.${cell}`).map((e) => e.proposed);
    expect(proposedFor("current")).toEqual([299_297]);
    expect(proposedFor("previous")).toEqual([296_536]);
  });

  it("proposes the exact difference for a bound, with no printed value and nothing to say why", () => {
    // "lebih dari 3.000" has no digits to slip: the fall of 2.761 is proposed, of kind none.
    const explanations = fall("lebih dari 3.000", "12,9").figures[0]?.explanations ?? [];
    expect(explanations.filter((e) => e.path.join(".") === "growth.0.difference")).toStrictEqual([
      {
        kind: "none",
        path: ["growth", 0, "difference"],
        label: "Sep vs Agu",
        published: undefined,
        proposed: 2_761,
        resolves: false,
        ambiguous: false,
        severity: "slip",
      },
    ]);
  });
});
