// The public functions that take outside data, with how to build their arguments from an arbitrary
// input. Every such function must be listed here. Each gets arbitrary values in every outside-data
// position, and, where a second argument carries the caller's settings, both valid settings and
// arbitrary ones.
import fc from "fast-check";
import * as lib from "../src/index.js";
import * as regions from "../src/regions/index.js";

export interface FuzzTarget {
  readonly name: string;
  readonly args: (input: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>[];
  readonly call: (...args: unknown[]) => unknown;
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

const nikOptions = { referenceDate: "2026-01-01" };
const rounding = { decimals: 2, rounding: "half-up" };

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  // core
  target("parseCalendarDate", lib.parseCalendarDate),
  target("isCalendarDate", lib.isCalendarDate),
  target("parseInstant", lib.parseInstant),
  target("isInstant", lib.isInstant),
  target("formatIssue", lib.formatIssue, two),
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
  target("countryByCode", lib.countryByCode),
  target("countryFromLabel", lib.countryFromLabel),
  target("parseCountryLabel", lib.parseCountryLabel),
  target("parseCountryCode", lib.parseCountryCode),
  target("positionFromLabel", lib.positionFromLabel),
  target("parsePositionLabel", lib.parsePositionLabel),
  target("placementRouteFromLabel", lib.placementRouteFromLabel),
  target("parsePlacementRouteLabel", lib.parsePlacementRouteLabel),
  target("complaintCategoryFromLabel", lib.complaintCategoryFromLabel),
  target("parseComplaintCategoryLabel", lib.parseComplaintCategoryLabel),
  target("complaintChannelFromLabel", lib.complaintChannelFromLabel),
  target("parseComplaintChannelLabel", lib.parseComplaintChannelLabel),
  target("isCodeOf(COUNTRIES)", (value: unknown) => lib.isCodeOf(lib.COUNTRIES, value)),
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
  target("marginal", lib.marginal, two),
  target("tallyShares", lib.tallyShares, two),
  target("timeSeries", lib.timeSeries, withSettings({ granularity: "month" })),
  target("seriesFromTally", lib.seriesFromTally, withSettings({ granularity: "month" })),
  target("compareSeries", lib.compareSeries, three),
  target("periodOf", lib.periodOf, withSettings("month")),
  target("parseIndonesianNumber", lib.parseIndonesianNumber, two),
  target("percentile", lib.percentile, three),
  target("reconcile", lib.reconcile),
  target("summarize", lib.summarize, withSettings({ indicator: "placements", by: ["destination"] })),
  target("deportationRatio", lib.deportationRatio, two),
  target(
    "milestoneDurations",
    lib.milestoneDurations,
    withSettings({ start: "Registered", end: "Departed" }),
  ),
];
