import {
  createIssue,
  err,
  type Issue,
  issuesFromZod,
  type Locale,
  ok,
  type PathSegment,
  type Result,
} from "../core/index.js";
import { countryFromLabel } from "../reference/index.js";
import {
  type Decimal,
  decimalOfNumber,
  exactQuotientText,
  rescale,
  roundedUnits,
  unitsToNumber,
} from "./_lib/decimal.js";
import { publishedTableSchema } from "./_lib/table-schema.js";
import { readCount } from "./_lib/validate.js";
import { directionOfWord } from "./direction-words.js";
import { decimalOfText } from "./parse-indonesian-number.js";
import type { GrowthDirection } from "./types.js";

/**
 * A figure as published: a number, or the printed text ("122.870", "34,31", "34,31%") read in the
 * table's locale. Text keeps the number of decimals printed; for a number give `decimals` when it
 * had trailing zeros ("11,90").
 *
 * @example
 * ```ts
 * const figures: PublishedFigure[] = ["122.870", 122_870, "34,31", 34.31];
 * ```
 */
export type PublishedFigure = number | string;

/**
 * A published breakdown of a total (by destination, education, sex, …): its rows with their counts
 * and, where printed, their shares. `partial: true` declares a top-N list or one without its
 * "lainnya" row, so that a sum below the total is reported as partial, not as an error.
 *
 * @example
 * ```ts
 * const b: PublishedBreakdown = { name: "Jenis kelamin", rows: [{ label: "Perempuan", count: "14.792", share: "72,38" }] };
 * ```
 */
export interface PublishedBreakdown {
  readonly name: string;
  /** The total the rows are shares of and should add up to (default: the table's total). */
  readonly total?: PublishedFigure;
  readonly partial?: boolean;
  readonly rows: readonly {
    readonly label: string;
    readonly count: PublishedFigure;
    readonly share?: PublishedFigure;
    readonly decimals?: number;
  }[];
}

/**
 * A published share outside a breakdown (e.g. the top-5 destinations combined).
 *
 * @example
 * ```ts
 * const s: PublishedShare = { label: "Top-5", count: "17.702", published: "86,62" };
 * ```
 */
export interface PublishedShare {
  readonly label: string;
  readonly count: PublishedFigure;
  /** Default: the table's total. */
  readonly total?: PublishedFigure;
  readonly published: PublishedFigure;
  readonly decimals?: number;
}

/**
 * A published change between two figures: the percentage as printed (unsigned beside a direction
 * word such as "turun" or "lebih besar", or signed), and optionally the absolute difference printed
 * with it.
 *
 * @example
 * ```ts
 * const g: PublishedGrowth = { label: "Sep 2024 vs Sep 2023", current: "20.436", previous: "24.636", published: "17,05", direction: "turun" };
 * ```
 */
export interface PublishedGrowth {
  readonly label: string;
  readonly current: PublishedFigure;
  readonly previous: PublishedFigure;
  /** The figure as printed; text may carry its direction word: "turun 17,05%", "13,38% lebih besar". */
  readonly published: PublishedFigure;
  /** A word of {@link DIRECTION_WORDS} (naik, turun, menurun, lebih besar, …). */
  readonly direction?: string;
  readonly difference?: PublishedFigure;
  readonly decimals?: number;
}

/**
 * A published statistical table to check with {@link reconcile}. Outside data: it is validated.
 *
 * @example
 * ```ts
 * const table: PublishedTable = {
 *   title: "Penempatan PMI Januari–September 2022",
 *   total: "122.870",
 *   breakdowns: [{ name: "Negara", partial: true, rows: [{ label: "Hong Kong", count: "42.152", share: "34,31" }] }],
 * };
 * ```
 */
