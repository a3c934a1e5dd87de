import { createIssue, type PathSegment } from "../../../core/index.js";
import { directionOfWord } from "../../direction-words.js";
import type { PublishedGrowth } from "../../published-table.js";
import type { GrowthDirection } from "../../types.js";
import type { ModelCheck } from "../explain.js";
import type { Cell, FigureInput } from "../figures.js";
import { between, cmp, growthRange, type Interval, meets, q, type Rational, sub } from "../interval.js";
import { SCALE_WORDS } from "../printed.js";
import {
  type Context,
  decimalsOf,
  exactCount,
  isPoint,
  isZero,
  label,
  numberOf,
  percentCell,
  printedRanges,
  type RangeOf,
  rangeNegated,
  read,
} from "./context.js";
import {
  exactFigure,
  figureIssue,
  intervalCheck,
  percentOf,
  uncheckedFigure,
  withinOneUnit,
} from "./figure-check.js";

// A published change: `(current − previous) / previous × 100`, its direction word, and the absolute
// difference printed with it.

const WORD_THEN_NUMBER = /^\s*([^\d+\-\u2212<]+?)\s+([+\-\u2212]?\d[\d.,\s\u00a0]*\s*(?:%|persen)?\*?)\s*$/i;
const NUMBER_THEN_WORD = /^\s*([+\-\u2212]?\d[\d.,\s\u00a0]*\s*(?:%|persen)?\*?)\s+(\D+?)\s*$/i;
const BOUND_WORDS = /^(?:sekitar|hampir|lebih dari|kurang dari|melebihi|kurang lebih|di atas|di bawah)$/i;

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
  // "persen" and a scale word ("11,9 juta") belong to the figure: a scaled rate is then refused as such.
  const trailing = after === null ? "" : (after[2] as string).trim().toLowerCase();
  if (after !== null && trailing !== "persen" && !Object.hasOwn(SCALE_WORDS, trailing)) {
    return { figure: after[1] as string, word: after[2] };
  }
  // A bound word ("sekitar 70%") belongs to the figure: it is read as a bound.
  if (before !== null && !BOUND_WORDS.test((before[1] as string).trim())) {
    return { figure: before[2] as string, word: before[1] };
  }
  return { figure: published, word: undefined };
}

/**
 * The direction the item states: its `direction`, else the word in its text (each checked).
 * `unknown` when a word is printed but none is read: it then states no direction.
 */
function statedWord(
  item: PublishedGrowth,
  embedded: string | undefined,
  path: readonly PathSegment[],
  rowLabel: string,
  context: Context,
): { word: GrowthDirection | undefined; unknown: boolean } {
  const params = { params: { label: rowLabel } };
  let word: GrowthDirection | undefined;
  if (item.direction !== undefined) {
    word = directionOfWord(item.direction);
    if (word === undefined)
      context.issues.push(createIssue("STATISTICS_DIRECTION_UNKNOWN", [...path, "direction"], params));
  }
  if (embedded === undefined) return { word, unknown: item.direction !== undefined && word === undefined };
  const inText = directionOfWord(embedded);
  if (inText === undefined) {
    context.issues.push(createIssue("STATISTICS_DIRECTION_UNKNOWN", [...path, "published"], params));
  } else if (word !== undefined && word !== inText) {
    context.issues.push(createIssue("STATISTICS_DIRECTION_MISMATCH", [...path, "direction"], params));
  }
  const stated = word ?? inText;
  return { word: stated, unknown: stated === undefined };
}

/** Whether a difference is printed with a plus sign ("+2.761"): a signed difference, as "-2.761" is. */
function hasPlusSign(figure: PublishedGrowth["difference"]): boolean {
  const text = typeof figure === "string" ? figure : typeof figure === "object" ? figure.text : "";
  return /^\s*\+/.test(text);
}

/** The change `current − previous` as an interval, and its negation. */
function changeOf(c: Interval, p: Interval): { change: Interval; negated: Interval } {
  const change = between(
    c.lo === undefined || p.hi === undefined ? undefined : sub(c.lo, p.hi),
    c.hi === undefined || p.lo === undefined ? undefined : sub(c.hi, p.lo),
  );
  const negated = between(
    change.hi === undefined ? undefined : q(-change.hi.n, change.hi.d),
    change.lo === undefined ? undefined : q(-change.lo.n, change.lo.d),
  );
  return { change, negated };
}

interface Pair {
  readonly current: Cell;
  readonly previous: Cell;
}

