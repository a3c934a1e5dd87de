import { describe, expect, it } from "vitest";
import { formatIssue, type Reconciliation, reconcile } from "../../src/index.js";
import type { PublishedBreakdown } from "../../src/statistics/index.js";
import { provinces, value } from "./fixtures.js";

const systematicOf = (r: Reconciliation) => r.findings.filter((f) => f.kind === "systematic");

/** The finding of the two provincial shares (the second breakdown's first two rows) on `base`. */
const patternOfTwoProvinces = (base: number, printed: boolean) => ({
  kind: "systematic",
  cause: "other-base",
  base,
  printed,
  paths: [
    ["breakdowns", 1, "rows", 0, "share"],
    ["breakdowns", 1, "rows", 1, "share"],
  ],
  labels: ["Jawa Timur", "Jawa Tengah"],
  severity: "slip",
});

// The announced total is 11.000 and the breakdown by sex adds up to it, so it is right
// (rmol-2024-12: provincial shares that reproduce only from another total).
const SEX: PublishedBreakdown = {
  name: "Jenis kelamin",
  rows: [
    { label: "Perempuan", count: "7.150" },
    { label: "Laki-laki", count: "3.850" },
  ],
};

describe("reconcile: shares computed on another total printed in the table (STATISTICS.md §4)", () => {
  // "PMI dilindungi" 11.200 is printed; 2.380 / 11.200 = 21,25 % and 1.890 / 11.200 = 16,875 → 16,88 %,
  // where 11.000 gives 21,64 % and 17,18 %.
  const table = {
    total: "11.000",
    shares: [{ label: "PMI dilindungi", count: "11.000", total: "11.200", published: "98,21" }],
    breakdowns: [SEX, provinces(["Jawa Timur", "2.380", "21,25"], ["Jawa Tengah", "1.890", "16,88"])],
  };

  it("makes two shares on the same printed total one systematic finding, an error naming that total", () => {
    const r = value(reconcile(table));
    expect(systematicOf(r)).toEqual([patternOfTwoProvinces(11_200, true)]);
    const issue = r.issues.find((i) => i.code === "STATISTICS_SYSTEMATIC_ERROR");
    expect(issue).toMatchObject({ severity: "error", path: [] });
    expect(formatIssue(issue as never, "en")).toBe(
      '2 figures (e.g. "Jawa Timur") are wrong the same way: computed on another total (11,200).',
    );
    expect(r.consistent).toBe(false);
  });

  it("puts the printed other total first on each share of the pattern, unambiguous, beside the share's own correction", () => {
    const r = value(reconcile(table));
    for (const [i, published, proposed] of [
      [0, 21.25, 21.64],
      [1, 16.88, 17.18],
    ] as const) {
      const explanations = r.figures[i]?.explanations ?? [];
      expect(explanations[0]).toMatchObject({
        kind: "other-base",
        path: ["breakdowns", 1, "rows", i, "share"],
        published,
        proposed,
        base: 11_200,
        resolves: true,
        ambiguous: false,
        severity: "slip",
      });
      // The pattern's explanation is given once, and the other readings stay after it.
      expect(explanations.filter((e) => e.kind === "other-base")).toHaveLength(1);
      expect(explanations.slice(1).some((e) => e.kind !== "other-base")).toBe(true);
      expect(new Set(explanations.map((e) => JSON.stringify(e))).size).toBe(explanations.length);
      // Correcting either share alone leaves the other failing: those two readings tie, ambiguous.
      expect(explanations.slice(1).map((e) => [e.resolves, e.ambiguous])).toEqual([
        [false, true],
        [false, true],
      ]);
    }
  });

  it("puts first, on a share two printed totals reproduce, the one that explains the whole pattern", () => {
    // 2.380 of 11.200 is 21,25 %, and of 11.195 21,259… %, which truncates to 21,25; 7.150 prints 63,84 only
    // from 11.200 (63,839… %), not from 11.195 (63,868… %). The pattern is 11.200.
    const r = value(
      reconcile({
        total: "11.000",
        shares: [
          { label: "PMI terdaftar", count: "11.000", total: "11.195", published: "98,26" },
          { label: "PMI dilindungi", count: "11.000", total: "11.200", published: "98,21" },
        ],
        breakdowns: [
          SEX,
          {
            name: "Sektor",
            partial: true,
            rows: [
              { label: "Formal", count: "2.380", share: "21,25" },
              { label: "Informal", count: "7.150", share: "63,84" },
            ],
          },
        ],
      }),
    );
    expect(systematicOf(r)).toMatchObject([{ base: 11_200, printed: true, labels: ["Formal", "Informal"] }]);
    const formal = r.figures.find((f) => f.label === "Formal")?.explanations ?? [];
    expect(formal.filter((e) => e.kind === "other-base").map((e) => [e.base, e.ambiguous])).toEqual([
      [11_200, false],
      [11_195, false],
    ]);
    expect(formal[0]?.base).toBe(11_200);
  });

  it("makes figures two printed totals both reproduce one finding, each figure listing both totals", () => {
    // 2.380 prints 21,25 from 11.200 (21,25 %) and from 11.195 (21,259… %, truncated); 1.890 prints
    // 16,88 from both (16,875 % half-up, 16,882… %). The same two figures are one pattern, not two.
    const r = value(
      reconcile({
        total: "11.000",
        shares: [
          { label: "PMI terdaftar", count: "11.000", total: "11.195", published: "98,26" },
          { label: "PMI dilindungi", count: "11.000", total: "11.200", published: "98,21" },
        ],
        breakdowns: [SEX, provinces(["Jawa Timur", "2.380", "21,25"], ["Jawa Tengah", "1.890", "16,88"])],
      }),
    );
    expect(systematicOf(r)).toHaveLength(1);
    expect(systematicOf(r)[0]).toMatchObject({ printed: true, labels: ["Jawa Timur", "Jawa Tengah"] });
    expect(r.issues.filter((i) => i.code === "STATISTICS_SYSTEMATIC_ERROR")).toHaveLength(1);
    for (const label of ["Jawa Timur", "Jawa Tengah"]) {
      const explanations = r.figures.find((f) => f.label === label)?.explanations ?? [];
      const bases = explanations.filter((e) => e.kind === "other-base").map((e) => e.base);
      expect([...bases].sort()).toEqual([11_195, 11_200]);
      // The total the finding names comes first on each figure.
      expect(bases[0]).toBe(systematicOf(r)[0]?.base);
    }
  });

  it("reports one share on another total as that share's explanation, not as a pattern", () => {
    const r = value(
      reconcile({
        ...table,
        breakdowns: [SEX, provinces(["Jawa Timur", "2.380", "21,25"], ["Jawa Tengah", "1.890", "17,18"])],
      }),
    );
    expect(r.figures[0]?.explanations[0]).toMatchObject({ kind: "other-base", base: 11_200 });
    expect(systematicOf(r)).toEqual([]);
    expect(r.issues.map((i) => i.code)).not.toContain("STATISTICS_SYSTEMATIC_ERROR");
  });
});

