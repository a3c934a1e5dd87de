import { isCalendarDate } from "../../_lib/dates/calendar-date.js";
import { ageOn } from "../../_lib/dates/difference.js";
import { dateOfInstant } from "../../_lib/dates/instant.js";
import { deepFreeze } from "../../_lib/deep-freeze.js";
import { isProcedural } from "../../lifecycle/index.js";
import { destinationRegionOf } from "../../reference/index.js";
import { ageBandLabels } from "../by-age-band.js";
import type { Dimension } from "../dimension.js";
import { type Granularity, periodOfDate } from "../period.js";
import { type CaseView, field } from "./views.js";

/**
 * The dimensions {@link summarize} can break case indicators down by (LIFECYCLE.md §7,
 * REGULATIONS.md §18): destination country and kawasan, province and regency of origin, sex,
 * sector, employer type, worker category, position, route, procedural status, return reason,
 * outcome, state, phase, age band at the event, and the period of the event. For complaints also
 * `category`, `channel` and `status`.
 *
 * @example
 * ```ts
 * const by: CaseDimensionName[] = ["destination", "sex", "month"];
 * ```
 */
export type CaseDimensionName =
  | "destination"
  | "destinationRegion"
  | "province"
  | "regency"
  | "sex"
  | "sector"
  | "employerType"
  | "workerCategory"
  | "position"
  | "route"
  | "procedural"
  | "returnReason"
  | "outcome"
  | "state"
  | "phase"
  | "ageBand"
  | "category"
  | "channel"
  | "status"
  | Granularity;

const caseField =
  (name: string): Dimension<CaseView>["key"] =>
  (view) =>
    field(view.c, name);
const workerField =
  (name: string): Dimension<CaseView>["key"] =>
  (view) =>
    field(view.c.worker, name);
const complaintField =
  (name: string): Dimension<CaseView>["key"] =>
  (view) =>
    field(view.complaint, name);
const period =
  (granularity: Granularity): Dimension<CaseView>["key"] =>
  (view) =>
    periodOfDate(dateOfInstant(view.at), granularity);

/** The key functions of every dimension but the age band (which needs its bands). @internal */
export const CASE_KEYS: Readonly<Record<Exclude<CaseDimensionName, "ageBand">, Dimension<CaseView>["key"]>> =
  /* @__PURE__ */ deepFreeze({
    destination: caseField("destination"),
    destinationRegion: (view) => destinationRegionOf(field(view.c, "destination")),
    province: workerField("provinceCode"),
    regency: workerField("regencyCode"),
    sex: workerField("sex"),
    sector: caseField("sector"),
    employerType: caseField("employerType"),
    workerCategory: caseField("workerCategory"),
    position: caseField("position"),
    route: caseField("route"),
    // A case without a route (other than a prospect) has an unknown procedural status, not "non-procedural".
    procedural: (view) =>
      field(view.c, "route") === undefined && view.c.state !== "PROSPECT"
        ? undefined
        : isProcedural(view.c)
          ? "PROCEDURAL"
          : "NONPROCEDURAL",
    returnReason: caseField("returnReason"),
    outcome: caseField("outcome"),
    state: caseField("state"),
    phase: caseField("phase"),
    category: complaintField("category"),
    channel: complaintField("channel"),
    status: complaintField("status"),
    month: period("month"),
    quarter: period("quarter"),
    semester: period("semester"),
    year: period("year"),
  });

/** The age-band key at the event's date. @internal */
export function ageBandKey(bounds: readonly number[]): Dimension<CaseView>["key"] {
  const labels = ageBandLabels(bounds);
  return (view) => {
    const birthDate = field(view.c.worker, "birthDate");
    const on = dateOfInstant(view.at);
    if (!isCalendarDate(birthDate) || birthDate > on) return undefined;
    const age = ageOn(birthDate, on);
    let band = 0;
    while (band < bounds.length && age >= (bounds[band] as number)) band++;
    return labels[band];
  };
}
