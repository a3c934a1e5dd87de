import type { PathSegment } from "../core/issue.js";
import { ok, type Result } from "../core/result.js";
import { positionLabelIndex } from "./_lib/indexes.js";
import { resolveLabel } from "./_lib/label-index.js";
import { POSITIONS, type PositionEntry } from "./positions.js";

/**
 * Resolves a published label to its {@link POSITIONS} entry, or says why it cannot. Case, accents,
 * spaces and punctuation are ignored. English system labels ("House Maid", "Operator Production") and Indonesian press labels ("pembantu rumah tangga", "buruh perkebunan") both resolve. A label the press uses for two positions ("pekerja rumah tangga": House Maid or Domestic Worker) gives `REFERENCE_LABEL_AMBIGUOUS` with `params.candidates`, rather than a guess.
 *
 * Issues: `INPUT_REQUIRED` (missing or blank), `INPUT_NOT_STRING`, `INPUT_TOO_LONG` (over 120
 * characters, checked first), `REFERENCE_LABEL_UNKNOWN` (`params.taxonomy: "position"`), `REFERENCE_LABEL_AMBIGUOUS` (`params.candidates`: the codes, comma-separated).
 * The issues never repeat the label.
 *
 * @param label - a label, from anywhere
 * @param options - `path` to put on the issues (default `[]`)
 * @example
 * ```ts
 * const result = parsePositionLabel("Plantation Worker");
 * if (result.ok) result.value.code; //=> "PLANTATION_WORKER"
 * parsePositionLabel("pekerja rumah tangga").ok; //=> false (REFERENCE_LABEL_AMBIGUOUS)
 * ```
 */
export function parsePositionLabel(
  label: unknown,
  options: { readonly path?: readonly PathSegment[] } = {},
): Result<PositionEntry> {
  const resolved = resolveLabel(positionLabelIndex(), label, "position", options.path);
  return resolved.ok ? ok(POSITIONS[resolved.value]) : resolved;
}