/** The absolute difference, unsigned beside a word or signed ("-5.730"). */
function checkDifference(
  path: readonly PathSegment[],
  rowLabel: string,
  { current, previous }: Pair,
  difference: Cell,
  signed: boolean,
  context: Context,
): void {
  const holds = (range: RangeOf): boolean => {
    const { change, negated } = changeOf(range(current.id), range(previous.id));
    const d = range(difference.id);
    // Unsigned: the magnitude of the change; signed: the change itself.
    return signed ? meets(change, d) : meets(change, d) || meets(negated, d);
  };
  const fine = holds(printedRanges(context));
  const cells = [current.id, previous.id, difference.id];
  const exact = cells.every((id) => (context.cells[id] as Cell).exact || id === difference.id);
  const solve = (id: number) => {
    const c = current.value?.n ?? 0n;
    const p = previous.value?.n ?? 0n;
    const d = difference.value?.n ?? 0n;
    const sign = signed ? 1n : c >= p ? 1n : -1n;
    if (id === difference.id) return q(signed ? c - p : c >= p ? c - p : p - c);
    // The change keeps its printed direction when a count allows it. A count is never negative:
    // an unsigned difference is then read the other way, and a signed one pins no count.
    const kept = id === current.id ? p + sign * d : c - sign * d;
    if (kept >= 0n) return q(kept);
    return signed ? null : q(id === current.id ? p - sign * d : c + sign * d);
  };
  const differencePath = [...path, "difference"];
  context.built.push({
    model: {
      path: differencePath,
      label: rowLabel,
      cells,
      holds,
      ...(exact ? { solve } : {}),
      failing: !fine,
      story: false,
    },
  });
  if (!fine) {
    context.issues.push(
      createIssue("STATISTICS_DIFFERENCE_MISMATCH", differencePath, { params: { label: rowLabel } }),
    );
  }
}

/** The printed figure signed by its direction: the word wins over a printed sign ("naik -10" reads as +10). */
function signedByWord(published: Cell, stated: GrowthDirection | undefined): Cell {
  if (published.value === undefined) {
    // A bound ("lebih dari 10", "sekitar 12") prints no value, only a range of magnitudes: "turun"
    // puts it below zero, as it does a plain number.
    if (stated !== "turun" || published.negative) return published;
    return { ...published, negative: true, range: rangeNegated(published.range) };
  }
  const { n, d } = published.value;
  const magnitude = q(n < 0n ? -n : n, d);
  const negative = stated === "turun" && magnitude.n !== 0n;
  if (published.digits === undefined || negative === published.negative) {
    return published;
  }
  return {
    ...published,
    negative,
    value: negative ? q(-magnitude.n, magnitude.d) : magnitude,
    range: rangeNegated(published.range),
  };
}

/** The direction the figures show, when their ranges settle it. */
function actualDirection({ current, previous }: Pair, range: RangeOf): GrowthDirection | undefined {
  const cr = range(current.id);
  const pr = range(previous.id);
  if (isPoint(cr) && isPoint(pr)) {
    const d = cmp(cr.lo as Rational, pr.lo as Rational);
    return d > 0 ? "naik" : d < 0 ? "turun" : "tetap";
  }
  if (cr.lo !== undefined && pr.hi !== undefined && cmp(cr.lo, pr.hi) > 0) return "naik";
  if (cr.hi !== undefined && pr.lo !== undefined && cmp(cr.hi, pr.lo) < 0) return "turun";
  return undefined;
}

/** The growth percentage: its direction and its value, exactly or as an interval. */
function checkPercentage(
  path: readonly PathSegment[],
  rowLabel: string,
  pair: Pair,
  published: Cell,
  { word, unknown }: { word: GrowthDirection | undefined; unknown: boolean },
  context: Context,
): void {
  const { current, previous } = pair;
  // An unsigned figure beside a word not read states no direction: it is judged on its magnitude,
  // signed as the counts go (a word not read is not a rise).
  const magnitudeOnly = unknown && !published.negative;
  const stated: GrowthDirection | undefined =
    word ?? (published.negative ? "turun" : published.value?.n === 0n || magnitudeOnly ? undefined : "naik");
  const signedCell = signedByWord(
    published,
    magnitudeOnly ? actualDirection(pair, printedRanges(context)) : stated,
  );
  context.cells[published.id] = signedCell;
  const wordContradictsSign = word !== undefined && published.negative && word !== "turun";
  const directionHolds = (range: RangeOf): boolean => {
    if (wordContradictsSign) return false;
    const actual = actualDirection(pair, range);
    return stated === undefined || actual === undefined || stated === actual;
  };
  const wrongDirection = !directionHolds(printedRanges(context));
  if (wrongDirection) {
    context.issues.push(
      createIssue("STATISTICS_DIRECTION_MISMATCH", [...path, "published"], { params: { label: rowLabel } }),
    );
  }
  const place = { path: [...path, "published"], label: rowLabel };
  const holds = (range: RangeOf): boolean => {
    if (!directionHolds(range)) return false;
    const g = growthRange(range(current.id), range(previous.id));
    if (g === undefined) return !isZero(range(previous.id));
    const r = range(published.id);
    return meets(g, r) || (magnitudeOnly && meets(g, rangeNegated(r)));
  };
  // A previous count of 0, printed as 0 or as a bound only 0 meets ("<1"): the change is undefined.
  if (isZero(previous.range)) {
    const counts = { numerator: numberOf(current), denominator: 0 };
    uncheckedFigure("growth", place, signedCell, counts, "STATISTICS_DENOMINATOR_ZERO", context);
    return;
  }
  const model = { ...place, cells: [current.id, previous.id, published.id], holds, story: wrongDirection };
  pushGrowth(pair, published, signedCell, model, context);
}

