import { numberText } from "../_lib/number-text.js";
import { ownField } from "../_lib/read-once.js";
import type { Locale } from "../core/index.js";
import { decimalOfNumber, roundedUnits } from "./_lib/decimal.js";
import type { Growth } from "./growth.js";
import type { Ratio } from "./ratio.js";
import type { Percentage } from "./types.js";

/**
 * What the formatters accept: a plain number, or a figure the statistics functions return (a
 * {@link Percentage} from `share`, `achievement` and the other rates, a {@link Growth}, a
 * {@link Ratio}), whose `value` is written with the figure's own `decimals` unless the options say
 * otherwise. `undefined` (a value with a zero denominator) is written `"–"`.
 *
 * @example
 * ```ts
 * const s = share(42_152, 122_870);
 * if (s.ok) formatPercent(s.value); //=> "34,31%"
 * formatPercent(34.31); //=> "34,31%"
 * ```
 */
export type Formattable = number | undefined | Percentage | Growth | Ratio;

const hasOwn = Object.prototype.hasOwnProperty;

interface Read {
  readonly value: number | undefined;
  readonly decimals: number | undefined;
  readonly exact: string | undefined;
  readonly truncate: boolean;
}

/** The number, decimals and exact value of a {@link Formattable}, read once; `undefined` for anything else. */
function numberOf(input: unknown): Read {
  const none = { exact: undefined, truncate: false };
  if (typeof input === "number") return { value: input, decimals: undefined, ...none };
  if (typeof input !== "object" || input === null) return { value: undefined, decimals: undefined, ...none };
  const field = (key: string): unknown =>
    hasOwn.call(input, key) ? (input as Record<string, unknown>)[key] : undefined;
  const value = field("value");
  const decimals = field("decimals");
  const exact = field("exact");
  return {
    value: typeof value === "number" ? value : undefined,
    decimals: typeof decimals === "number" ? decimals : undefined,
    exact: typeof exact === "string" ? exact : undefined,
    truncate: field("rounding") === "truncate",
  };
}

/** A figure's exact text: "34.2456", or cut after 6 decimals with "…" ("-11.902401…"). */
const EXACT_TEXT = /^(-?)(\d+)(?:\.(\d+))?(…)?$/;

