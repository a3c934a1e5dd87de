import { readOnce } from "../_lib/read-once.js";
import { issuesFromZod } from "../_lib/zod-issues.js";
import { err, type Issue, ok, type PathSegment, type Result } from "../core/index.js";
import type { Explanation } from "./_lib/explain.js";
import type { Cell } from "./_lib/figures.js";
import { assemble } from "./_lib/reconcile/assemble.js";
import { checkBreakdown } from "./_lib/reconcile/breakdown-check.js";
import { type Context, label, read } from "./_lib/reconcile/context.js";
import { checkGrowth } from "./_lib/reconcile/growth-check.js";
import { checkAchievement, checkShareItem } from "./_lib/reconcile/item-checks.js";
import { sumCheck } from "./_lib/reconcile/sum-check.js";
import { publishedTableSchema } from "./_lib/table-schema.js";
import type { PublishedTable } from "./published-table.js";

export type { Explanation, ExplanationKind } from "./_lib/explain.js";

/**
 * Which rounding reproduces a published figure: `half-up`, `truncate`, `both` (they agree at that
 * precision), or `neither`.
 *
 * @example
 * ```ts
 * const convention: RoundingConvention = "both";
 * ```
 */
export type RoundingConvention = "half-up" | "truncate" | "both" | "neither";

/**
 * The check of one published percentage: what was published (signed for growth), the exact
 * recomputation, the value under each rounding at the printed precision, the convention that explains
 * it and otherwise by how many units of the last printed digit it is off the half-up value (0 when a
 * convention explains it). Status: `agrees` (some convention reproduces it, or, for figures known only
 * as ranges, the ranges meet), `off-by-one` (one unit off the half-up value, explained by neither
 * convention; for ranges, they meet only when the half-up value may be one unit either way),
 * `disagrees` (more than one unit off the half-up value, as STATISTICS.md §4 flags, or the wrong
 * direction), `unchecked` (denominator 0 or unknown). `basis` is `exact` when every input was a
 * whole count printed exactly, `interval` when one was a rounded amount, a bound or a suppressed
 * cell. A figure that fails, or that is rounded against the table's convention, carries its
 * ranked `explanations`.
 *
 * @example
 * ```ts
 * const check: FigureCheck = {
 *   kind: "growth", path: ["growth", 2], label: "Sep 2023 vs Sep 2022", numerator: 24_636, denominator: 21_738,
 *   published: 13.38, decimals: 2, exact: "13.331493…", halfUp: 13.33, truncate: 13.33,
 *   convention: "neither", unitsOff: 5, status: "disagrees", basis: "exact", explanations: [],
 * };
 * ```
 */
export interface FigureCheck {
  readonly kind: "share" | "growth" | "achievement";
  readonly path: readonly PathSegment[];
  readonly label: string;
  /** Share: the count; growth: the current value; achievement: the realised value. */
  readonly numerator: number;
  /** Share: the total divided by; growth: the previous value; achievement: the target. */
  readonly denominator: number | undefined;
  readonly published: number;
  readonly decimals: number;
  readonly exact: string | undefined;
  readonly halfUp: number | undefined;
  readonly truncate: number | undefined;
  readonly convention: RoundingConvention;
  readonly unitsOff: number | undefined;
  readonly status: "agrees" | "off-by-one" | "disagrees" | "unchecked";
  readonly basis: "exact" | "interval";
  readonly explanations: readonly Explanation[];
}

/**
 * A check that figures add up: a breakdown against its total (`against: "total"`), two
 * breakdowns of one unprinted total against each other (`"breakdown"`), or the printed shares of a
 * breakdown against 100 within their combined rounding (`"100"`). Status: `adds-up`, `partial`
 * (declared partial, with the residual not itemised), `does-not-add-up`, or `no-total` (nothing to
 * compare with; the sum is then the implied total of its shares). `sum`, `total` and `difference`
 * are of the printed values; the status allows for the rounding of rounded ones.
 *
 * @example
 * ```ts
 * const check: SumCheck = { path: ["breakdowns", 1], label: "Pendidikan", against: "total", sum: 122_870,
 *   total: 122_870, difference: 0, partial: false, status: "adds-up", explanations: [] };
 * ```
 */
