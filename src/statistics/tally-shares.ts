import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { percentageOf } from "./_lib/percentage.js";
import { own, readCount, readOptions, readRounding } from "./_lib/validate.js";
import { readTally } from "./parse-tally.js";
import type { Percentage, RoundingOptions } from "./types.js";

/**
 * One row of a tally with its share of the total.
 *
 * @example
 * ```ts
 * const row: TallyShare = { keys: ["F"], count: 14_792, share: { kind: "share", numerator: 14_792,
 *   denominator: 20_436, value: 72.38, exact: "72.382070…", decimals: 2, rounding: "half-up" } };
 * ```
 */
export interface TallyShare {
  readonly keys: readonly string[];
  readonly count: number;
  readonly share: Percentage;
}

/**
 * The share of every row of a tally in its total (or in an explicit wider `total`, as some
 * publications divide by a wider population; STATISTICS.md §4). Each share is rounded on its own, so
 * rounded shares need not sum to exactly 100; the residual (e.g. `UNKNOWN`) row is kept.
 *
 * @param source - a tally
 * @param options - `total` (default: the tally's total), `decimals` (default 2), `rounding` (default `half-up`)
 *
 * @example
 * ```ts
 * const t = tally([{ sex: "F" }, { sex: "F" }, { sex: "M" }], bySex);
 * if (t.ok) tallyShares(t.value, { decimals: 1 });
 * //=> ok, [{ keys: ["F"], count: 2, share: { value: 66.7, … } }, { keys: ["M"], count: 1, share: { value: 33.3, … } }]
 * ```
 */
export function tallyShares(
  source: unknown,
  options?: RoundingOptions & { readonly total?: number },
): Result<readonly TallyShare[]> {
  const issues: Issue[] = [];
  const t = readTally(source, ["source"], issues);
  const opts = readOptions(options, issues);
  const { decimals, rounding } = readRounding(opts, issues);
  const totalValue = own(opts, "total");
  const explicit = totalValue === undefined ? undefined : readCount(totalValue, ["options", "total"], issues);
  if (explicit !== undefined && t !== undefined && explicit < t.total) {
    issues.push(createIssue("STATISTICS_COUNT_EXCEEDS_TOTAL", ["options", "total"]));
  }
  if (issues.length > 0 || t === undefined) return err(issues);
  const total = explicit ?? t.total;
  return ok(
    t.rows.map((row) => ({
      keys: row.keys,
      count: row.count,
      share: percentageOf("share", row.count, total, decimals, rounding),
    })),
  );
}
