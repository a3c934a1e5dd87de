import { describe, expect, it } from "vitest";
import { formatIssue, type Reconciliation, reconcile } from "../../src/index.js";
import { value } from "./fixtures.js";

const codes = (r: Reconciliation) => r.issues.map((issue) => issue.code);

describe("reconcile reads each printed figure of the table", () => {
  it("prints a row label on one line, its runs of spaces and line breaks as one space", () => {
    const r = value(
      reconcile({
        total: 10,
        breakdowns: [
          {
            name: "Jenis kelamin",
            rows: [
              { label: " Nusa  Tenggara\n\tBarat ", count: 3, share: "40" },
              { label: "Lainnya", count: 7 },
            ],
          },
        ],
      }),
    );
    expect(r.figures[0]?.label).toBe("Nusa Tenggara Barat");
    expect(formatIssue(r.issues[0] as never, "en")).toContain('"Nusa Tenggara Barat"');
  });

  it("takes a count up to the largest safe integer, and refuses one beyond it naming the limit", () => {
    // 2⁵³ − 1 = 9.007.199.254.740.991 is the largest count a JavaScript number holds exactly.
    expect(value(reconcile({ total: "9.007.199.254.740.991" })).issues).toEqual([]);
    const r = value(reconcile({ total: "9.007.199.254.740.992" }));
    expect(codes(r)).toEqual(["STATISTICS_COUNT_TOO_LARGE"]);
    expect(formatIssue(r.issues[0] as never, "en")).toBe(
      "The count is too large (at most 9,007,199,254,740,991).",
    );
  });

  it("takes a percentage of magnitude up to 10⁶, and refuses a larger one, either sign or a bound, naming the row", () => {
    // 1.000.000 % of 1 in 100 is wrong, but still a percentage: checked, not refused.
    const at = value(
      reconcile({ total: 100, shares: [{ label: "Hong Kong", count: 1, published: "1.000.000" }] }),
    );
    expect(codes(at)).not.toContain("STATISTICS_PERCENT_IMPLAUSIBLE");
    expect(at.figures[0]?.status).toBe("disagrees");
    for (const published of ["1.000.001", "-2.000.000", "lebih dari 2.000.000"]) {
      const r = value(reconcile({ total: 100, shares: [{ label: "Hong Kong", count: 1, published }] }));
      expect(codes(r)).toEqual(["STATISTICS_PERCENT_IMPLAUSIBLE"]);
      expect(r.figures).toEqual([]);
      expect(formatIssue(r.issues[0] as never, "en")).toBe(
        'The percentage "Hong Kong" is too large to be a percentage.',
      );
    }
  });

  it("refuses a share's percentage written with a scale word, naming the row", () => {
    // 2.380 of 11.000 is 21,636… %: "21,64" agrees, "21,64 ribu" is no percentage at all.
    const plain = value(
      reconcile({ total: "11.000", shares: [{ label: "Jawa Timur", count: "2.380", published: "21,64" }] }),
    );
    expect(plain.figures[0]?.status).toBe("agrees");
    const share = value(
      reconcile({
        total: "11.000",
        shares: [{ label: "Jawa Timur", count: "2.380", published: "21,64 ribu" }],
      }),
    );
    expect(codes(share)).toEqual(["STATISTICS_PERCENT_SCALED"]);
    expect(share.issues[0]?.path).toEqual(["shares", 0, "published"]);
    expect(share.figures).toEqual([]);
    expect(formatIssue(share.issues[0] as never, "en")).toBe(
      'The percentage "Jawa Timur" is written with a scale word (ribu, juta…), which a percentage never has.',
    );
    expect(formatIssue(share.issues[0] as never, "id")).toBe(
      'Persentase "Jawa Timur" ditulis dengan kata satuan (ribu, juta…), padahal persentase tidak pernah memakainya.',
    );
  });
});

describe("reconcile: a growth rate printed with a scale word", () => {
  it("refuses it as a scaled percentage, not as an unknown direction word", () => {
    // 20.436 against 23.197 is a fall of 11,90…%: "11,9" agrees, "11,9 juta" is no percentage.
    const row = (published: string) => ({
      label: "Jawa Barat",
      current: "20.436",
      previous: "23.197",
      published,
    });
    expect(value(reconcile({ growth: [row("-11,9")] })).figures[0]?.status).toBe("agrees");
    for (const published of ["-11,9 juta", "-11,9 Ribu", "-11,9 rb"]) {
      const scaled = value(reconcile({ growth: [row(published)] }));
      expect(codes(scaled)).toEqual(["STATISTICS_PERCENT_SCALED"]);
      expect(scaled.issues[0]?.path).toEqual(["growth", 0, "published"]);
      expect(scaled.figures).toEqual([]);
    }
    // A direction word after the figure is still read as one.
    expect(codes(value(reconcile({ growth: [row("11,9% menurun")] })))).toEqual([]);
  });
});

