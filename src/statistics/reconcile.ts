import { normaliseWords } from "../_lib/normalise.js";
import { issuesFromZod } from "../_lib/zod-issues.js";
import {
  createIssue,
  err,
  type Issue,
  type Locale,
  ok,
  type PathSegment,
  type Result,
} from "../core/index.js";
import { COUNTRIES } from "../reference/countries.js";
import { parseLabel } from "../reference/parse-label.js";
import { exactQuotientText, roundedUnits, unitsToNumber } from "./_lib/decimal.js";
import { Explainer, type Explanation, type ModelCheck, rankExplanations } from "./_lib/explain.js";
import { type Cell, type FigureInput, type ReadContext, readCell } from "./_lib/figures.js";
import {
  between,
  cmp,
  growthRange,
  type Interval,
  meets,
  point,
  q,
  type Rational,
  rationalOf,
  shareRange,
  sub,
  sumOf,
  toNumber,
} from "./_lib/interval.js";
import { publishedTableSchema } from "./_lib/table-schema.js";
import { directionOfWord } from "./direction-words.js";
import type { GrowthDirection } from "./types.js";

export type { Explanation, ExplanationKind } from "./_lib/explain.js";

/**
 * A figure as published: a number, the printed text ("122.870", "34,31", "34,31%", "8.304*",
 * "sekitar 70%", "lebih dari 1,5 juta", "9,71 miliar", "<5", "*", "-") read in the table's locale,
 * or text with its own locale where a page mixes them (`{ text: "65.73%", locale: "en" }` inside a
 * decimal-comma table). Text keeps the number of decimals printed; for a number give `decimals`
 * when it had trailing zeros ("11,90"). Counts printed with decimals or a scale word are amounts,
 * known to the rounding of their last digit; bound words are bounds; "<5", "*" and "-" are
 * suppressed cells, read as intervals.
 *
 * @example
 * ```ts
 * const figures: PublishedFigure[] = ["122.870", 122_870, "34,31", 34.31, "sekitar 70%", "<5", { text: "65.73%", locale: "en" }];
 * ```
 */
export type PublishedFigure = number | string | { readonly text: string; readonly locale: Locale };

/**
 * A published breakdown of a total (by destination, education, sex, …): its rows with their counts
 * and, where printed, their shares (a row may print only its share). `partial: true` declares a
 * top-N list or one without its "lainnya" row, so that a sum below the total is reported as
 * partial, not as an error. `ranked: true` declares the order of the rows to be part of the story
 * (a top-N list); by default a list of three or more rows printed in descending order is taken as
 * ranked.
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
  readonly ranked?: boolean;
  readonly rows: readonly {
    readonly label: string;
    readonly count?: PublishedFigure;
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
 * with it (unsigned, or signed: "-5.730"). A change may be printed without a percentage.
 *
 * @example
 * ```ts
 * const g: PublishedGrowth = { label: "Sep 2024 vs Sep 2023", current: "20.436", previous: "24.636", published: "17,05", direction: "turun" };
 * const d: PublishedGrowth = { label: "2024 vs 2023", current: "297.434", previous: "274.965", difference: "22.469" };
 * ```
 */
export interface PublishedGrowth {
  readonly label: string;
  readonly current: PublishedFigure;
  readonly previous: PublishedFigure;
  /** The figure as printed; text may carry its direction word: "turun 17,05%", "13,38% lebih besar", "naik 45 persen". */
  readonly published?: PublishedFigure;
  /** A word of {@link DIRECTION_WORDS} (naik, turun, menurun, lebih besar, …). */
  readonly direction?: string;
  readonly difference?: PublishedFigure;
  readonly decimals?: number;
}

/**
 * A published achievement against a target: realised and target figures, the percentage printed
 * ("… persen dari target"), and whether the text reports the target as met ("tembus", "melampaui
 * target": `met: true`).
 *
 * @example
 * ```ts
 * const a: PublishedAchievement = { label: "Penempatan 2025", realised: "286.422", target: "250.000", published: "114,57", met: true };
 * ```
 */
