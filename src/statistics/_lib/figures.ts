import { createIssue, type Issue, type Locale, type PathSegment } from "../../core/index.js";
import { decimalOfNumber } from "./decimal.js";
import {
  add,
  between,
  type Interval,
  mul,
  point,
  pow10,
  q,
  type Rational,
  rationalOf,
  sub,
  ZERO,
} from "./interval.js";
import { readPrinted } from "./printed.js";

/**
 * One printed figure of a table, as the reconciliation sees it: where it is, what row it belongs to,
 * the range its true value lies in, and (when it was printed as a plain number) its digits, so that a
 * typo or a separator slip can be recognised.
 * @internal
 */
export interface Cell {
  readonly id: number;
  readonly path: readonly PathSegment[];
  readonly label: string;
  readonly role: "count" | "total" | "percent" | "difference";
  /** Where the true value lies (for a percentage: the values that print as it, by either rounding). */
  readonly range: Interval;
  /** The printed value, when it was printed as a plain number (no bound, not suppressed). */
  readonly value: Rational | undefined;
  /** The printed digits without separators (for typo analysis). */
  readonly digits: string | undefined;
  readonly scale: number;
  readonly exponent: number;
  readonly negative: boolean;
  /** A whole count printed exactly (no decimals, no scale word, no bound). */
  readonly exact: boolean;
  /** How much a change of this figure costs in localisation: printed totals are trusted more. */
  readonly weight: number;
  /** The breakdown and row it belongs to, for ranks and labels. */
  readonly breakdown: number | undefined;
  readonly row: number | undefined;
  /** Text that reads only in the other locale (a separator slip): the locale it was read in. */
  readonly otherLocale: boolean;
}

const SUPPRESSED = /^\s*(?:\*+|-|\u2013|\u2014|\.\.\.?|\u2026|n\/a)\s*$/i;
const BELOW = /^\s*(?:<|\u2264|<=)\s*(\d+)\s*$/;

/** The interval of values that print as `digits × 10^(exponent − scale)` by half-up or by truncation. @internal */
export function roundedRange(value: Rational, scale: number, exponent: number, negative: boolean): Interval {
  const unit = pow10(exponent - scale);
  const half = mul(unit, q(1n, 2n));
  const magnitude = negative ? q(-value.n, value.d) : value;
  const lo = sub(magnitude, half);
  const hi = add(magnitude, unit);
  const floor = lo.n < 0n ? ZERO : lo;
  return negative
    ? between(q(-hi.n, hi.d), q(-floor.n, floor.d), true, false)
    : between(floor, hi, false, true);
}

/** The interval a bound word gives ("sekitar 70": 65–75; "lebih dari 30": above 30). @internal */
function boundRange(
  value: Rational,
  digits: string,
  scale: number,
  exponent: number,
  bound: string,
): Interval {
  // The unit of the last significant digit printed: "sekitar 70" is about tens, "sekitar 1,5 juta" about 0,1 juta.
  let trailing = 0;
  if (scale === 0)
    while (trailing < digits.length - 1 && digits[digits.length - 1 - trailing] === "0") trailing++;
  const unit = pow10(exponent - scale + trailing);
  const half = mul(unit, q(1n, 2n));
  switch (bound) {
    case "about":
      return between(sub(value, half), add(value, half));
    case "almost":
      return between(sub(value, half), value, false, true);
    case "more-than":
      return between(value, undefined, true, false);
    default:
      return between(ZERO, value, false, true);
  }
}

/**
 * What {@link readCell} needs to know: the table's locale and declared decimals, where issues go,
 * and the cells read so far.
 * @internal
 */
export interface ReadContext {
  readonly locale: Locale;
  readonly decimals: number | undefined;
  readonly issues: Issue[];
  readonly cells: Cell[];
}

/** A published figure as the input may give it. @internal */
export type FigureInput = number | string | { readonly text: string; readonly locale: Locale };

interface Place {
  readonly path: readonly PathSegment[];
  readonly label: string;
  readonly role: Cell["role"];
  readonly breakdown?: number;
  readonly row?: number;
  /** `decimals` given beside the figure. */
  readonly decimals?: number;
}

/** What a figure's text or number says, before it takes its place in the table. */
type CellBody = Omit<Cell, "id" | "path" | "label" | "role" | "weight" | "breakdown" | "row">;

/**
 * Reads one printed figure into a {@link Cell}, or reports why it cannot be read. Counts may be
 * amounts (decimals, a scale word: an interval), bounds ("lebih dari"), or suppressed ("<5", "*",
 * "-"); percentages are intervals of the values that print as them.
 * @internal
 */
