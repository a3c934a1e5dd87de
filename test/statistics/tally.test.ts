import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  byField,
  type Dimension,
  mergeTallies,
  PekerjaMigranError,
  type Tally,
  tally,
} from "../../src/index.js";
import {
  byAgeBand,
  byDestination,
  byDestinationRegion,
  byEducation,
  byEmployerType,
  byPeriod,
  byPosition,
  byProvince,
  byRegency,
  byRoute,
  bySector,
  bySex,
  countOf,
  marginal,
  parseTally,
  tallyShares,
  UNKNOWN_KEY,
} from "../../src/statistics/index.js";
import { runs } from "../runs.js";
import { codes, value } from "./fixtures.js";

const record = fc.record(
  {
    destination: fc.constantFrom("HK", "TW", "MY", "KR", "SA", "", "__proto__"),
    sex: fc.constantFrom("M", "F"),
    province: fc.constantFrom("35", "33", "32", "52"),
    position: fc.constantFrom("HOUSE_MAID", "CAREGIVER", "WORKER"),
  },
  { requiredKeys: ["sex"] },
);
const dims = [byDestination, bySex, byProvince, byPosition];

/** A naive reference tally: a composite key per record, counted in a plain object. */
function naive(records: readonly Record<string, unknown>[], fields: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const key = JSON.stringify(
      fields.map((f) => (typeof r[f] === "string" && (r[f] as string).length > 0 ? r[f] : UNKNOWN_KEY)),
    );
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe("tally", () => {
  it("counts by two dimensions, keeping unknown categories as their own row", () => {
    const records = [
      { destination: "HK", sex: "F" },
      { destination: "HK", sex: "F" },
      { destination: "TW", sex: "M" },
      { destination: "TW" },
      { destination: "", sex: "F" },
      null,
      42,
    ];
    expect(value(tally(records, [byDestination, bySex]))).toEqual({
      dimensions: ["destination", "sex"],
      total: 7,
      rows: [
        { keys: ["HK", "F"], count: 2 },
        { keys: ["TW", "M"], count: 1 },
        { keys: ["TW", "UNKNOWN"], count: 1 },
        { keys: ["UNKNOWN", "F"], count: 1 },
        { keys: ["UNKNOWN", "UNKNOWN"], count: 2 },
      ],
    });
  });

  it("agrees with a naive composite-key count for any records and any number of dimensions", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), fc.integer({ min: 1, max: 4 }), (records, n) => {
        const t = value(tally(records, dims.slice(0, n)));
        const expected = naive(records, ["destination", "sex", "province", "position"].slice(0, n));
        expect(t.total).toBe(records.length);
        expect(t.rows.length).toBe(expected.size);
        for (const row of t.rows) expect(row.count).toBe(expected.get(JSON.stringify(row.keys)));
      }),
    );
  });

  it("agrees with the naive count for five or more dimensions too", () => {
    // Five dimensions take the general nested-map path (up to four have their own loops).
    const byRoute = { name: "route", key: (r: unknown) => (r as { route?: string }).route };
    const five = [...dims, byRoute];
    const withRoute = fc.record(
      {
        destination: fc.constantFrom("HK", "TW", ""),
        sex: fc.constantFrom("M", "F"),
        province: fc.constantFrom("35", "33"),
        position: fc.constantFrom("HOUSE_MAID", "WORKER"),
        route: fc.constantFrom("P3MI", "G2G"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(withRoute, { maxLength: 60 }), (records) => {
        const t = value(tally(records, five));
        const expected = naive(records, ["destination", "sex", "province", "position", "route"]);
        expect(t.total).toBe(records.length);
        expect(t.rows.length).toBe(expected.size);
        for (const row of t.rows) expect(row.count).toBe(expected.get(JSON.stringify(row.keys)));
      }),
      { numRuns: runs(100) },
    );
    const twice = value(tally([{ route: "G2G" }, { route: "G2G" }], five));
    expect(twice.rows).toEqual([{ keys: ["UNKNOWN", "UNKNOWN", "UNKNOWN", "UNKNOWN", "G2G"], count: 2 }]);
  });

  it("names where a refused dimension or record source is, and takes up to 16 dimensions", () => {
    const issues = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
      r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);
    const dim = (name: string) => ({ name, key: () => "x" });
    expect(issues(tally("HK", [bySex, null, dim(""), bySex] as never))).toEqual([
      ["STATISTICS_RECORDS_NOT_ITERABLE", "records"],
      ["STATISTICS_DIMENSION_INVALID", "by.1"],
      ["STATISTICS_DIMENSION_INVALID", "by.2"],
      ["STATISTICS_DIMENSION_INVALID", "by.3"],
    ]);
    expect(issues(tally([], null as never))).toEqual([["STATISTICS_DIMENSION_INVALID", "by"]]);
    expect(issues(tally([], []))).toEqual([["STATISTICS_DIMENSION_INVALID", "by"]]);
    // A dimension name is 1 to 200 characters.
    expect(value(tally([{}], dim("n".repeat(200)))).dimensions).toEqual(["n".repeat(200)]);
    expect(issues(tally([{}], dim("n".repeat(201))))).toEqual([["STATISTICS_DIMENSION_INVALID", "by"]]);
    const sixteen = Array.from({ length: 16 }, (_, i) => dim(`d${i}`));
    expect(value(tally([{}, {}], sixteen)).rows).toEqual([{ keys: Array(16).fill("x"), count: 2 }]);
    expect(issues(tally([{}], [...sixteen, dim("d16")]))).toEqual([["STATISTICS_DIMENSION_INVALID", "by"]]);
  });

  it("tallies any iterable (a generator) in one pass", () => {
    let reads = 0;
    function* stream() {
      for (let i = 0; i < 1_000; i++) {
        reads++;
        yield { sex: i % 4 === 0 ? "M" : "F", destination: i % 2 === 0 ? "HK" : "TW" };
      }
    }
    const t = value(tally(stream(), [bySex, byDestination]));
    expect(reads).toBe(1_000);
    expect(t.rows).toEqual([
      { keys: ["F", "HK"], count: 250 },
      { keys: ["F", "TW"], count: 500 },
      { keys: ["M", "HK"], count: 250 },
    ]);
    expect(value(tally(new Set([{ sex: "F" }]), bySex)).total).toBe(1);
  });

  it("writes finite numeric keys in decimal and other values as unknown", () => {
    const byCode: Dimension<{ code?: unknown }> = { name: "code", key: (r) => r.code as number };
    const t = value(tally([{ code: 35 }, { code: Number.NaN }, { code: true }, { code: {} }], byCode));
    expect(t.rows).toEqual([
      { keys: ["35"], count: 1 },
      { keys: [UNKNOWN_KEY], count: 3 },
    ]);
  });

  it("refuses what it cannot tally, with every issue", () => {
    expect(codes(tally("abc", bySex))).toEqual(["STATISTICS_RECORDS_NOT_ITERABLE"]);
    expect(codes(tally(null, [bySex, { name: "x" } as never]))).toEqual([
      "STATISTICS_RECORDS_NOT_ITERABLE",
      "STATISTICS_DIMENSION_INVALID",
    ]);
    expect(codes(tally([], []))).toEqual(["STATISTICS_DIMENSION_INVALID"]);
    expect(codes(tally([], [bySex, bySex]))).toEqual(["STATISTICS_DIMENSION_INVALID"]);
    expect(codes(tally([], { name: "", key: () => "a" }))).toEqual(["STATISTICS_DIMENSION_INVALID"]);
    expect(
      codes(
        tally(
          [],
          Array.from({ length: 17 }, (_, i) => byField(`f${i}`)),
        ),
      ),
    ).toEqual(["STATISTICS_DIMENSION_INVALID"]);
  });

  it("offers ready-made dimensions for the common fields", () => {
    const r = {
      destination: "HK",
      province: "35",
      regency: "3529",
      sex: "F",
      sector: "INFORMAL",
      employerType: "INDIVIDUAL",
      position: "CAREGIVER",
      route: "P3MI",
      education: "SMP",
    };
    const all = [
      byDestination,
      byProvince,
      byRegency,
      bySex,
      bySector,
      byEmployerType,
      byPosition,
      byRoute,
      byEducation,
    ];
    const t = value(tally([r], all));
    expect(t.dimensions).toEqual(Object.keys(r));
    expect(t.rows[0]?.keys).toEqual(Object.values(r));
    expect(value(tally([{ s: "x" }], byField("s", "skema"))).dimensions).toEqual(["skema"]);
    // Each ready-made dimension reads nothing from a record that is not an object.
    for (const dimension of all) {
      for (const notAnObject of [null, undefined, "F", 35, true]) {
        expect(dimension.key(notAnObject), dimension.name).toBeUndefined();
      }
      expect(dimension.key({}), dimension.name).toBeUndefined();
    }
  });

  it("reads a field of an object record, and nothing from anything else", () => {
    // byField built here, at run time (the ready-made dimensions are built once, when loaded).
    const scheme = byField("s", "skema");
    expect(scheme.key({ s: "P3MI" })).toBe("P3MI");
    expect(scheme.key({ s: 7 })).toBe(7);
    expect(scheme.key({})).toBeUndefined();
    expect(scheme.key(null)).toBeUndefined();
    expect(scheme.key("s")).toBeUndefined();
    expect(scheme.key(undefined)).toBeUndefined();
    expect(byField("length").key("abc")).toBeUndefined();
    expect(byField("length").key(["a", "b"])).toBe(2);
    expect(byField("x").name).toBe("x");
  });

  it("does not mutate its input", () => {
    const records = [{ destination: "HK", sex: "F" }, { sex: "M" }];
    const copy = structuredClone(records);
    tally(records, [byDestination, bySex]);
    expect(records).toEqual(copy);
  });
});

