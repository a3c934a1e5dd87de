import type { Locale } from "../core/index.js";
import { DIRECTION_WORDS } from "./direction-words.js";
import { formatNumber } from "./format-number.js";
import type { Growth } from "./growth.js";

/** Whether a value has what formatGrowth writes: a known direction and a difference. */
function isGrowth(value: unknown): value is Growth {
  if (value === null || typeof value !== "object") return false;
  const { direction, absoluteDifference } = value as Partial<Growth>;
  return (
    typeof direction === "string" &&
    Object.hasOwn(DIRECTION_WORDS, direction) &&
    typeof absoluteDifference === "number"
  );
}

/**
 * Writes a growth as the releases do: the direction word, then the unsigned percentage with its
 * decimals, then the absolute difference in brackets: "turun 17,05% (4.200)" or, in English,
 * "down 17.05% (4,200)". A growth from 0 has no percentage: "naik (12)".
 *
 * @example
 * ```ts
 * const g = growth(20_436, 24_636);
 * if (g.ok) formatGrowth(g.value); //=> "turun 17,05% (4.200)"
 * if (g.ok) formatGrowth(g.value, "en"); //=> "down 17.05% (4,200)"
 * ```
 */
export function formatGrowth(value: Growth, locale: Locale = "id"): string {
  const lang: Locale = locale === "en" ? "en" : "id";
  // Not a growth (as formatNumber writes a value that is not a number): nothing to write.
  if (!isGrowth(value)) return "–";
  const word = DIRECTION_WORDS[value.direction][lang][0];
  const difference = `(${formatNumber(value.absoluteDifference, { locale: lang })})`;
  if (value.magnitude === undefined) return `${word} ${difference}`;
  return `${word} ${formatNumber(value.magnitude, { locale: lang, decimals: value.decimals })}% ${difference}`;
}
