import { isCalendarDate } from "../../_lib/dates/calendar-date.js";
import { dateOfInstant, isInstant } from "../../_lib/dates/instant.js";
import { type CalendarDate, createIssue, err, type Issue, ok, type Result } from "../../core/index.js";
import { own, readOptions } from "../_lib/validate.js";
import type { Dimension } from "../dimension.js";
import { type Tally, tally } from "../tally.js";
import { ageBandKey, CASE_KEYS, type CaseDimensionName } from "./case-dimensions.js";
import { CASE_INDICATORS, type CaseIndicator } from "./case-indicators.js";
import { asCase, type CaseView, field, milestoneOf } from "./views.js";

/**
 * What {@link summarize} computes: an indicator of {@link CASE_INDICATORS}, the breakdown (dimension
 * names, in order), and the period (inclusive calendar dates; either end may be left open). Age bands
 * (`ageBand`) need `ageBands`, the whole-year lower bounds, and are taken at the event's date.
 *
 * @example
 * ```ts
 * const spec: SummarySpec = { indicator: "placements", by: ["destination", "sex"], from: "2024-09-01", to: "2024-09-30" };
 * ```
 */
export interface SummarySpec {
  readonly indicator: CaseIndicator;
  readonly by?: readonly CaseDimensionName[];
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
  readonly ageBands?: readonly number[];
}

/**
 * The result of {@link summarize}: the indicator and period it covers, the {@link Tally} (mergeable
 * with the summaries of other shards of cases), and how many inputs were not cases (or complaints
 * without a valid receipt instant) and so were not counted.
 *
 * @example
 * ```ts
 * const s = summarize(cases, { indicator: "deaths", by: ["destination"] });
 * if (s.ok) s.value.tally.total;
 * ```
 */
export interface Summary {
  readonly indicator: CaseIndicator;
  readonly from: CalendarDate | undefined;
  readonly to: CalendarDate | undefined;
  readonly tally: Tally;
  readonly skipped: number;
}

const COMPLAINT_ONLY = new Set(["category", "channel", "status"]);

function readBy(
  value: unknown,
  indicator: CaseIndicator,
  bands: unknown,
  issues: Issue[],
): Dimension<CaseView>[] {
  if (value === undefined) return [{ name: "all", key: () => "ALL" }];
  if (!Array.isArray(value) || value.length === 0) {
    issues.push(createIssue("STATISTICS_DIMENSION_INVALID", ["spec", "by"]));
    return [];
  }
  const dimensions: Dimension<CaseView>[] = [];
  value.forEach((name: unknown, index) => {
    const path = ["spec", "by", index];
    if (name === "ageBand") {
      const valid =
        Array.isArray(bands) &&
        bands.length > 0 &&
        bands.every((b, i) => Number.isSafeInteger(b) && b >= 0 && (i === 0 || b > (bands[i - 1] as number)));
      if (valid) dimensions.push({ name, key: ageBandKey(bands as number[]) });
      else issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["spec", "ageBands"]));
    } else if (
      typeof name === "string" &&
      Object.hasOwn(CASE_KEYS, name) &&
      (indicator === "complaints" || !COMPLAINT_ONLY.has(name))
    ) {
      dimensions.push({ name, key: CASE_KEYS[name as keyof typeof CASE_KEYS] });
    } else {
      issues.push(createIssue("STATISTICS_DIMENSION_INVALID", path));
    }
  });
  return dimensions;
}

function readDate(value: unknown, name: string, issues: Issue[]): CalendarDate | undefined {
  if (value === undefined) return undefined;
  if (isCalendarDate(value)) return value;
  issues.push(createIssue("DATE_INVALID", ["spec", name]));
  return undefined;
}

/**
 * Computes an indicator over lifecycle cases, broken down by any dimensions, in one pass over any
 * iterable of cases (memory proportional to the number of groups). Placements are cases whose
 * `Departed` milestone falls in the period; returns, deportations, arrivals and deaths use their
 * milestones likewise; complaints count each complaint received in the period (see
 * {@link CASE_INDICATORS}). A milestone's day is the calendar date written in its instant, so the
 * result is the same in every time zone. Cases are outside data: anything that is not a case is
 * counted in `skipped`, and missing fields fall into `UNKNOWN` rows.
 *
 * @param cases - lifecycle cases (from `replay`), any iterable
 * @param spec - the {@link SummarySpec}
 *
 * @example
 * ```ts
 * const s = summarize(cases, { indicator: "placements", by: ["destination", "sex"], from: "2025-01-01", to: "2025-12-31" });
 * if (s.ok) s.value.tally.rows; // for example [{ keys: ["TW", "F"], count: … }, …]
 * summarize(cases, { indicator: "complaints", by: ["category", "status"] });
 * summarize(cases, { indicator: "returns", by: ["returnReason"] });
 * summarize(cases, { indicator: "placements", by: ["procedural", "month"] });
 * ```
 */
export function summarize(cases: unknown, spec: SummarySpec): Result<Summary> {
  const issues: Issue[] = [];
  const options = readOptions(spec, issues);
  const indicator = own(options, "indicator");
  const known = typeof indicator === "string" && Object.hasOwn(CASE_INDICATORS, indicator);
  if (!known) issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["spec", "indicator"]));
  const by = known
    ? readBy(own(options, "by"), indicator as CaseIndicator, own(options, "ageBands"), issues)
    : [];
  const from = readDate(own(options, "from"), "from", issues);
  const to = readDate(own(options, "to"), "to", issues);
  if (from !== undefined && to !== undefined && from > to)
    issues.push(createIssue("STATISTICS_RANGE_INVALID", ["spec"]));
  if (typeof cases !== "object" || cases === null || !(Symbol.iterator in cases)) {
    issues.push(createIssue("STATISTICS_RECORDS_NOT_ITERABLE", ["cases"]));
  }
  if (issues.length > 0 || !known) return err(issues);

  const definition = CASE_INDICATORS[indicator as CaseIndicator];
  const inPeriod = (at: string): boolean => {
    const day = dateOfInstant(at);
    return (from === undefined || day >= from) && (to === undefined || day <= to);
  };
  let skipped = 0;
  function* views(): Generator<CaseView> {
    for (const item of cases as Iterable<unknown>) {
      const c = asCase(item);
      if (c === undefined) {
        skipped++;
        continue;
      }
      if (definition.milestone === undefined) {
        const complaints = c.complaints;
        if (!Array.isArray(complaints)) continue;
        for (const complaint of complaints) {
          const at = field(complaint, "receivedAt");
          if (!isInstant(at)) skipped++;
          else if (inPeriod(at)) yield { c, at, complaint };
        }
        continue;
      }
      const at =
        milestoneOf(c, definition.milestone) ??
        ("fallbackMilestone" in definition ? milestoneOf(c, definition.fallbackMilestone) : undefined);
      if (at === undefined || !inPeriod(at)) continue;
      if ("returnReason" in definition && c.returnReason !== definition.returnReason) continue;
      yield { c, at };
    }
  }
  const counted = tally(views(), by);
  /* v8 ignore next -- the dimensions are built above and the generator is iterable */
  if (!counted.ok) return counted;
  return ok({ indicator: indicator as CaseIndicator, from, to, tally: counted.value, skipped });
}
