import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { percentageOf } from "./_lib/percentage.js";
import { compareRows } from "./_lib/rows.js";
import { own, readCount, readOptions, readRounding } from "./_lib/validate.js";
import { UNKNOWN_KEY } from "./dimension.js";
import { readTally } from "./parse-tally.js";
import type { TallyRow } from "./tally.js";
import type { Percentage, RoundingOptions } from "./types.js";

/**
 * Options of {@link concentration}: how many top entries to combine (default 5, as in the
 * "top-5 destinations" of the releases), an explicit total (default: the sum of all entries), and
 * the precision.
 *
 * @example
 * ```ts
 * const options: ConcentrationOptions = { top: 5, total: 20_436, decimals: 2 };
 * ```
 */
export interface ConcentrationOptions extends RoundingOptions {
  readonly top?: number;
  readonly total?: number;
}

/**
 * The combined share of the top entries: a {@link Percentage} whose numerator is the sum of the top
 * counts, with the rows that made the top (when a tally was given).
 *
 * @example
 * ```ts
 * const c: Concentration = {
 *   kind: "concentration", numerator: 90, denominator: 100, value: 90, exact: "90",
 *   decimals: 2, rounding: "half-up", top: 2, rows: [{ keys: ["HK"], count: 60 }, { keys: ["TW"], count: 30 }],
 * };
 * ```
 */
export interface Concentration extends Percentage {
  readonly top: number;
  /** The top rows, largest first (ties by key order); empty when plain counts were given. */
  readonly rows: readonly TallyRow[];
}

/**
 * Concentration: the combined share of the N largest entries, `sum of top N / total × 100`
 * (STATISTICS.md §4). Accepts a {@link Tally} (every row is an entry; ties at the cut are broken by
 * key order, so the result is deterministic) or a plain list of counts. A tally row whose keys are
 * all {@link UNKNOWN_KEY} counts in the total but is never ranked: it is the residual "unknown" row
 * of STATISTICS.md §4, not a destination (collapse a tally of several dimensions with `marginal`
 * first to rank one of them). The total defaults to the sum of all entries; give
 * `total` when the entries are themselves a partial list.
 *
 * @param entries - a tally, or an array of counts
 * @param options - `top` (default 5), `total`, `decimals` (default 2), `rounding` (default `half-up`)
 *
 * @example
 * ```ts
 * concentration([60, 30, 10], { top: 2 }); //=> ok, value 90, numerator 90, denominator 100
 * // STATISTICS.md §6 example B: the top-5 destinations of September 2024 combined
 * concentration([17_702], { top: 5, total: 20_436 }); //=> ok, value 86.62
 * ```
 */
export function concentration(entries: unknown, options?: ConcentrationOptions): Result<Concentration> {
  const issues: Issue[] = [];
  const opts = readOptions(options, issues);
  const { decimals, rounding } = readRounding(opts, issues);
  const topValue = own(opts, "top");
  let top = 5;
  if (topValue !== undefined) {
    if (typeof topValue === "number" && Number.isSafeInteger(topValue) && topValue > 0) top = topValue;
    else issues.push(createIssue("STATISTICS_TOP_INVALID", ["options", "top"]));
  }
  const totalValue = own(opts, "total");
  const explicitTotal =
    totalValue === undefined ? undefined : readCount(totalValue, ["options", "total"], issues);

  let rows: TallyRow[] = [];
  let counts: number[] = [];
  if (Array.isArray(entries)) {
    entries.forEach((entry, index) => {
      const count = readCount(entry, ["entries", index], issues);
      if (count !== undefined) counts.push(count);
    });
  } else {
    const t = readTally(entries, ["entries"], issues);
    if (t !== undefined) {
      rows = [...t.rows].sort((a, b) => b.count - a.count || compareRows(a, b));
      counts = rows.map((row) => row.count);
      // The residual row is counted (below) but not ranked.
      rows = rows.filter((row) => !row.keys.every((key) => key === UNKNOWN_KEY));
    }
  }
  if (issues.length > 0) return err(issues);
  const ranked = Array.isArray(entries) ? [...counts].sort((a, b) => b - a) : rows.map((row) => row.count);
  let sumTop = 0;
  let sumAll = 0;
  for (const count of counts) sumAll += count;
  for (let index = 0; index < top && index < ranked.length; index++) sumTop += ranked[index] as number;
  const total = explicitTotal ?? sumAll;
  if (!Number.isSafeInteger(sumAll)) {
    return err([
      createIssue("STATISTICS_COUNT_TOO_LARGE", ["entries"], { params: { max: Number.MAX_SAFE_INTEGER } }),
    ]);
  }
  if (sumTop > total) return err([createIssue("STATISTICS_COUNT_EXCEEDS_TOTAL", ["options", "total"])]);
  return ok({
    ...percentageOf("concentration", sumTop, total, decimals, rounding),
    top,
    rows: rows.slice(0, top),
  });
}