export interface PublishedTable {
  readonly title?: string;
  /** How printed text is read: `id` (default; "122.870", "34,31") or `en`. */
  readonly locale?: Locale;
  /** Decimals of published numbers given as JavaScript numbers (default: as the number prints). */
  readonly decimals?: number;
  readonly total?: PublishedFigure;
  readonly breakdowns?: readonly PublishedBreakdown[];
  readonly shares?: readonly PublishedShare[];
  readonly growth?: readonly PublishedGrowth[];
}

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
 * it and by how many units of the last printed digit it is off otherwise. Status: `agrees` (some
 * convention reproduces it), `off-by-one` (one unit off, tolerated by STATISTICS.md §4 but explained
 * by neither convention), `disagrees` (more than one unit off, or the wrong direction), `unchecked`
 * (denominator 0 or unknown).
 *
 * @example
 * ```ts
 * const check: FigureCheck = {
 *   kind: "growth", path: ["growth", 2], label: "Sep 2023 vs Sep 2022", numerator: 24_636, denominator: 21_738,
 *   published: 13.38, decimals: 2, exact: "13.331493…", halfUp: 13.33, truncate: 13.33,
 *   convention: "neither", unitsOff: 5, status: "disagrees",
 * };
 * ```
 */
export interface FigureCheck {
  readonly kind: "share" | "growth";
  readonly path: readonly PathSegment[];
  readonly label: string;
  /** Share: the count; growth: the current value. */
  readonly numerator: number;
  /** Share: the total divided by; growth: the previous value. */
  readonly denominator: number | undefined;
  readonly published: number;
  readonly decimals: number;
  readonly exact: string | undefined;
  readonly halfUp: number | undefined;
  readonly truncate: number | undefined;
  readonly convention: RoundingConvention;
  readonly unitsOff: number | undefined;
  readonly status: "agrees" | "off-by-one" | "disagrees" | "unchecked";
}

/**
 * The check that a breakdown adds up to its total: `adds-up`, `partial` (declared partial, with the
 * residual not itemised), `does-not-add-up`, or `no-total` (nothing to compare with; the sum is then
 * the implied total of its shares).
 *
 * @example
 * ```ts
 * const check: SumCheck = { path: ["breakdowns", 1], label: "Pendidikan", sum: 122_870, total: 122_870,
 *   difference: 0, partial: false, status: "adds-up" };
 * ```
 */
export interface SumCheck {
  readonly path: readonly PathSegment[];
  readonly label: string;
  readonly sum: number;
  readonly total: number | undefined;
  /** `sum − total`. */
  readonly difference: number | undefined;
  readonly partial: boolean;
  readonly status: "adds-up" | "partial" | "does-not-add-up" | "no-total";
}

/**
 * The outcome of {@link reconcile}: every figure and sum checked, the issues (errors for figures
 * that disagree and sums that do not add up, warnings for off-by-one figures and partial
 * breakdowns), and counts per status and convention. `consistent` is true when no issue is an error.
 *
 * @example
 * ```ts
 * const r = reconcile(table);
 * if (r.ok && !r.value.consistent) r.value.figures.filter((f) => f.status === "disagrees");
 * ```
 */
export interface Reconciliation {
  readonly consistent: boolean;
  readonly figures: readonly FigureCheck[];
  readonly sums: readonly SumCheck[];
  readonly issues: readonly Issue[];
  readonly summary: {
    readonly agree: number;
    readonly offByOne: number;
    readonly disagree: number;
    readonly unchecked: number;
    readonly conventions: Readonly<Record<RoundingConvention, number>>;
  };
}

interface Context {
  readonly locale: Locale;
  readonly decimals: number | undefined;
  readonly issues: Issue[];
}

/** A count as printed (whole, non-negative). */
function countOf(
  figure: PublishedFigure,
  path: readonly PathSegment[],
  context: Context,
): number | undefined {
  if (typeof figure === "number") return readCount(figure, path, context.issues);
  const decimal = decimalOfText(figure, context.locale);
  if (decimal === undefined) {
    context.issues.push(
      createIssue("STATISTICS_NUMBER_UNPARSEABLE", path, { params: { locale: context.locale } }),
    );
    return undefined;
  }
  if (decimal.negative) {
    context.issues.push(createIssue("STATISTICS_COUNT_NEGATIVE", path));
    return undefined;
  }
  if (decimal.scale > 0) {
    context.issues.push(createIssue("STATISTICS_COUNT_NOT_INTEGER", path));
    return undefined;
  }
  return readCount(Number(decimal.digits), path, context.issues);
}

