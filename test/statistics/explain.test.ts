import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue, type PublishedTable, type Reconciliation, reconcile } from "../../src/index.js";
import type { Explanation, PublishedBreakdown } from "../../src/statistics/index.js";
import { runs } from "../runs.js";
import { value } from "./fixtures.js";

/** Half-up to two decimals, by integer arithmetic on the counts (the reference, not the library). */
function pct(count: number, total: number, decimals = 2): string {
  const scale = 10n ** BigInt(decimals);
  const n = BigInt(count) * 100n * scale * 2n;
  const units = (n / BigInt(total) + 1n) / 2n;
  const whole = units / scale;
  const fraction = (units % scale).toString().padStart(decimals, "0");
  return decimals === 0 ? `${whole}` : `${whole},${fraction}`;
}

/** Groups digits with a dot, as an Indonesian table prints a count. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const DESTINATIONS: readonly (readonly [string, number])[] = [
  ["Hong Kong", 42_152],
  ["Taiwan", 30_363],
  ["Malaysia", 17_854],
  ["Korea Selatan", 8_304],
  ["Jepang", 5_012],
  ["Lainnya", 19_185],
];
const TOTAL = DESTINATIONS.reduce((sum, [, count]) => sum + count, 0); // 122 870, STATISTICS.md §6 A

/** A consistent table (counts, half-up shares, total) with one change applied to its rows. */
function destinations(
  change: (rows: { label: string; count: string; share: string }[]) => void = () => {},
): PublishedTable {
  const rows = DESTINATIONS.map(([label, count]) => ({
    label,
    count: grouped(count),
    share: pct(count, TOTAL),
  }));
  change(rows);
  return { total: grouped(TOTAL), breakdowns: [{ name: "Negara penempatan", rows }] };
}

/** The top explanation of every failing check. */
function tops(r: Reconciliation): Explanation[] {
  return [...r.figures, ...r.sums].flatMap((check) => check.explanations.slice(0, 1));
}

