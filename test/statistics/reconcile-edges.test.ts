import { describe, expect, it } from "vitest";
import { type Reconciliation, reconcile } from "../../src/index.js";

function value(result: ReturnType<typeof reconcile>): Reconciliation {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}
const codes = (r: Reconciliation) => r.issues.map((issue) => issue.code);

describe("reconcile: shares whose denominator cannot be known", () => {
  it("does not check the shares of amounts when no total is printed, and says so", () => {
    const r = value(
      reconcile({
        breakdowns: [
          {
            name: "Remitansi",
            rows: [
              { label: "Jawa Timur", count: "1,5 ribu", share: "60" },
              { label: "Jawa Tengah", count: "1 ribu", share: "40" },
            ],
          },
        ],
      }),
    );
    expect(r.figures.map((f) => f.status)).toEqual(["unchecked", "unchecked"]);
    expect(codes(r)).toEqual(["STATISTICS_DENOMINATOR_MISSING", "STATISTICS_DENOMINATOR_MISSING"]);
    // The shares still add up to 100.
    expect(r.sums.find((s) => s.against === "100")?.status).toBe("adds-up");
  });

  it("does not divide by a breakdown that adds up to 0", () => {
    const r = value(
      reconcile({
        breakdowns: [
          {
            name: "Deportasi",
            rows: [
              { label: "Malaysia", count: 0, share: "0" },
              { label: "Arab Saudi", count: 0, share: "0" },
            ],
          },
        ],
      }),
    );
    expect(r.figures.map((f) => [f.status, f.denominator])).toEqual([
      ["unchecked", 0],
      ["unchecked", 0],
    ]);
    expect(codes(r)).toContain("STATISTICS_DENOMINATOR_ZERO");
    // Shares of 0 and 0 cannot add up to 100.
    expect(codes(r)).toContain("STATISTICS_SHARES_SUM_MISMATCH");
  });

  it("reports a share printed with a minus sign as wrong, whatever its digits", () => {
    const r = value(reconcile({ total: 100, shares: [{ label: "Hong Kong", count: 34, published: "-34" }] }));
    expect(r.figures[0]?.status).toBe("disagrees");
    expect(codes(r)).toEqual(["STATISTICS_FIGURE_MISMATCH"]);
    // The same in a breakdown with no printed total, whose shares are of its own sum.
    const own = value(
      reconcile({
        breakdowns: [
          {
            name: "Negara",
            rows: [
              { label: "Hong Kong", count: 34, share: "-34" },
              { label: "Taiwan", count: 66, share: "66" },
            ],
          },
        ],
      }),
    );
    expect(own.figures.map((f) => f.status)).toEqual(["disagrees", "agrees"]);
    expect(codes(own)).toContain("STATISTICS_FIGURE_MISMATCH");
  });

  it("divides a share by its own total before the table's", () => {
    const r = value(
      reconcile({
        total: 1_000,
        shares: [{ label: "Sektor formal", count: 50, total: 200, published: "25" }],
      }),
    );
    expect(r.figures[0]).toMatchObject({ denominator: 200, status: "agrees" });
  });

  it("reads a bound printed for a share whose denominator is missing", () => {
    const r = value(reconcile({ shares: [{ label: "Perempuan", count: 5, published: "sekitar 70%" }] }));
    // An approximate figure has no single value: the lower end of what "sekitar" allows stands for it.
    expect(r.figures[0]).toMatchObject({ status: "unchecked", published: 65 });
  });
});