/** `digits × 10^-scale` rounded to `decimals`, written with exactly that many decimals. */
function roundedText(
  digits: bigint,
  scale: number,
  decimals: number,
  rounding: "half-up" | "truncate",
): string {
  const units = roundedUnits(digits, 10n ** BigInt(scale), 1n, decimals, rounding);
  const text = units.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/**
 * A figure's exact value at other decimals than the figure's own, rounded as the figure was, and
 * its sign: rounding the rounded `value` again would round twice (34.2456 → 34.25 → 34.3), and
 * padding it would print digits it does not have (66.666… at 0 decimals is 67, at 2 "66,67", never
 * "67,00"). `undefined` at the figure's own decimals, and when the exact text cannot settle it (cut
 * at 6 decimals, asked for 6 or more).
 */
function fromExact(read: Read, decimals: number): { text: string; negative: boolean } | undefined {
  if (read.exact === undefined || read.decimals === undefined || decimals === read.decimals) return undefined;
  const match = EXACT_TEXT.exec(read.exact);
  if (match === null) return undefined;
  // Cut at 6 decimals, the text decides a rounding to at most 5: no such boundary lies inside the cut.
  if (match[4] !== undefined && decimals > 5) return undefined;
  const fraction = match[3] ?? "";
  const digits = BigInt(`${match[2]}${fraction}`);
  const rounding = read.truncate ? "truncate" : "half-up";
  return { text: roundedText(digits, fraction.length, decimals, rounding), negative: match[1] === "-" };
}

/**
 * A plain number's magnitude at `decimals`, rounded half-up as the statistics functions round, from
 * the decimal it prints as (34.305 is "34.31": `toFixed` reads the binary double just below it and
 * writes "34.30"; 5e-7 is "0.000001").
 */
function plainText(magnitude: number, decimals: number): string {
  const { digits, scale } = decimalOfNumber(magnitude);
  return roundedText(digits, scale, decimals, "half-up");
}

/**
 * How {@link formatNumber} and {@link formatPercent} write a number: the locale (`id`: decimal
 * comma and thousands dot, "122.870" and "34,31"; `en`: "122,870" and "34.31") and an optional fixed
 * number of decimals.
 *
 * @example
 * ```ts
 * const options: NumberFormatOptions = { locale: "en", decimals: 2 };
 * ```
 */
export interface NumberFormatOptions {
  readonly locale?: Locale;
  readonly decimals?: number;
}

/**
 * Writes a number the way Indonesian publications print it ("122.870", "34,31") or in English
 * ("122,870", "34.31"). With `decimals`, a plain number is padded, or rounded half-up from its
 * shortest decimal text as the statistics functions round (34.305 is "34,31", where `toFixed` gives
 * "34.30"). A figure asked for other decimals than its own is written from its `exact` value, rounded
 * as the figure was: 34.2456 % at 1 decimal is "34,2", never "34,3" from 34.25, and 66.666… % kept at
 * 0 decimals (67) is "66,67" at 2, never "67,00". That holds up to 5 decimals: the exact text is cut
 * after 6, so at 6 or more the figure's `value` is written as a plain number. Without `decimals`,
 * the number's shortest representation is kept. `NaN` and infinities are written `"–"`.
 *
 * @example
 * ```ts
 * formatNumber(122_870); //=> "122.870"
 * formatNumber(34.31); //=> "34,31"
 * formatNumber(122_870, { locale: "en" }); //=> "122,870"
 * formatNumber(11.9, { decimals: 2 }); //=> "11,90"
 * formatNumber(34.305, { decimals: 2 }); //=> "34,31"
 * formatNumber(-2_761); //=> "-2.761"
 * const s = share(342_456, 1_000_000); // value 34.25, exact "34.2456"
 * if (s.ok) formatNumber(s.value, { decimals: 1 }); //=> "34,2"
 * ```
 */
export function formatNumber(input: Formattable, options: NumberFormatOptions = {}): string {
  const read = numberOf(input);
  const value = read.value;
  if (value === undefined || !Number.isFinite(value)) return "–";
  // Own fields only: an option not given keeps its default even on a polluted Object.prototype.
  const english = ownField(options, "locale") === "en";
  const decimals = ownField(options, "decimals") ?? read.decimals;
  const magnitude = Math.abs(value);
  const fixed = typeof decimals === "number" && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20;
  if (!fixed) return numberText(value, english);
  const exact = fromExact(read, decimals);
  if (exact === undefined) return numberText(value, english, plainText(magnitude, decimals));
  // The sign is the exact value's: a growth of -0,3 % rounded to 0 decimals has the value 0.
  return numberText(exact.negative ? -1 : 1, english, exact.text);
}

/**
 * Writes a percentage as printed: "34,31%" (`id`) or "34.31%" (`en`). Takes a number or the figure
 * that `share`, `growth` and the other rates return (then with that figure's decimals: "11,90%");
 * `undefined` (a value with a zero denominator) is written `"–"`. A growth is written signed; use
 * {@link formatGrowth} for the direction word.
 *
 * @example
 * ```ts
 * formatPercent(34.31); //=> "34,31%"
 * formatPercent(11.9, { locale: "en", decimals: 2 }); //=> "11.90%"
 * formatPercent(undefined); //=> "–"
 * const s = share(42_152, 122_870);
 * if (s.ok) formatPercent(s.value); //=> "34,31%"
 * const g = growth(20_436, 23_197, { decimals: 2 });
 * if (g.ok) formatPercent(g.value, { locale: "en" }); //=> "-11.90%"
 * ```
 */
export function formatPercent(value: Formattable, options: NumberFormatOptions = {}): string {
  const text = formatNumber(value, options);
  return text === "–" ? text : `${text}%`;
}
