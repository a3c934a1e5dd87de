import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Case, mergeTallies, replay, summarize } from "../../src/index.js";
import {
  CASE_INDICATORS,
  countOf,
  deportationRatio,
  formatRatio,
  milestoneDurations,
  percentile,
  UNKNOWN_KEY,
} from "../../src/statistics/index.js";
import { codes, value } from "./fixtures.js";

const at = (date: string, time = "09:00", offset = "+07:00") => `${date}T${time}:00${offset}`;
type Row = readonly [string, string, Record<string, unknown>?];
const events = (rows: readonly Row[]) =>
  rows.map(([type, when, payload], i) => ({ type, seq: i + 1, at: when, ...payload }));
function caseOf(rows: readonly Row[]): Case {
  // Recorded histories are trusted here (no guard checks): these tests are about counting.
  return value(replay(events(rows), { checkGuards: false }));
}

interface Placement {
  readonly route: string;
  readonly destination: string;
  readonly sex: "M" | "F";
  readonly province: string;
  readonly registered: string;
  readonly departed: string;
  readonly birthDate?: string;
}
function placedRows(p: Placement): Row[] {
  return [
    [
      "Registered",
      at(p.registered),
      {
        route: p.route,
        worker: {
          sex: p.sex,
          birthDate: p.birthDate ?? "1999-01-01",
          provinceCode: p.province,
          regencyCode: `${p.province}01`,
        },
      },
    ],
    [
      "JobOrderAssigned",
      at(p.registered),
      {
        jobOrderId: "JO",
        destination: p.destination,
        position: "CAREGIVER",
        employerType: "INDIVIDUAL_HOUSEHOLD",
        sector: "INFORMAL",
        employerId: "E",
        verifiedByMission: true,
        sip2miIssued: true,
      },
    ],
    ["SelectionStarted", at(p.registered), { jobOrderId: "JO" }],
    ["SelectionPassed", at(p.registered)],
    ["MedicalFit", at(p.registered)],
    ["PlacementAgreementSigned", at(p.registered)],
    ["CompetencyCertified", at(p.registered)],
    ["SocialSecurityRegistered", at(p.registered), { programs: ["JKK", "JKM"] }],
    ["DocumentsCompleted", at(p.registered)],
    ["OppCompleted", at(p.registered)],
    ["Departed", at(p.departed)],
  ];
}
const placed = (p: Placement) => caseOf(placedRows(p));

function deported(
  destination: string,
  when: string,
  complaint?: { category: string; channel: string; resolvedOn?: string },
): Case {
  const rows: Row[] = [];
  if (complaint !== undefined) {
    rows.push([
      "ComplaintFiled",
      at(when, "08:00"),
      { complaintId: "C-1", category: complaint.category, channel: complaint.channel, destination },
    ]);
    rows.push(["ReturnInitiated", at(when, "10:00"), { reason: "DEPORTED" }]);
    if (complaint.resolvedOn !== undefined) {
      rows.push(["ComplaintVerified", at(complaint.resolvedOn, "08:10"), { complaintId: "C-1" }]);
      rows.push(["ComplaintHandlingStarted", at(complaint.resolvedOn, "08:20"), { complaintId: "C-1" }]);
      rows.push(["ComplaintResolved", at(complaint.resolvedOn, "08:30"), { complaintId: "C-1" }]);
    }
  } else {
    rows.push([
      "ComplaintFiled",
      at(when, "08:00"),
      { complaintId: "C-0", category: "DEPORTATION_REPATRIATION", channel: "WALK_IN", destination },
    ]);
    rows.push(["ReturnInitiated", at(when, "10:00"), { reason: "DEPORTED" }]);
  }
  return caseOf(rows);
}

