import { createIssue, type PathSegment } from "../../../core/index.js";
import type { SumCheck } from "../../reconcile.js";
import type { Cell } from "../figures.js";
import {
  add,
  between,
  type Interval,
  meets,
  point,
  q,
  type Rational,
  sub,
  sumOf,
  toNumber,
  ZERO,
} from "../interval.js";
import {
  type Built,
  type Context,
  NO_EXPLANATIONS,
  numberOf,
  type Place,
  printedRanges,
  type RangeOf,
} from "./context.js";

// Figures that must add up: a breakdown to its total, two breakdowns of one unprinted total to each
// other, a breakdown's printed shares to 100.

/** What a sum is compared with: a total cell, the cells of another breakdown, or a fixed value (100). */
export type SumTarget = Cell | readonly Cell[] | Rational | undefined;

interface Sum {
  readonly rows: readonly Cell[];
  readonly totalCells: readonly Cell[];
  readonly fixed: Interval | undefined;
  readonly against: SumCheck["against"];
  readonly partial: boolean;
}

function sumOfTarget(
  rows: readonly Cell[],
  against: SumCheck["against"],
  total: SumTarget,
  partial: boolean,
): Sum {
  const totalCells: readonly Cell[] =
    total === undefined || "n" in total ? [] : Array.isArray(total) ? total : [total as Cell];
  const fixed = total !== undefined && "n" in total ? point(total) : undefined;
  return { rows, totalCells, fixed, against, partial };
}

function totalOf(sum: Sum, range: RangeOf): Interval | undefined {
  if (sum.fixed !== undefined) return sum.fixed;
  if (sum.totalCells.length === 0) return undefined;
  return sum.against === "breakdown"
    ? sumOf(sum.totalCells.map((cell) => range(cell.id)))
    : range((sum.totalCells[0] as Cell).id);
}

function holdsOf(sum: Sum): (range: RangeOf) => boolean {
  return (range) => {
    const t = totalOf(sum, range);
    if (t === undefined) return true;
    const s = sumOf(sum.rows.map((cell) => range(cell.id)));
    // A partial list may fall short of its total, never exceed it.
    return sum.partial ? meets(between(undefined, t.hi, false, t.hiOpen), s) : meets(s, t);
  };
}

/**
 * A sum of printed ranges kept as its parts, so that one cell's range can be swapped for another
 * without adding every cell again: the finite ends, and how many ends are infinite or open.
 */
interface SumParts {
  readonly lo: Rational;
  readonly hi: Rational;
  readonly loInfinite: number;
  readonly hiInfinite: number;
  readonly loOpen: number;
  readonly hiOpen: number;
}

function partsOf(ranges: readonly Interval[]): SumParts {
  let parts: SumParts = { lo: ZERO, hi: ZERO, loInfinite: 0, hiInfinite: 0, loOpen: 0, hiOpen: 0 };
  for (const range of ranges) parts = withRange(parts, range, 1);
  return parts;
}

/** The parts with `range` added (`sign` 1) or taken away (`sign` −1). */
function withRange(parts: SumParts, range: Interval, sign: 1 | -1): SumParts {
  const step = (end: Rational | undefined, acc: Rational): Rational =>
    end === undefined ? acc : sign === 1 ? add(acc, end) : sub(acc, end);
  return {
    lo: step(range.lo, parts.lo),
    hi: step(range.hi, parts.hi),
    loInfinite: parts.loInfinite + (range.lo === undefined ? sign : 0),
    hiInfinite: parts.hiInfinite + (range.hi === undefined ? sign : 0),
    loOpen: parts.loOpen + (range.loOpen ? sign : 0),
    hiOpen: parts.hiOpen + (range.hiOpen ? sign : 0),
  };
}

function intervalOf(parts: SumParts): Interval {
  return between(
    parts.loInfinite > 0 ? undefined : parts.lo,
    parts.hiInfinite > 0 ? undefined : parts.hi,
    parts.loOpen > 0,
    parts.hiOpen > 0,
  );
}

