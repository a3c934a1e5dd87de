import { deepFreeze } from "../_lib/deep-freeze.js";
import { normaliseWords } from "../_lib/normalise.js";
import type { GrowthDirection } from "./types.js";

/**
 * The words for the direction of a change, by direction and language (lower case): Indonesian as
 * printed in the releases and press reports (STATISTICS.md §4), and English. The first word of each
 * list is the one {@link formatGrowth} writes; {@link reconcile} reads a published `direction` as any
 * word of either list, also after "mengalami" or before "sebesar"/"sebanyak" ("mengalami penurunan",
 * "turun sebesar").
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

/**
 * Words the releases put around a direction word that do not change it: "mengalami penurunan",
 * "turun sebesar 11,9%", "penurunan sebanyak 2.761". Dropped before the lookup, one at each end.
 */
const LEADING_FILLER = /^mengalami /;
const TRAILING_FILLER = / (?:sebesar|sebanyak)$/;

/** The direction a word names, or `undefined`. @internal */
export function directionOfWord(word: string): GrowthDirection | undefined {
  const text = normaliseWords(word).replace(LEADING_FILLER, "").replace(TRAILING_FILLER, "");
  for (const direction of ["naik", "turun", "tetap"] as const) {
    const words = DIRECTION_WORDS[direction];
    if ((words.id as readonly string[]).includes(text) || (words.en as readonly string[]).includes(text))
      return direction;
  }
  return undefined;
}