const CASES: Case[] = [
  placed({
    route: "P3MI",
    destination: "TW",
    sex: "F",
    province: "35",
    registered: "2024-06-01",
    departed: "2024-09-02",
  }),
  placed({
    route: "P3MI",
    destination: "TW",
    sex: "F",
    province: "35",
    registered: "2024-07-01",
    departed: "2024-09-30",
  }),
  placed({
    route: "P3MI",
    destination: "HK",
    sex: "F",
    province: "33",
    registered: "2024-08-01",
    departed: "2024-09-15",
  }),
  placed({
    route: "GOVERNMENT_G2G",
    destination: "KR",
    sex: "M",
    province: "33",
    registered: "2024-03-01",
    departed: "2024-09-10",
  }),
  // Departed at 00:30 in Jakarta on 1 October: still 30 September in UTC, but counted on the day written.
  placed({
    route: "P3MI",
    destination: "HK",
    sex: "F",
    province: "32",
    registered: "2024-08-01",
    departed: "2024-10-01",
  }),
  placed({
    route: "P3MI",
    destination: "MY",
    sex: "M",
    province: "32",
    registered: "2024-08-20",
    departed: "2024-08-31",
  }),
  deported("MY", "2024-09-05", {
    category: "DEPORTATION_REPATRIATION",
    channel: "WALK_IN",
    resolvedOn: "2024-09-06",
  }),
  deported("MY", "2024-09-20"),
  deported("SA", "2024-10-02", { category: "UNPAID_WAGES", channel: "E_PENGADUAN" }),
];

