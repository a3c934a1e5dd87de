import { createIssue, type PathSegment } from "../../../core/index.js";
import type { FigureCheck, SumCheck } from "../../reconcile.js";
import type { Explanation, ModelCheck } from "../explain.js";
import { type Cell, type FigureInput, type ReadContext, readCell } from "../figures.js";
import { between, cmp, type Interval, q, toNumber } from "../interval.js";

// What the checks of `reconcile` share while they read one table: the cells read so far, the checks
// built from them, and the small helpers every check needs.

export type MutableFigure = { -readonly [K in keyof FigureCheck]: FigureCheck[K] };
export type MutableSum = { -readonly [K in keyof SumCheck]: SumCheck[K] };

/** A check of the model with its output row. */
export interface Built {
  readonly model: ModelCheck;
  readonly figure?: MutableFigure;
  readonly sum?: MutableSum;
  readonly breakdown?: number;
}

export interface Context extends ReadContext {
  readonly built: Built[];
  /** Breakdown index → the row cells in printed order, for ranks. */
  readonly ranked: Map<number, { counts: (Cell | undefined)[]; shares: (Cell | undefined)[] }>;
  /** The breakdowns whose order is part of the story (a top-N list). */
  readonly rankedBreakdowns: Set<number>;
}

/** Where a check sits in the table and what it is called. */
export interface Place {
  readonly path: readonly PathSegment[];
  readonly label: string;
  readonly breakdown?: number;
}

/** Extra reading instructions for a cell: its breakdown and row (for ranks), its printed decimals. */
export interface CellPlace {
  readonly breakdown?: number;
  readonly row?: number;
  readonly decimals?: number;
}

/** The range of each cell, as a check reads it (the printed range, or a proposed change). */
export type RangeOf = (id: number) => Interval;

export const NO_EXPLANATIONS: readonly Explanation[] = [];

/** A row label as messages print it: one line, at most 200 characters. */
export function label(text: string): string {
  return text.trim().replace(/\s+/g, " ").slice(0, 200);
}

export function numberOf(cell: Cell): number {
  return cell.value === undefined ? Number.NaN : toNumber(cell.value);
}

export function isPoint(range: Interval): boolean {
  return range.lo !== undefined && range.hi !== undefined && cmp(range.lo, range.hi) === 0;
}

export function isZero(range: Interval): boolean {
  return isPoint(range) && range.lo?.n === 0n;
}

/** A count cell of a share or growth: a whole exact count (for the exact comparison), else undefined. */
export function exactCount(cell: Cell | undefined): bigint | undefined {
  if (cell === undefined || !cell.exact || cell.value === undefined) return undefined;
  return cell.value.n;
}

/** The range of each cell as printed. */
export function printedRanges(context: Context): RangeOf {
  return (id) => (context.cells[id] as Cell).range;
}

export function rangeNegated(range: Interval): Interval {
  return between(
    range.hi === undefined ? undefined : q(-range.hi.n, range.hi.d),
    range.lo === undefined ? undefined : q(-range.lo.n, range.lo.d),
    range.hiOpen,
    range.loOpen,
  );
}

/** Reads one figure into a cell; a whole count beyond the safe integers is refused with an issue. */
export function read(
  figure: FigureInput | undefined,
  path: readonly PathSegment[],
  rowLabel: string,
  role: Cell["role"],
  context: Context,
  extra: CellPlace = {},
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

/** Reads a printed percentage; an implausible one, or one with a scale word, is refused with an issue. */
export function percentCell(
  figure: FigureInput | undefined,
  path: readonly PathSegment[],
  rowLabel: string,
  context: Context,
  extra: CellPlace = {},
): Cell | undefined {
  const cell = read(figure, path, rowLabel, "percent", context, extra);
  if (cell === undefined) return undefined;
  // "21,64 ribu" is not 21,64 %: the digits would be checked as if the word were not there.
  if (cell.exponent !== 0) {
    context.issues.push(createIssue("STATISTICS_PERCENT_SCALED", path, { params: { label: rowLabel } }));
    context.cells.pop();
    return undefined;
  }
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

/** The printed decimals of a figure, when its item gives them. */
export function decimalsOf(item: { readonly decimals?: number | undefined }): CellPlace {
  return item.decimals === undefined ? {} : { decimals: item.decimals };
}
