import { parsePositionLabel } from "./parse-position-label.js";
import type { PositionEntry } from "./positions.js";

/**
 * The {@link POSITIONS} entry of a published label, or `undefined` when the label is unknown,
 * ambiguous or not a string. The forgiving twin of {@link parsePositionLabel}.
 *
 * @param label - a label, from anywhere
 * @example
 * ```ts
 * positionFromLabel("asisten rumah tangga")?.code; //=> "HOUSE_MAID"
 * positionFromLabel("__proto__"); //=> undefined
 * ```
 */
export function positionFromLabel(label: unknown): PositionEntry | undefined {
  const result = parsePositionLabel(label);
  return result.ok ? result.value : undefined;
}
