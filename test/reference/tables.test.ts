import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../src/_lib/dates/calendar-date.js";
import { COUNTRIES, isCodeOf } from "../../src/index.js";
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_CODES,
  COMPLAINT_CHANNEL_CODES,
  COMPLAINT_CHANNELS,
  COUNTRY_CODES,
  DESTINATION_REGION_CODES,
  DESTINATION_REGIONS,
  EDUCATION_LEVEL_CODES,
  EDUCATION_LEVELS,
  EMPLOYER_TYPE_CODES,
  EMPLOYER_TYPES,
  EXCLUDED_CATEGORIES,
  EXCLUDED_CATEGORY_CODES,
  INSTITUTION_CODES,
  INSTITUTIONS,
  PLACEMENT_ROUTE_CODES,
  PLACEMENT_ROUTES,
  POSITION_CODES,
  POSITIONS,
  RETURN_REASON_CODES,
  RETURN_REASONS,
  type ReferenceEntry,
  SECTOR_CODES,
  SECTORS,
  SPSK_POSITIONS,
  WORKER_CATEGORIES,
  WORKER_CATEGORY_CODES,
} from "../../src/reference/index.js";

type AnyTable = Readonly<Record<string, ReferenceEntry>>;

const TAXONOMIES: ReadonlyArray<{
  name: string;
  table: AnyTable;
  codes: readonly string[];
  guard: (value: unknown) => boolean;
}> = [
  {
    name: "placement routes",
    table: PLACEMENT_ROUTES,
    codes: PLACEMENT_ROUTE_CODES,
    guard: (value: unknown) => isCodeOf(PLACEMENT_ROUTES, value),
  },
  {
    name: "worker categories",
    table: WORKER_CATEGORIES,
    codes: WORKER_CATEGORY_CODES,
    guard: (value: unknown) => isCodeOf(WORKER_CATEGORIES, value),
  },
  {
    name: "excluded categories",
    table: EXCLUDED_CATEGORIES,
    codes: EXCLUDED_CATEGORY_CODES,
    guard: (value: unknown) => isCodeOf(EXCLUDED_CATEGORIES, value),
  },
  {
    name: "employer types",
    table: EMPLOYER_TYPES,
    codes: EMPLOYER_TYPE_CODES,
    guard: (value: unknown) => isCodeOf(EMPLOYER_TYPES, value),
  },
  {
    name: "education levels",
    table: EDUCATION_LEVELS,
    codes: EDUCATION_LEVEL_CODES,
    guard: (value: unknown) => isCodeOf(EDUCATION_LEVELS, value),
  },
  {
    name: "sectors",
    table: SECTORS,
    codes: SECTOR_CODES,
    guard: (value: unknown) => isCodeOf(SECTORS, value),
  },
  {
    name: "positions",
    table: POSITIONS,
    codes: POSITION_CODES,
    guard: (value: unknown) => isCodeOf(POSITIONS, value),
  },
  {
    name: "return reasons",
    table: RETURN_REASONS,
    codes: RETURN_REASON_CODES,
    guard: (value: unknown) => isCodeOf(RETURN_REASONS, value),
  },
  {
    name: "complaint categories",
    table: COMPLAINT_CATEGORIES,
    codes: COMPLAINT_CATEGORY_CODES,
    guard: (value: unknown) => isCodeOf(COMPLAINT_CATEGORIES, value),
  },
  {
    name: "complaint channels",
    table: COMPLAINT_CHANNELS,
    codes: COMPLAINT_CHANNEL_CODES,
    guard: (value: unknown) => isCodeOf(COMPLAINT_CHANNELS, value),
  },
  {
    name: "institutions",
    table: INSTITUTIONS,
    codes: INSTITUTION_CODES,
    guard: (value: unknown) => isCodeOf(INSTITUTIONS, value),
  },
  {
    name: "destination regions",
    table: DESTINATION_REGIONS,
    codes: DESTINATION_REGION_CODES,
    guard: (value: unknown) => isCodeOf(DESTINATION_REGIONS, value),
  },
  {
    name: "countries",
    table: COUNTRIES,
    codes: COUNTRY_CODES,
    guard: (value: unknown) => isCodeOf(COUNTRIES, value),
  },
];

