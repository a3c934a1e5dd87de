// The public functions that take outside data, with how to build their arguments from an arbitrary
// input. Every such function must be listed here. Each gets arbitrary values in every outside-data
// position, and, where a second argument carries the caller's settings, both valid settings and
// arbitrary ones.
import fc from "fast-check";
import * as documents from "../src/documents/index.js";
import * as identity from "../src/identity/index.js";
import * as root from "../src/index.js";
import * as lifecycle from "../src/lifecycle/index.js";
import * as policies from "../src/policies/index.js";
import * as reference from "../src/reference/index.js";
import * as regions from "../src/regions/index.js";
import * as statistics from "../src/statistics/index.js";

/** Every public value of the package but the regions subpath: the root and the other subpaths. */
export const lib = {
  ...root,
  ...identity,
  ...reference,
  ...documents,
  ...policies,
  ...lifecycle,
  ...statistics,
};

/** The twelve taxonomies of pekerja-migran/reference, for the functions that take a table. */
const TABLES = [
  lib.COMPLAINT_CATEGORIES,
  lib.COMPLAINT_CHANNELS,
  lib.COUNTRIES,
  lib.DESTINATION_REGIONS,
  lib.EMPLOYER_TYPES,
  lib.EXCLUDED_CATEGORIES,
  lib.INSTITUTIONS,
  lib.PLACEMENT_ROUTES,
  lib.POSITIONS,
  lib.RETURN_REASONS,
  lib.SECTORS,
  lib.WORKER_CATEGORIES,
] as const;
const withTable = (input: fc.Arbitrary<unknown>) => [fc.constantFrom(...TABLES), input];