describe("reconcile explains each planted error with the planted figure first (issue 18)", () => {
  it("leaves a consistent table consistent, with no explanation invented", () => {
    for (const table of [destinations(), { ...destinations(), title: "Penempatan 2022" }]) {
      const r = value(reconcile(table));
      expect(r.status).toBe("consistent");
      expect(r.issues).toEqual([]);
      expect([...r.figures, ...r.sums].every((check) => check.explanations.length === 0)).toBe(true);
      expect(r.localisation).toEqual([]);
      expect(r.findings).toEqual([]);
    }
  });

  it("a typo: a digit changed in a count", () => {
    const r = value(reconcile(destinations((rows) => (rows[1] = { ...rows[1], count: "30.383" } as never))));
    expect(r.status).toBe("explained");
    const [top] = tops(r);
    expect(top).toMatchObject({
      kind: "typo",
      detail: "digit-changed",
      path: ["breakdowns", 0, "rows", 1, "count"],
      label: "Taiwan",
      published: 30_383,
      proposed: 30_363,
      resolves: true,
      ambiguous: false,
      severity: "slip",
    });
    // Every failing check (the share and the sum) has the same top explanation.
    expect(new Set(tops(r).map((e) => e.path.join(".")))).toEqual(new Set(["breakdowns.0.rows.1.count"]));
    expect(r.localisation).toEqual([
      {
        checks: [
          ["breakdowns", 0, "rows", 1, "share"],
          ["breakdowns", 0],
        ],
        paths: [["breakdowns", 0, "rows", 1, "count"]],
        weight: 1,
        ambiguous: false,
      },
    ]);
  });

  it("a swap: two adjacent digits of a count, with no share printed to help", () => {
    // STATISTICS.md §6 example A, education: SMU 57.525 printed as 57.255.
    const r = value(
      reconcile({
        total: "122.870",
        breakdowns: [
          {
            name: "Pendidikan",
            rows: [
              { label: "Pasca Sarjana", count: "29" },
              { label: "Sarjana", count: "1.464" },
              { label: "Diploma", count: "3.248" },
              { label: "SMU", count: "57.255" },
              { label: "SMP", count: "38.598" },
              { label: "SD", count: "22.006" },
            ],
          },
        ],
      }),
    );
    expect(r.status).toBe("explained");
    expect(r.sums[0]?.explanations[0]).toMatchObject({
      kind: "typo",
      detail: "digits-swapped",
      label: "SMU",
      published: 57_255,
      proposed: 57_525,
      // Pasca Sarjana 29 for 299 (a dropped digit) would also resolve it: ranked after the swap.
      ambiguous: true,
    });
    expect(r.sums[0]?.explanations[1]).toMatchObject({
      kind: "typo",
      detail: "digit-dropped",
      label: "Pasca Sarjana",
    });
    // Fellegi–Holt alone cannot tell which row: any of the six could absorb the difference.
    expect(r.localisation[0]).toMatchObject({ weight: 1, ambiguous: true });
    expect(r.localisation[0]?.paths).toHaveLength(6);
  });

  it("a swap in a printed share", () => {
    const r = value(reconcile(destinations((rows) => (rows[1] = { ...rows[1], share: "24,17" } as never))));
    expect(tops(r)[0]).toMatchObject({
      kind: "typo",
      detail: "digits-swapped",
      path: ["breakdowns", 0, "rows", 1, "share"],
      published: 24.17,
      proposed: 24.71,
    });
    expect(r.status).toBe("explained");
  });

  it("truncation in a half-up table", () => {
    // Hong Kong 34,306… and Korea Selatan 6,758… print 34,31 and 6,76 half-up; Jepang 4,079… truncated to 4,07.
    const r = value(reconcile(destinations((rows) => (rows[4] = { ...rows[4], share: "4,07" } as never))));
    expect(r.status).toBe("explained");
    expect(tops(r)).toEqual([
      {
        kind: "convention",
        detail: "truncate",
        path: ["breakdowns", 0, "rows", 4, "share"],
        label: "Jepang",
        published: 4.07,
        proposed: 4.08,
        resolves: true,
        ambiguous: false,
        severity: "slip",
      },
    ]);
    expect(r.findings).toEqual([
      {
        kind: "mixed-rounding",
        cause: "convention",
        paths: [["breakdowns", 0, "rows", 4, "share"]],
        labels: ["Jepang"],
        severity: "slip",
      },
    ]);
    expect(r.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["STATISTICS_ROUNDING_MIXED", "warning"],
    ]);
    expect(formatIssue(r.issues[0] as never, "en")).toBe(
      'The table mixes rounding conventions: 1 figures (e.g. "Jepang") are not rounded half-up like the others.',
    );
  });

  it("another base: a share computed on another total printed in the table", () => {
    const table = destinations((rows) => (rows[4] = { ...rows[4], share: pct(5_012, 100_000) } as never));
    const r = value(
      reconcile({
        ...table,
        breakdowns: [
          ...(table.breakdowns ?? []),
          {
            name: "Target",
            total: "100.000",
            partial: true,
            rows: [{ label: "Realisasi", count: "98.000" }],
          },
        ],
      }),
    );
    expect(r.figures[4]?.explanations[0]).toMatchObject({
      kind: "other-base",
      base: 100_000,
      path: ["breakdowns", 0, "rows", 4, "share"],
      label: "Jepang",
      published: 5.01,
      proposed: 4.08,
      resolves: true,
    });
  });

  it("a systematic error: provincial shares computed on an unprinted total, some only one unit off", () => {
    // The announced total is 11.000 and the breakdown by sex adds up to it, so it is right; the
    // provincial shares were computed on 11.020 (rmol-2024-12 found such a table).
    const provinces = [
      ["Jawa Timur", 2_380],
      ["Jawa Tengah", 1_890],
      ["Jawa Barat", 1_530],
      ["Nusa Tenggara Barat", 1_210],
      ["Lampung", 660],
    ] as const;
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [
          {
            name: "Jenis kelamin",
            rows: [
              { label: "Perempuan", count: "7.150" },
              { label: "Laki-laki", count: "3.850" },
            ],
          },
          {
            name: "Provinsi asal",
            partial: true,
            rows: provinces.map(([label, count]) => ({
              label,
              count: grouped(count),
              share: pct(count, 11_020),
            })),
          },
        ],
      }),
    );
    // Lampung: 6,00 against 5,99 printed, one unit off; the tolerance does not hide the pattern.
    expect(r.figures.map((f) => f.status)).toContain("off-by-one");
    const systematic = r.findings.find((f) => f.kind === "systematic");
    // The smallest whole total that reproduces every provincial share: 11.016 (11.020 was used).
    expect(systematic).toMatchObject({ cause: "other-base", printed: false, base: 11_016 });
    expect(systematic?.labels).toEqual(provinces.map(([label]) => label));
    expect(r.consistent).toBe(false);
    expect(r.issues.map((issue) => issue.code)).toContain("STATISTICS_SYSTEMATIC_ERROR");
    for (const figure of r.figures)
      expect(figure.explanations[0]).toMatchObject({ kind: "other-base", base: 11_016 });
  });

  it("a systematic error on a printed base", () => {
    const provinces = [
      ["Jawa Timur", 2_380],
      ["Jawa Tengah", 1_890],
      ["Lampung", 640],
    ] as const;
    const r = value(
      reconcile({
        total: "11.000",
        shares: [
          { label: "PMI dilindungi", count: "11.000", total: "11.200", published: pct(11_000, 11_200) },
        ],
        breakdowns: [
          {
            name: "Jenis kelamin",
            rows: [
              { label: "Perempuan", count: "7.150" },
              { label: "Laki-laki", count: "3.850" },
            ],
          },
          {
            name: "Provinsi asal",
            partial: true,
            rows: provinces.map(([label, count]) => ({
              label,
              count: grouped(count),
              share: pct(count, 11_200),
            })),
          },
        ],
      }),
    );
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        kind: "systematic",
        base: 11_200,
        printed: true,
        labels: provinces.map(([l]) => l),
      }),
    );
  });

  it("a separator slip: a count printed with a decimal comma", () => {
    const r = value(reconcile(destinations((rows) => (rows[3] = { ...rows[3], count: "8,304" } as never))));
    expect(tops(r)[0]).toMatchObject({
      kind: "separator",
      detail: "power-of-ten",
      path: ["breakdowns", 0, "rows", 3, "count"],
      label: "Korea Selatan",
      published: 8.304,
      proposed: 8_304,
      resolves: true,
    });
    expect(r.status).toBe("explained");
    // "8,304" reads both ways in an Indonesian table: a warning says so where it is.
    expect(r.issues[0]).toMatchObject({
      code: "STATISTICS_NUMBER_AMBIGUOUS",
      path: ["breakdowns", 0, "rows", 3, "count"],
    });
  });

  it("a separator slip: '8.304 ribu' for 8,304 (databoks-2022-10)", () => {
    const r = value(
      reconcile(destinations((rows) => (rows[3] = { ...rows[3], count: "8.304 ribu" } as never))),
    );
    expect(tops(r)[0]).toMatchObject({ kind: "separator", label: "Korea Selatan", proposed: 8_304 });
  });

  it("a separator slip in whole counts: 8.304 printed as 8.304.000, a thousand times over", () => {
    // Every figure is a whole count, so the sum pins the one Korea Selatan could have been: 8.304,
    // which "8.304.000" is not one keystroke away from (three digits more), but a power of ten.
    const counts = DESTINATIONS.map(([label, count]) => ({
      label,
      count: label === "Korea Selatan" ? "8.304.000" : grouped(count),
    }));
    const r = value(
      reconcile({ total: grouped(TOTAL), breakdowns: [{ name: "Negara penempatan", rows: counts }] }),
    );
    expect(r.status).toBe("explained");
    expect(tops(r)[0]).toMatchObject({
      kind: "separator",
      detail: "power-of-ten",
      path: ["breakdowns", 0, "rows", 3, "count"],
      published: 8_304_000,
      proposed: 8_304,
      resolves: true,
    });
  });

  it("a wrong printed total that is one typo: one figure explains every failing check", () => {
    const r = value(reconcile({ ...destinations(), total: "122.780" }));
    expect(r.status).toBe("explained");
    for (const e of tops(r)) expect(e).toMatchObject({ kind: "typo", path: ["total"], proposed: 122_870 });
    expect(r.localisation).toHaveLength(1);
    expect(r.localisation[0]).toMatchObject({ paths: [["total"]], weight: 2, ambiguous: false });
    expect(r.findings.filter((f) => f.kind === "systematic")).toEqual([]);
  });

  it("marks a failing check with no explanation as 'none' and the table inconsistent", () => {
    const r = value(
      reconcile({
        growth: [{ label: "Naik", current: 110, previous: 100, published: "55,55", direction: "naik" }],
      }),
    );
    expect(r.status).toBe("inconsistent");
    expect(r.figures[0]?.explanations[0]).toMatchObject({
      kind: "none",
      label: "Naik",
      proposed: 10,
      resolves: true,
    });
  });

  it("ranks a change to a row before the same kind of change to the printed total, which weighs more", () => {
    // 1.000 + 230 = 1.230, printed total 2.130. Either the row was mistyped (1.900 → "1.000", a
    // digit changed) or the total (1.230 → "2.130", two digits swapped). A swap is the likelier
    // keystroke, but a printed total weighs 2 against a row's 1 (Localisation), and between two
    // typos the weight decides before the keystroke: the row is proposed first. Informal alone
    // could absorb the difference too (1.130), but that is no keystroke of "230": last.
    const r = value(
      reconcile({
        total: "2.130",
        breakdowns: [
          {
            name: "Sektor",
            rows: [
              { label: "Formal", count: "1.000" },
              { label: "Informal", count: "230" },
            ],
          },
        ],
      }),
    );
    expect(r.sums[0]?.explanations.map((e) => [e.kind, e.detail, e.path.join("."), e.proposed])).toEqual([
      ["typo", "digit-changed", "breakdowns.0.rows.0.count", 1_900],
      ["typo", "digits-swapped", "total", 1_230],
      ["none", undefined, "breakdowns.0.rows.1.count", 1_130],
    ]);
    expect(r.localisation[0]).toMatchObject({ weight: 1, ambiguous: true });
  });
});