/** A published percentage with the decimals it was printed with. */
function percentOf(
  figure: PublishedFigure,
  decimals: number | undefined,
  path: readonly PathSegment[],
  context: Context,
): Decimal | undefined {
  if (typeof figure === "number") {
    // Finite: the schema refuses NaN and infinities.
    const decimal = decimalOfNumber(figure);
    const printed = decimals ?? context.decimals;
    // A number cannot show trailing zeros: 11.9 printed with 2 decimals is 11.90.
    if (printed !== undefined && printed >= decimal.scale) {
      return { ...decimal, digits: rescale(decimal.digits, decimal.scale, printed), scale: printed };
    }
    return decimal;
  }
  const decimal = decimalOfText(figure, context.locale);
  if (decimal === undefined) {
    context.issues.push(
      createIssue("STATISTICS_NUMBER_UNPARSEABLE", path, { params: { locale: context.locale } }),
    );
  }
  return decimal;
}

function compare(
  kind: FigureCheck["kind"],
  path: readonly PathSegment[],
  label: string,
  numerator: bigint,
  denominator: bigint | undefined,
  published: Decimal,
  context: Context,
  counts: { numerator: number; denominator: number | undefined },
): FigureCheck {
  const decimals = published.scale;
  const publishedValue = unitsToNumber(published.digits, decimals, published.negative);
  const base = {
    kind,
    path,
    label,
    numerator: counts.numerator,
    denominator: counts.denominator,
    published: publishedValue,
    decimals,
  };
  if (denominator === undefined || denominator === 0n) {
    context.issues.push(
      createIssue(
        denominator === undefined ? "STATISTICS_DENOMINATOR_MISSING" : "STATISTICS_DENOMINATOR_ZERO",
        path,
        {
          severity: "warning",
        },
      ),
    );
    return {
      ...base,
      exact: undefined,
      halfUp: undefined,
      truncate: undefined,
      convention: "neither",
      unitsOff: undefined,
      status: "unchecked",
    };
  }
  const negative = numerator < 0n;
  const halfUp = roundedUnits(numerator, denominator, 100n, decimals, "half-up");
  const truncated = roundedUnits(numerator, denominator, 100n, decimals, "truncate");
  const p = published.digits;
  const convention: RoundingConvention =
    p === halfUp && p === truncated
      ? "both"
      : p === halfUp
        ? "half-up"
        : p === truncated
          ? "truncate"
          : "neither";
  const distance = (x: bigint) => (x > p ? x - p : p - x);
  // BigInt has no Math.min: the smaller distance to either convention.
  let off = distance(halfUp);
  if (distance(truncated) < off) off = distance(truncated);
  const unitsOff = Number(off);
  const status: FigureCheck["status"] =
    convention !== "neither" ? "agrees" : unitsOff <= 1 ? "off-by-one" : "disagrees";
  if (status === "off-by-one") {
    context.issues.push(
      createIssue("STATISTICS_FIGURE_OFF_BY_ONE", path, { severity: "warning", params: { decimals } }),
    );
  } else if (status === "disagrees") {
    context.issues.push(createIssue("STATISTICS_FIGURE_MISMATCH", path, { params: { decimals, unitsOff } }));
  }
  return {
    ...base,
    exact: exactQuotientText(numerator, denominator, 100n),
    halfUp: unitsToNumber(halfUp, decimals, negative),
    truncate: unitsToNumber(truncated, decimals, negative),
    convention,
    unitsOff,
    status,
  };
}