describe("reconcile: changes between counts known only to lie in a range", () => {
  it("settles no direction from a suppressed count that may lie on either side of the other", () => {
    // "<5" is 0 … 4: against 3 the change may be a rise or a fall, so "naik" is not contradicted.
    const r = value(
      reconcile({
        growth: [{ label: "Papua Barat", current: "<5", previous: "3", published: "33", direction: "naik" }],
      }),
    );
    expect(codes(r)).not.toContain("STATISTICS_DIRECTION_MISMATCH");
    expect(r.figures[0]?.status).toBe("agrees");
  });

  it("settles the direction from a bound that lies wholly on one side of the other count", () => {
    // "lebih dari 1.000" against 900 can only be a rise: "turun" contradicts it, "naik" does not.
    const r = value(
      reconcile({
        growth: [
          { label: "Bali", current: "lebih dari 1.000", previous: "900", published: "20", direction: "naik" },
          {
            label: "Banten",
            current: "lebih dari 1.000",
            previous: "900",
            published: "20",
            direction: "turun",
          },
          {
            label: "Lampung",
            current: "900",
            previous: "lebih dari 1.000",
            published: "20",
            direction: "turun",
          },
        ],
      }),
    );
    expect(r.issues.filter((i) => i.code === "STATISTICS_DIRECTION_MISMATCH").map((i) => i.path)).toEqual([
      ["growth", 1, "published"],
    ]);
  });

  it("checks no percentage against a previous count that may be 0", () => {
    // "<5" may be 0, where the change is undefined: 150 % cannot be contradicted.
    const r = value(
      reconcile({
        growth: [{ label: "Maluku Utara", current: 10, previous: "<5", published: "150", direction: "naik" }],
      }),
    );
    expect(r.figures[0]?.status).toBe("agrees");
    expect(r.issues).toEqual([]);
  });

  it("compares a decline printed unsigned with the fall of rounded counts, on both sides", () => {
    // 20,4 ribu against 23,2 ribu: between 20.350 and 20.450 against 23.150 … 23.250, a fall of
    // 11,6 % to 12,5 %. "turun 12" fits; "turun 5" is too small, "turun 20" too large.
    const row = (published: string) => ({
      label: `turun ${published}`,
      current: "20,4 ribu",
      previous: "23,2 ribu",
      published,
      direction: "turun",
    });
    const r = value(reconcile({ growth: [row("12"), row("5"), row("20")] }));
    expect(r.figures.map((f) => [f.published, f.status])).toEqual([
      [-12, "agrees"],
      [-5, "disagrees"],
      [-20, "disagrees"],
    ]);
  });

  it("reads a bound percentage signed by its direction word, like a plain one", () => {
    // The same fall of 11,6 % to 12,5 %: "turun lebih dari 10" (below -10 %) and "turun sekitar 12"
    // (-12,5 % … -11,5 %) fit it; "turun lebih dari 15" and "turun kurang dari 5" (-5 % … 0) do not.
    // The rise the other way, from 20,4 ribu to 23,2 ribu (13,2 % … 14,3 %), is "naik lebih dari 10".
    const row = (published: string, direction = "turun") => ({
      label: `${direction} ${published}`,
      current: direction === "turun" ? "20,4 ribu" : "23,2 ribu",
      previous: direction === "turun" ? "23,2 ribu" : "20,4 ribu",
      published,
      direction,
    });
    const r = value(
      reconcile({
        growth: [
          row("lebih dari 10"),
          row("sekitar 12"),
          row("lebih dari 15"),
          row("kurang dari 5"),
          row("lebih dari 10", "naik"),
        ],
      }),
    );
    expect(r.figures.map((f) => [f.label, f.status])).toEqual([
      ["turun lebih dari 10", "agrees"],
      ["turun sekitar 12", "agrees"],
      ["turun lebih dari 15", "disagrees"],
      ["turun kurang dari 5", "disagrees"],
      ["naik lebih dari 10", "agrees"],
    ]);
    expect(codes(r).filter((code) => code === "STATISTICS_DIRECTION_MISMATCH")).toEqual([]);
  });

  it("checks no percentage against a previous count printed as a bound only 0 meets, as against 0", () => {
    // "<1" holds whole counts below 1: only 0, where a change in percent is undefined, as for "0".
    const growth = (previous: string) => [
      { label: "Gorontalo", current: "5", previous, published: "100", direction: "naik" },
    ];
    const zero = value(reconcile({ growth: growth("0") }));
    const belowOne = value(reconcile({ growth: growth("<1") }));
    expect(zero.figures[0]?.status).toBe("unchecked");
    expect(codes(zero)).toEqual(["STATISTICS_DENOMINATOR_ZERO"]);
    expect(belowOne.figures[0]?.status).toBe("unchecked");
    expect(codes(belowOne)).toEqual(["STATISTICS_DENOMINATOR_ZERO"]);
  });
});