describe("reconcile: a printed absolute change", () => {
  it("accepts a difference that lies in the range a bound allows, and refuses one that does not", () => {
    const fine = value(
      reconcile({
        growth: [{ label: "2024", current: "lebih dari 1.000", previous: "800", difference: "200" }],
      }),
    );
    expect(fine.status).toBe("consistent");
    const wrong = value(
      reconcile({
        growth: [{ label: "2024", current: "lebih dari 1.000", previous: "800", difference: "50" }],
      }),
    );
    expect(codes(wrong)).toEqual(["STATISTICS_DIFFERENCE_MISMATCH"]);
    // The bound itself cannot be corrected to a single value: the other two figures can.
    expect(wrong.localisation[0]?.paths).toEqual([
      ["growth", 0, "previous"],
      ["growth", 0, "difference"],
    ]);
  });

  it("localises a wrong difference to each figure that could be the one mistyped, never a negative count", () => {
    for (const item of [
      // Unsigned, the difference is read either way: a previous count of 3.200 falls to 1.200 by 2.000.
      { current: "1.200", previous: "1.000", difference: "2.000" },
      // A fall printed as the releases do, the difference unsigned beside the word ("turun 11,9%
      // (2.761)", STATISTICS.md §6 B), with two digits swapped: 2.716.
      { current: "20.436", previous: "23.197", difference: "2.716" },
    ]) {
      const r = value(reconcile({ growth: [{ label: "Aduan", ...item }] }));
      expect(r.status).toBe("explained");
      expect(r.localisation[0]).toMatchObject({
        paths: [
          ["growth", 0, "current"],
          ["growth", 0, "previous"],
          ["growth", 0, "difference"],
        ],
        ambiguous: true,
      });
    }
    // Signed, a fall of 2.000 from 1.200 would need a current count of -800: no count, so the current
    // figure is not among those that could be mistyped.
    const fall = value(
      reconcile({ growth: [{ label: "Aduan", current: "1.000", previous: "1.200", difference: "-2.000" }] }),
    );
    expect(fall.status).toBe("explained");
    expect(fall.localisation[0]?.paths).toEqual([
      ["growth", 0, "previous"],
      ["growth", 0, "difference"],
    ]);
    // A signed difference that matches its sign is right.
    const signed = value(
      reconcile({ growth: [{ label: "Aduan", current: "1.000", previous: "1.200", difference: "-200" }] }),
    );
    expect(signed.status).toBe("consistent");
  });

  it("does not compute a growth from 0, even against an approximate figure", () => {
    const r = value(
      reconcile({ growth: [{ label: "Baru", current: "10", previous: "0", published: "sekitar 5%" }] }),
    );
    expect(r.figures[0]?.status).toBe("unchecked");
    expect(codes(r)).toEqual(["STATISTICS_DENOMINATOR_ZERO"]);
  });
});

describe("reconcile: a target reported met or not met", () => {
  it("reports 'not met' when the realisation reaches the target: a story-changing error", () => {
    const r = value(
      reconcile({ achievements: [{ label: "Penempatan 2025", realised: "300", target: "250", met: false }] }),
    );
    expect(codes(r)).toEqual(["STATISTICS_TARGET_CLAIM_MISMATCH"]);
    expect(r.findings.map((f) => f.kind)).toEqual(["story"]);
  });

  it("accepts 'not met' below the target, and 'met' when a bound can reach it", () => {
    const below = value(
      reconcile({
        achievements: [{ label: "Penempatan", realised: "200", target: "250", met: false, published: "80" }],
      }),
    );
    expect(below.status).toBe("consistent");
    const bound = value(
      reconcile({
        achievements: [{ label: "Penempatan", realised: "lebih dari 200", target: "250", met: true }],
      }),
    );
    expect(bound.status).toBe("consistent");
  });
});

describe("reconcile: the table's convention is the one most figures follow", () => {
  it("names the half-up figure of a table that truncates", () => {
    const r = value(
      reconcile({
        total: 3,
        breakdowns: [
          {
            name: "Jenis kelamin",
            rows: [
              { label: "Laki-laki", count: 1, share: "33,33" },
              { label: "Perempuan", count: 2, share: "66,66" },
            ],
          },
        ],
        shares: [
          { label: "Perempuan (lagi)", count: 2, total: 3, published: "66,67" },
          { label: "Perempuan (sekali lagi)", count: 2, total: 3, published: "66,66" },
        ],
      }),
    );
    expect(r.issues).toEqual([
      {
        code: "STATISTICS_ROUNDING_MIXED",
        severity: "warning",
        path: [],
        params: { count: 1, dominant: "truncate", label: "Perempuan (lagi)" },
      },
    ]);
    expect(r.figures[2]?.explanations[0]).toMatchObject({
      kind: "convention",
      detail: "half-up",
      proposed: 66.66,
    });
  });

  it("leaves a share that reads a mistyped count to the count's typo, not to the rounding mix", () => {
    // 200 + 500 + 2.300 = 3.000, shares half-up: 6,7 / 16,7 / 76,7. C's count is printed 2.303:
    // the sum breaks, and 2.303 / 3.000 = 76,77 makes C's share look truncated (76,7, not 76,8).
    // The typo explains both; no rounding mix is reported.
    const r = value(
      reconcile({
        total: "3.000",
        breakdowns: [
          {
            name: "Sektor",
            rows: [
              { label: "A", count: "200", share: "6,7" },
              { label: "B", count: "500", share: "16,7" },
              { label: "C", count: "2.303", share: "76,7" },
            ],
          },
        ],
      }),
    );
    expect(r.figures.map((f) => f.convention)).toEqual(["half-up", "half-up", "truncate"]);
    expect(r.findings.filter((f) => f.kind === "mixed-rounding")).toEqual([]);
    expect(codes(r)).not.toContain("STATISTICS_ROUNDING_MIXED");
    expect(r.figures[2]?.explanations).toEqual([]);
    expect(r.sums[0]?.explanations[0]).toMatchObject({
      kind: "typo",
      path: ["breakdowns", 0, "rows", 2, "count"],
      proposed: 2_300,
    });
    expect(r.status).toBe("explained");
  });
});