describe("reconcile: severity", () => {
  it("a wrong direction word changes the story", () => {
    const r = value(
      reconcile({
        growth: [{ label: "Sep vs Agu", current: "20.436", previous: "23.197", published: "naik 11,9%" }],
      }),
    );
    expect(r.findings).toContainEqual(expect.objectContaining({ kind: "story", labels: ["Sep vs Agu"] }));
    expect(r.figures[0]?.explanations[0]?.severity).toBe("story");
  });

  it("a typo that changes the order of a ranked list changes the story; a last-digit slip does not", () => {
    // The top five destinations, printed in descending order: a ranked list.
    const top5 = (malaysia: string): PublishedTable => {
      const table = destinations((rows) => {
        rows.pop();
        (rows[2] as { count: string }).count = malaysia;
      });
      const [breakdown] = table.breakdowns ?? [];
      return { ...table, breakdowns: [{ ...(breakdown as PublishedBreakdown), partial: true }] };
    };
    // Malaysia printed 71.854 (for 17.854) would rank first: the published ranking is wrong.
    const ranked = value(reconcile(top5("71.854")));
    expect(tops(ranked)[0]).toMatchObject({
      kind: "typo",
      label: "Malaysia",
      proposed: 17_854,
      severity: "story",
    });
    expect(ranked.findings).toContainEqual(expect.objectContaining({ kind: "story", severity: "story" }));
    const slip = value(reconcile(top5("17.845")));
    expect(tops(slip)[0]).toMatchObject({ kind: "typo", label: "Malaysia", severity: "slip" });
  });

  it("judges the rank of a corrected figure against the other rows only, in the column it sits in", () => {
    const top5 = (change: (malaysia: { count: string; share: string }) => void): PublishedTable => {
      const table = destinations((rows) => {
        rows.pop();
        change(rows[2] as { count: string; share: string });
      });
      const [breakdown] = table.breakdowns ?? [];
      return { ...table, breakdowns: [{ ...(breakdown as PublishedBreakdown), partial: true }] };
    };
    // 18.754 for 17.854: above the true count, still third of five. Compared with itself, the printed
    // figure would rank above its correction and the slip would read as a new order.
    const above = value(reconcile(top5((malaysia) => (malaysia.count = "18.754"))));
    expect(tops(above)[0]).toMatchObject({
      kind: "typo",
      label: "Malaysia",
      proposed: 17_854,
      severity: "slip",
    });
    expect(above.findings.filter((f) => f.kind === "story")).toEqual([]);
    // A share printed with its first two digits swapped ranks first among the shares: the story changes.
    const share = pct(17_854, TOTAL);
    const swapped = `${share[1]}${share[0]}${share.slice(2)}`;
    const shares = value(reconcile(top5((malaysia) => (malaysia.share = swapped))));
    expect(tops(shares)[0]).toMatchObject({ label: "Malaysia", severity: "story" });
    expect(shares.findings).toContainEqual(expect.objectContaining({ severity: "story" }));
  });

  it("a target reported met when it is not changes the story", () => {
    const r = value(
      reconcile({
        achievements: [
          { label: "Penempatan 2025", realised: "286.422", target: "300.000", published: "95,47", met: true },
          { label: "Penempatan 2024", realised: "297.434", target: "250.000", met: true },
        ],
      }),
    );
    expect(r.figures[0]).toMatchObject({ kind: "achievement", status: "agrees", halfUp: 95.47 });
    expect(r.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["STATISTICS_TARGET_CLAIM_MISMATCH", "achievements.0.met"],
    ]);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ kind: "story", labels: ["Penempatan 2025"] }),
    );
    expect(formatIssue(r.issues[0] as never, "id")).toContain("Penempatan 2025");
  });
});

