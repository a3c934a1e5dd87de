import type { Rounding } from "../types.js";

/**
 * An exact decimal: `digits × 10^-scale`, with the sign kept apart so that rounding can work on the
 * magnitude (publications print unsigned numbers beside a direction word).
 * @internal
 */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly scale: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The exact decimal a finite JavaScript number prints as (its shortest round-trip representation),
 * so `0.1` is one tenth and `34.305` is 34305 thousandths, not the binary neighbour of either.
 * @internal
 */
export function decimalOfNumber(value: number): Decimal {
  const match = NUMBER_TEXT.exec(String(value));
  /* v8 ignore next 3 -- String() of a finite number always matches */
  if (match === null) {
    return { negative: false, digits: 0n, scale: 0 };
  }
  const fraction = match[3] ?? "";
  let digits = BigInt(`${match[2]}${fraction}`);
  let scale = fraction.length - Number(match[4] ?? "0");
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { negative: match[1] === "-" && digits !== 0n, digits, scale };
}

/** Brings `digits × 10^-from` to `10^-to` (`to ≥ from`). @internal */
export function rescale(digits: bigint, from: number, to: number): bigint {
  return to === from ? digits : digits * 10n ** BigInt(to - from);
}

/**
 * `|numerator × multiplier / denominator|` in units of `10^-decimals`, rounded half-up (a discarded
 * part of at least one half goes away from zero) or truncated (toward zero). Integer arithmetic only,
 * so no binary artefact can move a figure across a rounding boundary. `denominator` must not be 0.
 * @internal
 */
export function roundedUnits(
  numerator: bigint,
  denominator: bigint,
  multiplier: bigint,
  decimals: number,
  rounding: Rounding,
): bigint {
  const n = (numerator < 0n ? -numerator : numerator) * multiplier * 10n ** BigInt(decimals);
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  if (rounding === "truncate") return quotient;
  const remainder = n - quotient * d;
  return 2n * remainder >= d ? quotient + 1n : quotient;
}

/**
 * A number of units of `10^-decimals` as the nearest JavaScript number. Dividing two exact integers
 * is correctly rounded, so `3431 / 100` is the same number as the literal `34.31`.
 * @internal
 */
export function unitsToNumber(units: bigint, decimals: number, negative: boolean): number {
  if (units === 0n) return 0;
  const magnitude = Number(units) / 10 ** decimals;
  return negative ? -magnitude : magnitude;
}

/**
 * The exact quotient as a plain decimal string with enough digits for display of the unrounded value
 * (truncated at `digits` decimals, with a trailing `…` when digits were cut).
 * @internal
 */
export function exactQuotientText(
  numerator: bigint,
  denominator: bigint,
  multiplier: bigint,
  digits = 6,
): string {
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const units = roundedUnits(numerator, denominator, multiplier, digits, "truncate");
  const n = (numerator < 0n ? -numerator : numerator) * multiplier * 10n ** BigInt(digits);
  const d = denominator < 0n ? -denominator : denominator;
  const cut = n % d !== 0n;
  const text = units.toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}${cut ? "…" : ""}`;
}