describe.each(TAXONOMIES)("$name", ({ name, table, codes, guard }) => {
  it("lists each code once, in the same order as the table", () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(table)).toEqual([...codes]);
  });

  it("keys every entry by its own code, in the expected code style", () => {
    const style = name === "countries" ? /^[A-Z]{2}$/ : /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
    for (const [key, entry] of Object.entries(table)) {
      expect(entry.code).toBe(key);
      expect(key).toMatch(style);
    }
  });

  it("gives every entry an Indonesian and an English label, a verified flag and a non-empty basis if any", () => {
    for (const entry of Object.values(table)) {
      expect(entry.label.id.trim().length, entry.code).toBeGreaterThan(1);
      expect(entry.label.en.trim().length, entry.code).toBeGreaterThan(1);
      expect(Object.keys(entry.label)).toEqual(["id", "en"]);
      expect(typeof entry.verified).toBe("boolean");
      if ("basis" in entry) expect(entry.basis?.trim().length, entry.code).toBeGreaterThan(3);
    }
  });

  it("has labels that tell the entries apart in each language", () => {
    const ids = Object.values(table).map((entry) => entry.label.id.toLowerCase());
    const ens = Object.values(table).map((entry) => entry.label.en.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ens).size).toBe(ens.length);
  });

  it("has a type guard that accepts exactly its codes", () => {
    for (const code of codes) expect(guard(code)).toBe(true);
    for (const code of codes) expect(guard(code.toLowerCase())).toBe(false);
    for (const value of [
      "",
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      null,
      undefined,
      1,
      {},
      [],
    ])
      expect(guard(value)).toBe(false);
    for (const other of TAXONOMIES)
      if (other.table !== table)
        for (const code of other.codes) expect(guard(code)).toBe(codes.includes(code));
  });
});

describe("isCodeOf", () => {
  it("never takes inherited or non-string keys for codes", () => {
    expect(isCodeOf(SECTORS, "FORMAL")).toBe(true);
    expect(isCodeOf(SECTORS, "valueOf")).toBe(false);
    expect(isCodeOf(SECTORS, Symbol("FORMAL"))).toBe(false);
    expect(isCodeOf(Object.create({ FORMAL: 1 }) as object, "FORMAL")).toBe(false);
  });
});