export function readCell(figure: FigureInput, place: Place, context: ReadContext): Cell | undefined {
  const body =
    typeof figure === "number" ? numberBody(figure, place, context) : textBody(figure, place, context);
  if (body === undefined) return undefined;
  const cell: Cell = {
    id: context.cells.length,
    path: place.path,
    label: place.label,
    role: place.role,
    weight: place.role === "total" ? 2 : 1,
    breakdown: place.breakdown,
    row: place.row,
    ...body,
  };
  context.cells.push(cell);
  return cell;
}

/** Only a percentage or a difference may be negative: a count printed negative is refused. */
function refusesSign(negative: boolean, place: Place, context: ReadContext): boolean {
  if (!negative || place.role === "percent" || place.role === "difference") return false;
  context.issues.push(createIssue("STATISTICS_COUNT_NEGATIVE", place.path));
  return true;
}

/** A JavaScript number: its digits as it prints, padded to the declared decimals. */
function numberBody(figure: number, place: Place, context: ReadContext): CellBody | undefined {
  const percent = place.role === "percent";
  const decimal = decimalOfNumber(figure);
  const printed = place.decimals ?? (percent ? context.decimals : undefined);
  const scale = printed !== undefined && printed >= decimal.scale ? printed : decimal.scale;
  const digits = decimal.digits * 10n ** BigInt(scale - decimal.scale);
  if (refusesSign(decimal.negative, place, context)) return undefined;
  const value = rationalOf(digits, scale, decimal.negative);
  const exact = !percent && scale === 0;
  return {
    range: exact ? point(value) : roundedRange(value, scale, 0, decimal.negative),
    value,
    digits: digits.toString(),
    scale,
    exponent: 0,
    negative: decimal.negative,
    exact,
    otherLocale: false,
  };
}

/** A suppressed count ("*", "-", "<5"): known only to lie in a range. */
function suppressedBody(text: string): CellBody | undefined {
  const hidden = {
    value: undefined,
    digits: undefined,
    scale: 0,
    exponent: 0,
    negative: false,
    exact: false,
  };
  if (SUPPRESSED.test(text)) return { range: between(ZERO, undefined), ...hidden, otherLocale: false };
  const below = BELOW.exec(text);
  if (below === null) return undefined;
  const limit = BigInt(below[1] as string);
  const inclusive = !text.includes("<") || text.includes("<=");
  const top = q(inclusive ? limit : limit - 1n > 0n ? limit - 1n : 0n);
  return { range: between(ZERO, top), ...hidden, otherLocale: false };
}

/** Printed text, read in its locale: a plain number, an amount with a scale word, or a bound. */
function textBody(
  figure: string | { readonly text: string; readonly locale: Locale },
  place: Place,
  context: ReadContext,
): CellBody | undefined {
  const text = typeof figure === "string" ? figure : figure.text;
  const locale = typeof figure === "string" ? context.locale : figure.locale;
  const percent = place.role === "percent";
  const hidden = percent ? undefined : suppressedBody(text);
  if (hidden !== undefined) return hidden;
  // "65.73%" in a decimal-comma table is refused, not guessed: give it its own locale.
  const printed = readPrinted(text, locale);
  if (printed === undefined) {
    context.issues.push(createIssue("STATISTICS_NUMBER_UNPARSEABLE", place.path, { params: { locale } }));
    return undefined;
  }
  const { decimal, exponent, bound } = printed;
  if (refusesSign(decimal.negative, place, context)) return undefined;
  if (printed.ambiguous) {
    context.issues.push(
      createIssue("STATISTICS_NUMBER_AMBIGUOUS", place.path, {
        severity: "warning",
        params: { locale, other: locale === "id" ? "en" : "id" },
      }),
    );
  }
  const scale = decimal.scale;
  const value = rationalOf(decimal.digits, scale, decimal.negative, exponent);
  const digits = decimal.digits.toString();
  const sign = { scale, exponent, negative: decimal.negative, otherLocale: false };
  if (bound !== undefined) {
    const range = boundRange(value, digits, scale, exponent, bound);
    return { range, value: undefined, digits: undefined, exact: false, ...sign };
  }
  const exact = !percent && scale === 0 && exponent === 0;
  const range = exact ? point(value) : roundedRange(value, scale, exponent, decimal.negative);
  return { range, value, digits, exact, ...sign };
}

/** The range of a cell if its printed digits had been `digits` (same scale, sign and scale word). @internal */
export function rangeWithDigits(cell: Cell, digits: bigint, scale = cell.scale): Interval {
  const value = rationalOf(digits, scale, cell.negative, cell.exponent);
  return cell.exact && scale === 0 ? point(value) : roundedRange(value, scale, cell.exponent, cell.negative);
}