describe("mergeTallies", () => {
  it("merges the tallies of any partition, in any order, into the tally of all", () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 120 }),
        fc.array(fc.nat({ max: 3 }), { maxLength: 120 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (records, shardOf, n, seed) => {
          const by = dims.slice(0, n);
          const shards: Record<string, unknown>[][] = [[], [], [], []];
          records.forEach((r, i) => {
            shards[shardOf[i] ?? 0]?.push(r);
          });
          const parts = shards.map((shard) => value(tally(shard, by)));
          // A seeded shuffle of the parts and a left fold versus a right fold.
          const order = parts
            .map((p, i) => ({ p, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.p);
          const whole = value(tally(records, by));
          expect(value(mergeTallies(order[0], ...order.slice(1)))).toEqual(whole);
          const [a, b, c, d] = order;
          const left = value(mergeTallies(value(mergeTallies(value(mergeTallies(a, b)), c)), d));
          const right = value(mergeTallies(a, value(mergeTallies(b, value(mergeTallies(c, d))))));
          expect(left).toEqual(whole);
          expect(right).toEqual(whole);
          expect(JSON.stringify(left)).toBe(JSON.stringify(whole));
        },
      ),
    );
  });

  it("is commutative", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 50 }), fc.array(record, { maxLength: 50 }), (x, y) => {
        const a = value(tally(x, [bySex, byDestination]));
        const b = value(tally(y, [bySex, byDestination]));
        expect(mergeTallies(a, b)).toEqual(mergeTallies(b, a));
      }),
    );
  });

  it("survives a JSON round trip losslessly", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 100 }), fc.integer({ min: 1, max: 4 }), (records, n) => {
        const t = value(tally(records, dims.slice(0, n)));
        const back = JSON.parse(JSON.stringify(t)) as unknown;
        expect(back).toEqual(t);
        expect(value(parseTally(back))).toEqual(t);
        expect(value(mergeTallies(back))).toEqual(t);
      }),
    );
  });

  it("refuses an unknown key of a tally or of a row at its path, and none of a prototype", () => {
    const t = value(tally([{ sex: "F" }, { sex: "M" }], bySex));
    const typo = { ...t, totl: 2 };
    const result = parseTally(typo);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ["SCHEMA_UNKNOWN_KEY", ["totl"]],
    ]);
    const row = { ...t, rows: [{ ...t.rows[0], cout: 1 }, t.rows[1]] };
    const rowResult = mergeTallies(t, row);
    expect(rowResult.ok ? [] : rowResult.issues.map((i) => [i.code, i.path])).toEqual([
      ["SCHEMA_UNKNOWN_KEY", [1, "rows", 0, "cout"]],
    ]);
    // A key the value inherits is not its own: the tally is read as it is.
    expect(parseTally(Object.assign(Object.create({ note: "x" }), t)).ok).toBe(true);
  });

  it("refuses tallies with different dimensions or that do not add up", () => {
    const a = value(tally([{ sex: "F" }], bySex));
    const b = value(tally([{ destination: "HK" }], byDestination));
    expect(codes(mergeTallies(a, b))).toEqual(["STATISTICS_DIMENSIONS_DIFFER"]);
    const c = value(tally([{ sex: "F", destination: "HK" }], [bySex, byDestination]));
    expect(codes(mergeTallies(a, c))).toEqual(["STATISTICS_DIMENSIONS_DIFFER"]);
    expect(codes(mergeTallies(a, { ...a, total: 2 }))).toEqual(["STATISTICS_TALLY_INVALID"]);
    expect(codes(mergeTallies({ ...a, rows: [...a.rows, ...a.rows], total: 2 }))).toEqual([
      "STATISTICS_TALLY_INVALID",
    ]);
    expect(codes(mergeTallies({ dimensions: ["a", "a"], total: 0, rows: [] }))).toEqual([
      "STATISTICS_TALLY_INVALID",
    ]);
    expect(
      codes(mergeTallies({ dimensions: ["a"], total: 1, rows: [{ keys: ["x", "y"], count: 1 }] })),
    ).toEqual(["STATISTICS_TALLY_INVALID"]);
    const big: Tally = { dimensions: ["a"], total: 2 ** 52, rows: [{ keys: ["x"], count: 2 ** 52 }] };
    expect(codes(mergeTallies(big, big))).toEqual(["STATISTICS_COUNT_TOO_LARGE"]);
    const bad = mergeTallies({ dimensions: "sex" }, 5);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((i) => i.path[0])).toContain(1);
  });

  it("returns a fresh tally and leaves its inputs untouched", () => {
    const a = value(tally([{ sex: "F" }, { sex: "M" }], bySex));
    const copy = structuredClone(a);
    const merged = value(mergeTallies(a, a));
    expect(a).toEqual(copy);
    expect(merged.rows[0]).not.toBe(a.rows[0]);
    expect(merged.total).toBe(4);
  });
});

