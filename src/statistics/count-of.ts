import { invalidArgument } from "../_lib/invalid-argument.js";
import type { Tally } from "./tally.js";

/**
 * The count of one combination of keys in a tally (0 when it does not occur).
 *
 * @param source - a tally
 * @param keys - one key per dimension, in the tally's order
 *
 * @example
 * ```ts
 * const t = tally([{ sex: "F" }, { sex: "F" }], bySex);
 * if (t.ok) [countOf(t.value, ["F"]), countOf(t.value, ["M"])]; //=> [2, 0]
 * ```
 */
export function countOf(source: Tally, keys: readonly string[]): number {
  const given: Partial<Tally> | null = source;
  if (!Array.isArray(given?.dimensions) || !Array.isArray(given.rows)) {
    throw invalidArgument("countOf", "source", "a tally");
  }
  if (!Array.isArray(keys)) throw invalidArgument("countOf", "keys", "a list of keys");
  if (keys.length !== source.dimensions.length) return 0;
  for (const row of source.rows) {
    if (row.keys.every((key, i) => key === keys[i])) return row.count;
  }
  return 0;
}