describe("reconcile: figures as tables print them", () => {
  it("reads amounts with decimals and units as intervals, and growth from rounded amounts within their range", () => {
    // Remittances: US$ 9,71 and 9,16 miliar; 9,71/9,16 − 1 = 6,004…% but the rounded inputs allow 5,9–6,2.
    const r = value(
      reconcile({
        growth: [
          {
            label: "Remitansi 2024",
            current: "9,71 miliar",
            previous: "9,16 miliar",
            published: "naik 6,1%",
          },
          {
            label: "Remitansi 2023",
            current: "Rp130,2 triliun",
            previous: "Rp127,1 triliun",
            published: "naik 3%",
          },
          { label: "Salah", current: "9,71 miliar", previous: "9,16 miliar", published: "naik 6,5%" },
        ],
      }),
    );
    expect(r.figures.map((f) => [f.basis, f.status])).toEqual([
      ["interval", "agrees"],
      ["interval", "agrees"],
      ["interval", "disagrees"],
    ]);
    expect(r.issues.map((issue) => issue.code)).toEqual(["STATISTICS_FIGURE_MISMATCH"]);
  });

  it("checks shares printed without counts against 100 within their combined rounding", () => {
    const fine = value(
      reconcile({
        breakdowns: [
          {
            name: "Skema",
            rows: [
              { label: "P to P", share: "33,3" },
              { label: "G to G", share: "33,3" },
              { label: "Mandiri", share: "33,3" },
            ],
          },
        ],
      }),
    );
    expect(fine.status).toBe("consistent");
    expect(fine.sums).toMatchObject([{ against: "100", sum: 99.9, status: "adds-up" }]);
    const wrong = value(
      reconcile({
        breakdowns: [
          {
            name: "Skema",
            rows: [
              { label: "P to P", share: "56 persen" },
              { label: "G to G", share: "33 persen" },
              { label: "Mandiri", share: "7 persen" },
            ],
          },
        ],
      }),
    );
    expect(wrong.sums[0]?.status).toBe("does-not-add-up");
    expect(wrong.issues[0]).toMatchObject({
      code: "STATISTICS_SHARES_SUM_MISMATCH",
      params: { label: "Skema" },
    });
  });

  it("reads bound words as bounds", () => {
    const r = value(
      reconcile({
        total: "sekitar 80",
        shares: [
          { label: "Tertahan", count: 1, published: "kurang dari 2%" },
          { label: "Legal", count: 77, total: 78, published: "lebih dari 95 persen" },
          { label: "Hampir semua", count: 77, total: 78, published: "hampir 99%" },
          { label: "Sekitar", count: 77, total: 78, published: "sekitar 90%" },
          { label: "Melebihi", count: 70, total: 78, published: "melebihi 95 persen" },
        ],
      }),
    );
    expect(r.figures.map((f) => [f.label, f.basis, f.status])).toEqual([
      ["Tertahan", "interval", "agrees"],
      ["Legal", "interval", "agrees"],
      ["Hampir semua", "interval", "agrees"],
      ["Sekitar", "interval", "disagrees"],
      ["Melebihi", "interval", "disagrees"],
    ]);
  });

  it("reads a signed change, and a change printed without a percentage", () => {
    const r = value(
      reconcile({
        growth: [
          { label: "Deportasi", current: "11.270", previous: "17.000", difference: "-5.730" },
          {
            label: "Penempatan",
            current: "297.434",
            previous: "274.965",
            difference: "22.469",
            direction: "naik",
          },
          { label: "Salah", current: "297.434", previous: "274.965", difference: "-22.469" },
        ],
      }),
    );
    expect(r.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["STATISTICS_DIFFERENCE_MISMATCH", "growth.2.difference"],
    ]);
    expect(r.figures).toEqual([]);
  });

  it("compares several breakdowns of one unprinted total with each other", () => {
    const table = (procedural: string): PublishedTable => ({
      breakdowns: [
        {
          name: "Jenis kelamin",
          rows: [
            { label: "Perempuan", count: "912" },
            { label: "Laki-laki", count: "588" },
          ],
        },
        {
          name: "Status prosedural",
          rows: [
            { label: "Prosedural", count: procedural },
            { label: "Nonprosedural", count: "420" },
            { label: "Lainnya", count: "30" },
          ],
        },
      ],
    });
    expect(value(reconcile(table("1.050"))).status).toBe("consistent");
    const r = value(reconcile(table("1.005")));
    expect(r.sums[2]).toMatchObject({
      against: "breakdown",
      status: "does-not-add-up",
      sum: 1_455,
      total: 1_500,
    });
    expect(r.sums[2]?.explanations[0]).toMatchObject({ kind: "typo", label: "Prosedural", proposed: 1_050 });
    expect(r.issues.map((issue) => issue.code)).toEqual(["STATISTICS_BREAKDOWNS_DIFFER"]);
  });

  it("reads a figure in its own locale where a page mixes them", () => {
    const r = value(
      reconcile({
        total: "122.870",
        shares: [{ label: "Hong Kong", count: "42.152", published: { text: "34.31%", locale: "en" } }],
      }),
    );
    expect(r.figures[0]).toMatchObject({ published: 34.31, status: "agrees" });
    // Without it, "65.73%" in a decimal-comma table is refused rather than guessed.
    expect(
      value(reconcile({ total: 100, shares: [{ label: "x", count: 1, published: "65.73%" }] })).issues[0]
        ?.code,
    ).toBe("STATISTICS_NUMBER_UNPARSEABLE");
  });

  it("reads suppressed cells as intervals", () => {
    const r = value(
      reconcile({
        total: 40,
        breakdowns: [
          {
            name: "Kabupaten",
            rows: [
              { label: "Indramayu", count: 30 },
              { label: "Cirebon", count: "<5" },
              { label: "Subang", count: "*" },
              { label: "Cilacap", count: "-" },
            ],
          },
        ],
      }),
    );
    expect(r.sums[0]?.status).toBe("adds-up");
    const over = value(
      reconcile({
        total: 40,
        breakdowns: [
          {
            name: "K",
            rows: [
              { label: "A", count: 37 },
              { label: "B", count: "<3" },
            ],
          },
        ],
      }),
    );
    // 37 + at most 2 cannot reach 40.
    expect(over.sums[0]?.status).toBe("does-not-add-up");
  });
});

