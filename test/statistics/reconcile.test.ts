import { describe, expect, it } from "vitest";
import { formatIssue, type Issue, type PublishedTable, reconcile } from "../../src/index.js";
import { DIRECTION_WORDS, type PublishedBreakdown } from "../../src/statistics/index.js";
import { EXAMPLE_B, value } from "./fixtures.js";

/** STATISTICS.md §6 example A, as printed (Indonesian number format). */
const EXAMPLE_A: PublishedTable = {
  title: "Penempatan PMI Januari–September 2022 (databoks-2022-10)",
  total: "122.870",
  breakdowns: [
    {
      name: "Negara penempatan",
      partial: true,
      rows: [
        { label: "Hong Kong", count: "42.152", share: "34,31" },
        { label: "Taiwan", count: "30.363", share: "24,71" },
        { label: "Malaysia", count: "17.854", share: "14,53" },
        { label: "Korea Selatan", count: "8.304", share: "6,76" },
      ],
    },
    {
      name: "Pendidikan",
      rows: [
        { label: "Pasca Sarjana", count: "29" },
        { label: "Sarjana", count: "1.464" },
        { label: "Diploma", count: "3.248" },
        { label: "SMU", count: "57.525" },
        { label: "SMP", count: "38.598" },
        { label: "SD", count: "22.006" },
      ],
    },
  ],
};

// The reconciliations are computed inside each test, not in the describe body: code run while tests
// are collected runs before a mutation run switches its mutant on.
describe("reconcile — STATISTICS.md §6 example A", () => {
  it("reproduces every published share, naming the convention", () => {
    const r = value(reconcile(EXAMPLE_A));
    expect(
      r.figures.map((f) => [f.label, f.published, f.halfUp, f.truncate, f.convention, f.status]),
    ).toEqual([
      ["Hong Kong", 34.31, 34.31, 34.3, "half-up", "agrees"],
      ["Taiwan", 24.71, 24.71, 24.71, "both", "agrees"],
      ["Malaysia", 14.53, 14.53, 14.53, "both", "agrees"],
      ["Korea Selatan", 6.76, 6.76, 6.75, "half-up", "agrees"],
    ]);
    expect(r.figures[0]).toMatchObject({
      numerator: 42_152,
      denominator: 122_870,
      exact: "34.306177…",
      decimals: 2,
      unitsOff: 0,
    });
    expect(r.summary).toEqual({
      agree: 4,
      offByOne: 0,
      disagree: 0,
      unchecked: 0,
      conventions: { "half-up": 2, truncate: 0, both: 2, neither: 0 },
    });
  });

  it("flags the top-4 list as partial and the education breakdown as adding up", () => {
    const r = value(reconcile(EXAMPLE_A));
    expect(r.sums).toMatchObject([
      {
        path: ["breakdowns", 0],
        label: "Negara penempatan",
        sum: 98_673,
        total: 122_870,
        difference: -24_197,
        partial: true,
        status: "partial",
      },
      {
        path: ["breakdowns", 1],
        label: "Pendidikan",
        sum: 122_870,
        total: 122_870,
        difference: 0,
        partial: false,
        status: "adds-up",
      },
    ]);
    expect(r.issues).toEqual([
      {
        code: "STATISTICS_BREAKDOWN_PARTIAL",
        severity: "warning",
        path: ["breakdowns", 0],
        params: { label: "Negara penempatan", residual: 24_197 },
      },
    ]);
    // The residual is written as each locale writes a number, as the guide prints it.
    expect(formatIssue(r.issues[0] as Issue, "id")).toBe(
      'Rincian "Negara penempatan" bersifat sebagian; sisa 24.197 tidak dirinci.',
    );
    expect(formatIssue(r.issues[0] as Issue, "en")).toContain("24,197");
    expect(r.consistent).toBe(true);
    expect(r.status).toBe("consistent");
    expect(r.findings).toEqual([]);
    expect(r.localisation).toEqual([]);
  });
});