export interface SumCheck {
  readonly path: readonly PathSegment[];
  readonly label: string;
  readonly against: "total" | "breakdown" | "100";
  readonly sum: number;
  readonly total: number | undefined;
  /** `sum − total`. */
  readonly difference: number | undefined;
  readonly partial: boolean;
  readonly status: "adds-up" | "partial" | "does-not-add-up" | "no-total";
  readonly explanations: readonly Explanation[];
}

/**
 * A pattern across a table: `systematic` (several figures wrong the same way: shares computed on
 * one other total, separators slipped the same way), `mixed-rounding` (some figures half-up, others
 * truncated), or `story` (an error that changes what the table says). `base` is the other total a
 * systematic share error used (`printed: false` when that total is not printed in the table, and
 * then `base` is the smallest whole total that reproduces every figure of the pattern).
 *
 * @example
 * ```ts
 * const f: Finding = { kind: "systematic", cause: "other-base", base: 310_000, printed: true,
 *   paths: [["breakdowns", 0, "rows", 0, "share"]], labels: ["Jawa Timur"], severity: "slip" };
 * ```
 */
export interface Finding {
  readonly kind: "systematic" | "mixed-rounding" | "story";
  readonly cause?: Explanation["kind"];
  readonly base?: number;
  readonly printed?: boolean;
  readonly paths: readonly (readonly PathSegment[])[];
  readonly labels: readonly string[];
  readonly severity: "story" | "slip";
}

/**
 * Where the errors are, Fellegi–Holt style: for each group of failing checks that share figures,
 * the figures each of which alone can be changed to make every check of the group hold, at the
 * smallest weight (a printed total weighs 2, any other figure 1, and a growth row's count printed
 * again in another growth row whose checks all hold, such as one row's current value that is the
 * next row's previous one, one more). `ambiguous` when several figures
 * tie; `paths` is empty when no single figure suffices.
 *
 * @example
 * ```ts
 * const l: Localisation = { checks: [["breakdowns", 0]], paths: [["breakdowns", 0, "rows", 3, "count"]], weight: 1, ambiguous: false };
 * ```
 */
export interface Localisation {
  readonly checks: readonly (readonly PathSegment[])[];
  readonly paths: readonly (readonly PathSegment[])[];
  readonly weight: number;
  readonly ambiguous: boolean;
}

/**
 * The outcome of {@link reconcile}: every figure and sum checked (failing ones with their ranked
 * explanations), the localisation of the errors, the patterns found, the issues (errors for
 * figures that disagree, sums that do not add up and systematic errors; warnings for off-by-one
 * figures, partial breakdowns and mixed rounding), and counts per status and convention.
 * `consistent` is true when no issue is an error. `status`: `consistent` (every check holds and
 * every figure was read), `explained` (every failing check has an explanation that resolves it),
 * `partly-explained`, `inconsistent` (no failing check is explained), `unreadable` (no check fails,
 * but a figure could not be read, so its checks were not made; the issues say which).
 *
 * @example
 * ```ts
 * const r = reconcile(table);
 * if (r.ok && r.value.status !== "consistent") r.value.figures.flatMap((f) => f.explanations.slice(0, 1));
 * ```
 */
export interface Reconciliation {
  readonly consistent: boolean;
  readonly status: "consistent" | "explained" | "partly-explained" | "inconsistent" | "unreadable";
  readonly figures: readonly FigureCheck[];
  readonly sums: readonly SumCheck[];
  readonly localisation: readonly Localisation[];
  readonly findings: readonly Finding[];
  readonly issues: readonly Issue[];
  readonly summary: {
    readonly agree: number;
    readonly offByOne: number;
    readonly disagree: number;
    readonly unchecked: number;
    readonly conventions: Readonly<Record<RoundingConvention, number>>;
  };
}