/** The growth figure's output row: exact when both counts are whole and printed exactly, else an interval. */
function pushGrowth(
  { current, previous }: Pair,
  published: Cell,
  signedCell: Cell,
  model: Omit<ModelCheck, "failing">,
  context: Context,
): void {
  const place = { path: model.path, label: model.label };
  const c = exactCount(current);
  const p = exactCount(previous);
  if (c !== undefined && p !== undefined && published.digits !== undefined) {
    const exact = exactFigure("growth", place, { numerator: c - p, denominator: p }, signedCell, {
      numerator: Number(c),
      denominator: Number(p),
    });
    figureIssue(exact.figure, context);
    if (model.story) exact.figure.status = "disagrees";
    const failing = exact.figure.status !== "agrees";
    context.built.push({
      model: { ...model, percent: percentOf(exact, signedCell), failing },
      figure: exact.figure,
    });
    return;
  }
  const fine = model.holds(printedRanges(context));
  // As exactly: one unit off is a warning; a wrong direction is not one unit off.
  const tolerance = fine || model.story ? undefined : withinOneUnit(context, signedCell);
  const nearly = tolerance !== undefined && model.holds(tolerance);
  const counts = { numerator: numberOf(current), denominator: numberOf(previous) };
  const printed = { value: signedCell.value, decimals: published.scale };
  const figure = intervalCheck("growth", place, counts, printed, fine, nearly);
  // A wrong direction is already reported.
  if (!model.story) figureIssue(figure, context);
  context.built.push({ model: { ...model, failing: !fine }, figure });
}

/** Checks one published change: its difference, its direction and its percentage. */
export function checkGrowth(item: PublishedGrowth, index: number, context: Context): void {
  const path = ["growth", index];
  const rowLabel = label(item.label);
  const current = read(item.current, [...path, "current"], rowLabel, "count", context);
  const previous = read(item.previous, [...path, "previous"], rowLabel, "count", context);
  const { figure: printedFigure, word: embedded } = splitWord(item.published);
  const published = percentCell(printedFigure, [...path, "published"], rowLabel, context, decimalsOf(item));
  const stated = statedWord(item, embedded, path, rowLabel, context);
  const difference = read(item.difference, [...path, "difference"], rowLabel, "difference", context);
  if (current === undefined || previous === undefined) return;
  const pair = { current, previous };
  if (difference !== undefined) {
    const signed = difference.negative || hasPlusSign(item.difference);
    checkDifference(path, rowLabel, pair, difference, signed, context);
  }
  // Releases often print only the word and the difference (STATISTICS.md §4): the word is checked alone.
  if (item.published === undefined && stated.word !== undefined) {
    checkDirection([...path, "direction"], rowLabel, pair, stated.word, context);
  }
  if (published === undefined) return;
  checkPercentage(path, rowLabel, pair, published, stated, context);
}

/** A change printed without a percentage: its direction word against the counts. */
function checkDirection(
  path: readonly PathSegment[],
  rowLabel: string,
  pair: Pair,
  word: GrowthDirection,
  context: Context,
): void {
  const holds = (range: RangeOf): boolean => {
    const actual = actualDirection(pair, range);
    return actual === undefined || actual === word;
  };
  const fine = holds(printedRanges(context));
  const cells = [pair.current.id, pair.previous.id];
  context.built.push({ model: { path, label: rowLabel, cells, holds, failing: !fine, story: !fine } });
  if (!fine) {
    context.issues.push(createIssue("STATISTICS_DIRECTION_MISMATCH", path, { params: { label: rowLabel } }));
  }
}