describe("summarize", () => {
  it("counts placements in a period by destination and sex (Departed milestone in the period)", () => {
    const s = value(
      summarize(CASES, {
        indicator: "placements",
        by: ["destination", "sex"],
        from: "2024-09-01",
        to: "2024-09-30",
      }),
    );
    expect(s.tally).toEqual({
      dimensions: ["destination", "sex"],
      total: 4,
      rows: [
        { keys: ["HK", "F"], count: 1 },
        { keys: ["KR", "M"], count: 1 },
        { keys: ["TW", "F"], count: 2 },
      ],
    });
    expect(s).toMatchObject({ indicator: "placements", from: "2024-09-01", to: "2024-09-30", skipped: 0 });
  });

  it("counts each case on the day written in its instant, whatever the time zone", () => {
    const withEarlyDeparture = caseOf(
      placedRows({
        route: "P3MI",
        destination: "HK",
        sex: "F",
        province: "32",
        registered: "2024-08-01",
        departed: "2024-10-01",
      }).map((row) => (row[0] === "Departed" ? (["Departed", at("2024-10-01", "00:30")] as Row) : row)),
    );
    const s = value(summarize([withEarlyDeparture], { indicator: "placements", by: ["month"] }));
    expect(s.tally.rows).toEqual([{ keys: ["2024-10"], count: 1 }]);
  });

  it("breaks placements down by every case dimension", () => {
    const by = [
      "destinationRegion",
      "province",
      "regency",
      "sector",
      "employerType",
      "position",
      "route",
      "procedural",
      "state",
      "phase",
      "quarter",
      "semester",
      "year",
    ] as const;
    const s = value(summarize(CASES, { indicator: "placements", by: [...by] }));
    expect(s.tally.dimensions).toEqual(by);
    expect(s.tally.total).toBe(6);
    const korea = s.tally.rows.find((row) => row.keys[1] === "33" && row.keys[6] === "GOVERNMENT_G2G");
    expect(korea?.keys).toEqual([
      "ASIA_AFRICA",
      "33",
      "3301",
      "INFORMAL",
      "INDIVIDUAL_HOUSEHOLD",
      "CAREGIVER",
      "GOVERNMENT_G2G",
      "PROCEDURAL",
      "DEPARTED",
      "PLACEMENT",
      "2024-Q3",
      "2024-S2",
      "2024",
    ]);
  });

  it("bands ages at the event's date", () => {
    const young = placed({
      route: "P3MI",
      destination: "TW",
      sex: "F",
      province: "35",
      registered: "2024-01-01",
      departed: "2024-09-02",
      birthDate: "2006-09-02",
    });
    const notYet = placed({
      route: "P3MI",
      destination: "TW",
      sex: "F",
      province: "35",
      registered: "2024-01-01",
      departed: "2024-09-01",
      birthDate: "2006-09-02",
    });
    const s = value(
      summarize([young, notYet], { indicator: "placements", by: ["ageBand"], ageBands: [18, 25] }),
    );
    expect(s.tally.rows).toEqual([
      { keys: ["18-24"], count: 1 },
      { keys: ["<18"], count: 1 },
    ]);
  });

  it("counts a birth date after the event as an unknown age, and one on the day as age 0", () => {
    const worker = (birthDate: string) =>
      placed({
        route: "P3MI",
        destination: "TW",
        sex: "F",
        province: "35",
        registered: "2024-01-01",
        departed: "2024-09-02",
        birthDate,
      });
    // Born on the day of departure is age 0, a known age; a day later is no age at all.
    const s = value(
      summarize([worker("2024-09-02"), worker("2024-09-03")], {
        indicator: "placements",
        by: ["ageBand"],
        ageBands: [18, 25],
      }),
    );
    expect(s.tally.rows).toEqual([
      { keys: ["<18"], count: 1 },
      { keys: [UNKNOWN_KEY], count: 1 },
    ]);
  });

  it("counts returns by reason, deportations, and the procedural split", () => {
    expect(value(summarize(CASES, { indicator: "returns", by: ["returnReason"] })).tally.rows).toEqual([
      { keys: ["DEPORTED"], count: 3 },
    ]);
    expect(
      value(summarize(CASES, { indicator: "deportations", from: "2024-09-01", to: "2024-09-30" })).tally
        .total,
    ).toBe(2);
    const split = value(summarize(CASES, { indicator: "deportations", by: ["procedural", "destination"] }));
    expect(split.tally.rows).toEqual([
      { keys: ["NONPROCEDURAL", "MY"], count: 2 },
      { keys: ["NONPROCEDURAL", "SA"], count: 1 },
    ]);
  });

  it("counts complaints by category, channel and status, and gives the resolution rate", () => {
    const s = value(summarize(CASES, { indicator: "complaints", by: ["category", "channel", "status"] }));
    expect(s.tally.rows).toEqual([
      { keys: ["DEPORTATION_REPATRIATION", "WALK_IN", "RECEIVED"], count: 1 },
      { keys: ["DEPORTATION_REPATRIATION", "WALK_IN", "RESOLVED"], count: 1 },
      { keys: ["UNPAID_WAGES", "E_PENGADUAN", "RECEIVED"], count: 1 },
    ]);
    const inSeptember = value(
      summarize(CASES, { indicator: "complaints", by: ["status"], to: "2024-09-30" }),
    );
    expect(countOf(inSeptember.tally, ["RESOLVED"])).toBe(1);
    expect(inSeptember.tally.total).toBe(2);
  });

  it("counts deaths abroad and arrivals", () => {
    const died = caseOf([
      ...placedRows({
        route: "P3MI",
        destination: "TW",
        sex: "M",
        province: "52",
        registered: "2023-01-01",
        departed: "2023-03-01",
      }),
      ["DeathReported", at("2024-09-12")],
    ]);
    expect(
      value(summarize([...CASES, died], { indicator: "deaths", by: ["destination", "province"] })).tally.rows,
    ).toEqual([{ keys: ["TW", "52"], count: 1 }]);
    const arrived = caseOf([
      ...(events([]) as never[]),
      [
        "ComplaintFiled",
        at("2024-09-01"),
        { complaintId: "X", category: "WANTS_REPATRIATION", channel: "PHONE", destination: "SA" },
      ],
      ["ReturnInitiated", at("2024-09-02"), { reason: "DEPORTED" }],
      ["ArrivedAtDebarkation", at("2024-09-04")],
    ]);
    expect(value(summarize([arrived], { indicator: "arrivals", by: ["month"] })).tally.rows).toEqual([
      { keys: ["2024-09"], count: 1 },
    ]);
    expect(CASE_INDICATORS.placements.basis).toMatch(/STATISTICS\.md/);
  });

  it("skips what is not a case, never throws, and summaries of shards merge", () => {
    const s = value(
      summarize(
        [null, 3, "x", { milestones: null }, ...CASES, { milestones: { Departed: "not an instant" } }],
        { indicator: "placements" },
      ),
    );
    expect(s.skipped).toBe(4);
    expect(s.tally).toEqual({ dimensions: ["all"], total: 6, rows: [{ keys: ["ALL"], count: 6 }] });
    const broken = value(
      summarize(
        [
          { milestones: {}, complaints: [{ receivedAt: "x" }, null] },
          { milestones: {}, complaints: "no" },
        ],
        { indicator: "complaints" },
      ),
    );
    expect(broken.skipped).toBe(2);
    fc.assert(
      fc.property(fc.nat({ max: CASES.length }), (cut) => {
        const spec = { indicator: "placements", by: ["destination", "sex"] } as const;
        const merged = value(
          mergeTallies(
            value(summarize(CASES.slice(0, cut), spec)).tally,
            value(summarize(CASES.slice(cut), spec)).tally,
          ),
        );
        expect(merged).toEqual(value(summarize(CASES, spec)).tally);
      }),
    );
  });

  it("refuses a bad spec with every issue", () => {
    expect(codes(summarize(CASES, { indicator: "remittances" } as never))).toEqual([
      "STATISTICS_OPTIONS_INVALID",
    ]);
    expect(codes(summarize(CASES, { indicator: "placements", by: ["category", "nope"] } as never))).toEqual([
      "STATISTICS_DIMENSION_INVALID",
      "STATISTICS_DIMENSION_INVALID",
    ]);
    expect(codes(summarize(CASES, { indicator: "placements", by: [] }))).toEqual([
      "STATISTICS_DIMENSION_INVALID",
    ]);
    expect(codes(summarize(CASES, { indicator: "placements", by: ["ageBand"], ageBands: [25, 18] }))).toEqual(
      ["STATISTICS_OPTIONS_INVALID"],
    );
    expect(
      codes(summarize(CASES, { indicator: "placements", from: "2024-10-01", to: "2024-09-01" })),
    ).toEqual(["STATISTICS_RANGE_INVALID"]);
    expect(codes(summarize(CASES, { indicator: "placements", from: "2024-02-30" }))).toEqual([
      "DATE_INVALID",
    ]);
    expect(codes(summarize(5, { indicator: "placements" }))).toEqual(["STATISTICS_RECORDS_NOT_ITERABLE"]);
    expect(codes(summarize(CASES, null as never))).toEqual([
      "STATISTICS_OPTIONS_INVALID",
      "STATISTICS_OPTIONS_INVALID",
    ]);
  });

  it("names where each refused part of the spec is", () => {
    const issues = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
      r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);
    const placements = (more: object) => summarize(CASES, { indicator: "placements", ...more } as never);
    expect(issues(summarize(CASES, { indicator: "remittances" } as never))).toEqual([
      ["STATISTICS_OPTIONS_INVALID", "spec.indicator"],
    ]);
    expect(issues(placements({ by: [] }))).toEqual([["STATISTICS_DIMENSION_INVALID", "spec.by"]]);
    expect(issues(placements({ by: "destination" }))).toEqual([["STATISTICS_DIMENSION_INVALID", "spec.by"]]);
    // A name must be a string: ["destination"] (an array) is not the name "destination".
    expect(issues(placements({ by: ["sex", ["destination"], 7, "status"] }))).toEqual([
      ["STATISTICS_DIMENSION_INVALID", "spec.by.1"],
      ["STATISTICS_DIMENSION_INVALID", "spec.by.2"],
      ["STATISTICS_DIMENSION_INVALID", "spec.by.3"],
    ]);
    // Age bands: whole, non-negative, strictly increasing lower bounds, at least one.
    for (const ageBands of [undefined, [], [-1, 18], [17.5], [18, 18], [25, 18], "18"]) {
      expect(issues(placements({ by: ["ageBand"], ageBands }))).toEqual([
        ["STATISTICS_OPTIONS_INVALID", "spec.ageBands"],
      ]);
    }
    expect(issues(placements({ from: "2024-02-30", to: "x" }))).toEqual([
      ["DATE_INVALID", "spec.from"],
      ["DATE_INVALID", "spec.to"],
    ]);
    expect(issues(placements({ from: "2024-10-01", to: "2024-09-30" }))).toEqual([
      ["STATISTICS_RANGE_INVALID", "spec"],
    ]);
    expect(issues(summarize(5, { indicator: "placements" }))).toEqual([
      ["STATISTICS_RECORDS_NOT_ITERABLE", "cases"],
    ]);
    expect(issues(summarize(null, { indicator: "placements" }))).toEqual([
      ["STATISTICS_RECORDS_NOT_ITERABLE", "cases"],
    ]);
  });

  it("accepts a band from age 0 and a one-day period, both ends inclusive", () => {
    const s = value(summarize(CASES, { indicator: "placements", by: ["ageBand"], ageBands: [0, 18] }));
    // Every placed worker of CASES was born on 1999-01-01: 25 at departure in 2024.
    expect(s.tally.rows).toEqual([{ keys: ["18+"], count: 6 }]);
    // CASES: departures on 2 Sep, 10 Sep, 15 Sep, 30 Sep, 1 Oct (written day) and 31 Aug 2024.
    const total = (from?: string, to?: string) =>
      value(summarize(CASES, { indicator: "placements", from, to } as never)).tally.total;
    expect(total("2024-09-02", "2024-09-02")).toBe(1);
    expect(total("2024-09-30")).toBe(2);
    expect(total(undefined, "2024-09-02")).toBe(2);
    expect(total("2024-09-03", "2024-09-29")).toBe(2);
    expect(total()).toBe(6);
  });

  it("counts as deportations only the returns whose reason is DEPORTED", () => {
    const contractEnded = caseOf([
      ...placedRows({
        route: "P3MI",
        destination: "TW",
        sex: "F",
        province: "35",
        registered: "2022-01-01",
        departed: "2022-03-01",
      }),
      ["ReturnInitiated", at("2024-09-08"), { reason: "CONTRACT_ENDED" }],
    ]);
    const cases = [...CASES, contractEnded];
    expect(value(summarize(cases, { indicator: "returns", by: ["returnReason"] })).tally.rows).toEqual([
      { keys: ["CONTRACT_ENDED"], count: 1 },
      { keys: ["DEPORTED"], count: 3 },
    ]);
    expect(value(summarize(cases, { indicator: "deportations" })).tally.total).toBe(3);
  });

  it("does not mutate the cases", () => {
    const copy = structuredClone(CASES);
    summarize(CASES, { indicator: "complaints", by: ["category", "destination", "month"] });
    milestoneDurations(CASES, { start: "Registered", end: "Departed" });
    deportationRatio(CASES);
    expect(CASES).toEqual(copy);
  });
});