/**
 * Recomputes every figure of a published table and reports each one that disagrees beyond its last
 * printed digit, every breakdown that does not add up to its total, and the rounding convention
 * (half-up, truncate, both, neither) that explains each figure that agrees (STATISTICS.md §4).
 * Shares are `count / total × 100` with the breakdown's total, else the table's, else (for a
 * complete breakdown) the sum of its rows; growth is `(current − previous) / previous × 100`,
 * printed unsigned beside a direction word or signed. Printed text is read in the table's locale
 * ("122.870", "34,31"), with "persen", "ribu" … "triliun", bound words and suppressed cells read as
 * ranges. Complete breakdowns of one unprinted total are compared with each other, and a
 * breakdown's printed shares with 100.
 *
 * Every failing check is explained, most likely first ({@link Explanation}): rounding, half-up
 * against truncation, one typo that resolves every failing check around it, a share computed on
 * another total printed in the table, a separator slip, or none. The errors are localised
 * ({@link Localisation}), systematic and story-changing errors and mixed rounding are reported as
 * {@link Finding}s, and every message names the row. The table is outside data: an invalid one
 * gives issues, never an exception, and no issue carries a figure of the input.
 *
 * @param table - a {@link PublishedTable}
 * @returns the {@link Reconciliation}, or the issues that make the table unreadable
 *
 * @example
 * ```ts
 * // STATISTICS.md §6 example B, one line
 * const r = reconcile({ growth: [{ label: "Sep 2023 vs Sep 2022", current: "24.636", previous: "21.738", published: "13,38", direction: "lebih besar" }] });
 * if (r.ok) r.value.figures[0]; // status "disagrees", halfUp 13.33, unitsOff 5
 * if (r.ok) r.value.issues[0]?.code; //=> "STATISTICS_FIGURE_MISMATCH"
 * // A swapped pair of digits in a count is named, with the row.
 * const t = reconcile({ total: 100, breakdowns: [{ name: "Jenis kelamin", rows: [{ label: "Perempuan", count: 27, share: "72" }, { label: "Laki-laki", count: 28 }] }] });
 * if (t.ok) t.value.status; //=> "explained"
 * if (t.ok) t.value.sums[0]?.explanations[0]; // kind "typo", detail "digits-swapped", label "Perempuan", proposed 72
 * ```
 */
export function reconcile(table: unknown): Result<Reconciliation> {
  // Validated as a copy that inherits no key: a polluted Object.prototype is no unknown cell.
  const copy = readOnce(table);
  const parsed = publishedTableSchema().safeParse(copy);
  if (!parsed.success) return err(issuesFromZod(parsed.error.issues, [], copy));
  // The copy zod validated, not zod's output: the schema transforms nothing, so the two are equal,
  // and only the copy inherits no key (a cell the table leaves out is never read from a polluted
  // Object.prototype). The caller's object is not read again.
  const input = copy as PublishedTable;
  const context: Context = {
    locale: input.locale ?? "id",
    decimals: input.decimals,
    issues: [],
    cells: [],
    built: [],
    ranked: new Map(),
    rankedBreakdowns: new Set(),
  };
  const total = read(input.total, ["total"], label(input.title ?? "Total"), "total", context);
  const unprinted: { index: number; rows: readonly Cell[] }[] = [];
  (input.breakdowns ?? []).forEach((breakdown, index) => {
    const result = checkBreakdown(breakdown, index, total, context);
    if (total === undefined && result.total === undefined && result.complete && !result.partial) {
      unprinted.push({ index, rows: result.rows });
    }
  });
  // Breakdowns of one unprinted total (by sex and by procedural status) must have the same sum.
  const [first, ...others] = unprinted;
  for (const other of first === undefined ? [] : others) {
    const place = {
      path: ["breakdowns", other.index],
      label: label(input.breakdowns?.[other.index]?.name ?? ""),
    };
    sumCheck(place, other.rows, "breakdown", first?.rows, false, context);
  }
  for (const [index, item] of (input.shares ?? []).entries()) checkShareItem(item, index, total, context);
  for (const [index, item] of (input.growth ?? []).entries()) checkGrowth(item, index, context);
  for (const [index, item] of (input.achievements ?? []).entries()) checkAchievement(item, index, context);
  return ok(assemble(context));
}
