import { deepFreeze } from "../_lib/deep-freeze.js";
import { normaliseWords } from "../_lib/normalise.js";
import type { GrowthDirection } from "./types.js";

/**
 * The words for the direction of a change, by direction and language (lower case): Indonesian as
 * printed in the releases and press reports (STATISTICS.md §4), and English. The first word of each
 * list is the one {@link formatGrowth} writes; {@link reconcile} reads a published `direction` as any
 * word of either list.
 *
 * @example
 * ```ts
 * DIRECTION_WORDS.turun.id.includes("menurun"); //=> true
 * DIRECTION_WORDS.turun.en[0]; //=> "down"
 * ```
 */
export const DIRECTION_WORDS = /* @__PURE__ */ deepFreeze({
  naik: {
    id: [
      "naik",
      "meningkat",
      "kenaikan",
      "peningkatan",
      "bertambah",
      "lebih besar",
      "lebih tinggi",
      "lebih banyak",
    ],
    en: ["up", "increase", "rise"],
  },
  turun: {
    id: ["turun", "menurun", "penurunan", "berkurang", "lebih kecil", "lebih rendah", "lebih sedikit"],
    en: ["down", "decrease", "fall"],
  },
  tetap: { id: ["tetap", "stabil", "sama"], en: ["unchanged"] },
} as const satisfies Record<
  GrowthDirection,
  { readonly id: readonly [string, ...string[]]; readonly en: readonly [string, ...string[]] }
>);

/** The direction a word names, or `undefined`. @internal */
export function directionOfWord(word: string): GrowthDirection | undefined {
  const text = normaliseWords(word);
  for (const direction of ["naik", "turun", "tetap"] as const) {
    const words = DIRECTION_WORDS[direction];
    if ((words.id as readonly string[]).includes(text) || (words.en as readonly string[]).includes(text))
      return direction;
  }
  return undefined;
}