/** `holdsOf(sum)` for the printed ranges with one cell swapped: from the sums kept as parts. */
function fastHoldsOf(sum: Sum, context: Context): (cell: number, range: Interval) => boolean {
  const printed = printedRanges(context);
  const rows = new Set(sum.rows.map((cell) => cell.id));
  const totals = new Set(sum.totalCells.map((cell) => cell.id));
  const rowParts = partsOf(sum.rows.map((cell) => printed(cell.id)));
  const totalParts = partsOf(sum.totalCells.map((cell) => printed(cell.id)));
  const swapped = (parts: SumParts, cell: number, range: Interval) =>
    intervalOf(withRange(withRange(parts, printed(cell), -1), range, 1));
  const totalOf = (cell: number, range: Interval): Interval | undefined => {
    if (sum.fixed !== undefined) return sum.fixed;
    const first = sum.totalCells[0];
    if (first === undefined) return undefined;
    if (sum.against === "breakdown") {
      return totals.has(cell) ? swapped(totalParts, cell, range) : intervalOf(totalParts);
    }
    return first.id === cell ? range : printed(first.id);
  };
  return (cell, range) => {
    const t = totalOf(cell, range);
    if (t === undefined) return true;
    const s = rows.has(cell) ? swapped(rowParts, cell, range) : intervalOf(rowParts);
    return sum.partial ? meets(between(undefined, t.hi, false, t.hiOpen), s) : meets(s, t);
  };
}

/** Every cell exact: the one value of a cell that makes the sum hold with every other cell fixed. */
function solverOf(sum: Sum, context: Context): ((id: number) => Rational | null | undefined) | undefined {
  const exact = [...sum.rows, ...sum.totalCells].every((cell) => cell.exact);
  if (!exact || sum.fixed !== undefined) return undefined;
  return (id) => {
    if (sum.partial) return undefined;
    const rowSum = sum.rows.reduce((acc, cell) => acc + (cell.value?.n ?? 0n), 0n);
    const other = sum.totalCells.reduce((acc, cell) => acc + (cell.value?.n ?? 0n), 0n);
    const own = (context.cells[id] as Cell).value?.n ?? 0n;
    const inRows = sum.rows.some((cell) => cell.id === id);
    const needed = inRows ? other - (rowSum - own) : rowSum - (other - own);
    // Even at 0 the other cells overshoot: no count of this cell makes the sum hold.
    return needed < 0n ? null : q(needed);
  };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function sumIssue(check: SumCheck, context: Context): void {
  const { path, label, status, difference, against } = check;
  if (status === "partial" && difference !== undefined && difference < 0) {
    context.issues.push(
      createIssue("STATISTICS_BREAKDOWN_PARTIAL", path, {
        severity: "warning",
        params: { label, residual: round6(-difference) },
      }),
    );
  } else if (status === "does-not-add-up") {
    const code =
      against === "100"
        ? "STATISTICS_SHARES_SUM_MISMATCH"
        : against === "breakdown"
          ? "STATISTICS_BREAKDOWNS_DIFFER"
          : "STATISTICS_BREAKDOWN_SUM_MISMATCH";
    context.issues.push(createIssue(code, path, { params: { label } }));
  }
}

/** The printed total a sum is compared with (the sum of the other breakdown's printed rows). */
function printedTotal(sum: Sum, total: SumTarget): number | undefined {
  if (total !== undefined && "n" in total) return toNumber(total);
  if (sum.totalCells.length === 0) return undefined;
  return sum.totalCells.reduce((acc, cell) => acc + numberOf(cell), 0);
}

/** A sum check over cells against a total cell (or another sum, or 100). */
export function sumCheck(
  place: Place,
  rows: readonly Cell[],
  against: SumCheck["against"],
  total: SumTarget,
  partial: boolean,
  context: Context,
): Built {
  const path: readonly PathSegment[] = place.path;
  const sum = sumOfTarget(rows, against, total, partial);
  const holds = holdsOf(sum);
  const holdsWith = fastHoldsOf(sum, context);
  const solve = solverOf(sum, context);
  const printedSum = rows.reduce((acc, cell) => acc + (Number.isNaN(numberOf(cell)) ? 0 : numberOf(cell)), 0);
  const t = sum.fixed ?? totalOf(sum, printedRanges(context));
  const totalPrinted = printedTotal(sum, total);
  const fine = holds(printedRanges(context));
  const short = t !== undefined && partial && fine && !meets(sumOf(rows.map((cell) => cell.range)), t);
  const status: SumCheck["status"] =
    t === undefined ? "no-total" : !fine ? "does-not-add-up" : short ? "partial" : "adds-up";
  const difference = totalPrinted === undefined ? undefined : round6(printedSum - totalPrinted);
  const check = {
    path,
    label: place.label,
    against,
    sum: round6(printedSum),
    total: totalPrinted,
    difference,
    partial,
    status,
    explanations: NO_EXPLANATIONS,
  };
  const cells = [...rows, ...sum.totalCells].map((cell) => cell.id);
  const built: Built = {
    model: {
      path,
      label: place.label,
      cells,
      holds,
      holdsWith,
      ...(solve === undefined ? {} : { solve }),
      failing: !fine,
      story: false,
    },
    sum: check,
  };
  context.built.push(built);
  sumIssue(check, context);
  return built;
}