describe("deportationRatio", () => {
  it("states deportations per procedural departure over the cases and period given", () => {
    const r = value(deportationRatio(CASES, { from: "2024-09-01", to: "2024-09-30" }));
    expect(r).toMatchObject({ departures: 4, deportations: 2, ratio: { base: 4, compared: 2, value: 0.5 } });
    expect(formatRatio(r.ratio, "en")).toBe("1 : 0.5");
    const many = [CASES[0] as Case, ...Array.from({ length: 8 }, () => CASES[6] as Case)];
    expect(formatRatio(value(deportationRatio(many, { decimals: 0 })).ratio)).toBe("1 banding 8");
    expect(value(deportationRatio([CASES[6]])).ratio.reason).toBe("DENOMINATOR_ZERO");
    expect(codes(deportationRatio(new Set(CASES)))).toEqual(["INPUT_NOT_ARRAY"]);
    expect(codes(deportationRatio(CASES, { decimals: 99 }))).toEqual(["STATISTICS_DECIMALS_INVALID"]);
    expect(codes(deportationRatio(CASES, { from: "x" }))).toEqual(["DATE_INVALID"]);
    expect(codes(deportationRatio(CASES, 7 as never))).toEqual(["STATISTICS_OPTIONS_INVALID"]);
    const notArray = deportationRatio("x");
    expect(notArray.ok ? [] : notArray.issues.map((i) => i.path)).toEqual([["cases"]]);
  });

  it("divides by procedural departures only, with the rounding asked for", () => {
    // A departure recorded with the NONPROCEDURAL route is not a procedural departure.
    const nonprocedural = {
      milestones: { Departed: at("2024-09-03") },
      route: "NONPROCEDURAL",
      state: "DEPARTED",
    };
    const r = value(deportationRatio([nonprocedural, ...CASES], { from: "2024-09-01", to: "2024-09-30" }));
    expect([r.departures, r.deportations]).toEqual([4, 2]);
    // 3 procedural departures, 2 deportations: 2/3 = 0.666…, 0.7 half-up and 0.6 truncated at 1 decimal.
    const few = [CASES[0], CASES[1], CASES[2], CASES[6], CASES[7]] as Case[];
    expect(value(deportationRatio(few)).ratio.value).toBe(0.7);
    expect(value(deportationRatio(few, { rounding: "truncate" })).ratio.value).toBe(0.6);
    expect(value(deportationRatio(few, { decimals: 2 })).ratio.value).toBe(0.67);
    expect(codes(deportationRatio(few, { rounding: "bankers" } as never))).toEqual([
      "STATISTICS_ROUNDING_INVALID",
    ]);
  });

  it("splits placements by procedural status, unknown without a route", () => {
    const departed = (more: object) => ({ milestones: { Departed: at("2024-09-03") }, ...more });
    const s = value(
      summarize(
        [
          departed({ route: "P3MI", state: "DEPARTED" }),
          departed({ route: "NONPROCEDURAL", state: "DEPARTED" }),
          departed({ state: "DEPARTED" }),
          // A prospect has taken no step outside the procedure (isProcedural).
          departed({ state: "PROSPECT" }),
        ],
        { indicator: "placements", by: ["procedural"] },
      ),
    );
    expect(s.tally.rows).toEqual([
      { keys: ["NONPROCEDURAL"], count: 1 },
      { keys: ["PROCEDURAL"], count: 2 },
      { keys: ["UNKNOWN"], count: 1 },
    ]);
  });
  it("counts a registration whose departure was prevented as non-procedural, whatever its route", () => {
    const registered = (more: object) => ({
      milestones: { Registered: at("2024-09-03") },
      route: "P3MI",
      ...more,
    });
    const s = value(
      summarize([registered({ state: "REGISTERED" }), registered({ state: "BLOCKED_NONPROCEDURAL" })], {
        indicator: "registrations",
        by: ["procedural"],
      }),
    );
    expect(s.tally.rows).toEqual([
      { keys: ["NONPROCEDURAL"], count: 1 },
      { keys: ["PROCEDURAL"], count: 1 },
    ]);
  });
});

