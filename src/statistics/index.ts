export { achievement } from "./achievement.js";
export { byAgeBand } from "./by-age-band.js";
export { byDestinationRegion } from "./by-destination-region.js";
export { byField } from "./by-field.js";
export { byPeriod } from "./by-period.js";
export type { CaseDimensionName } from "./cases/case-dimensions.js";
export { CASE_INDICATORS, type CaseIndicator } from "./cases/case-indicators.js";
export { type DeportationRatio, deportationRatio } from "./cases/deportation-ratio.js";
export {
  type DurationSummary,
  type MilestoneDurationOptions,
  milestoneDurations,
} from "./cases/milestone-durations.js";
export { type Summary, type SummarySpec, summarize } from "./cases/summarize.js";
export { type Comparison, compareSeries, type SeriesComparison } from "./compare-series.js";
export { type Concentration, type ConcentrationOptions, concentration } from "./concentration.js";
export { countOf } from "./count-of.js";
export { type Dimension, UNKNOWN_KEY } from "./dimension.js";
export {
  byDestination,
  byEducation,
  byEmployerType,
  byPosition,
  byProvince,
  byRegency,
  byRoute,
  bySector,
  bySex,
} from "./dimensions.js";
export { DIRECTION_WORDS } from "./direction-words.js";
export { formatGrowth, GROWTH_DIRECTION_WORDS } from "./format-growth.js";
export { type Formattable, formatNumber, formatPercent, type NumberFormatOptions } from "./format-number.js";
export { formatRatio } from "./format-ratio.js";
export { type Growth, type GrowthOptions, growth } from "./growth.js";
export { marginal } from "./marginal.js";
export { mergeTallies } from "./merge-tallies.js";
export { type ParsedNumber, parseIndonesianNumber } from "./parse-indonesian-number.js";
export { parseTally } from "./parse-tally.js";
export { type PercentileMethod, percentile } from "./percentile.js";
export { type Granularity, periodOf } from "./period.js";
export { type ProtectedTally, type ProtectedTallyRow, protectTally } from "./protect-tally.js";
export { type Ratio, ratio } from "./ratio.js";
export {
  type Explanation,
  type ExplanationKind,
  type FigureCheck,
  type Finding,
  type Localisation,
  type PublishedAchievement,
  type PublishedBreakdown,
  type PublishedFigure,
  type PublishedGrowth,
  type PublishedShare,
  type PublishedTable,
  type Reconciliation,
  type RoundingConvention,
  reconcile,
  type SumCheck,
} from "./reconcile.js";
export { type ResolutionRate, resolutionRate } from "./resolution-rate.js";
export { share } from "./share.js";
export { type Tally, type TallyRow, tally } from "./tally.js";
export { type TallyShare, tallyShares } from "./tally-shares.js";
export {
  type SeriesPoint,
  seriesFromTally,
  type TimeSeries,
  type TimeSeriesOptions,
  timeSeries,
} from "./time-series.js";
export type {
  GrowthDirection,
  Percentage,
  PercentageKind,
  Rounding,
  RoundingOptions,
  UndefinedReason,
} from "./types.js";
