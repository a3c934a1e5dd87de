import type { Locale } from "../core/index.js";
import { formatNumber } from "./format-number.js";
import type { Ratio } from "./ratio.js";

/**
 * Writes a ratio as "1 banding 8" (`id`, as in the official statement) or "1 : 8" (`en`), with the
 * ratio's decimals; a ratio with a zero base is written with "–".
 *
 * @example
 * ```ts
 * const r = ratio(40, 327, { decimals: 0 });
 * if (r.ok) formatRatio(r.value); //=> "1 banding 8"
 * if (r.ok) formatRatio(r.value, "en"); //=> "1 : 8"
 * ```
 */
export function formatRatio(value: Ratio, locale: Locale = "id"): string {
  const lang: Locale = locale === "en" ? "en" : "id";
  // Not a ratio (as formatNumber writes a value that is not a number): nothing to write.
  if (value === null || typeof value !== "object") return "–";
  const r =
    value.value === undefined ? "–" : formatNumber(value.value, { locale: lang, decimals: value.decimals });
  return lang === "id" ? `1 banding ${r}` : `1 : ${r}`;
}
