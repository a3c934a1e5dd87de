import { deepFreeze } from "../core/deep-freeze.js";
import type { GrowthDirection } from "./types.js";

/**
 * The words publications use for the direction of a change, by direction (lower case; Indonesian as
 * printed in the releases and press reports, STATISTICS.md §4, and English). {@link reconcile} reads
 * a published `direction` through this table.
 *
 * @example
 * ```ts
 * DIRECTION_WORDS.turun.includes("menurun"); //=> true
 * ```
 */
export const DIRECTION_WORDS = /* @__PURE__ */ deepFreeze({
  naik: [
    "naik",
    "meningkat",
    "kenaikan",
    "peningkatan",
    "bertambah",
    "lebih besar",
    "lebih tinggi",
    "lebih banyak",
    "up",
    "increase",
    "rise",
  ],
  turun: [
    "turun",
    "menurun",
    "penurunan",
    "berkurang",
    "lebih kecil",
    "lebih rendah",
    "lebih sedikit",
    "down",
    "decrease",
    "fall",
  ],
  tetap: ["tetap", "stabil", "sama", "unchanged"],
} as const satisfies Record<GrowthDirection, readonly string[]>);

/** The direction a word names, or `undefined`. @internal */
export function directionOfWord(word: string): GrowthDirection | undefined {
  const text = word.trim().toLowerCase().replace(/\s+/g, " ");
  for (const direction of ["naik", "turun", "tetap"] as const) {
    if ((DIRECTION_WORDS[direction] as readonly string[]).includes(text)) return direction;
  }
  return undefined;
}
