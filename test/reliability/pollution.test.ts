// Options and tables are read as own properties only. A library elsewhere in the app may have
// polluted Object.prototype (the classic `merge(target, JSON.parse('{"__proto__": …}'))`); every
// option the caller did not give must then still take its default, and a code looked up in a table
// must still find only the table's own entries. Each case sets one key on Object.prototype, calls
// the function, and deletes the key again (try/finally), for every option name of the public API
// and a few values each.
import { describe, expect, it } from "vitest";
import { lib as publicApi, SETTINGS } from "../../scripts/fuzz-targets.js";
import * as regions from "../../src/regions/index.js";
import { NIK as DOSSIER_NIK, validContext, validDossier } from "../documents/fixtures.js";
import { at, events, NIK, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";
import { publishedTable } from "../statistics/fixtures.js";

/** Every public value: the fuzzer's list of the package's exports, and the regions subpath. */
const all = { ...publicApi, ...regions };

const history = events(...PRE_PLACEMENT_ROWS);
const ready = all.replay(history);
if (!ready.ok) throw new Error("fixture");
const readyCase = ready.value;
const departed = { type: "Departed", seq: readyCase.lastSeq + 1, at: at("2025-03-04") };
const records = [
  { destination: "TW", sex: "F", date: "2024-01-05" },
  { destination: "HK", sex: "M", date: "2024-03-09" },
  { destination: "TW", sex: "F", date: "2024-03-10" },
];
const byDestination = all.byField("destination");
const tallied = all.tally(records, [byDestination]);
if (!tallied.ok) throw new Error("fixture");
const series = all.timeSeries(records, SETTINGS.byMonth);
if (!series.ok) throw new Error("fixture");
const issue = all.createIssue("DATE_INVALID", ["worker", "birthDate"]);

/** Every public function that takes options or a table, called with valid data and no option set. */
const CALLS: Record<string, () => unknown> = {
  parseNik: () => all.parseNik(NIK, SETTINGS.nik),
  isValidNik: () => all.isValidNik(NIK, SETTINGS.nik),
  parseKkNumber: () => all.parseKkNumber("3201010101100002", {}),
  parsePassportNumber: () => all.parsePassportNumber("x1234567", {}),
  crossCheckNik: () => all.crossCheckNik(NIK, { birthDate: "1999-01-01", sex: "F" }, SETTINGS.nik),
  parseLabel: () => all.parseLabel(all.COUNTRIES, "Hongkong", {}),
  destinationRegionOf: () => all.destinationRegionOf("TW", {}),
  policyOn: () => all.policyOn("2026-01-01"),
  definePolicy: () => all.definePolicy(all.POLICIES[2] as never, { id: "MY-1" }),
  requiredDocuments: () => all.requiredDocuments({ route: "P3MI", departureDate: "2026-02-01" }),
  checkDossier: () => all.checkDossier(validDossier(), validContext()),
  checkDossierNoPolicy: () => all.checkDossier({ documents: {} }, validContext()),
  redactDossier: () => all.redactDossier(validDossier(), {}),
  replay: () => all.replay(history, {}),
  applyEvent: () => all.applyEvent(readyCase, departed, {}),
  availableEvents: () => all.availableEvents(readyCase, {}),
  share: () => all.share(1, 3, {}),
  growth: () => all.growth(3, 2, {}),
  ratio: () => all.ratio(1, 3, {}),
  achievement: () => all.achievement(286_422, 300_000, {}),
  resolutionRate: () => all.resolutionRate(3, 4, {}),
  concentration: () => all.concentration([60, 30, 10], { top: 2 }),
  tally: () => all.tally(records, [byDestination]),
  tallyShares: () => all.tallyShares(tallied.value, {}),
  protectTally: () => all.protectTally(tallied.value, {}),
  timeSeries: () => all.timeSeries(records, SETTINGS.byMonth),
  seriesFromTally: () => {
    const byMonth = all.tally(records, all.byPeriod("month"));
    return byMonth.ok ? all.seriesFromTally(byMonth.value, SETTINGS.byMonth) : byMonth;
  },
  compareSeries: () => all.compareSeries(series.value, "period-on-period", {}),
  periodOf: () => all.periodOf("2024-03-04", "quarter"),
  parseIndonesianNumber: () => all.parseIndonesianNumber("12,5 ribu"),
  percentile: () => all.percentile([30, 10, 20, 40], 50),
  reconcile: () => all.reconcile(publishedTable()),
  summarize: () => all.summarize([readyCase], SETTINGS.placementsByDestination),
  deportationRatio: () => all.deportationRatio([readyCase], {}),
  milestoneDurations: () => all.milestoneDurations([readyCase], { start: "Registered", end: "MedicalFit" }),
  formatIssue: () => all.formatIssue(issue, "en"),
  formatNumber: () => all.formatNumber(122_870, {}),
  formatPercent: () => all.formatPercent(34.31, {}),
  regionOfNik: () => all.regionOfNik(DOSSIER_NIK),
};

/** Option names of the public API, with values that would change a result if they were read. */
const POLLUTION: Record<string, readonly unknown[]> = {
  referenceDate: ["1950-01-01"],
  path: [["polluted"]],
  minLength: [9],
  maxLength: [3],
  normaliseCase: [false],
  overrides: [{ TW: "MIDDLE_EAST" }],
  policy: [all.POLICIES[0]],
  policies: [[all.POLICIES[0]]],
  stage: ["REGISTRATION"],
  position: ["FISHER"],
  destinationCity: ["Jeddah"],
  placementAgency: ["P3MI-0001"],
  registrationDate: ["2000-01-01"],
  keepHealthData: [true],
  maxEvents: [1],
  at: ["2030-01-01T00:00:00+07:00"],
  asOf: ["2030-01-01"],
  locale: ["en"],
  decimals: [0, 5],
  rounding: ["truncate"],
  top: [1],
  total: [5],
  k: [100],
  granularity: ["year"],
  date: ["polluted"],
  from: ["2024-03"],
  to: ["2024-01"],
  comparison: ["year-on-year"],
  method: ["linear"],
  indicator: ["returns"],
  by: [["sex"]],
  start: ["Departed"],
  end: ["Registered"],
  worker: [{ pregnant: true }],
  documents: [{}],
  breakdowns: [[]],
  shares: [[{ label: "x", count: "1", published: "99" }]],
  title: ["polluted"],
  kilo: [3],
};

function run(call: () => unknown): string {
  try {
    return JSON.stringify(call(), (_k, v) => (typeof v === "bigint" ? String(v) : v));
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

/** Runs `name` under every pollution, returning the changed results (option = value). */
function pollutedChanges(name: string): string[] {
  const call = CALLS[name] as () => unknown;
  const clean = run(call);
  const changed: string[] = [];
  for (const [key, values] of Object.entries(POLLUTION)) {
    for (const value of values) {
      const proto = Object.prototype as Record<string, unknown>;
      proto[key] = value;
      let polluted: string;
      try {
        polluted = run(call);
      } finally {
        delete proto[key];
      }
      if (polluted !== clean) changed.push(`${name} ← ${key}=${JSON.stringify(value).slice(0, 30)}`);
    }
  }
  expect(run(call)).toBe(clean);
  return changed;
}

// Functions that parse outside data with zod's strict objects (which list an object's keys with
// for…in) are covered too: they parse a copy that inherits no key (src/_lib/read-once.ts), so a
// polluted Object.prototype is neither an unknown key nor a missing field's value.
describe("a polluted Object.prototype", () => {
  it("changes no result of any public function with options", () => {
    expect(Object.keys(CALLS).flatMap(pollutedChanges)).toEqual([]);
  });
});

const NOT_CODES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

/** Fails on a function anywhere in a result: a code looked up through the prototype chain. */
function noFunctions(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === "function") throw new Error("a prototype member reached the result");
    return typeof v === "bigint" ? String(v) : v;
  });
}