describe("marginal, countOf, tallyShares", () => {
  // Built inside each test (not while tests are collected, before a mutation run switches its mutant on).
  const sample = () =>
    tally(
      [
        { destination: "HK", sex: "F" },
        { destination: "HK", sex: "M" },
        { destination: "TW", sex: "F" },
      ],
      [byDestination, bySex],
    );

  it("collapses onto some dimensions, in the order asked", () => {
    const t = value(sample());
    expect(value(marginal(t, ["sex"]))).toEqual({
      dimensions: ["sex"],
      total: 3,
      rows: [
        { keys: ["F"], count: 2 },
        { keys: ["M"], count: 1 },
      ],
    });
    expect(value(marginal(t, ["sex", "destination"])).rows[0]).toEqual({ keys: ["F", "HK"], count: 1 });
    expect(codes(marginal(t, ["age"]))).toEqual(["STATISTICS_DIMENSION_INVALID"]);
    expect(codes(marginal(t, ["sex", "sex"]))).toEqual(["STATISTICS_DIMENSION_INVALID"]);
    expect(codes(marginal(t, []))).toEqual(["STATISTICS_DIMENSION_INVALID"]);
    const issues = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
      r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);
    expect(issues(marginal(t, []))).toEqual([["STATISTICS_DIMENSION_INVALID", "dimensions"]]);
    expect(issues(marginal(t, "sex" as never))).toEqual([["STATISTICS_DIMENSION_INVALID", "dimensions"]]);
    expect(issues(marginal(t, ["sex", 1, "age", "sex"] as never))).toEqual([
      ["STATISTICS_DIMENSION_INVALID", "dimensions.1"],
      ["STATISTICS_DIMENSION_INVALID", "dimensions.2"],
      ["STATISTICS_DIMENSION_INVALID", "dimensions.3"],
    ]);
    const notATally = marginal({ dimensions: ["sex"] }, ["sex"]);
    expect(notATally.ok).toBe(false);
    if (!notATally.ok) expect(notATally.issues.every((i) => i.path[0] === "source")).toBe(true);
  });

  it("marginal of a tally equals the tally by fewer dimensions", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 100 }), (records) => {
        const full = value(tally(records, dims));
        expect(value(marginal(full, ["province", "sex"]))).toEqual(
          value(tally(records, [byProvince, bySex])),
        );
      }),
    );
  });

  it("reads one count", () => {
    const t = value(sample());
    expect(countOf(t, ["HK", "F"])).toBe(1);
    expect(countOf(t, ["HK", "X"])).toBe(0);
    expect(countOf(t, ["HK"])).toBe(0);
  });

  it("gives each row's share of the total or of a wider total", () => {
    const t = value(sample());
    const shares = value(tallyShares(t, { decimals: 1 }));
    expect(shares.map((s) => s.share.value)).toEqual([33.3, 33.3, 33.3]);
    expect(value(tallyShares(t, { total: 4, decimals: 0 })).map((s) => s.share.value)).toEqual([25, 25, 25]);
    expect(codes(tallyShares(t, { total: 2 }))).toEqual(["STATISTICS_COUNT_EXCEEDS_TOTAL"]);
    expect(codes(tallyShares({}))[0]).toMatch(/^INPUT_|^SCHEMA_/);
  });

  it("accepts a wider total equal to the tally's, names refused parts, and labels shares", () => {
    const t = value(sample());
    const same = value(tallyShares(t, { total: 3, decimals: 0 }));
    expect(same.map((s) => [s.share.kind, s.share.value])).toEqual([
      ["share", 33],
      ["share", 33],
      ["share", 33],
    ]);
    const issues = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
      r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);
    expect(issues(tallyShares(t, { total: 2 }))).toEqual([
      ["STATISTICS_COUNT_EXCEEDS_TOTAL", "options.total"],
    ]);
    expect(issues(tallyShares(t, { total: -1 }))).toEqual([["STATISTICS_COUNT_NEGATIVE", "options.total"]]);
    const notATally = tallyShares({}, { total: 5 });
    expect(notATally.ok).toBe(false);
    if (!notATally.ok) expect(notATally.issues.every((i) => i.path[0] === "source")).toBe(true);
  });
});

