import type { Cell } from "../figures.js";
import { meets, shareRange, sumOf } from "../interval.js";
import {
  type Context,
  exactCount,
  isPoint,
  isZero,
  numberOf,
  type Place,
  printedRanges,
  type RangeOf,
} from "./context.js";
import {
  exactFigure,
  figureIssue,
  intervalCheck,
  percentOf,
  uncheckedFigure,
  withinOneUnit,
} from "./figure-check.js";

// Shares and achievements: `count / total × 100` against the printed percentage.

/** A share (or achievement) check: `count / total × 100` against the printed percentage. */
export function percentCheck(
  kind: "share" | "achievement",
  place: Place,
  count: Cell,
  total: Cell | undefined,
  published: Cell,
  context: Context,
): void {
  const counts = {
    numerator: numberOf(count),
    denominator: total === undefined ? undefined : numberOf(total),
  };
  if (total === undefined) {
    uncheckedFigure(kind, place, published, counts, "STATISTICS_DENOMINATOR_MISSING", context);
    return;
  }
  if (isPoint(total.range) && total.value?.n === 0n) {
    uncheckedFigure(kind, place, published, counts, "STATISTICS_DENOMINATOR_ZERO", context);
    return;
  }
  const holds = (range: RangeOf): boolean => {
    const r = shareRange(range(count.id), range(total.id));
    return r === undefined ? !isZero(range(total.id)) : meets(r, range(published.id));
  };
  const cells = [count.id, total.id, published.id];
  const n = exactCount(count);
  const d = exactCount(total);
  if (n !== undefined && d !== undefined && published.value !== undefined && published.digits !== undefined) {
    const share = { count: n, denominator: d, denominatorCell: total.id };
    exactShare(kind, place, share, published, { cells, holds }, context);
    return;
  }
  const fine = holds(printedRanges(context));
  // As exactly: one unit off is a warning, and a share printed negative is wrong whatever its digits.
  const tolerance = fine || published.negative ? undefined : withinOneUnit(context, published);
  const nearly = tolerance !== undefined && holds(tolerance);
  const printed = { value: published.value, decimals: published.scale };
  const figure = intervalCheck(kind, place, counts, printed, fine, nearly);
  figureIssue(figure, context);
  context.built.push({
    model: { path: place.path, label: place.label, cells, holds, failing: !fine, story: false },
    figure,
    ...breakdownOf(place),
  });
}

function breakdownOf(place: Place): { breakdown?: number } {
  return place.breakdown === undefined ? {} : { breakdown: place.breakdown };
}

/** A share (or achievement) of whole counts printed exactly: judged by each rounding convention. */
function exactShare(
  kind: "share" | "achievement",
  place: Place,
  share: { readonly count: bigint; readonly denominator: bigint; readonly denominatorCell: number },
  published: Cell,
  check: { readonly cells: readonly number[]; readonly holds: (range: RangeOf) => boolean },
  context: Context,
): void {
  const { count: n, denominator: d } = share;
  const exact = exactFigure(kind, place, { numerator: n, denominator: d }, published, {
    numerator: Number(n),
    denominator: Number(d),
  });
  const { figure } = exact;
  // A share is never negative: a printed sign is an error whatever the digits.
  if (published.negative) figure.status = "disagrees";
  figureIssue(figure, context);
  context.built.push({
    model: {
      path: place.path,
      label: place.label,
      ...check,
      percent: percentOf(exact, published),
      share,
      failing: figure.status !== "agrees",
      story: false,
    },
    figure,
    ...breakdownOf(place),
  });
}

/** Shares of a breakdown with no printed total: divided by the breakdown's own sum. */
export function sharesOfSum(
  place: Place & { readonly breakdown: number },
  count: Cell,
  rows: readonly Cell[],
  published: Cell,
  context: Context,
): void {
  const sum = rows.every((cell) => cell.exact)
    ? rows.reduce((acc, cell) => acc + (cell.value?.n ?? 0n), 0n)
    : undefined;
  const n = exactCount(count);
  if (sum === undefined || n === undefined || published.digits === undefined) {
    percentCheck("share", place, count, undefined, published, context);
    return;
  }
  if (sum === 0n) {
    const counts = { numerator: numberOf(count), denominator: 0 };
    uncheckedFigure("share", place, published, counts, "STATISTICS_DENOMINATOR_ZERO", context);
    return;
  }
  const exact = exactFigure("share", place, { numerator: n, denominator: sum }, published, {
    numerator: Number(n),
    denominator: Number(sum),
  });
  // As against a printed total: a share printed negative is wrong whatever its digits.
  if (published.negative) exact.figure.status = "disagrees";
  figureIssue(exact.figure, context);
  const holds = (range: RangeOf): boolean => {
    const r = shareRange(range(count.id), sumOf(rows.map((cell) => range(cell.id))));
    return r === undefined || meets(r, range(published.id));
  };
  context.built.push({
    model: {
      path: place.path,
      label: place.label,
      cells: [...new Set([count.id, ...rows.map((cell) => cell.id), published.id])],
      holds,
      percent: percentOf(exact, published),
      share: { count: n, denominator: sum },
      failing: exact.figure.status !== "agrees",
      story: false,
    },
    figure: exact.figure,
    breakdown: place.breakdown,
  });
}