describe("a prototype member's name used as a code", () => {
  const context = {
    route: "P3MI",
    workerCategory: "LEGAL_ENTITY_EMPLOYER",
    employerType: "LEGAL_ENTITY",
    destination: "TW",
    asOf: "2026-01-01",
  };
  it.each(NOT_CODES)("%s is unknown to every table lookup", (code) => {
    expect(all.provinceByCode(code)).toBeUndefined();
    expect(all.regencyByCode(code)).toBeUndefined();
    expect(all.destinationRegionOf(code)).toBeUndefined();
    expect(all.destinationRegionOf("TW", { overrides: {} })).toBe(all.destinationRegionOf("TW"));
    expect(all.phaseOf(code as never)).toBeUndefined();
    for (const guard of [
      all.isCodeOf(all.COUNTRIES, code),
      all.isNikProvinceCode(code),
      all.isTerminal(code as never),
      all.isProcedural(code as never),
    ]) {
      expect(guard).toBe(false);
    }
    for (const result of [
      all.parseCountryCode(code),
      all.parseLabel(all.COUNTRIES, code),
      all.parseIndonesianNumber(`12 ${code}`),
      all.requiredDocuments({ route: code }),
      all.summarize([], { indicator: code as never, by: ["destination"] }),
      all.replay([{ type: code, seq: 1, at: at("2025-01-01") }]),
      all.timeSeries([], { granularity: code as never }),
    ]) {
      expect(noFunctions(result)).toContain('"ok":false');
    }
    expect(all.periodOf("2024-01-01", code as never)).toBeUndefined();
    expect(all.formatIssue({ ...issue, code: code as never }, "en")).toBe(
      all.formatIssue({ ...issue, code: "NOT_A_CODE" as never }, "en"),
    );
    expect(all.formatIssue(issue, code as never)).toBe(all.formatIssue(issue, "xx" as never));
    const dossier = all.checkDossier({ documents: { [code]: {} } }, context);
    expect(noFunctions(dossier)).not.toContain(code === "__proto__" ? "FUNCTION" : `"${code}":`);
  });
});