describe("dimensions from dates and reference data", () => {
  it("counts a record that is not an object (null, a number, text) as unknown, without throwing", () => {
    const records = [null, 7, "Hong Kong", { birthDate: "2000-01-01", destination: "HK" }];
    expect(value(tally(records, byAgeBand([18, 25], "2024-12-31"))).rows).toEqual([
      { keys: ["18-24"], count: 1 },
      { keys: [UNKNOWN_KEY], count: 3 },
    ]);
    expect(value(tally(records, byDestinationRegion())).rows).toEqual([
      { keys: ["ASIA_AFRICA"], count: 1 },
      { keys: [UNKNOWN_KEY], count: 3 },
    ]);
  });

  it("bands ages on a date, with the birthday counting on the day", () => {
    const byAge = byAgeBand([18, 25, 35], "2024-12-31");
    const t = value(
      tally(
        [
          { birthDate: "2006-12-31" }, // 18 on the day
          { birthDate: "2007-01-01" }, // 17
          { birthDate: "1999-12-31" }, // 25
          { birthDate: "1989-12-31" }, // 35
          { birthDate: "2025-01-01" }, // after onDate
          { birthDate: "2006-02-30" },
          {},
        ],
        byAge,
      ),
    );
    expect(t.rows).toEqual([
      { keys: ["18-24"], count: 1 },
      { keys: ["25-34"], count: 1 },
      { keys: ["35+"], count: 1 },
      { keys: ["<18"], count: 1 },
      { keys: ["UNKNOWN"], count: 3 },
    ]);
    const custom = byAgeBand([40], "2024-01-01", (r) => (r as { dob?: string }).dob, "umur");
    expect(value(tally([{ dob: "1970-01-01" }], custom))).toMatchObject({
      dimensions: ["umur"],
      rows: [{ keys: ["40+"] }],
    });
  });

  it("bands from age 0, and counts a worker born on the date as 0 years old", () => {
    const byAge = byAgeBand([0, 18], "2024-06-01");
    const t = value(tally([{ birthDate: "2024-06-01" }, { birthDate: "2000-01-01" }, null, "x"], byAge));
    expect(t.rows).toEqual([
      { keys: ["0-17"], count: 1 },
      { keys: ["18+"], count: 1 },
      { keys: ["UNKNOWN"], count: 2 },
    ]);
  });

  it("names the malformed argument in the error it throws", () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error as PekerjaMigranError;
      }
      throw new Error("expected a throw");
    };
    for (const bounds of [[], [-1], [18, 18], [25, 18], [1.5]]) {
      const e = thrown(() => byAgeBand(bounds, "2024-01-01"));
      expect([e.code, e.details]).toEqual(["INVALID_ARGUMENT", { argument: "bounds" }]);
      expect(e.message).toMatch(/bounds/);
    }
    const e = thrown(() => byAgeBand([18], "2024-13-01"));
    expect([e.code, e.details]).toEqual(["INVALID_ARGUMENT", { argument: "onDate" }]);
    expect(e.message).toMatch(/onDate/);
  });

  it("throws a programmer error for malformed bands or dates", () => {
    expect(() => byAgeBand([], "2024-01-01")).toThrow(PekerjaMigranError);
    expect(() => byAgeBand([25, 18], "2024-01-01")).toThrow(PekerjaMigranError);
    expect(() => byAgeBand([1.5], "2024-01-01")).toThrow(PekerjaMigranError);
    expect(() => byAgeBand([18], "2024-13-01")).toThrow(PekerjaMigranError);
    expect(() => byPeriod("week" as never)).toThrow(PekerjaMigranError);
    try {
      byPeriod("week" as never);
    } catch (error) {
      expect((error as PekerjaMigranError).code).toBe("INVALID_ARGUMENT");
      expect((error as PekerjaMigranError).details).toEqual({ argument: "granularity" });
      expect((error as Error).message).toMatch(/granularity/);
    }
  });

  it("reads a period from an object's date field only", () => {
    const month = byPeriod("month");
    expect(month.key({ date: "2024-09-30" })).toBe("2024-09");
    expect(month.key(null)).toBeUndefined();
    expect(month.key("2024-09-30")).toBeUndefined();
    expect(byPeriod("year", "length").key("2024-09-30")).toBeUndefined();
  });

  it("keys by period of a date or an instant as written, in every time zone", () => {
    const records = [
      { date: "2024-09-02" },
      { date: "2024-08-31T23:30:00+07:00" }, // 16:30 UTC, still 31 August as written
      { date: "2024-07-01T00:30:00+09:00" },
      { date: "2024-02-30" },
      { date: 20240101 },
    ];
    expect(value(tally(records, byPeriod("month"))).rows).toEqual([
      { keys: ["2024-07"], count: 1 },
      { keys: ["2024-08"], count: 1 },
      { keys: ["2024-09"], count: 1 },
      { keys: ["UNKNOWN"], count: 2 },
    ]);
    expect(value(tally(records, byPeriod("quarter"))).rows.map((r) => r.keys[0])).toEqual([
      "2024-Q3",
      "UNKNOWN",
    ]);
    expect(value(tally(records, byPeriod("semester"))).rows.map((r) => r.keys[0])).toEqual([
      "2024-S2",
      "UNKNOWN",
    ]);
    const byYear = byPeriod("year", (r) => (r as { at?: string }).at, "tahun");
    expect(value(tally([{ at: "2023-12-31T23:59:00-05:00" }], byYear))).toMatchObject({
      dimensions: ["tahun"],
      rows: [{ keys: ["2023"] }],
    });
  });

  it("groups destinations by kawasan through reference data", () => {
    const t = value(
      tally(
        [{ destination: "TW" }, { destination: "SA" }, { destination: "HK" }, { destination: "XX" }, 3],
        byDestinationRegion(),
      ),
    );
    expect(t.rows).toEqual([
      { keys: ["ASIA_AFRICA"], count: 2 },
      { keys: ["EUROPE_MIDDLE_EAST"], count: 1 },
      { keys: ["UNKNOWN"], count: 2 },
    ]);
    const own = byDestinationRegion("country", { overrides: { XX: "AMERICA_PACIFIC" } }, "kawasan");
    expect(value(tally([{ country: "XX" }], own))).toMatchObject({
      dimensions: ["kawasan"],
      rows: [{ keys: ["AMERICA_PACIFIC"] }],
    });
  });
});
