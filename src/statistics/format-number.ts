import type { Locale } from "../core/index.js";

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

function group(digits: string, separator: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * Writes a number the way Indonesian publications print it ("122.870", "34,31") or in English
 * ("122,870", "34.31"). With `decimals`, the number is padded (or, if it has more, rounded by
 * JavaScript's `toFixed`: pass values already rounded exactly, such as a share's `value`). Without
 * it, the number's shortest representation is kept. `NaN` and infinities are written `"–"`.
 *
 * @example
 * ```ts
 * formatNumber(122_870); //=> "122.870"
 * formatNumber(34.31); //=> "34,31"
 * formatNumber(122_870, { locale: "en" }); //=> "122,870"
 * formatNumber(11.9, { decimals: 2 }); //=> "11,90"
 * formatNumber(-2_761); //=> "-2.761"
 * ```
 */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "–";
  const english = options.locale === "en";
  const decimals = options.decimals;
  const magnitude = Math.abs(value);
  let text =
    typeof decimals === "number" && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20
      ? magnitude.toFixed(decimals)
      : String(magnitude);
  if (text.includes("e"))
    text = magnitude.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  const [whole = "0", fraction] = text.split(".");
  const sign = value < 0 && Number(text) !== 0 ? "-" : "";
  const grouped = group(whole, english ? "," : ".");
  return `${sign}${grouped}${fraction === undefined ? "" : `${english ? "." : ","}${fraction}`}`;
}

/**
 * Writes a percentage as printed: "34,31%" (`id`) or "34.31%" (`en`); `undefined` (a value with a
 * zero denominator) is written `"–"`.
 *
 * @example
 * ```ts
 * formatPercent(34.31); //=> "34,31%"
 * formatPercent(11.9, { locale: "en", decimals: 2 }); //=> "11.90%"
 * formatPercent(undefined); //=> "–"
 * ```
 */
export function formatPercent(value: number | undefined, options: NumberFormatOptions = {}): string {
  return value === undefined || !Number.isFinite(value) ? "–" : `${formatNumber(value, options)}%`;
}