describe("the legal content", () => {
  it("has the four worker categories of UU 18/2017 Pasal 4 ayat (1) and seven exclusions of ayat (2)", () => {
    expect(WORKER_CATEGORY_CODES).toEqual([
      "LEGAL_ENTITY_EMPLOYER",
      "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER",
      "SEAFARER_MERCHANT",
      "SEAFARER_FISHING",
    ]);
    for (const entry of Object.values(WORKER_CATEGORIES))
      expect(entry.basis).toMatch(/^UU 18\/2017 Pasal 4 ayat \(1\)/);
    expect(EXCLUDED_CATEGORY_CODES).toHaveLength(7);
    for (const entry of Object.values(EXCLUDED_CATEGORIES))
      expect(entry.basis).toBe("UU 18/2017 Pasal 4 ayat (2)");
  });

  it("has the placement routes of LIFECYCLE.md §6, of which only NONPROCEDURAL is not procedural", () => {
    expect(PLACEMENT_ROUTE_CODES).toEqual([
      "P3MI",
      "GOVERNMENT_G2G",
      "GOVERNMENT_G2P",
      "COMPANY_OWN_INTEREST",
      "INDIVIDUAL",
      "REENTRY",
      "SPECIAL_PROGRAM",
      "NONPROCEDURAL",
    ]);
    const nonProcedural = Object.values(PLACEMENT_ROUTES).filter((route) => !route.procedural);
    expect(nonProcedural.map((route) => route.code)).toEqual(["NONPROCEDURAL"]);
  });

  it("marks every return reason UNVERIFIED with the Pasal 27 basis", () => {
    expect(RETURN_REASON_CODES).toEqual([
      "CONTRACT_ENDED",
      "LEAVE",
      "EARLY_TERMINATION",
      "ACCIDENT_OR_ILLNESS",
      "ABUSE_OR_VIOLENCE",
      "CRISIS_EVACUATION",
      "DEPORTED",
      "DEATH",
      "OTHER",
    ]);
    for (const reason of Object.values(RETURN_REASONS)) {
      expect(reason.verified).toBe(false);
      expect(reason.basis).toBe("UU 18/2017 Pasal 27");
    }
  });

  it("contains every complaint category and channel code of LIFECYCLE.md §6", () => {
    const lifecycleCategories = [
      "WANTS_REPATRIATION",
      "UNPAID_WAGES",
      "DEPORTATION_REPATRIATION",
      "FAILED_DEPARTURE",
      "DIED_ABROAD",
      "JOB_FRAUD",
      "ILLNESS",
      "TRAFFICKING",
      "PREGNANT_OR_CHILD",
      "WORK_NOT_AS_CONTRACT",
      "EMPLOYER_VIOLENCE",
      "MENTAL_HEALTH",
      "LOST_CONTACT",
      "SEXUAL_HARASSMENT",
      "DOCUMENT_WITHHELD",
      "OVERCHARGING",
      "OVERSTAY",
      "UNILATERAL_TERMINATION",
      "OTHER",
    ];
    for (const code of lifecycleCategories) expect(isCodeOf(COMPLAINT_CATEGORIES, code), code).toBe(true);
    expect(COMPLAINT_CATEGORIES.OVERSTAY.verified).toBe(false);
    expect(COMPLAINT_CHANNEL_CODES).toEqual([
      "EMAIL",
      "E_PENGADUAN",
      "SOCIAL_MEDIA",
      "SMS",
      "LETTER",
      "PHONE",
      "WALK_IN",
      "OTHER",
    ]);
  });

  it("has the institutions of LIFECYCLE.md §6 with the BNP2TKI → BP2MI → KP2MI renamings", () => {
    expect(INSTITUTION_CODES).toHaveLength(19);
    const agency = INSTITUTIONS.KP2MI_BP2MI;
    expect(agency.names.map((name) => name.abbreviation)).toEqual(["BNP2TKI", "BP2MI", "KP2MI/BP2MI"]);
    expect(agency.names[0]).toMatchObject({ from: "2006-09-08", basis: "Perpres 81/2006" });
    expect(agency.names[1]).toMatchObject({ basis: "Perpres 90/2019" });
    expect(agency.names[2]).toMatchObject({ from: "2024-11-05" });
    expect(agency.names[2]?.basis).toContain("Perpres 165/2024");
    expect(agency.names[2]?.basis).toContain("Perpres 166/2024");
    expect(INSTITUTIONS.BP3MI.names.map((name) => name.abbreviation)).toEqual(["BP3TKI", "BP3MI"]);
    expect(INSTITUTIONS.P4MI.names.map((name) => name.abbreviation)).toEqual(["P4TKI", "P4MI"]);
  });

  it("gives renamings in order, with real calendar dates, the current name last", () => {
    for (const entry of Object.values(INSTITUTIONS)) {
      const dates = entry.names.flatMap((name) =>
        "from" in name && name.from !== undefined ? [name.from] : [],
      );
      for (const date of dates) expect(isCalendarDate(date)).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      if (entry.names.length > 0) expect(entry.names.at(-1)?.abbreviation).toBe(entry.abbreviation);
    }
  });

  it("links each employer type to a worker category and its legal-entity status", () => {
    for (const type of Object.values(EMPLOYER_TYPES)) {
      expect(isCodeOf(WORKER_CATEGORIES, type.workerCategory)).toBe(true);
      expect(type.legalEntity).toBe(type.workerCategory === "LEGAL_ENTITY_EMPLOYER");
    }
    expect(EMPLOYER_TYPES.SYARIKAH.legalEntity).toBe(true);
  });

  it("lists the six SPSK household positions, and only those carry spsk", () => {
    expect([...SPSK_POSITIONS].sort()).toEqual(
      [
        "HOUSEKEEPER",
        "BABY_SITTER",
        "FAMILY_COOK",
        "ELDERLY_CARETAKER",
        "FAMILY_DRIVER",
        "CHILD_CARE_WORKER",
      ].sort(),
    );
    const flagged = Object.values(POSITIONS)
      .filter((position) => position.spsk)
      .map((position) => position.code);
    expect(flagged.sort()).toEqual([...SPSK_POSITIONS].sort());
    for (const code of SPSK_POSITIONS) expect(POSITIONS[code].basis).toContain("Kepmenaker 291/2018");
  });

  it("files every country under one of the three kawasan", () => {
    for (const country of Object.values(COUNTRIES))
      expect(isCodeOf(DESTINATION_REGIONS, country.region)).toBe(true);
    const used = new Set(Object.values(COUNTRIES).map((country) => country.region));
    expect(used).toEqual(new Set(DESTINATION_REGION_CODES));
  });

  it("marks as unverified the two published labels whose ISO code is open", () => {
    const unverified = Object.values(COUNTRIES)
      .filter((country) => !country.verified)
      .map((country) => country.code);
    expect(unverified.sort()).toEqual(["CG", "DM"]);
  });
});