describe("reconcile: shares of one breakdown computed on an unprinted total", () => {
  it("finds the pattern in two shares, with the smallest whole total that reproduces both", () => {
    // 21,60 % of a total T: 2.380·100 / T ∈ [21,595; 21,61) ⇔ T ∈ 11.014 … 11.021; 17,15 % of T:
    // 1.890·100 / T ∈ [17,145; 17,16) ⇔ T ∈ 11.014 … 11.023. Both: 11.014 … 11.021 (11.020 was used).
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [SEX, provinces(["Jawa Timur", "2.380", "21,60"], ["Jawa Tengah", "1.890", "17,15"])],
      }),
    );
    expect(systematicOf(r)).toEqual([patternOfTwoProvinces(11_014, false)]);
    const explanations = r.figures[0]?.explanations ?? [];
    // 2.380 / 11.000 = 21,636… → 21,64 is what the share should print.
    expect(explanations[0]).toEqual({
      kind: "other-base",
      path: ["breakdowns", 1, "rows", 0, "share"],
      label: "Jawa Timur",
      published: 21.6,
      proposed: 21.64,
      base: 11_014,
      resolves: true,
      ambiguous: false,
      severity: "slip",
    });
    expect(explanations.filter((e) => e.kind === "other-base")).toHaveLength(1);
    // The share's own correction (21,60 → 21,64, one digit) is still offered after the pattern.
    expect(explanations).toContainEqual(
      expect.objectContaining({ kind: "typo", path: ["breakdowns", 1, "rows", 0, "share"], proposed: 21.64 }),
    );
    expect(r.figures[1]?.explanations[0]).toMatchObject({
      kind: "other-base",
      published: 17.15,
      proposed: 17.18,
      base: 11_014,
    });
  });

  it("finds the pattern when the shares were computed on a smaller total than the printed one", () => {
    // On 10.980: 2.380 → 21,68 % (T ∈ 10.973 … 10.980), 1.890 → 17,21 % (T ∈ 10.976 … 10.985).
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [SEX, provinces(["Jawa Timur", "2.380", "21,68"], ["Jawa Tengah", "1.890", "17,21"])],
      }),
    );
    expect(systematicOf(r)).toMatchObject([{ base: 10_976, printed: false }]);
  });

  it("leaves a reading of one share only unambiguous beside the unprinted pattern", () => {
    // On 11.000, 2.380 is 21,636… %: 21,65 is one unit off (a rounding reading, of this share only) and
    // 1.890 is 17,18 %, two units from 17,20. 21,65 % needs T ∈ (238.000 / 21,66; 238.000 / 21,645]
    // = 10.988 … 10.995, 17,20 % needs T ∈ (189.000 / 17,21; 189.000 / 17,195] = 10.982 … 10.991.
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [SEX, provinces(["Jawa Timur", "2.380", "21,65"], ["Jawa Tengah", "1.890", "17,20"])],
      }),
    );
    expect(systematicOf(r)).toMatchObject([{ base: 10_988, printed: false }]);
    const explanations = r.figures[0]?.explanations ?? [];
    expect(explanations[0]).toMatchObject({ kind: "other-base", base: 10_988, ambiguous: false });
    // Both roundings of 21,636… % correct Jawa Timur's share alone: no other figure is read that way.
    expect(explanations.filter((e) => e.kind === "rounding").map((e) => [e.proposed, e.ambiguous])).toEqual([
      [21.64, false],
      [21.63, false],
    ]);
  });

  it("names the one total when only one reproduces every share", () => {
    // 50 of 200 is 25,00 % and 30 of 200 is 15,00 %: at two decimals, no other whole total prints
    // both (25,00 % needs T ∈ (199,92; 200,04], 15,00 % needs T ∈ (199,87; 200,07]).
    const r = value(
      reconcile({
        total: "210",
        breakdowns: [
          {
            name: "Jenis kelamin",
            rows: [
              { label: "Perempuan", count: "130" },
              { label: "Laki-laki", count: "80" },
            ],
          },
          provinces(["Jawa Timur", "50", "25,00"], ["Jawa Tengah", "30", "15,00"]),
        ],
      }),
    );
    expect(systematicOf(r)).toMatchObject([
      { base: 200, printed: false, labels: ["Jawa Timur", "Jawa Tengah"] },
    ]);
  });

  it("looks for an unprinted total only among the shares of one breakdown", () => {
    // The same two shares as above, printed as the table's own shares rather than a breakdown's rows.
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [SEX],
        shares: [
          { label: "Jawa Timur", count: "2.380", published: "21,60" },
          { label: "Jawa Tengah", count: "1.890", published: "17,15" },
        ],
      }),
    );
    expect(r.figures.map((f) => f.status)).toEqual(["disagrees", "disagrees"]);
    expect(systematicOf(r)).toEqual([]);
  });

  it("finds no pattern when the failing shares reproduce from no one total", () => {
    // 21,60 % needs T ∈ 11.014 … 11.021, 15,75 % of 1.890 needs T ∈ 11.993 … 12.003: no total does both.
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [SEX, provinces(["Jawa Timur", "2.380", "21,60"], ["Jawa Tengah", "1.890", "15,75"])],
      }),
    );
    expect(r.figures.slice(0, 2).map((f) => f.status)).toEqual(["disagrees", "disagrees"]);
    expect(systematicOf(r)).toEqual([]);
    expect(r.figures.flatMap((f) => f.explanations).filter((e) => e.kind === "other-base")).toEqual([]);
  });

  it("finds no pattern when one failing share is printed 0 for a count that is not", () => {
    // A printed 0 % reproduces from no finite total of 1.890 placements.
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [SEX, provinces(["Jawa Timur", "2.380", "21,60"], ["Jawa Tengah", "1.890", "0"])],
      }),
    );
    expect(r.figures[1]?.status).toBe("disagrees");
    expect(systematicOf(r)).toEqual([]);
  });

  it("finds the pattern in a complete breakdown that adds up to its own printed total", () => {
    // 7.150 + 3.850 = 11.000, so the printed total is right and changing it would break the sum.
    // 64,88 % of 7.150 needs T ∈ 11.019 … 11.021, 34,94 % of 3.850 needs T ∈ 11.016 … 11.020: 11.019.
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [
          {
            name: "Jenis kelamin",
            total: "11.000",
            rows: [
              { label: "Perempuan", count: "7.150", share: "64,88" },
              { label: "Laki-laki", count: "3.850", share: "34,94" },
            ],
          },
        ],
      }),
    );
    expect(systematicOf(r)).toMatchObject([
      { base: 11_019, printed: false, labels: ["Perempuan", "Laki-laki"] },
    ]);
  });

  it("leaves a typo in a count that breaks its share and the sum to the typo, with no pattern", () => {
    // Taiwan 30.363 printed 30.383: its share (24,71 %) and the sum of the breakdown fail together.
    const rows: [string, number][] = [
      ["Hong Kong", 42_152],
      ["Taiwan", 30_363],
      ["Malaysia", 17_854],
    ];
    const total = 90_369;
    const shares = ["46,64", "33,60", "19,76"]; // half-up of each count / 90.369 × 100
    const r = value(
      reconcile({
        total: "90.369",
        breakdowns: [
          {
            name: "Negara penempatan",
            rows: rows.map(([label, count], i) => ({
              label,
              count: label === "Taiwan" ? "30.383" : String(count),
              share: shares[i] as string,
            })),
          },
        ],
      }),
    );
    expect(rows.reduce((sum, [, count]) => sum + count, 0)).toBe(total);
    expect(r.status).toBe("explained");
    expect(r.findings).toEqual([]);
  });
});