describe("reconcile: figures beyond what a count can be", () => {
  it("refuses a count beyond the safe integers without echoing it", () => {
    const r = value(reconcile({ total: "99.999.999.999.999.999" }));
    expect(r.issues).toEqual([
      expect.objectContaining({ code: "STATISTICS_COUNT_TOO_LARGE", path: ["total"] }),
    ]);
    expect(JSON.stringify(r.issues)).not.toContain("99999");
  });
});

describe("reconcile: a pattern needs one cause", () => {
  // Shares printed with 2 decimals, half-up, of `count / total`.
  const pct = (count: number, total: number) => {
    const units = (BigInt(count) * 20_000n) / BigInt(total);
    const half = (units + 1n) / 2n;
    return `${half / 100n},${String(half % 100n).padStart(2, "0")}`;
  };

  it("does not make one finding of two shares wrong in unrelated ways", () => {
    const r = value(
      reconcile({
        total: "11.000",
        breakdowns: [
          {
            name: "Provinsi asal",
            partial: true,
            rows: [
              // One share computed on 11.020, another on 9.000: no one total reproduces both.
              { label: "Jawa Timur", count: "2.380", share: pct(2_380, 11_020) },
              { label: "Jawa Tengah", count: "1.890", share: pct(1_890, 9_000) },
              { label: "Lampung", count: "660", share: pct(660, 11_000) },
            ],
          },
        ],
      }),
    );
    expect(r.figures.map((f) => f.status)).toEqual(["disagrees", "disagrees", "agrees"]);
    expect(r.findings.filter((f) => f.kind === "systematic")).toEqual([]);
    expect(r.issues.map((issue) => issue.code)).not.toContain("STATISTICS_SYSTEMATIC_ERROR");
  });
});

describe("reconcile: small details of printed figures", () => {
  it("proposes a decline in the table's convention with its sign", () => {
    const r = value(
      reconcile({
        growth: [
          { label: "Total", current: 20_436, previous: 24_636, published: "17,04", direction: "turun" },
          { label: "Hong Kong", current: 7_364, previous: 8_018, published: "8,15", direction: "turun" },
          // Half-up in a table that truncates: 23,08 where truncation prints 23,07.
          { label: "Taiwan", current: 1_000, previous: 1_300, published: "23,08", direction: "turun" },
        ],
      }),
    );
    expect(r.figures.map((f) => f.convention)).toEqual(["truncate", "truncate", "half-up"]);
    expect(r.figures[2]?.explanations[0]).toMatchObject({
      kind: "convention",
      published: -23.08,
      proposed: -23.07,
    });
  });

  it("reads '<1' as a zero count", () => {
    const table = (total: number) => ({
      total,
      breakdowns: [
        {
          name: "Negara",
          rows: [
            { label: "Jepang", count: "<1" },
            { label: "Taiwan", count: 10 },
          ],
        },
      ],
    });
    expect(value(reconcile(table(10))).sums[0]?.status).toBe("adds-up");
    expect(value(reconcile(table(11))).sums[0]?.status).toBe("does-not-add-up");
  });

  it("reads a breakdown row's share, given as a number, at the row's own decimals ('11,90')", () => {
    // 1.194 of 10.000 is 11,94%: printed "11,9" it agrees; printed "11,90" (the number 11.9 with
    // decimals: 2, the trailing zero a number cannot keep) it is off by four hundredths.
    const table = (decimals?: number) => ({
      total: 10_000,
      breakdowns: [
        {
          name: "Sektor",
          partial: true,
          rows: [
            { label: "Formal", count: 1_194, share: 11.9, ...(decimals === undefined ? {} : { decimals }) },
          ],
        },
      ],
    });
    expect(value(reconcile(table())).figures[0]).toMatchObject({ decimals: 1, status: "agrees" });
    expect(value(reconcile(table(2))).figures[0]).toMatchObject({
      decimals: 2,
      halfUp: 11.94,
      status: "disagrees",
    });
  });
});
