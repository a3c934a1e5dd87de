import { createIssue, err, type Issue, ok, type Result } from "../../core/index.js";
import { own, readOptions } from "../_lib/validate.js";
import { type Ratio, ratio } from "../ratio.js";
import type { RoundingOptions } from "../types.js";
import { summarize } from "./summarize.js";

/**
 * The ratio of procedural departures to deportations over the cases given (select the area by the
 * cases you pass) and the period: `1 : r` with `r = deportations / procedural departures`, the
 * official "1 banding 8" (STATISTICS.md §3, [kp2mi-kalbar-2025]; the statement gives neither counts
 * nor period, so both are explicit here).
 *
 * @example
 * ```ts
 * const r: DeportationRatio = { departures: 40, deportations: 327, ratio: { base: 40, compared: 327, value: 8, exact: "8.175", decimals: 0, rounding: "half-up" } };
 * ```
 */
export interface DeportationRatio {
  readonly departures: number;
  readonly deportations: number;
  readonly ratio: Ratio;
}

/**
 * Procedural departures (placements of procedural cases) against deportations (returns with reason
 * `DEPORTED`) in the same cases and period, as `1 : r`.
 *
 * @param cases - lifecycle cases of the area, any iterable (read twice: pass an array, not a generator)
 * @param options - `from`, `to` (inclusive calendar dates), `decimals` (default 1), `rounding`
 *
 * @example
 * ```ts
 * const r = deportationRatio(cases, { from: "2025-01-01", to: "2025-06-30", decimals: 0 });
 * if (r.ok) formatRatio(r.value.ratio); // "1 banding 8" for 8 deportations per procedural departure
 * ```
 */
export function deportationRatio(
  cases: unknown,
  options: RoundingOptions & { readonly from?: string; readonly to?: string } = {},
): Result<DeportationRatio> {
  const issues: Issue[] = [];
  const opts = readOptions(options, issues);
  if (issues.length > 0) return err(issues);
  if (!Array.isArray(cases)) return err([createIssue("INPUT_NOT_ARRAY", ["cases"])]);
  const period = { from: own(opts, "from"), to: own(opts, "to") } as { from?: string; to?: string };
  const placements = summarize(cases, { indicator: "placements", by: ["procedural"], ...period });
  if (!placements.ok) return placements;
  const deported = summarize(cases, { indicator: "deportations", ...period });
  /* v8 ignore next -- same spec as above, already validated */
  if (!deported.ok) return deported;
  const departures = placements.value.tally.rows.find((row) => row.keys[0] === "PROCEDURAL")?.count ?? 0;
  const deportations = deported.value.tally.total;
  const r = ratio(departures, deportations, {
    ...(own(opts, "decimals") === undefined ? {} : { decimals: own(opts, "decimals") as number }),
    ...(own(opts, "rounding") === undefined ? {} : { rounding: own(opts, "rounding") as "half-up" }),
  });
  if (!r.ok) return r;
  return ok({ departures, deportations, ratio: r.value });
}
