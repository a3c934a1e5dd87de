import { deepFreeze } from "../core/deep-freeze.js";
import type { Locale } from "../core/index.js";
import { formatNumber } from "./format-number.js";
import type { Growth } from "./growth.js";
import type { GrowthDirection } from "./types.js";

/**
 * The words for each direction of change, Indonesian first (as the releases print them) and English.
 *
 * @example
 * ```ts
 * GROWTH_DIRECTION_WORDS.turun; //=> { id: "turun", en: "down" }
 * ```
 */
export const GROWTH_DIRECTION_WORDS = /* @__PURE__ */ deepFreeze({
  naik: { id: "naik", en: "up" },
  turun: { id: "turun", en: "down" },
  tetap: { id: "tetap", en: "unchanged" },
} as const satisfies Record<GrowthDirection, { readonly id: string; readonly en: string }>);

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
  const word = GROWTH_DIRECTION_WORDS[value.direction][lang];
  const difference = `(${formatNumber(value.absoluteDifference, { locale: lang })})`;
  if (value.magnitude === undefined) return `${word} ${difference}`;
  return `${word} ${formatNumber(value.magnitude, { locale: lang, decimals: value.decimals })}% ${difference}`;
}
