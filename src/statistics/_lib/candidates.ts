// The changes a printed figure could have been meant to show (its candidates), and what kind of slip
// each would be: a typo of its digits, a separator read the other way, or none the explainer can name.
import type { Explanation, ExplanationKind } from "./explain.js";
import { type Cell, rangeWithDigits } from "./figures.js";
import { type Interval, type Rational, rationalOf } from "./interval.js";
import { intendedVariants, typoBetween } from "./typos.js";

/** A candidate change to one cell. @internal */
export interface Candidate {
  readonly cell: Cell;
  readonly range: Interval;
  readonly value: Rational | undefined;
  readonly kind: ExplanationKind;
  readonly detail?: Explanation["detail"];
  readonly base?: number;
}

/** `|value|` in units of the cell's last printed digit (its scale and scale word), as a fraction. */
function inPrintedUnits(cell: Cell, value: Rational): { n: bigint; d: bigint } {
  const k = cell.scale - cell.exponent;
  const n = (value.n < 0n ? -value.n : value.n) * 10n ** BigInt(Math.max(k, 0));
  return { n, d: value.d * 10n ** BigInt(Math.max(-k, 0)) };
}

/**
 * Digits of `value` at a cell's printed scale and scale word, when it has such digits.
 * @internal
 */
export function digitsAt(cell: Cell, value: Rational): bigint | undefined {
  const { n, d } = inPrintedUnits(cell, value);
  return n % d === 0n ? n / d : undefined;
}

/** The digits `value` prints as at a cell's scale and scale word: half-up, then truncated. */
function roundedDigitsAt(cell: Cell, value: Rational): bigint[] {
  const { n, d } = inPrintedUnits(cell, value);
  return [(2n * n + d) / (2n * d), n / d];
}

/**
 * The kind of a proposed value for a cell: a typo of the printed digits, a separator slip, or none.
 * @internal
 */
export function classify(cell: Cell, value: Rational): Pick<Candidate, "kind" | "detail"> {
  if (cell.digits !== undefined) {
    // A value finer than the printed digits (a difference printed "2,9 ribu" for 2.761): the digits
    // it prints as, half-up or truncated.
    const exact = digitsAt(cell, value);
    for (const digits of exact === undefined ? roundedDigitsAt(cell, value) : [exact]) {
      const typo = typoBetween(cell.digits, digits.toString());
      if (typo !== undefined) return { kind: "typo", detail: typo };
    }
    if (cell.value !== undefined && cell.value.n !== 0n && value.n !== 0n) {
      // value / printed a power of ten (10^±1 … 10^±6): a separator read the other way.
      const ratio = { n: value.n * cell.value.d, d: value.d * cell.value.n };
      for (let k = 1; k <= 6; k++) {
        const p = 10n ** BigInt(k);
        if ((ratio.n === p * ratio.d || ratio.d === p * ratio.n) && ratio.n > 0n === ratio.d > 0n) {
          return { kind: "separator", detail: "power-of-ten" };
        }
      }
    }
  }
  return { kind: "none" };
}

/**
 * Everything a cell could have been meant to print: its one-keystroke variants and power-of-ten slips.
 * @internal
 */
export function* variants(cell: Cell): Generator<Candidate> {
  if (cell.digits === undefined || cell.value === undefined) return;
  for (const [text, typo] of intendedVariants(cell.digits)) {
    if (text.length > 16) continue;
    const digits = BigInt(text);
    yield {
      cell,
      range: rangeWithDigits(cell, digits),
      value: rationalOf(digits, cell.scale, cell.negative, cell.exponent),
      kind: "typo",
      detail: typo,
    };
  }
  const digits = BigInt(cell.digits);
  for (let k = 1; k <= 6; k++) {
    const p = 10n ** BigInt(k);
    yield {
      cell,
      range: rangeWithDigits(cell, digits * p),
      value: rationalOf(digits * p, cell.scale, cell.negative, cell.exponent),
      kind: "separator",
      detail: "power-of-ten",
    };
    if (cell.scale + k <= 12) {
      yield {
        cell,
        range: rangeWithDigits(cell, digits, cell.scale + k),
        value: rationalOf(digits, cell.scale + k, cell.negative, cell.exponent),
        kind: "separator",
        detail: "power-of-ten",
      };
    }
  }
}