describe("milestoneDurations and percentile", () => {
  it("summarises registration to departure per route, nearest-rank", () => {
    const d = value(milestoneDurations(CASES, { start: "Registered", end: "Departed" }));
    // P3MI: 93, 91, 45, 61, 11 days; G2G: 193 days.
    expect(d).toEqual({
      inconsistent: 0,
      groups: [
        {
          keys: ["GOVERNMENT_G2G"],
          count: 1,
          median: 193,
          p90: 193,
          min: 193,
          max: 193,
          method: "nearest-rank",
        },
        { keys: ["P3MI"], count: 5, median: 61, p90: 93, min: 11, max: 93, method: "nearest-rank" },
      ],
    });
    const linear = value(
      milestoneDurations(CASES, {
        start: "Registered",
        end: "Departed",
        by: ["destination"],
        method: "linear",
        from: "2024-09-01",
        to: "2024-09-30",
      }),
    );
    expect(linear.groups.find((g) => g.keys[0] === "TW")).toMatchObject({ count: 2, median: 92, p90: 92.8 });
  });

  it("counts an end before its start as inconsistent and refuses bad options", () => {
    const backwards = {
      milestones: { Registered: at("2024-09-10"), Departed: at("2024-09-01") },
      route: "P3MI",
    };
    expect(value(milestoneDurations([backwards, null], { start: "Registered", end: "Departed" }))).toEqual({
      groups: [],
      inconsistent: 1,
    });
    expect(
      codes(
        milestoneDurations(CASES, {
          start: "",
          end: 3,
          by: ["status"],
          method: "mean",
          from: "2024-13-01",
        } as never),
      ),
    ).toEqual([
      "STATISTICS_OPTIONS_INVALID",
      "STATISTICS_OPTIONS_INVALID",
      "STATISTICS_OPTIONS_INVALID",
      "STATISTICS_DIMENSION_INVALID",
      "DATE_INVALID",
    ]);
    expect(codes(milestoneDurations(1, { start: "Registered", end: "Departed", by: [] }))).toEqual([
      "STATISTICS_DIMENSION_INVALID",
      "STATISTICS_RECORDS_NOT_ITERABLE",
    ]);
  });

  it("leaves out cases missing a milestone, keeps same-day ones, and filters the end day inclusively", () => {
    const trip = (registered: string, departed?: string) => ({
      milestones:
        departed === undefined
          ? { Registered: at(registered) }
          : { Registered: at(registered), Departed: at(departed) },
      route: "P3MI",
    });
    const onlyDeparted = { milestones: { Departed: at("2024-09-05") }, route: "P3MI" };
    const cases = [
      trip("2024-09-01"),
      onlyDeparted,
      trip("2024-09-05", "2024-09-05"), // 0 days
      trip("2024-09-01", "2024-09-10"), // 9 days
      trip("2024-09-01", "2024-09-20"), // 19 days
    ];
    const spec = { start: "Registered", end: "Departed" } as const;
    const days = (period: { from?: string; to?: string }) =>
      value(milestoneDurations(cases, { ...spec, ...period })).groups.map((g) => [g.count, g.min, g.max]);
    expect(days({})).toEqual([[3, 0, 19]]);
    expect(value(milestoneDurations(cases, spec)).inconsistent).toBe(0);
    expect(days({ from: "2024-09-10" })).toEqual([[2, 9, 19]]);
    expect(days({ to: "2024-09-10" })).toEqual([[2, 0, 9]]);
    expect(days({ from: "2024-09-10", to: "2024-09-10" })).toEqual([[1, 9, 9]]);
    expect(days({ from: "2024-09-21" })).toEqual([]);
  });

  it("names where each refused option is", () => {
    const issues = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
      r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);
    const durations = (options: object, cases: unknown = CASES) =>
      milestoneDurations(cases, { start: "Registered", end: "Departed", ...options } as never);
    expect(issues(durations({ start: "", end: 3, method: "mean" }))).toEqual([
      ["STATISTICS_OPTIONS_INVALID", "options.start"],
      ["STATISTICS_OPTIONS_INVALID", "options.end"],
      ["STATISTICS_OPTIONS_INVALID", "options.method"],
    ]);
    // A milestone code is at most 64 characters.
    expect(issues(durations({ end: "D".repeat(65) }))).toEqual([
      ["STATISTICS_OPTIONS_INVALID", "options.end"],
    ]);
    expect(value(durations({ end: "D".repeat(64) })).groups).toEqual([]);
    expect(issues(durations({ by: [] }))).toEqual([["STATISTICS_DIMENSION_INVALID", "options.by"]]);
    expect(issues(durations({ by: "route" }))).toEqual([["STATISTICS_DIMENSION_INVALID", "options.by"]]);
    // Complaint dimensions are not dimensions of a case's milestones; a name must be a string.
    expect(issues(durations({ by: ["route", "category", "channel", "status", ["route"]] }))).toEqual([
      ["STATISTICS_DIMENSION_INVALID", "options.by.1"],
      ["STATISTICS_DIMENSION_INVALID", "options.by.2"],
      ["STATISTICS_DIMENSION_INVALID", "options.by.3"],
      ["STATISTICS_DIMENSION_INVALID", "options.by.4"],
    ]);
    expect(issues(durations({ from: "2024-13-01", to: "2024-02-30" }))).toEqual([
      ["DATE_INVALID", "options.from"],
      ["DATE_INVALID", "options.to"],
    ]);
    expect(issues(durations({}, 1))).toEqual([["STATISTICS_RECORDS_NOT_ITERABLE", "cases"]]);
    expect(issues(durations({}, null))).toEqual([["STATISTICS_RECORDS_NOT_ITERABLE", "cases"]]);
    expect(value(durations({ method: "linear", by: ["route", "destination"] })).groups[0]?.method).toBe(
      "linear",
    );
  });

  it("takes percentiles by nearest rank or linear interpolation", () => {
    expect(value(percentile([30, 10, 20, 40], 50))).toBe(20);
    expect(value(percentile([30, 10, 20, 40], 50, "linear"))).toBe(25);
    expect(value(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90))).toBe(9);
    expect(value(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, "linear"))).toBe(9.1);
    expect(value(percentile([5], 0))).toBe(5);
    expect(value(percentile([], 90))).toBeUndefined();
    expect(codes(percentile([1, Number.NaN], 101, "mean" as never))).toEqual([
      "STATISTICS_VALUES_INVALID",
      "STATISTICS_PERCENTILE_INVALID",
      "STATISTICS_OPTIONS_INVALID",
    ]);
    const r = percentile("1,2" as never, "50" as never, "mean" as never);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["STATISTICS_VALUES_INVALID", "values"],
      ["STATISTICS_PERCENTILE_INVALID", "p"],
      ["STATISTICS_OPTIONS_INVALID", "method"],
    ]);
    for (const p of [-1, Number.NaN, 100.5])
      expect(codes(percentile([1], p))).toEqual(["STATISTICS_PERCENTILE_INVALID"]);
    // p = 100 is the largest value, by either method.
    expect(value(percentile([3, 1, 2], 100))).toBe(3);
    expect(value(percentile([3, 1, 2], 100, "linear"))).toBe(3);
    expect(value(percentile([], 50, "linear"))).toBeUndefined();
    // Linear at a position falling exactly on a value: (4 − 1) × 50 / 100 = 1.5 is between; 0 … 3 × 100/100 = 3 is on.
    expect(value(percentile([10, 20, 30, 40], 50, "linear"))).toBe(25);
    expect(value(percentile([10, 20, 30, 40], 0, "linear"))).toBe(10);
    // On a value, linear gives that value even where interpolating would overflow: (b − a) is Infinity.
    expect(value(percentile([-1e308, 1e308], 0, "linear"))).toBe(-1e308);
  });

  it("nearest-rank percentiles are observed values, monotone in p, and bounded by min and max", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (values, p, q) => {
          const a = value(percentile(values, Math.min(p, q))) as number;
          const b = value(percentile(values, Math.max(p, q))) as number;
          expect(values).toContain(a);
          expect(a).toBeLessThanOrEqual(b);
          const linear = value(percentile(values, p, "linear")) as number;
          expect(linear).toBeGreaterThanOrEqual(Math.min(...values));
          expect(linear).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
    );
  });
  it("nearest rank is the smallest observed value with at least p% of the values at or below it", () => {
    // The definition checked directly, on doubles of either sign, so the sort must be numeric, not textual.
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 100 }),
        (values, p) => {
          const before = [...values];
          const result = value(percentile(values, p)) as number;
          const atOrBelow = (x: number) => values.filter((v) => v <= x).length;
          const needed = Math.max(1, Math.ceil((p / 100) * values.length));
          expect(values.some((v) => v === result)).toBe(true);
          expect(atOrBelow(result)).toBeGreaterThanOrEqual(needed);
          for (const v of values) if (v < result) expect(atOrBelow(v)).toBeLessThan(needed);
          expect(values).toEqual(before);
        },
      ),
    );
    expect(value(percentile([10, 9, 100, -5, 2], 50))).toBe(9);
  });

  it("gives 0, not -0, when the percentile falls on a zero of either sign", () => {
    expect(Object.is(value(percentile([0, -0], 0)), 0)).toBe(true);
    expect(Object.is(value(percentile([-0, 0, 1], 50, "linear")), 0)).toBe(true);
  });
});