export interface FuzzTarget {
  readonly name: string;
  readonly args: (input: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>[];
  readonly call: (...args: unknown[]) => unknown;
  /** Set for the functions documented to throw `PekerjaMigranError` on programmer errors. */
  readonly throwsProgrammerErrors?: true;
  /** Why the function may return one of the caller's own objects (else the fuzzer forbids it). */
  readonly returnsInput?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the fuzzer deliberately calls functions with wrong types.
type AnyFunction = (...args: any[]) => unknown;
const one = (input: fc.Arbitrary<unknown>) => [input];
const two = (input: fc.Arbitrary<unknown>) => [input, input];
const three = (input: fc.Arbitrary<unknown>) => [input, input, input];
const withSettings = (settings: unknown) => (input: fc.Arbitrary<unknown>) => [
  input,
  fc.oneof(fc.constant(settings), input),
];
const target = (name: string, fn: AnyFunction, args = one): FuzzTarget => ({
  name,
  args,
  call: (...values) => fn(...values),
});

/** Valid settings, sent to the functions beside arbitrary ones (the pollution test uses them too). */
export const SETTINGS = {
  nik: { referenceDate: "2026-01-01" },
  byMonth: { granularity: "month" },
  placementsByDestination: { indicator: "placements", by: ["destination"] },
} as const;
const nikOptions = SETTINGS.nik;
const dossierContext = {
  route: "P3MI",
  workerCategory: "LEGAL_ENTITY_EMPLOYER",
  employerType: "LEGAL_ENTITY",
  destination: "TW",
  asOf: "2026-01-26",
  departureDate: "2026-02-02",
};
const rounding = { decimals: 2, rounding: "half-up" };

/**
 * Public functions that take no outside data, with the reason: they work on values the library
 * produced or validated, or on the caller's own code (dimension builders, formatters of results).
 * The fuzzer fails if a public function is neither a target nor listed here.
 */
export const NOT_FUZZED: Readonly<Record<string, string>> = {
  PekerjaMigranError: "the error class",
  byAgeBand: "builds a dimension from the caller's own settings (programmer input)",
  byDestinationRegion: "builds a dimension from the caller's own settings",
  byField: "builds a dimension from the caller's own settings",
  byPeriod: "builds a dimension from the caller's own settings",
  countOf: "reads a tally the library produced",
  createIssue: "constructor of library values",
  ok: "constructor of library values",
  err: "constructor of library values",
  hasErrors: "reads issues the library produced",
  formatGrowth: "formats a result the library produced",
  formatNumber: "formats the caller's number",
  formatPercent: "formats the caller's number",
  formatRatio: "formats a result the library produced",
  caseSchema: "returns the zod schema",
  documentSchemas: "returns the zod schemas",
  dossierContextSchema: "returns the zod schema",
  dossierSchema: "returns the zod schema",
  lifecycleEventSchema: "returns the zod schema",
  lifecycleEventSchemas: "returns the zod schemas",
  policySchema: "returns the zod schema",
  lifecycleDiagram: "takes no argument",
  basisText: "prints the library's own basis references (from its tables)",
  basisVerified: "reads the library's own basis references (from its tables)",
  ruleBasisText: "prints a rule of the library's own catalogue",
  groupIssuesByPath: "reads issues the library produced, like hasErrors",
};

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  // core
  target("formatIssue", lib.formatIssue, two),
  target("formatTimelineDate", lib.formatTimelineDate, two),
  // identity
  target("parseNik", lib.parseNik, withSettings(nikOptions)),
  target("isValidNik", lib.isValidNik, withSettings(nikOptions)),
  target("maskNik", lib.maskNik),
  target("parseKkNumber", lib.parseKkNumber, withSettings({})),
  target("parsePassportNumber", lib.parsePassportNumber, withSettings({})),
  target("crossCheckNik", lib.crossCheckNik, (i) => [i, i, fc.oneof(fc.constant(nikOptions), i)]),
  // regions
  target("provinceByCode", regions.provinceByCode),
  target("regencyByCode", regions.regencyByCode),
  target("regionOfNik", regions.regionOfNik),
  target("bpsProvinceCode", regions.bpsProvinceCode),
  target("kemendagriProvinceCode", regions.kemendagriProvinceCode),
  // reference
  target("parseCountryCode", lib.parseCountryCode),
  target("parseLabel", lib.parseLabel, withTable),
  target("isCodeOf", lib.isCodeOf, withTable),
  // policies and documents
  {
    ...target("policyOn", lib.policyOn, two),
    returnsInput: "picks one policy of the caller's list, as documented: the caller's own object",
  },
  target("isPolicy", lib.isPolicy),
  {
    ...target("definePolicy", lib.definePolicy, (i) => [
      fc.oneof(fc.constant(lib.POLICIES[lib.POLICIES.length - 1]), i),
      i,
    ]),
    throwsProgrammerErrors: true,
  },
  target("requiredDocuments", lib.requiredDocuments),
  target("requirementGroupKinds", lib.requirementGroupKinds),
  target("checkDossier", lib.checkDossier, withSettings(dossierContext)),
  target("redactDossier", lib.redactDossier),
  // type guards
  target("isNikProvinceCode", lib.isNikProvinceCode),
  target("destinationRegionOf", lib.destinationRegionOf),
  // lifecycle
  target("replay", lib.replay, withSettings({})),
  target("applyEvent", lib.applyEvent, three),
  target("availableEvents", lib.availableEvents, withSettings({})),
  target("phaseOf", lib.phaseOf),
  target("isTerminal", lib.isTerminal),
  target("isProcedural", lib.isProcedural),
  // statistics
  target("share", lib.share, (i) => [i, i, fc.oneof(fc.constant(rounding), i)]),
  target("growth", lib.growth, (i) => [i, i, fc.oneof(fc.constant(rounding), i)]),
  target("ratio", lib.ratio, (i) => [i, i, fc.oneof(fc.constant(rounding), i)]),
  target("achievement", lib.achievement, three),
  target("resolutionRate", lib.resolutionRate, three),
  target("concentration", lib.concentration, two),
  target(
    "tally",
    (records: unknown, by: unknown) => lib.tally(records as never, by as never),
    (i) => [i, fc.oneof(fc.constant([lib.byField("destination"), lib.byField("sex")]), i)],
  ),
  target("mergeTallies", lib.mergeTallies, three),
  target("parseTally", lib.parseTally),
  target("protectTally", lib.protectTally, two),
  target("marginal", lib.marginal, two),
  target("tallyShares", lib.tallyShares, two),
  target("timeSeries", lib.timeSeries, withSettings(SETTINGS.byMonth)),
  target("seriesFromTally", lib.seriesFromTally, withSettings(SETTINGS.byMonth)),
  target("compareSeries", lib.compareSeries, three),
  target("periodOf", lib.periodOf, withSettings("month")),
  target("parseIndonesianNumber", lib.parseIndonesianNumber, two),
  target("percentile", lib.percentile, three),
  target("reconcile", lib.reconcile),
  target("summarize", lib.summarize, withSettings(SETTINGS.placementsByDestination)),
  target("deportationRatio", lib.deportationRatio, two),
  target(
    "milestoneDurations",
    lib.milestoneDurations,
    withSettings({ start: "Registered", end: "Departed" }),
  ),
];