describe("reconcile — STATISTICS.md §6 example B", () => {
  it("reproduces the changes and shares, and flags 13,38% (exact 13,33%)", () => {
    const r = value(reconcile(EXAMPLE_B));
    expect(r.figures.map((f) => [f.kind, f.published, f.convention, f.status])).toEqual([
      ["share", 72.38, "both", "agrees"],
      ["share", 86.62, "both", "agrees"],
      ["growth", -11.9, "both", "agrees"],
      ["growth", -17.05, "half-up", "agrees"],
      ["growth", 13.38, "neither", "disagrees"],
      ["growth", -8.16, "half-up", "agrees"],
      ["growth", -8.26, "both", "agrees"],
    ]);
    const wrong = r.figures[4];
    expect(wrong).toMatchObject({
      halfUp: 13.33,
      truncate: 13.33,
      exact: "13.331493…",
      unitsOff: 5,
      path: ["growth", 2, "published"],
    });
    expect(r.figures[3]).toMatchObject({ halfUp: -17.05, truncate: -17.04 });
    expect(r.figures[5]).toMatchObject({ halfUp: -8.16, truncate: -8.15 });
    expect(r.issues).toEqual([
      {
        code: "STATISTICS_FIGURE_MISMATCH",
        severity: "error",
        path: ["growth", 2, "published"],
        params: { label: "Total Sep 2023 vs Sep 2022", decimals: 2 },
      },
    ]);
    expect(r.consistent).toBe(false);
    expect(r.sums[0]?.status).toBe("adds-up");
  });

  it("names the percentage as the likeliest wrong figure, and not 24.636, which checks out in the row above", () => {
    const r = value(reconcile(EXAMPLE_B));
    const explained = (r.figures[4]?.explanations ?? []).map((e) => [e.path.at(-1), e.proposed, e.ambiguous]);
    // 13,38 → 13,33 (the notes' reading) and 21.738 → 21.728 tie as one-digit typos; the
    // percentage, computed by the writer, is listed first. 24.636 is the previous value of the row
    // "Sep 2024 vs Sep 2023", whose −17,05 it reproduces: changing it is the least likely.
    expect(explained).toEqual([
      ["published", 13.33, true],
      ["previous", 21_728, true],
      ["current", 24_646, false],
    ]);
    expect(r.localisation).toEqual([
      {
        checks: [["growth", 2, "published"]],
        paths: [
          ["growth", 2, "previous"],
          ["growth", 2, "published"],
        ],
        weight: 1,
        ambiguous: true,
      },
    ]);
  });

  it("lists the percentage first in a tie, whatever the kind of typo in the count", () => {
    // 31 of 613 is 5,06 %: "2,1" is "5,1" with one digit changed, or 31 is 13 with two swapped.
    const r = value(reconcile({ total: "613", shares: [{ label: "x", count: "31", published: "2,1" }] }));
    expect(r.figures[0]?.explanations.map((e) => [e.path.at(-1), e.detail, e.proposed, e.ambiguous])).toEqual(
      [
        ["published", "digit-changed", 5.1, true],
        ["count", "digits-swapped", 13, true],
      ],
    );
  });

  it("pairs only growth rows: an equal count in a breakdown corroborates nothing", () => {
    const growth = [{ label: "Provinsi X", current: "5.644", previous: "5.000", published: "naik 12,08" }];
    const alone = value(reconcile({ growth }));
    const sexes = {
      name: "Jenis kelamin",
      rows: [
        { label: "Laki-laki", count: "5.644" },
        { label: "Perempuan", count: "14.792" },
      ],
    };
    const beside = value(reconcile({ growth, breakdowns: [sexes] }));
    expect(beside.localisation).toEqual(alone.localisation);
    expect(alone.localisation[0]?.paths).toEqual([
      ["growth", 0, "current"],
      ["growth", 0, "published"],
    ]);
  });

  it("weighs a count no more when its other printing fails too", () => {
    // The same 24.636 in a row whose check fails too corroborates nothing.
    const r = value(
      reconcile({
        growth: [
          { label: "a", current: "20.436", previous: "24.636", published: "17,50", direction: "turun" },
          { label: "b", current: "24.636", previous: "21.738", published: "13,38", direction: "naik" },
        ],
      }),
    );
    expect(r.localisation[1]).toMatchObject({
      paths: [
        ["growth", 1, "current"],
        ["growth", 1, "previous"],
        ["growth", 1, "published"],
      ],
      weight: 1,
    });
    expect(r.figures[1]?.explanations.map((e) => e.path.at(-1))).toEqual([
      "published",
      "current",
      "previous",
    ]);
  });
});