describe("returns and deportations of workers first recorded on arrival", () => {
  // Seed 000: most deportees never registered and first appear at the debarkation point.
  const deportee = (date: string, destination: string) =>
    caseOf([
      ["ArrivedAtDebarkation", at(date), { reason: "DEPORTED", destination, worker: { provinceCode: "19" } }],
      ["HandedOver", at(date, "15:00"), { recipient: "FAMILY", witnessedByGovernment: true }],
    ]);

  it("counts them on their arrival day, with the reason recorded", () => {
    const cases = [deportee("2025-03-20", "MM"), deportee("2025-04-02", "KH")];
    const march = value(
      summarize(cases, {
        indicator: "deportations",
        by: ["destination"],
        from: "2025-03-01",
        to: "2025-03-31",
      }),
    );
    expect(march.tally.rows).toEqual([{ keys: ["MM"], count: 1 }]);
    const returns = value(summarize(cases, { indicator: "returns", by: ["returnReason"] }));
    expect(returns.tally.rows).toEqual([{ keys: ["DEPORTED"], count: 2 }]);
    expect(value(deportationRatio(cases)).deportations).toBe(2);
  });

  it("counts a return that started abroad on its start day, once, not again on arrival", () => {
    const c = caseOf([["ArrivedAtDebarkation", at("2025-03-20"), { reason: "DEPORTED", destination: "MY" }]]);
    const abroad = caseOf([
      ["ReturnInitiated", at("2025-02-27"), { reason: "DEPORTED", destination: "MY" }],
      ["ArrivedAtDebarkation", at("2025-03-02")],
    ]);
    const february = value(
      summarize([c, abroad], { indicator: "deportations", from: "2025-02-01", to: "2025-02-28" }),
    );
    const march = value(
      summarize([c, abroad], { indicator: "deportations", from: "2025-03-01", to: "2025-03-31" }),
    );
    expect([february.tally.total, march.tally.total]).toEqual([1, 1]);
  });
});
