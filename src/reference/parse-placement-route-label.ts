import type { PathSegment } from "../core/issue.js";
import { ok, type Result } from "../core/result.js";
import { placementRouteLabelIndex } from "./_lib/indexes.js";
import { resolveLabel } from "./_lib/label-index.js";
import { PLACEMENT_ROUTES, type PlacementRouteEntry } from "./placement-routes.js";

/**
 * Resolves a published label to its {@link PLACEMENT_ROUTES} entry, or says why it cannot. Case, accents,
 * spaces and punctuation are ignored. The scheme names of the releases ("P to P", "G to G", "G to P", "Perseorangan", "Mandiri", "UKPS", "Re-entry") resolve. Contract extensions ("PMI perpanjangan perjanjian kerja"), which the 2024 releases print as scheme rows, are not a placement route and do not resolve.
 *
 * Issues: `INPUT_REQUIRED` (missing or blank), `INPUT_NOT_STRING`, `INPUT_TOO_LONG` (over 120
 * characters, checked first), `REFERENCE_LABEL_UNKNOWN` (`params.taxonomy: "placementRoute"`).
 * The issues never repeat the label.
 *
 * @param label - a label, from anywhere
 * @param options - `path` to put on the issues (default `[]`)
 * @example
 * ```ts
 * const result = parsePlacementRouteLabel("G to G");
 * if (result.ok) result.value.code; //=> "GOVERNMENT_G2G"
 * ```
 */
export function parsePlacementRouteLabel(
  label: unknown,
  options: { readonly path?: readonly PathSegment[] } = {},
): Result<PlacementRouteEntry> {
  const resolved = resolveLabel(placementRouteLabelIndex(), label, "placementRoute", options.path);
  return resolved.ok ? ok(PLACEMENT_ROUTES[resolved.value]) : resolved;
}