function checkBreakdown(
  breakdown: PublishedBreakdown,
  index: number,
  tableTotal: number | undefined,
  context: Context,
  figures: FigureCheck[],
  sums: SumCheck[],
): void {
  const path = ["breakdowns", index];
  const own =
    breakdown.total === undefined ? undefined : countOf(breakdown.total, [...path, "total"], context);
  const total = own ?? tableTotal;
  const partial = breakdown.partial === true;
  const counts: (number | undefined)[] = breakdown.rows.map((row, i) =>
    countOf(row.count, [...path, "rows", i, "count"], context),
  );
  // "Hongkong" and "Hong Kong" in one breakdown are the same country counted twice (STATISTICS.md §4).
  const seen = new Set<string>();
  breakdown.rows.forEach((row, i) => {
    const category = countryFromLabel(row.label)?.code ?? row.label.trim().toLowerCase().replace(/\s+/g, " ");
    if (seen.has(category)) {
      context.issues.push(
        createIssue("STATISTICS_ROW_DUPLICATE", [...path, "rows", i, "label"], { severity: "warning" }),
      );
    }
    seen.add(category);
  });
  let sum = 0;
  let complete = true;
  for (const count of counts) {
    if (count === undefined) complete = false;
    else sum += count;
  }
  const denominator = total ?? (partial || !complete ? undefined : sum);
  breakdown.rows.forEach((row, i) => {
    const count = counts[i];
    if (row.share === undefined || count === undefined) return;
    const sharePath = [...path, "rows", i, "share"];
    const published = percentOf(row.share, row.decimals, sharePath, context);
    if (published === undefined) return;
    figures.push(
      compare(
        "share",
        sharePath,
        row.label,
        BigInt(count),
        denominator === undefined ? undefined : BigInt(denominator),
        published,
        context,
        {
          numerator: count,
          denominator,
        },
      ),
    );
  });
  if (!complete) return;
  if (total === undefined) {
    sums.push({
      path,
      label: breakdown.name,
      sum,
      total: undefined,
      difference: undefined,
      partial,
      status: "no-total",
    });
    return;
  }
  const difference = sum - total;
  let status: SumCheck["status"];
  if (difference === 0) status = "adds-up";
  else if (partial && difference < 0) {
    status = "partial";
    context.issues.push(
      createIssue("STATISTICS_BREAKDOWN_PARTIAL", path, {
        severity: "warning",
        params: { residual: -difference },
      }),
    );
  } else {
    status = "does-not-add-up";
    context.issues.push(createIssue("STATISTICS_BREAKDOWN_SUM_MISMATCH", path, { params: { difference } }));
  }
  sums.push({ path, label: breakdown.name, sum, total, difference, partial, status });
}

const WORD_THEN_NUMBER = /^\s*([^\d+\-\u2212]+?)\s+([+\-\u2212]?\d[\d.,]*\s*%?)\s*$/;
const NUMBER_THEN_WORD = /^\s*([+\-\u2212]?\d[\d.,]*\s*%?)\s+(\D+?)\s*$/;

/** Splits "turun 17,05%" or "13,38% lebih besar" into the figure and its direction word. */
function splitWord(published: PublishedFigure): { figure: PublishedFigure; word: string | undefined } {
  if (typeof published !== "string") return { figure: published, word: undefined };
  const before = WORD_THEN_NUMBER.exec(published);
  if (before !== null) return { figure: before[2] as string, word: before[1] };
  const after = NUMBER_THEN_WORD.exec(published);
  if (after !== null) return { figure: after[1] as string, word: after[2] };
  return { figure: published, word: undefined };
}