describe("reconcile: messages and params", () => {
  it("names the row in every message", () => {
    const r = value(reconcile(destinations((rows) => (rows[1] = { ...rows[1], share: "24,17" } as never))));
    for (const issue of r.issues) {
      expect(formatIssue(issue, "id")).toMatch(/Taiwan|Negara penempatan/);
      expect(formatIssue(issue, "en")).not.toMatch(/\{\w+\}/);
    }
  });

  it("never puts a pasted number into params", () => {
    const nik = "3171234567890001";
    const r = value(
      reconcile({
        total: 100,
        breakdowns: [
          {
            name: "b",
            rows: [
              { label: "a", count: 40, share: nik },
              { label: "b", count: 60, share: "60" },
            ],
          },
        ],
        shares: [{ label: "s", count: 1, total: 3, published: nik }],
        growth: [{ label: "g", current: 2, previous: 1, published: nik }],
      }),
    );
    const text = JSON.stringify(r.issues);
    expect(text).not.toContain("317123");
    expect(r.issues.map((issue) => issue.code)).toContain("STATISTICS_PERCENT_IMPLAUSIBLE");
    for (const issue of r.issues) {
      for (const param of Object.values(issue.params ?? {})) {
        if (typeof param === "number") expect(Math.abs(param)).toBeLessThan(1e6);
      }
    }
  });
});