export interface PublishedAchievement {
  readonly label: string;
  readonly realised: PublishedFigure;
  readonly target: PublishedFigure;
  readonly published?: PublishedFigure;
  readonly met?: boolean;
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
  readonly achievements?: readonly PublishedAchievement[];
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
 * convention reproduces it, or, for figures known only as ranges, the ranges meet), `off-by-one` (one
 * unit off, explained by neither convention), `disagrees` (more than one unit off, or the wrong
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
 * smallest weight (a printed total weighs 2, any other figure 1). `ambiguous` when several figures
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
 * `consistent` is true when no issue is an error. `status`: `consistent` (every check holds),
 * `explained` (every failing check has an explanation that resolves it), `partly-explained`,
 * `inconsistent` (no failing check is explained).
 *
 * @example
 * ```ts
 * const r = reconcile(table);
 * if (r.ok && r.value.status !== "consistent") r.value.figures.flatMap((f) => f.explanations.slice(0, 1));
 * ```
 */
export interface Reconciliation {
  readonly consistent: boolean;
  readonly status: "consistent" | "explained" | "partly-explained" | "inconsistent";
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

type MutableFigure = { -readonly [K in keyof FigureCheck]: FigureCheck[K] };

/** A figure judged only as an interval (rounded or bounded inputs): no exact value or convention. */
function intervalCheck(
  kind: FigureCheck["kind"],
  path: FigureCheck["path"],
  label: string,
  counts: { readonly numerator: number; readonly denominator: number | undefined },
  published: Parameters<typeof toNumber>[0] | undefined,
  decimals: number,
  fine: boolean,
): MutableFigure {
  return {
    kind,
    path,
    label,
    numerator: counts.numerator,
    denominator: counts.denominator,
    published: published === undefined ? Number.NaN : toNumber(published),
    decimals,
    exact: undefined,
    halfUp: undefined,
    truncate: undefined,
    convention: "neither",
    unitsOff: undefined,
    status: fine ? "agrees" : "disagrees",
    basis: "interval",
    explanations: NO_EXPLANATIONS,
  };
}
type MutableSum = { -readonly [K in keyof SumCheck]: SumCheck[K] };

/** A check of the model with its output row. */
interface Built {
  readonly model: ModelCheck;
  readonly figure?: MutableFigure;
  readonly sum?: MutableSum;
  readonly breakdown?: number;
}

interface Context extends ReadContext {
  readonly built: Built[];
  /** Breakdown index → the row cells in printed order, for ranks. */
  readonly ranked: Map<number, { counts: (Cell | undefined)[]; shares: (Cell | undefined)[] }>;
}

const HUNDRED = q(100n);
const NO_EXPLANATIONS: readonly Explanation[] = [];

function label(text: string): string {
  return text.trim().replace(/\s+/g, " ").slice(0, 200);
}

function numberOf(cell: Cell): number {
  return cell.value === undefined ? Number.NaN : toNumber(cell.value);
}

function isZero(range: Interval): boolean {
  return isPoint(range) && range.lo?.n === 0n;
}

function isPoint(range: Interval): boolean {
  return range.lo !== undefined && range.hi !== undefined && cmp(range.lo, range.hi) === 0;
}

/** A count cell of a share or growth: a whole exact count (for the exact comparison), else undefined. */
function exactCount(cell: Cell | undefined): bigint | undefined {
  if (cell === undefined || !cell.exact || cell.value === undefined) return undefined;
  return cell.value.n;
}

function read(
  figure: FigureInput | undefined,
  path: readonly PathSegment[],
  rowLabel: string,
  role: Cell["role"],
  context: Context,
  extra: { breakdown?: number; row?: number; decimals?: number } = {},
): Cell | undefined {
  if (figure === undefined) return undefined;
  const cell = readCell(figure, { path, label: rowLabel, role, ...extra }, context);
  if (cell?.exact && cell.value !== undefined && cell.value.n > BigInt(Number.MAX_SAFE_INTEGER)) {
    context.issues.push(
      createIssue("STATISTICS_COUNT_TOO_LARGE", path, { params: { max: Number.MAX_SAFE_INTEGER } }),
    );
    context.cells.pop();
    return undefined;
  }
  return cell;
}

/** A published percentage must be a plausible one: its magnitude at most 10⁶ (never a pasted identifier). */
const MAX_PERCENT = q(1_000_000n);

function percentCell(
  figure: FigureInput | undefined,
  path: readonly PathSegment[],
  rowLabel: string,
  context: Context,
  extra: { breakdown?: number; row?: number; decimals?: number } = {},
): Cell | undefined {
  const cell = read(figure, path, rowLabel, "percent", context, extra);
  if (cell === undefined) return undefined;
  const magnitude = cell.value ?? cell.range.lo;
  if (
    magnitude !== undefined &&
    cmp(q(magnitude.n < 0n ? -magnitude.n : magnitude.n, magnitude.d), MAX_PERCENT) > 0
  ) {
    context.issues.push(createIssue("STATISTICS_PERCENT_IMPLAUSIBLE", path, { params: { label: rowLabel } }));
    context.cells.pop();
    return undefined;
  }
  return cell;
}

/**
 * The exact comparison of a published percentage with `numerator / denominator × 100` (whole
 * counts), as STATISTICS.md §4 describes it: half-up, truncation, or off by how many units.
 */
function exactFigure(
  kind: FigureCheck["kind"],
  path: readonly PathSegment[],
  rowLabel: string,
  numerator: bigint,
  denominator: bigint,
  published: Cell,
  counts: { numerator: number; denominator: number },
): { figure: MutableFigure; halfUp: Rational; truncate: Rational } {
  const decimals = published.scale;
  const p = BigInt(published.digits ?? "0");
  const halfUp = roundedUnits(numerator, denominator, 100n, decimals, "half-up");
  const truncated = roundedUnits(numerator, denominator, 100n, decimals, "truncate");
  const convention: RoundingConvention =
    p === halfUp && p === truncated
      ? "both"
      : p === halfUp
        ? "half-up"
        : p === truncated
          ? "truncate"
          : "neither";
  const distance = (x: bigint) => (x > p ? x - p : p - x);
  let off = distance(halfUp);
  if (distance(truncated) < off) off = distance(truncated);
  const unitsOff = Number(off);
  const negative = numerator < 0n;
  return {
    figure: {
      kind,
      path,
      label: rowLabel,
      numerator: counts.numerator,
      denominator: counts.denominator,
      published: numberOf(published),
      decimals,
      exact: exactQuotientText(numerator, denominator, 100n),
      halfUp: unitsToNumber(halfUp, decimals, negative),
      truncate: unitsToNumber(truncated, decimals, negative),
      convention,
      unitsOff,
      status: convention !== "neither" ? "agrees" : unitsOff <= 1 ? "off-by-one" : "disagrees",
      basis: "exact",
      explanations: NO_EXPLANATIONS,
    },
    halfUp: rationalOf(halfUp, decimals, false),
    truncate: rationalOf(truncated, decimals, false),
  };
}

function uncheckedFigure(
  kind: FigureCheck["kind"],
  path: readonly PathSegment[],
  rowLabel: string,
  published: Cell,
  counts: { numerator: number; denominator: number | undefined },
  reason: "STATISTICS_DENOMINATOR_MISSING" | "STATISTICS_DENOMINATOR_ZERO",
  context: Context,
): void {
  context.issues.push(createIssue(reason, path, { severity: "warning", params: { label: rowLabel } }));
  const figure: MutableFigure = {
    kind,
    path,
    label: rowLabel,
    numerator: counts.numerator,
    denominator: counts.denominator,
    published:
      numberOf(published) || (published.range.lo === undefined ? Number.NaN : toNumber(published.range.lo)),
    decimals: published.scale,
    exact: undefined,
    halfUp: undefined,
    truncate: undefined,
    convention: "neither",
    unitsOff: undefined,
    status: "unchecked",
    basis: "exact",
    explanations: NO_EXPLANATIONS,
  };
  context.built.push({
    model: { path, label: rowLabel, cells: [], holds: () => true, failing: false, story: false },
    figure,
  });
}

/** The issue of a figure that fails, at the time it is checked (so issues follow the table's order). */
function figureIssue(figure: MutableFigure, context: Context): void {
  const params = { label: figure.label, decimals: figure.decimals };
  if (figure.status === "off-by-one") {
    context.issues.push(
      createIssue("STATISTICS_FIGURE_OFF_BY_ONE", figure.path, { severity: "warning", params }),
    );
  } else if (figure.status === "disagrees") {
    context.issues.push(createIssue("STATISTICS_FIGURE_MISMATCH", figure.path, { params }));
  }
}

/** A share (or achievement) check: `count / total × 100` against the printed percentage. */
function percentCheck(
  kind: "share" | "achievement",
  path: readonly PathSegment[],
  rowLabel: string,
  count: Cell,
  total: Cell | undefined,
  published: Cell,
  context: Context,
  breakdown?: number,
): void {
  const counts = {
    numerator: numberOf(count),
    denominator: total === undefined ? undefined : numberOf(total),
  };
  if (total === undefined) {
    uncheckedFigure(kind, path, rowLabel, published, counts, "STATISTICS_DENOMINATOR_MISSING", context);
    return;
  }
  if (isPoint(total.range) && total.value?.n === 0n) {
    uncheckedFigure(kind, path, rowLabel, published, counts, "STATISTICS_DENOMINATOR_ZERO", context);
    return;
  }
  const holds = (range: (id: number) => Interval): boolean => {
    const r = shareRange(range(count.id), range(total.id));
    return r === undefined ? !isZero(range(total.id)) : meets(r, range(published.id));
  };
  const n = exactCount(count);
  const d = exactCount(total);
  if (n !== undefined && d !== undefined && published.value !== undefined && published.digits !== undefined) {
    const { figure, halfUp, truncate } = exactFigure(kind, path, rowLabel, n, d, published, {
      numerator: Number(n),
      denominator: Number(d),
    });
    if (published.negative) figure.status = "disagrees";
    figureIssue(figure, context);
    const failing = figure.status !== "agrees";
    context.built.push({
      model: {
        path,
        label: rowLabel,
        cells: [count.id, total.id, published.id],
        holds,
        percent: { cell: published.id, halfUp, truncate, offByOne: figure.status === "off-by-one" },
        share: { count: n, denominator: d, denominatorCell: total.id },
        failing,
        story: false,
      },
      figure,
      ...(breakdown === undefined ? {} : { breakdown }),
    });
    return;
  }
  const fine = holds((id) => (context.cells[id] as Cell).range);
  const figure = intervalCheck(kind, path, rowLabel, counts, published.value, published.scale, fine);
  figureIssue(figure, context);
  context.built.push({
    model: {
      path,
      label: rowLabel,
      cells: [count.id, total.id, published.id],
      holds,
      failing: !fine,
      story: false,
    },
    figure,
    ...(breakdown === undefined ? {} : { breakdown }),
  });
}

/** A sum check over cells against a total cell (or another sum, or 100). */
function sumCheck(
  path: readonly PathSegment[],
  name: string,
  rows: readonly Cell[],
  against: SumCheck["against"],
  total: Cell | readonly Cell[] | Rational | undefined,
  partial: boolean,
  context: Context,
): Built {
  const totalCells: readonly Cell[] =
    total === undefined || "n" in total ? [] : Array.isArray(total) ? total : [total as Cell];
  const fixed = total !== undefined && "n" in total ? point(total) : undefined;
  const totalOf = (range: (id: number) => Interval): Interval | undefined =>
    fixed ??
    (totalCells.length === 0
      ? undefined
      : against === "breakdown"
        ? sumOf(totalCells.map((cell) => range(cell.id)))
        : range((totalCells[0] as Cell).id));
  const holds = (range: (id: number) => Interval): boolean => {
    const t = totalOf(range);
    if (t === undefined) return true;
    const s = sumOf(rows.map((cell) => range(cell.id)));
    // A partial list may fall short of its total, never exceed it.
    return partial ? meets(between(undefined, t.hi, false, t.hiOpen), s) : meets(s, t);
  };
  const all = [...rows, ...totalCells];
  const exact = all.every((cell) => cell.exact);
  const solve =
    exact && fixed === undefined
      ? (id: number): Rational | undefined => {
          // Every other cell exact: the one value of this cell that makes the sum hold.
          if (partial) return undefined;
          const sum = rows.reduce((acc, cell) => acc + (cell.value?.n ?? 0n), 0n);
          const other = totalCells.reduce((acc, cell) => acc + (cell.value?.n ?? 0n), 0n);
          const own = (context.cells[id] as Cell).value?.n ?? 0n;
          const inRows = rows.some((cell) => cell.id === id);
          const needed = inRows ? other - (sum - own) : sum - (other - own);
          return needed < 0n ? undefined : q(needed);
        }
      : undefined;
  const printedSum = rows.reduce((acc, cell) => acc + (Number.isNaN(numberOf(cell)) ? 0 : numberOf(cell)), 0);
  const t = fixed ?? totalOf((id) => (context.cells[id] as Cell).range);
  const totalPrinted =
    total !== undefined && "n" in total
      ? toNumber(total)
      : totalCells.length === 0
        ? undefined
        : totalCells.reduce((acc, cell) => acc + numberOf(cell), 0);
  const fine = holds((id) => (context.cells[id] as Cell).range);
  const s = sumOf(rows.map((cell) => cell.range));
  const short = t !== undefined && partial && fine && !meets(s, t);
  const status: SumCheck["status"] =
    t === undefined ? "no-total" : !fine ? "does-not-add-up" : short ? "partial" : "adds-up";
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const difference = totalPrinted === undefined ? undefined : round(printedSum - totalPrinted);
  const built: Built = {
    model: {
      path,
      label: name,
      cells: all.map((cell) => cell.id),
      holds,
      ...(solve === undefined ? {} : { solve }),
      failing: !fine,
      story: false,
    },
    sum: {
      path,
      label: name,
      against,
      sum: round(printedSum),
      total: totalPrinted,
      difference,
      partial,
      status,
      explanations: NO_EXPLANATIONS,
    },
  };
  context.built.push(built);
  if (status === "partial" && difference !== undefined && difference < 0) {
    context.issues.push(
      createIssue("STATISTICS_BREAKDOWN_PARTIAL", path, {
        severity: "warning",
        params: { label: name, residual: round(-difference) },
      }),
    );
  } else if (status === "does-not-add-up") {
    const code =
      against === "100"
        ? "STATISTICS_SHARES_SUM_MISMATCH"
        : against === "breakdown"
          ? "STATISTICS_BREAKDOWNS_DIFFER"
          : "STATISTICS_BREAKDOWN_SUM_MISMATCH";
    context.issues.push(createIssue(code, path, { params: { label: name } }));
  }
  return built;
}

function checkBreakdown(
  breakdown: PublishedBreakdown,
  index: number,
  tableTotal: Cell | undefined,
  context: Context,
) {
  const path = ["breakdowns", index];
  const name = label(breakdown.name);
  const own = read(breakdown.total, [...path, "total"], name, "total", context, { breakdown: index });
  const total = own ?? tableTotal;
  const partial = breakdown.partial === true;
  const counts: (Cell | undefined)[] = [];
  const shares: (Cell | undefined)[] = [];
  let complete = true;
  breakdown.rows.forEach((row, i) => {
    const rowLabel = label(row.label);
    const count = read(row.count, [...path, "rows", i, "count"], rowLabel, "count", context, {
      breakdown: index,
      row: i,
    });
    if (count === undefined) complete = false;
    counts.push(count);
  });
  // "Hongkong" and "Hong Kong" in one breakdown are the same country counted twice (STATISTICS.md §4).
  const seen = new Set<string>();
  breakdown.rows.forEach((row, i) => {
    const country = parseLabel(COUNTRIES, row.label);
    const category = country.ok ? country.value.code : normaliseWords(row.label);
    if (seen.has(category)) {
      context.issues.push(
        createIssue("STATISTICS_ROW_DUPLICATE", [...path, "rows", i, "label"], {
          severity: "warning",
          params: { label: label(row.label) },
        }),
      );
    }
    seen.add(category);
  });
  const rowCells = counts.filter((cell): cell is Cell => cell !== undefined);
  // No total printed: a complete breakdown's own sum is the total of its shares.
  const denominator =
    total ?? (partial || !complete || rowCells.length === 0 ? undefined : ({ sum: rowCells } as const));
  breakdown.rows.forEach((row, i) => {
    const rowLabel = label(row.label);
    const sharePath = [...path, "rows", i, "share"];
    const published = percentCell(row.share, sharePath, rowLabel, context, {
      breakdown: index,
      row: i,
      ...(row.decimals === undefined ? {} : { decimals: row.decimals }),
    });
    shares.push(published);
    const count = counts[i];
    if (published === undefined || count === undefined) return;
    if (denominator !== undefined && "sum" in denominator) {
      sharesOfSum(sharePath, rowLabel, count, denominator.sum, published, context, index);
    } else {
      percentCheck("share", sharePath, rowLabel, count, denominator, published, context, index);
    }
  });
  context.ranked.set(index, { counts, shares });
  const printedShares = shares.filter((cell): cell is Cell => cell !== undefined);
  if (complete && rowCells.length > 0) {
    sumCheck(path, name, rowCells, "total", total, partial, context);
  }
  // The printed shares of a breakdown add up to 100 within their combined rounding.
  if (!partial && printedShares.length >= 2 && printedShares.length === breakdown.rows.length) {
    sumCheck([...path, "shares"], name, printedShares, "100", HUNDRED, partial, context);
  }
  return { complete: complete && rowCells.length > 0, rows: rowCells, partial, total: own };
}

/** Shares of a breakdown with no printed total: divided by the breakdown's own sum. */
function sharesOfSum(
  path: readonly PathSegment[],
  rowLabel: string,
  count: Cell,
  rows: readonly Cell[],
  published: Cell,
  context: Context,
  breakdown: number,
): void {
  const sum = rows.every((cell) => cell.exact)
    ? rows.reduce((acc, cell) => acc + (cell.value?.n ?? 0n), 0n)
    : undefined;
  if (sum !== undefined && exactCount(count) !== undefined && published.digits !== undefined) {
    if (sum === 0n) {
      uncheckedFigure(
        "share",
        path,
        rowLabel,
        published,
        { numerator: numberOf(count), denominator: 0 },
        "STATISTICS_DENOMINATOR_ZERO",
        context,
      );
      return;
    }
    const n = exactCount(count) as bigint;
    const { figure, halfUp, truncate } = exactFigure("share", path, rowLabel, n, sum, published, {
      numerator: Number(n),
      denominator: Number(sum),
    });
    figureIssue(figure, context);
    const holds = (range: (id: number) => Interval): boolean => {
      const r = shareRange(range(count.id), sumOf(rows.map((cell) => range(cell.id))));
      return r === undefined || meets(r, range(published.id));
    };
    context.built.push({
      model: {
        path,
        label: rowLabel,
        cells: [...new Set([count.id, ...rows.map((cell) => cell.id), published.id])],
        holds,
        percent: { cell: published.id, halfUp, truncate, offByOne: figure.status === "off-by-one" },
        share: { count: n, denominator: sum },
        failing: figure.status !== "agrees",
        story: false,
      },
      figure,
      breakdown,
    });
    return;
  }
  percentCheck("share", path, rowLabel, count, undefined, published, context, breakdown);
}

const WORD_THEN_NUMBER = /^\s*([^\d+\-\u2212<]+?)\s+([+\-\u2212]?\d[\d.,\s\u00a0]*\s*(?:%|persen)?\*?)\s*$/i;
const NUMBER_THEN_WORD = /^\s*([+\-\u2212]?\d[\d.,\s\u00a0]*\s*(?:%|persen)?\*?)\s+(\D+?)\s*$/i;

/** Splits "turun 17,05%" or "13,38% lebih besar" into the figure and its direction word. */
function splitWord(published: FigureInput | undefined): {
  figure: FigureInput | undefined;
  word: string | undefined;
} {
  if (typeof published !== "string") return { figure: published, word: undefined };
  const before = WORD_THEN_NUMBER.exec(published);
  if (before !== null && directionOfWord(before[1] as string) !== undefined) {
    return { figure: before[2] as string, word: before[1] };
  }
  const after = NUMBER_THEN_WORD.exec(published);
  if (after !== null && !/^persen$/i.test((after[2] as string).trim())) {
    return { figure: after[1] as string, word: after[2] };
  }
  if (
    before !== null &&
    !/^(?:sekitar|hampir|lebih dari|kurang dari|melebihi|kurang lebih|di atas|di bawah)$/i.test(
      (before[1] as string).trim(),
    )
  ) {
    return { figure: before[2] as string, word: before[1] };
  }
  return { figure: published, word: undefined };
}

function checkGrowth(item: PublishedGrowth, index: number, context: Context): void {
  const path = ["growth", index];
  const rowLabel = label(item.label);
  const current = read(item.current, [...path, "current"], rowLabel, "count", context);
  const previous = read(item.previous, [...path, "previous"], rowLabel, "count", context);
  const { figure: printedFigure, word: embedded } = splitWord(item.published);
  const published = percentCell(printedFigure, [...path, "published"], rowLabel, context, {
    ...(item.decimals === undefined ? {} : { decimals: item.decimals }),
  });
  let word: GrowthDirection | undefined;
  if (item.direction !== undefined) {
    word = directionOfWord(item.direction);
    if (word === undefined)
      context.issues.push(
        createIssue("STATISTICS_DIRECTION_UNKNOWN", [...path, "direction"], { params: { label: rowLabel } }),
      );
  }
  if (embedded !== undefined) {
    const inText = directionOfWord(embedded);
    if (inText === undefined) {
      context.issues.push(
        createIssue("STATISTICS_DIRECTION_UNKNOWN", [...path, "published"], { params: { label: rowLabel } }),
      );
    } else if (word !== undefined && word !== inText) {
      context.issues.push(
        createIssue("STATISTICS_DIRECTION_MISMATCH", [...path, "direction"], { params: { label: rowLabel } }),
      );
    }
    word ??= inText;
  }
  const difference = read(item.difference, [...path, "difference"], rowLabel, "difference", context);
  if (current === undefined || previous === undefined) return;
  // The absolute difference, unsigned beside a word or signed ("-5.730").
  if (difference !== undefined) {
    const holds = (range: (id: number) => Interval): boolean => {
      const c = range(current.id);
      const p = range(previous.id);
      const d = range(difference.id);
      const change = between(
        c.lo === undefined || p.hi === undefined ? undefined : sub(c.lo, p.hi),
        c.hi === undefined || p.lo === undefined ? undefined : sub(c.hi, p.lo),
      );
      const negated = between(
        change.hi === undefined ? undefined : q(-change.hi.n, change.hi.d),
        change.lo === undefined ? undefined : q(-change.lo.n, change.lo.d),
      );
      // Unsigned: the magnitude of the change; signed: the change itself.
      return difference.negative ? meets(change, d) : meets(change, d) || meets(negated, d);
    };
    const fine = holds((id) => (context.cells[id] as Cell).range);
    const cells = [current.id, previous.id, difference.id];
    const exact = cells.every((id) => (context.cells[id] as Cell).exact || id === difference.id);
    context.built.push({
      model: {
        path: [...path, "difference"],
        label: rowLabel,
        cells,
        holds,
        ...(exact
          ? {
              solve: (id: number) => {
                const c = current.value?.n ?? 0n;
                const p = previous.value?.n ?? 0n;
                const d = difference.value?.n ?? 0n;
                const sign = difference.negative ? 1n : c >= p ? 1n : -1n;
                if (id === difference.id) return q(difference.negative ? c - p : c >= p ? c - p : p - c);
                if (id === current.id) return q(p + sign * d);
                return q(c - sign * d);
              },
            }
          : {}),
        failing: !fine,
        story: false,
      },
    });
    if (!fine) {
      context.issues.push(
        createIssue("STATISTICS_DIFFERENCE_MISMATCH", [...path, "difference"], {
          params: { label: rowLabel },
        }),
      );
    }
  }
  if (published === undefined) return;
  const c = exactCount(current);
  const p = exactCount(previous);
  const stated: GrowthDirection | undefined =
    word ?? (published.negative ? "turun" : published.value?.n === 0n ? undefined : "naik");
  // The published figure, signed by its direction.
  const magnitude =
    published.value === undefined
      ? undefined
      : q(published.value.n < 0n ? -published.value.n : published.value.n, published.value.d);
  // The figure signed by its direction: the word wins over a printed sign ("naik -10" reads as +10).
  const negative = stated === "turun" && magnitude !== undefined && magnitude.n !== 0n;
  const signedCell: Cell =
    magnitude === undefined || published.digits === undefined || negative === published.negative
      ? published
      : {
          ...published,
          negative,
          value: negative ? q(-magnitude.n, magnitude.d) : magnitude,
          range: rangeNegated(published.range),
        };
  context.cells[published.id] = signedCell;
  const actualOf = (range: (id: number) => Interval): GrowthDirection | undefined => {
    const cr = range(current.id);
    const pr = range(previous.id);
    if (isPoint(cr) && isPoint(pr)) {
      const d = cmp(cr.lo as Rational, pr.lo as Rational);
      return d > 0 ? "naik" : d < 0 ? "turun" : "tetap";
    }
    if (cr.lo !== undefined && pr.hi !== undefined && cmp(cr.lo, pr.hi) > 0) return "naik";
    if (cr.hi !== undefined && pr.lo !== undefined && cmp(cr.hi, pr.lo) < 0) return "turun";
    return undefined;
  };
  const wordContradictsSign = word !== undefined && published.negative && word !== "turun";
  const directionHolds = (range: (id: number) => Interval): boolean => {
    if (wordContradictsSign) return false;
    const actual = actualOf(range);
    return stated === undefined || actual === undefined || stated === actual;
  };
  const wrongDirection = !directionHolds((id) => (context.cells[id] as Cell).range);
  if (wrongDirection) {
    context.issues.push(
      createIssue("STATISTICS_DIRECTION_MISMATCH", [...path, "published"], { params: { label: rowLabel } }),
    );
  }
  const figurePath = [...path, "published"];
  const holds = (range: (id: number) => Interval): boolean => {
    if (!directionHolds(range)) return false;
    const g = growthRange(range(current.id), range(previous.id));
    return g === undefined ? !isZero(range(previous.id)) : meets(g, range(published.id));
  };
  if (isPoint(previous.range) && previous.value?.n === 0n) {
    uncheckedFigure(
      "growth",
      figurePath,
      rowLabel,
      signedCell,
      { numerator: numberOf(current), denominator: 0 },
      "STATISTICS_DENOMINATOR_ZERO",
      context,
    );
    return;
  }
  const cells = [current.id, previous.id, published.id];
  if (c !== undefined && p !== undefined && published.digits !== undefined) {
    const { figure, halfUp, truncate } = exactFigure("growth", figurePath, rowLabel, c - p, p, signedCell, {
      numerator: Number(c),
      denominator: Number(p),
    });
    figureIssue(figure, context);
    if (wrongDirection) figure.status = "disagrees";
    context.built.push({
      model: {
        path: figurePath,
        label: rowLabel,
        cells,
        holds,
        percent: { cell: published.id, halfUp, truncate, offByOne: figure.status === "off-by-one" },
        failing: figure.status !== "agrees",
        story: wrongDirection,
      },
      figure,
    });
    return;
  }
  const fine = holds((id) => (context.cells[id] as Cell).range);
  const intervalFigure = intervalCheck(
    "growth",
    figurePath,
    rowLabel,
    { numerator: numberOf(current), denominator: numberOf(previous) },
    signedCell.value,
    published.scale,
    fine,
  );
  if (!wrongDirection) figureIssue(intervalFigure, context);
  context.built.push({
    model: { path: figurePath, label: rowLabel, cells, holds, failing: !fine, story: wrongDirection },
    figure: intervalFigure,
  });
}

function rangeNegated(range: Interval): Interval {
  return between(
    range.hi === undefined ? undefined : q(-range.hi.n, range.hi.d),
    range.lo === undefined ? undefined : q(-range.lo.n, range.lo.d),
    range.hiOpen,
    range.loOpen,
  );
}

function checkAchievement(item: PublishedAchievement, index: number, context: Context): void {
  const path = ["achievements", index];
  const rowLabel = label(item.label);
  const realised = read(item.realised, [...path, "realised"], rowLabel, "count", context);
  const target = read(item.target, [...path, "target"], rowLabel, "total", context);
  const published = percentCell(item.published, [...path, "published"], rowLabel, context, {
    ...(item.decimals === undefined ? {} : { decimals: item.decimals }),
  });
  if (realised === undefined || target === undefined) return;
  if (published !== undefined) {
    percentCheck("achievement", [...path, "published"], rowLabel, realised, target, published, context);
  }
  if (item.met !== undefined) {
    const met = item.met;
    const holds = (range: (id: number) => Interval): boolean => {
      const r = range(realised.id);
      const t = range(target.id);
      // Met: the realisation can reach the target; not met: it can fall short of it.
      return met
        ? r.hi === undefined || t.lo === undefined || cmp(r.hi, t.lo) >= 0
        : r.lo === undefined || t.hi === undefined || cmp(r.lo, t.hi) < 0;
    };
    const fine = holds((id) => (context.cells[id] as Cell).range);
    context.built.push({
      model: {
        path: [...path, "met"],
        label: rowLabel,
        cells: [realised.id, target.id],
        holds,
        failing: !fine,
        story: true,
      },
    });
    if (!fine) {
      context.issues.push(
        createIssue("STATISTICS_TARGET_CLAIM_MISMATCH", [...path, "met"], { params: { label: rowLabel } }),
      );
    }
  }
}

/** Groups failing checks that share figures (union–find over cells). */
function components(failing: readonly ModelCheck[]): ModelCheck[][] {
  const parent = failing.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const owner = new Map<number, number>();
  failing.forEach((check, i) => {
    for (const cell of check.cells) {
      const j = owner.get(cell);
      if (j === undefined) owner.set(cell, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, ModelCheck[]>();
  failing.forEach((check, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(check);
    groups.set(root, group);
  });
  return [...groups.values()];
}

/** Whether a proposed value would move a row to another place in a ranked breakdown. */
function rankChanges(
  context: Context,
  rankedBreakdowns: ReadonlySet<number>,
  cell: Cell,
  proposed: number | undefined,
): boolean {
  if (proposed === undefined || cell.breakdown === undefined || cell.row === undefined) return false;
  if (!rankedBreakdowns.has(cell.breakdown)) return false;
  const rows = context.ranked.get(cell.breakdown);
  if (rows === undefined) return false;
  const list = cell.role === "percent" ? rows.shares : rows.counts;
  const own = numberOf(cell);
  let before = 0;
  let after = 0;
  list.forEach((other, i) => {
    if (other === undefined || i === cell.row) return;
    const value = numberOf(other);
    if (value > own) before++;
    if (value > proposed) after++;
  });
  return before !== after;
}

/** A list printed in descending order (of its counts, or of its shares: a typo may break one of them). */
function isRanked(
  breakdown: PublishedBreakdown,
  rows: { counts: readonly (Cell | undefined)[]; shares: readonly (Cell | undefined)[] },
): boolean {
  if (breakdown.ranked !== undefined) return breakdown.ranked;
  const descending = (cells: readonly (Cell | undefined)[]): boolean => {
    const values = cells.map((cell) => (cell === undefined ? Number.NaN : numberOf(cell)));
    if (values.length < 3 || values.some(Number.isNaN)) return false;
    for (let i = 1; i < values.length; i++)
      if ((values[i] as number) > (values[i - 1] as number)) return false;
    return true;
  };
  return descending(rows.counts) || descending(rows.shares);
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
  const parsed = publishedTableSchema().safeParse(table);
  if (!parsed.success) return err(issuesFromZod(parsed.error.issues, [], table));
  // zod's output is a fresh copy: the caller's object is not read again.
  const input = parsed.data as PublishedTable;
  const context: Context = {
    locale: input.locale ?? "id",
    decimals: input.decimals,
    issues: [],
    cells: [],
    built: [],
    ranked: new Map(),
  };
  const total = read(input.total, ["total"], label(input.title ?? "Total"), "total", context);
  const unprinted: { index: number; rows: readonly Cell[] }[] = [];
  const rankedBreakdowns = new Set<number>();
  (input.breakdowns ?? []).forEach((breakdown, index) => {
    const result = checkBreakdown(breakdown, index, total, context);
    if (total === undefined && result.total === undefined && result.complete && !result.partial) {
      unprinted.push({ index, rows: result.rows });
    }
    const rows = context.ranked.get(index);
    if (rows !== undefined && isRanked(breakdown, rows)) rankedBreakdowns.add(index);
  });
  // Breakdowns of one unprinted total (by sex and by procedural status) must have the same sum.
  const first = unprinted[0];
  for (const other of unprinted.slice(1)) {
    if (first === undefined) break;
    const name = label((input.breakdowns ?? [])[other.index]?.name ?? "");
    sumCheck(["breakdowns", other.index], name, other.rows, "breakdown", first.rows, false, context);
  }
  (input.shares ?? []).forEach((item, index) => {
    const path = ["shares", index];
    const rowLabel = label(item.label);
    const count = read(item.count, [...path, "count"], rowLabel, "count", context);
    const own = read(item.total, [...path, "total"], rowLabel, "total", context);
    const published = percentCell(item.published, [...path, "published"], rowLabel, context, {
      ...(item.decimals === undefined ? {} : { decimals: item.decimals }),
    });
    if (count === undefined || published === undefined) return;
    percentCheck("share", [...path, "published"], rowLabel, count, own ?? total, published, context);
  });
  (input.growth ?? []).forEach((item, index) => {
    checkGrowth(item, index, context);
  });
  (input.achievements ?? []).forEach((item, index) => {
    checkAchievement(item, index, context);
  });
  return ok(assemble(context, rankedBreakdowns));
}

function assemble(context: Context, rankedBreakdowns: ReadonlySet<number>): Reconciliation {
  const { built, cells, issues } = context;
  const findings: Finding[] = [];
  // Half-up against truncation: the table's convention is the one most distinguishing figures follow.
  let halfUp = 0;
  let truncated = 0;
  for (const { figure } of built) {
    if (figure?.convention === "half-up") halfUp++;
    else if (figure?.convention === "truncate") truncated++;
  }
  const dominant = truncated > halfUp ? "truncate" : "half-up";
  // A figure that reads a figure of a failing check is left to that check's explanation: the
  // typo that breaks a sum can make a share look truncated.
  const suspect = new Set<number>();
  for (const entry of built) if (entry.model.failing) for (const id of entry.model.cells) suspect.add(id);
  const other = dominant === "half-up" ? "truncate" : "half-up";
  const minority =
    halfUp > 0 && truncated > 0
      ? built.filter(
          ({ figure, model }) =>
            figure?.convention === other &&
            !model.cells.some((id) => suspect.has(id) && (cells[id] as Cell).role !== "percent"),
        )
      : [];
  const explained = new Map<Built, Explanation[]>();
  for (const entry of minority) {
    const figure = entry.figure as MutableFigure;
    const percent = entry.model.percent;
    if (percent === undefined) continue;
    const cell = cells[percent.cell] as Cell;
    const value = dominant === "half-up" ? percent.halfUp : percent.truncate;
    const proposed = cell.negative ? -toNumber(value) : toNumber(value);
    explained.set(entry, [
      {
        kind: "convention",
        detail: figure.convention as "half-up" | "truncate",
        path: cell.path,
        label: cell.label,
        published: figure.published,
        proposed,
        resolves: true,
        ambiguous: false,
        severity: rankChanges(context, rankedBreakdowns, cell, proposed) ? "story" : "slip",
      },
    ]);
  }
  if (minority.length > 0) {
    const labels = minority.map(({ figure }) => (figure as MutableFigure).label);
    findings.push({
      kind: "mixed-rounding",
      cause: "convention",
      paths: minority.map(({ figure }) => (figure as MutableFigure).path),
      labels,
      severity: "slip",
    });
    issues.push(
      createIssue("STATISTICS_ROUNDING_MIXED", [], {
        severity: "warning",
        params: { count: minority.length, dominant, label: labels[0] as string },
      }),
    );
  }
  const explainer = new Explainer(
    cells,
    built.map((b) => b.model),
    (cell, proposed) => {
      if (rankChanges(context, rankedBreakdowns, cell, proposed)) return true;
      return (
        cell.role === "percent" &&
        proposed !== undefined &&
        cell.value !== undefined &&
        Math.sign(proposed) * Math.sign(toNumber(cell.value)) < 0
      );
    },
  );
  const failingBuilt = built.filter((b) => b.model.failing);
  const byModel = new Map(built.map((b) => [b.model, b] as const));
  const localisation: Localisation[] = [];
  // Printed totals a share may have been computed on instead of its own.
  const bases = cells
    .filter(
      (cell) => cell.exact && cell.value !== undefined && (cell.role === "total" || cell.role === "count"),
    )
    .sort((a, b) => (a.role === b.role ? 0 : a.role === "total" ? -1 : 1))
    .map((cell) => ({ value: (cell.value as Rational).n, cell }));
  const localisedCells = new Set<number>();
  for (const group of components(failingBuilt.map((b) => b.model))) {
    const { explanations, localised } = explainer.explain(group);
    for (const cell of localised) localisedCells.add(cell.id);
    const minWeight = Math.min(...localised.map((cell) => cell.weight));
    const chosen = localised.filter((cell) => cell.weight === minWeight);
    localisation.push({
      checks: group.map((check) => check.path),
      paths: chosen.map((cell) => cell.path),
      weight: chosen.length === 0 ? 0 : minWeight,
      ambiguous: chosen.length > 1,
    });
    for (const check of group) {
      const entry = byModel.get(check) as Built;
      const own = [...explanations, ...explainer.otherBase(check, bases, group)];
      explained.set(
        entry,
        rankExplanations(own, (e) => explainer.weightOfPath(e.path)),
      );
    }
  }
  systematic(context, failingBuilt, explained, explainer, findings, localisedCells);
  // Story-changing errors.
  const story = failingBuilt.filter((b) => b.model.story || explained.get(b)?.[0]?.severity === "story");
  if (story.length > 0) {
    findings.push({
      kind: "story",
      paths: story.map((b) => b.model.path),
      labels: story.map((b) => b.model.label),
      severity: "story",
    });
  }
  // Write the explanations into the outputs; a failing check with none gets "none".
  let resolved = 0;
  let failingCount = 0;
  for (const entry of built) {
    const failing = entry.model.failing || explained.has(entry);
    if (!failing) continue;
    failingCount++;
    let list = explained.get(entry) ?? [];
    if (list.length === 0) {
      list = [
        {
          kind: "none",
          path: entry.model.path,
          label: entry.model.label,
          published: undefined,
          proposed: undefined,
          resolves: false,
          ambiguous: false,
          severity: entry.model.story ? "story" : "slip",
        },
      ];
    }
    if (list.some((e) => e.resolves && e.kind !== "none")) resolved++;
    if (entry.figure !== undefined) entry.figure.explanations = list;
    if (entry.sum !== undefined) entry.sum.explanations = list;
  }
  const status: Reconciliation["status"] =
    failingCount === 0
      ? "consistent"
      : resolved === failingCount
        ? "explained"
        : resolved > 0
          ? "partly-explained"
          : "inconsistent";
  const figures = built.flatMap((b) => (b.figure === undefined ? [] : [b.figure as FigureCheck]));
  const sums = built.flatMap((b) => (b.sum === undefined ? [] : [b.sum as SumCheck]));
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
  return {
    consistent: !issues.some((issue) => issue.severity === "error"),
    status,
    figures,
    sums,
    localisation,
    findings,
    issues,
    summary,
  };
}

/**
 * Several figures wrong the same way make one finding: shares computed on one other total (printed,
 * or not printed: the total every failing share of a breakdown reproduces from), or separators
 * slipped the same way. The one-unit tolerance never hides such a pattern: it is an error.
 */
function systematic(
  context: Context,
  failing: readonly Built[],
  explained: Map<Built, Explanation[]>,
  explainer: Explainer,
  findings: Finding[],
  localised: ReadonlySet<number>,
): void {
  const byBase = new Map<number, Built[]>();
  for (const entry of failing) {
    for (const e of explained.get(entry) ?? []) {
      if (e.kind !== "other-base" || e.base === undefined || !e.resolves) continue;
      const list = byBase.get(e.base) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byBase.set(e.base, list);
    }
  }
  const covered = new Set<Built>();
  for (const [base, entries] of byBase) {
    if (entries.length < 2) continue;
    report(base, true, entries);
  }
  // Not printed: the failing shares of one breakdown all reproduce from one other whole total.
  const byBreakdown = new Map<number, Built[]>();
  for (const entry of failing) {
    const share = entry.model.share;
    if (entry.breakdown === undefined || share === undefined || covered.has(entry)) continue;
    // A wrong printed total that alone resolves everything is that, not a pattern of shares.
    if (share.denominatorCell !== undefined && localised.has(share.denominatorCell)) continue;
    const list = byBreakdown.get(entry.breakdown) ?? [];
    list.push(entry);
    byBreakdown.set(entry.breakdown, list);
  }
  for (const entries of byBreakdown.values()) {
    if (entries.length < 2) continue;
    let lo: bigint | undefined;
    let hi: bigint | undefined;
    for (const entry of entries) {
      const { share, percent } = entry.model;
      const cell = context.cells[percent?.cell ?? -1];
      if (
        share === undefined ||
        cell === undefined ||
        cell.range.lo === undefined ||
        cell.range.hi === undefined
      ) {
        lo = 1n;
        hi = 0n;
        break;
      }
      // 100·c / T ∈ [p − ½u, p + u)  ⇔  T ∈ (100·c / (p + u), 100·c / (p − ½u)].
      const top = cell.range.hi;
      const bottom = cell.range.lo;
      if (bottom.n <= 0n) {
        lo = 1n;
        hi = 0n;
        break;
      }
      const least = (share.count * 100n * top.d) / top.n + 1n;
      const most = (share.count * 100n * bottom.d) / bottom.n;
      lo = lo === undefined || least > lo ? least : lo;
      hi = hi === undefined || most < hi ? most : hi;
    }
    if (lo === undefined || hi === undefined || lo > hi) continue;
    const denominator = entries[0]?.model.share?.denominator;
    if (denominator !== undefined && denominator >= lo && denominator <= hi) continue;
    const base = Number(lo);
    for (const entry of entries) {
      const cell = context.cells[entry.model.percent?.cell ?? -1] as Cell;
      const e: Explanation = {
        kind: "other-base",
        path: cell.path,
        label: cell.label,
        published: cell.value === undefined ? undefined : toNumber(cell.value),
        proposed: entry.figure?.halfUp ?? undefined,
        base,
        resolves: true,
        ambiguous: false,
        severity: "slip",
      };
      explained.set(
        entry,
        rankExplanations([e, ...(explained.get(entry) ?? [])], (x) => explainer.weightOfPath(x.path)),
      );
    }
    report(base, false, entries);
  }

  function report(base: number, printed: boolean, entries: readonly Built[]): void {
    for (const entry of entries) {
      covered.add(entry);
      // The pattern is the explanation: put it first.
      const list = explained.get(entry) ?? [];
      const top = list
        .filter((e) => e.kind === "other-base" && e.base === base)
        .map((e) => ({ ...e, ambiguous: false }));
      explained.set(entry, [...top, ...list.filter((e) => !(e.kind === "other-base" && e.base === base))]);
    }
    const labels = entries.map((entry) => entry.model.label);
    findings.push({
      kind: "systematic",
      cause: "other-base",
      base,
      printed,
      paths: entries.map((entry) => entry.model.path),
      labels,
      severity: "slip",
    });
    context.issues.push(
      createIssue("STATISTICS_SYSTEMATIC_ERROR", [], {
        params: { count: entries.length, label: labels[0] as string, base },
      }),
    );
  }
}