describe("reconcile — deliberate errors", () => {
  it("flags a wrong share, a breakdown that does not sum, a wrong direction and a wrong difference", () => {
    const r = value(
      reconcile({
        total: 1_000,
        breakdowns: [
          {
            name: "Sektor",
            rows: [
              { label: "Formal", count: 400, share: "40,50" },
              { label: "Informal", count: 590, share: "59,00" },
            ],
          },
        ],
        growth: [
          { label: "x", current: 90, previous: 100, published: "10,00", direction: "naik" },
          { label: "y", current: 110, previous: 100, published: -10 },
          { label: "z", current: 110, previous: 100, published: "10,0", difference: "11" },
        ],
      }),
    );
    expect(r.figures.map((f) => f.status)).toEqual([
      "disagrees",
      "agrees",
      "disagrees",
      "disagrees",
      "agrees",
    ]);
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["STATISTICS_FIGURE_MISMATCH", "breakdowns.0.rows.0.share"],
      ["STATISTICS_BREAKDOWN_SUM_MISMATCH", "breakdowns.0"],
      // 40,50 + 59,00 cannot reach 100 within their rounding either.
      ["STATISTICS_SHARES_SUM_MISMATCH", "breakdowns.0.shares"],
      ["STATISTICS_DIRECTION_MISMATCH", "growth.0.published"],
      ["STATISTICS_DIRECTION_MISMATCH", "growth.1.published"],
      ["STATISTICS_DIFFERENCE_MISMATCH", "growth.2.difference"],
    ]);
    expect(r.issues[1]?.params).toEqual({ label: "Sektor" });
    expect(r.sums[0]?.status).toBe("does-not-add-up");
    expect(r.summary.disagree).toBe(3);
  });

  it("tolerates one unit off as a warning, and names truncation", () => {
    const r = value(
      reconcile({
        shares: [
          { label: "off", count: 42_152, total: 122_870, published: 34.32 },
          { label: "trunc", count: 8_304, total: 122_870, published: 6.75 },
          { label: "padded", count: 1, total: 4, published: 25, decimals: 2 },
        ],
      }),
    );
    expect(r.figures.map((f) => [f.status, f.convention, f.unitsOff])).toEqual([
      ["off-by-one", "neither", 1],
      ["agrees", "truncate", 0],
      ["agrees", "both", 0],
    ]);
    expect(r.figures[2]?.decimals).toBe(2);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["STATISTICS_FIGURE_OFF_BY_ONE", "warning"]]);
    expect(r.consistent).toBe(true);
  });

  it("uses the table's decimals for plain numbers and reads English text", () => {
    const r = value(
      reconcile({
        locale: "en",
        decimals: 2,
        total: "122,870",
        breakdowns: [{ name: "d", partial: true, rows: [{ label: "HK", count: "42,152", share: 34.3 }] }],
      }),
    );
    expect(r.figures[0]).toMatchObject({ decimals: 2, convention: "truncate" });
  });

  it("uses the sum of a complete breakdown when no total is printed, and cannot check a partial one", () => {
    const complete = value(
      reconcile({
        breakdowns: [
          {
            name: "s",
            rows: [
              { label: "F", count: 3, share: "75" },
              { label: "M", count: 1 },
            ],
          },
        ],
      }),
    );
    expect(complete.figures[0]).toMatchObject({ denominator: 4, status: "agrees" });
    expect(complete.sums[0]).toMatchObject({ status: "no-total", sum: 4, total: undefined });
    const partial = value(
      reconcile({
        breakdowns: [{ name: "s", partial: true, rows: [{ label: "F", count: 3, share: "75" }] }],
      }),
    );
    expect(partial.figures[0]).toMatchObject({ status: "unchecked", halfUp: undefined });
    expect(partial.issues[0]).toMatchObject({ code: "STATISTICS_DENOMINATOR_MISSING", severity: "warning" });
    // A share with neither its own total nor the table's cannot be checked either.
    const alone = value(reconcile({ shares: [{ label: "s", count: 3, published: "75" }] }));
    expect(alone.figures[0]).toMatchObject({ status: "unchecked", numerator: 3, denominator: undefined });
    expect(alone.issues).toEqual([
      {
        code: "STATISTICS_DENOMINATOR_MISSING",
        severity: "warning",
        path: ["shares", 0, "published"],
        params: { label: "s" },
      },
    ]);
    expect(
      value(reconcile({ total: 4, shares: [{ label: "s", count: 3, published: "75" }] })).figures[0],
    ).toMatchObject({ status: "agrees", denominator: 4 });
    const zero = value(reconcile({ growth: [{ label: "g", current: 5, previous: 0, published: "0" }] }));
    expect(zero.issues.map((i) => i.code)).toEqual(["STATISTICS_DENOMINATOR_ZERO"]);
    expect(zero.summary.unchecked).toBe(1);
    const own = value(
      reconcile({
        total: 10,
        breakdowns: [{ name: "s", total: 4, partial: true, rows: [{ label: "a", count: 5 }] }],
      }),
    );
    expect(own.sums[0]).toMatchObject({ total: 4, status: "does-not-add-up", difference: 1 });
  });

  it("accepts unchanged values and signed figures", () => {
    const r = value(
      reconcile({
        growth: [
          { label: "same", current: 5, previous: 5, published: "0,00", direction: "tetap" },
          { label: "signed", current: 90, previous: 100, published: "-10" },
          { label: "unsigned zero", current: 5, previous: 5, published: 0 },
        ],
      }),
    );
    expect(r.figures.map((f) => f.status)).toEqual(["agrees", "agrees", "agrees"]);
    expect(r.consistent).toBe(true);
  });

  it("reports unreadable figures and unknown words without echoing them", () => {
    const r = value(
      reconcile({
        total: "12.5",
        breakdowns: [
          {
            name: "b",
            rows: [
              { label: "a", count: "1,5" },
              { label: "b", count: "-3" },
              { label: "c", count: "x", share: "y" },
            ],
          },
        ],
        shares: [{ label: "s", count: 1, published: "zz" }],
        growth: [{ label: "g", current: 2, previous: 1, published: "100", direction: "melonjak" }],
      }),
    );
    expect(r.issues.map((i) => i.code)).toEqual([
      // "1,5" is an amount now, read as the range it was rounded from.
      "STATISTICS_NUMBER_UNPARSEABLE",
      "STATISTICS_COUNT_NEGATIVE",
      "STATISTICS_NUMBER_UNPARSEABLE",
      "STATISTICS_NUMBER_UNPARSEABLE",
      "STATISTICS_NUMBER_UNPARSEABLE",
      "STATISTICS_DIRECTION_UNKNOWN",
    ]);
    expect(JSON.stringify(r.issues)).not.toMatch(/melonjak|zz|12\.5/);
  });

  it("never calls a table with an unreadable figure consistent", () => {
    // Example B's sex breakdown with one count mistyped: the share beside it still checks out.
    const sex = EXAMPLE_B.breakdowns?.[0] as PublishedBreakdown;
    const r = value(
      reconcile({
        total: EXAMPLE_B.total,
        breakdowns: [
          { ...sex, rows: sex.rows.map((row, i) => (i === 1 ? { ...row, count: "5.64x" } : row)) },
        ],
      }),
    );
    expect([r.consistent, r.status, r.issues.map((i) => i.code)]).toEqual([
      false,
      "unreadable",
      ["STATISTICS_NUMBER_UNPARSEABLE"],
    ]);
    expect(value(reconcile({ total: "abc" })).status).toBe("unreadable");
    // A failing check still names its own status, whatever else could not be read.
    const both = value(
      reconcile({
        total: "10",
        breakdowns: [
          {
            name: "b",
            rows: [
              { label: "a", count: "4", share: "50" },
              { label: "d", count: "?x" },
            ],
          },
        ],
      }),
    );
    expect(both.issues.map((i) => i.code).sort()).toEqual([
      "STATISTICS_FIGURE_MISMATCH",
      "STATISTICS_NUMBER_UNPARSEABLE",
    ]);
    expect(["explained", "partly-explained", "inconsistent"]).toContain(both.status);
  });

  it("refuses a table that is not one, listing every schema problem", () => {
    const r = reconcile({ totl: 5, breakdowns: [{ rows: "x" }], growth: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code).sort()).toEqual(
        ["INPUT_REQUIRED", "SCHEMA_INVALID_TYPE", "SCHEMA_INVALID_TYPE", "SCHEMA_UNKNOWN_KEY"].sort(),
      );
    }
    expect(reconcile(null).ok).toBe(false);
    expect(reconcile({ shares: [{ label: "t", count: 1, published: Number.NaN }] }).ok).toBe(false);
  });

  it("reads a direction word printed with the figure, before or after it", () => {
    const r = value(
      reconcile({
        growth: [
          { label: "a", current: "20.436", previous: "24.636", published: "turun 17,05%" },
          { label: "b", current: "24.636", previous: "21.738", published: "13,33% lebih besar" },
          { label: "c", current: "7.364", previous: "8.018", published: "menurun 8,16%", direction: "naik" },
          { label: "d", current: 2, previous: 1, published: "melonjak 100%" },
        ],
      }),
    );
    expect(r.figures.map((f) => [f.published, f.status])).toEqual([
      [-17.05, "agrees"],
      [13.33, "agrees"],
      [8.16, "disagrees"],
      [100, "agrees"],
    ]);
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["STATISTICS_DIRECTION_MISMATCH", "growth.2.direction"],
      ["STATISTICS_DIRECTION_MISMATCH", "growth.2.published"],
      ["STATISTICS_DIRECTION_UNKNOWN", "growth.3.published"],
    ]);
  });

  it("warns when an education breakdown repeats a level under its variants (STATISTICS.md §4, §5.7)", () => {
    const rows = [
      "SD",
      "SMP",
      "SMA",
      "SMU",
      "SMA/SMK",
      "Diploma",
      "Sarjana",
      "Pascasarjana",
      "Pasca Sarjana",
    ];
    const r = value(
      reconcile({
        breakdowns: [{ name: "Pendidikan", rows: rows.map((label) => ({ label, count: 1 })) }],
      }),
    );
    expect(r.issues.map((i) => [i.code, i.path.join("."), i.params])).toEqual([
      ["STATISTICS_ROW_DUPLICATE", "breakdowns.0.rows.3.label", { label: "SMU" }],
      ["STATISTICS_ROW_DUPLICATE", "breakdowns.0.rows.4.label", { label: "SMA/SMK" }],
      ["STATISTICS_ROW_DUPLICATE", "breakdowns.0.rows.8.label", { label: "Pasca Sarjana" }],
    ]);
    // Example A's education breakdown prints each level once: nothing to report.
    const once = value(
      reconcile({
        breakdowns: [
          {
            name: "Pendidikan",
            rows: ["Pasca Sarjana", "Sarjana", "Diploma", "SMU", "SMP", "SD"].map((label) => ({
              label,
              count: 1,
            })),
          },
        ],
      }),
    );
    expect(once.issues).toEqual([]);
  });

  it("warns when a breakdown repeats a category under a label variant", () => {
    const r = value(
      reconcile({
        breakdowns: [
          {
            name: "Negara",
            rows: [
              { label: "Hong Kong", count: 2 },
              { label: "Hongkong", count: 1 },
              { label: "Sarjana", count: 1 },
              { label: " sarjana ", count: 1 },
            ],
          },
        ],
      }),
    );
    expect(r.issues).toEqual([
      {
        code: "STATISTICS_ROW_DUPLICATE",
        severity: "warning",
        path: ["breakdowns", 0, "rows", 1, "label"],
        params: { label: "Hongkong" },
      },
      {
        code: "STATISTICS_ROW_DUPLICATE",
        severity: "warning",
        path: ["breakdowns", 0, "rows", 3, "label"],
        params: { label: "sarjana" },
      },
    ]);
    expect(r.consistent).toBe(true);
  });

  it("names where each unreadable figure is, with the locale it was read in", () => {
    const r = value(
      reconcile({
        total: "x",
        breakdowns: [
          {
            name: "b",
            total: "-5",
            rows: [
              { label: "a", count: "1,5" },
              { label: "b", count: 2, share: "zz" },
            ],
          },
        ],
        shares: [{ label: "s", count: "q", total: "-1", published: "zz" }],
        growth: [
          {
            label: "g",
            current: "x",
            previous: "-1",
            published: "zz",
            direction: "melonjak",
            difference: "1,5",
          },
          { label: "only current", current: "x", previous: 1, published: "1" },
          { label: "only previous", current: 1, previous: "x", published: "1" },
          { label: "only published", current: 1, previous: 1, published: "zz" },
        ],
      }),
    );
    const unparseable = (path: (string | number)[]) => ({
      code: "STATISTICS_NUMBER_UNPARSEABLE",
      severity: "error",
      path,
      params: { locale: "id" },
    });
    const issue = (code: string, path: (string | number)[]) => ({ code, severity: "error", path });
    expect(r.issues).toEqual([
      unparseable(["total"]),
      issue("STATISTICS_COUNT_NEGATIVE", ["breakdowns", 0, "total"]),
      unparseable(["breakdowns", 0, "rows", 1, "share"]),
      unparseable(["shares", 0, "count"]),
      issue("STATISTICS_COUNT_NEGATIVE", ["shares", 0, "total"]),
      unparseable(["shares", 0, "published"]),
      unparseable(["growth", 0, "current"]),
      issue("STATISTICS_COUNT_NEGATIVE", ["growth", 0, "previous"]),
      unparseable(["growth", 0, "published"]),
      { ...issue("STATISTICS_DIRECTION_UNKNOWN", ["growth", 0, "direction"]), params: { label: "g" } },
      unparseable(["growth", 1, "current"]),
      unparseable(["growth", 2, "previous"]),
      unparseable(["growth", 3, "published"]),
    ]);
    // Nothing unreadable is checked; "1,5" is an amount (1,45 to 1,6), so the rows have a sum, but
    // the refused breakdown total leaves it nothing to be compared with.
    expect(r.figures).toEqual([]);
    expect(r.sums).toMatchObject([{ path: ["breakdowns", 0], sum: 3.5, status: "no-total" }]);
    expect(r.consistent).toBe(false);
    expect(value(reconcile({ locale: "en", total: "1.234,5" })).issues).toEqual([
      { code: "STATISTICS_NUMBER_UNPARSEABLE", severity: "error", path: ["total"], params: { locale: "en" } },
    ]);
  });

  it("names a refused table's problems where they are", () => {
    const r = reconcile({ shares: [{ label: "t", count: 1, published: Number.NaN }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path.slice(0, 3))).toEqual([["shares", 0, "published"]]);
  });

  it("states every check in full: paths, counts, params and the summary", () => {
    const r = value(
      reconcile({
        total: 8,
        breakdowns: [
          {
            name: "Sex",
            rows: [
              { label: "F", count: 5, share: "62,5" }, // 5/8 = 62.5% exactly
              { label: "M", count: 3, share: "37,6" }, // 37.5%: one unit off
            ],
          },
        ],
        shares: [
          { label: "none", count: 1, total: 0, published: "1" },
          { label: "low", count: 42_152, total: 122_870, published: "34,26" }, // exact 34.306…: 4 below truncate
        ],
        growth: [
          // 90 → 100: +11.11…%; printed with a matching difference and direction.
          {
            label: "rise",
            current: 100,
            previous: 90,
            published: "11,11",
            direction: "naik",
            difference: 10,
          },
        ],
      }),
    );
    expect(r.figures.map((f) => [f.path.join("."), f.kind, f.numerator, f.denominator, f.status])).toEqual([
      ["breakdowns.0.rows.0.share", "share", 5, 8, "agrees"],
      ["breakdowns.0.rows.1.share", "share", 3, 8, "off-by-one"],
      ["shares.0.published", "share", 1, 0, "unchecked"],
      ["shares.1.published", "share", 42_152, 122_870, "disagrees"],
      ["growth.0.published", "growth", 100, 90, "agrees"],
    ]);
    expect(r.figures[2]).toMatchObject({
      exact: undefined,
      halfUp: undefined,
      truncate: undefined,
      convention: "neither",
      unitsOff: undefined,
    });
    // 34.26 against 34.31 (half-up) and 34.30 (truncated): 5 units off the half-up value.
    expect(r.figures[3]).toMatchObject({ halfUp: 34.31, truncate: 34.3, unitsOff: 5, convention: "neither" });
    expect(r.issues).toEqual([
      {
        code: "STATISTICS_FIGURE_OFF_BY_ONE",
        severity: "warning",
        path: ["breakdowns", 0, "rows", 1, "share"],
        params: { label: "M", decimals: 1 },
      },
      {
        code: "STATISTICS_DENOMINATOR_ZERO",
        severity: "warning",
        path: ["shares", 0, "published"],
        params: { label: "none" },
      },
      {
        code: "STATISTICS_FIGURE_MISMATCH",
        severity: "error",
        path: ["shares", 1, "published"],
        params: { label: "low", decimals: 2 },
      },
    ]);
    expect(r.sums).toMatchObject([
      {
        path: ["breakdowns", 0],
        label: "Sex",
        sum: 8,
        total: 8,
        difference: 0,
        partial: false,
        status: "adds-up",
      },
      // 62,5 + 37,6 = 100,1: within the rounding of two one-decimal shares.
      { path: ["breakdowns", 0, "shares"], against: "100", sum: 100.1, total: 100, status: "adds-up" },
    ]);
    expect(r.summary).toEqual({
      agree: 2,
      offByOne: 1,
      disagree: 1,
      unchecked: 1,
      conventions: { "half-up": 0, truncate: 0, both: 2, neither: 0 },
    });
    expect(r.consistent).toBe(false);
  });

  it("keeps the printed decimals of a number that has more than the table declares", () => {
    const r = value(
      reconcile({ decimals: 2, shares: [{ label: "s", count: 34_305, total: 100_000, published: 34.305 }] }),
    );
    expect(r.figures[0]).toMatchObject({ decimals: 3, convention: "both", status: "agrees" });
  });

  it("calls a partial list's excess an error, and an exact partial list one that adds up", () => {
    const r = value(
      reconcile({
        total: 10,
        breakdowns: [
          { name: "over", partial: true, rows: [{ label: "a", count: 11 }] },
          { name: "exact", partial: true, rows: [{ label: "a", count: 10 }] },
          { name: "short", partial: true, rows: [{ label: "a", count: 4 }] },
        ],
      }),
    );
    expect(r.sums.map((x) => [x.status, x.difference])).toEqual([
      ["does-not-add-up", 1],
      ["adds-up", 0],
      ["partial", -6],
    ]);
    expect(r.issues).toEqual([
      {
        code: "STATISTICS_BREAKDOWN_SUM_MISMATCH",
        severity: "error",
        path: ["breakdowns", 0],
        params: { label: "over" },
      },
      {
        code: "STATISTICS_BREAKDOWN_PARTIAL",
        severity: "warning",
        path: ["breakdowns", 2],
        params: { label: "short", residual: 6 },
      },
    ]);
    expect(r.consistent).toBe(false);
  });

  it("reads the direction from the word, else from the sign, and checks them against the change", () => {
    const r = value(
      reconcile({
        growth: [
          // A fall printed unsigned with no word reads as a rise: wrong direction.
          { label: "unsigned fall", current: 90, previous: 100, published: "10" },
          // A signed fall beside "turun" agrees.
          { label: "signed turun", current: 90, previous: 100, published: "-10", direction: "turun" },
          // A minus sign beside "naik" contradicts the word.
          { label: "minus naik", current: 110, previous: 100, published: "-10", direction: "naik" },
          // The same word twice, beside the figure and in `direction`, is no conflict.
          { label: "twice", current: 90, previous: 100, published: "turun 10%", direction: "turun" },
          // A figure 13.28 printed for 13.33…: five units below.
          { label: "below", current: 24_636, previous: 21_738, published: "13,28" },
        ],
      }),
    );
    // "minus naik": its word agrees with the change, its sign does not; which one the publication
    // meant is unknown, so the figure disagrees as well as raising the issue.
    expect(r.figures.map((f) => [f.label, f.published, f.status])).toEqual([
      ["unsigned fall", 10, "disagrees"],
      ["signed turun", -10, "agrees"],
      ["minus naik", 10, "disagrees"],
      ["twice", -10, "agrees"],
      ["below", 13.28, "disagrees"],
    ]);
    expect(r.figures[4]?.unitsOff).toBe(5);
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["STATISTICS_DIRECTION_MISMATCH", "growth.0.published"],
      ["STATISTICS_DIRECTION_MISMATCH", "growth.2.published"],
      ["STATISTICS_FIGURE_MISMATCH", "growth.4.published"],
    ]);
  });

  it("treats whitespace as a word break when comparing labels", () => {
    const r = value(
      reconcile({
        breakdowns: [
          {
            name: "Pendidikan",
            rows: [
              { label: "SD Negeri", count: 1 },
              { label: "SDNegeri", count: 1 },
              { label: "Sekolah\tMenengah  Atas", count: 1 },
              { label: "Sekolah Menengah Atas", count: 1 },
            ],
          },
        ],
      }),
    );
    expect(r.issues).toEqual([
      {
        code: "STATISTICS_ROW_DUPLICATE",
        severity: "warning",
        path: ["breakdowns", 0, "rows", 3, "label"],
        params: { label: "Sekolah Menengah Atas" },
      },
    ]);
  });

  it("knows the publications' direction words", () => {
    expect(DIRECTION_WORDS.naik.id).toContain("lebih besar");
    expect(DIRECTION_WORDS.turun.id).toContain("penurunan");
    expect(DIRECTION_WORDS.turun.en).toContain("decrease");
    const r = value(
      reconcile({
        growth: [{ label: "g", current: 2, previous: 1, published: "100", direction: "  Lebih   Besar " }],
      }),
    );
    expect(r.issues).toEqual([]);
  });
});

describe("reconcile: a growth figure in the wrong direction", () => {
  it("is 'disagrees', even when its size is one unit off", () => {
    // 100 → 90 is −10%; printed "10,01" with "naik" (rise): wrong direction, size one unit off.
    const r = value(
      reconcile({
        growth: [{ label: "g", current: 90, previous: 100, published: "10,01", direction: "naik" }],
      }),
    );
    expect(r.figures[0]?.status).toBe("disagrees");
    expect(r.summary.disagree).toBe(1);
  });
});