describe("reconcile: properties", () => {
  const consistentTable = fc
    .array(fc.integer({ min: 1, max: 999_999 }), { minLength: 2, maxLength: 12 })
    .map((counts) => ({ counts, total: counts.reduce((a, b) => a + b, 0) }));

  it("a random consistent table is consistent, with no explanation", () => {
    fc.assert(
      fc.property(consistentTable, ({ counts, total }) => {
        const r = value(
          reconcile({
            total: grouped(total),
            breakdowns: [
              {
                name: "b",
                rows: counts.map((c, i) => ({ label: `r${i}`, count: grouped(c), share: pct(c, total) })),
              },
            ],
          }),
        );
        expect(r.status).toBe("consistent");
        expect(tops(r)).toEqual([]);
      }),
      { numRuns: runs(200) },
    );
  });

  it("a planted typo in a random consistent table is explained, or marked ambiguous", () => {
    fc.assert(
      fc.property(
        consistentTable,
        fc.nat(),
        fc.nat(),
        fc.constantFrom("digit-changed", "digits-swapped", "digit-dropped", "digit-added"),
        fc.integer({ min: 0, max: 9 }),
        ({ counts, total }, rowPick, positionPick, typo, digit) => {
          const row = rowPick % counts.length;
          const digits = String(counts[row]);
          const at = positionPick % digits.length;
          let planted: string;
          if (typo === "digit-changed") planted = `${digits.slice(0, at)}${digit}${digits.slice(at + 1)}`;
          else if (typo === "digits-swapped")
            planted =
              at + 1 < digits.length
                ? `${digits.slice(0, at)}${digits[at + 1]}${digits[at]}${digits.slice(at + 2)}`
                : digits;
          else if (typo === "digit-dropped")
            planted = digits.length > 1 ? `${digits.slice(0, at)}${digits.slice(at + 1)}` : digits;
          else planted = `${digits.slice(0, at)}${digit}${digits.slice(at)}`;
          const printed = Number(planted);
          // A digit changed into a leading zero drops the zeros with it: not one typo any more.
          fc.pre(printed !== counts[row] && !/^0\d/.test(planted));
          const rows = counts.map((c, i) => ({
            label: `r${i}`,
            count: grouped(i === row ? printed : c),
            share: pct(c, total),
          }));
          const r = value(reconcile({ total: grouped(total), breakdowns: [{ name: "b", rows }] }));
          expect(r.status).not.toBe("consistent");
          const path = ["breakdowns", 0, "rows", row, "count"].join(".");
          for (const check of [...r.figures, ...r.sums]) {
            if (check.explanations.length === 0) continue;
            const top = check.explanations[0] as Explanation;
            // The planted figure is the top explanation, or the top is marked ambiguous with it among the candidates.
            if (top.path.join(".") !== path) {
              expect(top.ambiguous).toBe(true);
              expect(check.explanations.some((e) => e.path.join(".") === path && e.resolves)).toBe(true);
            } else {
              expect(top).toMatchObject({ kind: "typo", resolves: true, proposed: counts[row] });
            }
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
