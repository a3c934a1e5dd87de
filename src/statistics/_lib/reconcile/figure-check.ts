import { createIssue } from "../../../core/index.js";
import type { FigureCheck, RoundingConvention } from "../../reconcile.js";
import { exactQuotientText, roundedUnits, unitsToNumber } from "../decimal.js";
import type { ModelCheck } from "../explain.js";
import type { Cell } from "../figures.js";
import { add, between, mul, pow10, q, type Rational, rationalOf, sub, toNumber } from "../interval.js";
import {
  type Context,
  type MutableFigure,
  NO_EXPLANATIONS,
  numberOf,
  type Place,
  printedRanges,
  type RangeOf,
} from "./context.js";

// The output row of one published percentage (share, growth, achievement), judged exactly, as an
// interval, or not at all; and the issue it raises.

/** The counts a figure is computed from, as the output row shows them. */
export interface Counts {
  readonly numerator: number;
  readonly denominator: number | undefined;
}

/**
 * The printed ranges with a printed percentage's widened to the ±1 unit of its last digit that
 * STATISTICS.md §4 allows around the half-up value, which the exact comparison reports as
 * `off-by-one`: a true value whose half-up rounding is one unit either side of the printed figure.
 * The printed range already holds the truncations (up to one unit above the figure, in magnitude),
 * so it grows by one unit below and half a unit above. `undefined` for a bound ("lebih dari 30%"),
 * which has no last printed digit.
 */
export function withinOneUnit(context: Context, published: Cell): RangeOf | undefined {
  if (published.value === undefined) return undefined;
  const unit = pow10(published.exponent - published.scale);
  const half = mul(unit, q(1n, 2n));
  // In magnitude: one unit more below, half a unit more above; a negative figure's range is mirrored.
  const below = published.negative ? half : unit;
  const above = published.negative ? unit : half;
  const printed = printedRanges(context);
  return (id) => {
    const range = printed(id);
    if (id !== published.id) return range;
    const lo = range.lo === undefined ? undefined : sub(range.lo, below);
    const hi = range.hi === undefined ? undefined : add(range.hi, above);
    return between(lo, hi, range.loOpen, range.hiOpen);
  };
}

/**
 * A figure judged only as an interval (rounded or bounded inputs): no exact value or convention.
 * `nearly`: it fails, but holds within one unit of its last printed digit (`off-by-one`).
 */
export function intervalCheck(
  kind: FigureCheck["kind"],
  place: Place,
  counts: Counts,
  published: { readonly value: Rational | undefined; readonly decimals: number },
  fine: boolean,
  nearly = false,
): MutableFigure {
  return {
    kind,
    path: place.path,
    label: place.label,
    numerator: counts.numerator,
    denominator: counts.denominator,
    published: published.value === undefined ? Number.NaN : toNumber(published.value),
    decimals: published.decimals,
    exact: undefined,
    halfUp: undefined,
    truncate: undefined,
    convention: "neither",
    unitsOff: undefined,
    status: fine ? "agrees" : nearly ? "off-by-one" : "disagrees",
    basis: "interval",
    explanations: NO_EXPLANATIONS,
  };
}

function conventionOf(p: bigint, halfUp: bigint, truncated: bigint): RoundingConvention {
  if (p === halfUp && p === truncated) return "both";
  if (p === halfUp) return "half-up";
  return p === truncated ? "truncate" : "neither";
}

/** An exact figure: the row, and the printed values half-up and truncation would give. */
export interface ExactFigure {
  readonly figure: MutableFigure;
  readonly halfUp: Rational;
  readonly truncate: Rational;
}

/**
 * The exact comparison of a published percentage with `numerator / denominator × 100` (whole
 * counts), as STATISTICS.md §4 describes it: half-up, truncation, or off by how many units.
 */
export function exactFigure(
  kind: FigureCheck["kind"],
  place: Place,
  quotient: { readonly numerator: bigint; readonly denominator: bigint },
  published: Cell,
  counts: { readonly numerator: number; readonly denominator: number },
): ExactFigure {
  const { numerator, denominator } = quotient;
  const decimals = published.scale;
  const p = BigInt(published.digits ?? "0");
  const halfUp = roundedUnits(numerator, denominator, 100n, decimals, "half-up");
  const truncated = roundedUnits(numerator, denominator, 100n, decimals, "truncate");
  const convention = conventionOf(p, halfUp, truncated);
  // STATISTICS.md §4: ±1 unit of the last printed digit around the half-up value is allowed. A
  // truncated figure is one of those (one unit lower) and agrees; one unit below it is two off.
  const unitsOff = convention === "neither" ? Number(halfUp > p ? halfUp - p : p - halfUp) : 0;
  const negative = numerator < 0n;
  return {
    figure: {
      kind,
      path: place.path,
      label: place.label,
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

/** The `percent` of a model check: the printed cell and what each rounding would print. */
export function percentOf(exact: ExactFigure, published: Cell): NonNullable<ModelCheck["percent"]> {
  return {
    cell: published.id,
    halfUp: exact.halfUp,
    truncate: exact.truncate,
    offByOne: exact.figure.status === "off-by-one",
  };
}

/** A figure that cannot be checked (no denominator, or 0): a warning, and a check that always holds. */
export function uncheckedFigure(
  kind: FigureCheck["kind"],
  place: Place,
  published: Cell,
  counts: Counts,
  reason: "STATISTICS_DENOMINATOR_MISSING" | "STATISTICS_DENOMINATOR_ZERO",
  context: Context,
): void {
  const { path, label } = place;
  context.issues.push(createIssue(reason, path, { severity: "warning", params: { label } }));
  const figure: MutableFigure = {
    kind,
    path,
    label,
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
    model: { path, label, cells: [], holds: () => true, failing: false, story: false },
    figure,
  });
}

/** The issue of a figure that fails, at the time it is checked (so issues follow the table's order). */
export function figureIssue(figure: MutableFigure, context: Context): void {
  const params = { label: figure.label, decimals: figure.decimals };
  if (figure.status === "off-by-one") {
    context.issues.push(
      createIssue("STATISTICS_FIGURE_OFF_BY_ONE", figure.path, { severity: "warning", params }),
    );
  } else if (figure.status === "disagrees") {
    context.issues.push(createIssue("STATISTICS_FIGURE_MISMATCH", figure.path, { params }));
  }
}