function checkGrowth(item: PublishedGrowth, index: number, context: Context, figures: FigureCheck[]): void {
  const path = ["growth", index];
  const current = countOf(item.current, [...path, "current"], context);
  const previous = countOf(item.previous, [...path, "previous"], context);
  const { figure, word: embedded } = splitWord(item.published);
  const published = percentOf(figure, item.decimals, [...path, "published"], context);
  let word: GrowthDirection | undefined;
  if (item.direction !== undefined) {
    word = directionOfWord(item.direction);
    if (word === undefined)
      context.issues.push(createIssue("STATISTICS_DIRECTION_UNKNOWN", [...path, "direction"]));
  }
  if (embedded !== undefined) {
    const inText = directionOfWord(embedded);
    if (inText === undefined) {
      context.issues.push(createIssue("STATISTICS_DIRECTION_UNKNOWN", [...path, "published"]));
    } else if (word !== undefined && word !== inText) {
      context.issues.push(createIssue("STATISTICS_DIRECTION_MISMATCH", [...path, "direction"]));
    }
    word ??= inText;
  }
  const difference =
    item.difference === undefined ? undefined : countOf(item.difference, [...path, "difference"], context);
  if (current === undefined || previous === undefined || published === undefined) return;
  const change = current - previous;
  const actual: GrowthDirection = change > 0 ? "naik" : change < 0 ? "turun" : "tetap";
  // The published direction: the word if any, else the sign of the figure (an unsigned non-zero figure reads as a rise).
  const stated: GrowthDirection | undefined =
    word ?? (published.negative ? "turun" : published.digits === 0n ? undefined : "naik");
  // A wrong direction, or a minus sign beside "naik" or "tetap", makes the figure disagree: the
  // reader cannot tell which of the two the publication meant.
  const wrongDirection =
    (word !== undefined && published.negative && word !== "turun") ||
    (stated !== undefined && stated !== actual);
  if (wrongDirection) {
    context.issues.push(createIssue("STATISTICS_DIRECTION_MISMATCH", [...path, "published"]));
  }
  if (difference !== undefined && difference !== Math.abs(change)) {
    context.issues.push(createIssue("STATISTICS_DIFFERENCE_MISMATCH", [...path, "difference"]));
  }
  const signed: Decimal = { ...published, negative: stated === "turun" && published.digits !== 0n };
  const check = compare(
    "growth",
    [...path, "published"],
    item.label,
    BigInt(change),
    previous === 0 ? 0n : BigInt(previous),
    signed,
    context,
    {
      numerator: current,
      denominator: previous,
    },
  );
  figures.push(wrongDirection && check.status !== "disagrees" ? { ...check, status: "disagrees" } : check);
}

/**
 * Recomputes every figure of a published table and reports each one that disagrees beyond its last
 * printed digit, every breakdown that does not add up to its total, and the rounding convention
 * (half-up, truncate, both, neither) that explains each figure that agrees (STATISTICS.md §4: allow ±1
 * unit in the last printed digit, flag anything larger). Shares are `count / total × 100` with the
 * breakdown's total, else the table's, else (for a complete breakdown) the sum of its rows; growth is
 * `(current − previous) / previous × 100`, printed unsigned beside a direction word or signed.
 * Printed text is read in the table's locale ("122.870", "34,31"). The table is outside data: an
 * invalid one gives issues, never an exception.
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
 * ```
 */
export function reconcile(table: unknown): Result<Reconciliation> {
  const parsed = publishedTableSchema().safeParse(table);
  if (!parsed.success) return err(issuesFromZod(parsed.error.issues, [], table));
  const input = parsed.data as PublishedTable;
  const context: Context = { locale: input.locale ?? "id", decimals: input.decimals, issues: [] };
  const figures: FigureCheck[] = [];
  const sums: SumCheck[] = [];
  const total = input.total === undefined ? undefined : countOf(input.total, ["total"], context);
  (input.breakdowns ?? []).forEach((breakdown, index) => {
    checkBreakdown(breakdown, index, total, context, figures, sums);
  });
  (input.shares ?? []).forEach((item, index) => {
    const path = ["shares", index];
    const count = countOf(item.count, [...path, "count"], context);
    const own = item.total === undefined ? undefined : countOf(item.total, [...path, "total"], context);
    const published = percentOf(item.published, item.decimals, [...path, "published"], context);
    if (count === undefined || published === undefined) return;
    const denominator = own ?? total;
    figures.push(
      compare(
        "share",
        [...path, "published"],
        item.label,
        BigInt(count),
        denominator === undefined ? undefined : BigInt(denominator),
        published,
        context,
        {
          numerator: count,
          denominator,
        },
      ),
    );
  });
  (input.growth ?? []).forEach((item, index) => {
    checkGrowth(item, index, context, figures);
  });
  const conventions: Record<RoundingConvention, number> = { "half-up": 0, truncate: 0, both: 0, neither: 0 };
  const summary = { agree: 0, offByOne: 0, disagree: 0, unchecked: 0, conventions };
  for (const figure of figures) {
    if (figure.status === "agrees") {
      summary.agree++;
      conventions[figure.convention]++;
    } else if (figure.status === "off-by-one") summary.offByOne++;
    else if (figure.status === "disagrees") summary.disagree++;
    else summary.unchecked++;
  }
  return ok({
    consistent: !context.issues.some((issue) => issue.severity === "error"),
    figures,
    sums,
    issues: context.issues,
    summary,
  });
}
