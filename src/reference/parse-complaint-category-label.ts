import type { PathSegment } from "../core/issue.js";
import { ok, type Result } from "../core/result.js";
import { complaintCategoryLabelIndex } from "./_lib/indexes.js";
import { resolveLabel } from "./_lib/label-index.js";
import { COMPLAINT_CATEGORIES, type ComplaintCategoryEntry } from "./complaint-categories.js";

/**
 * Resolves a published label to its {@link COMPLAINT_CATEGORIES} entry, or says why it cannot. Case, accents,
 * spaces and punctuation are ignored. The category labels of the releases ("PMI ingin dipulangkan", "PMI gagal berangkat", "PHK sepihak", …) resolve.
 *
 * Issues: `INPUT_REQUIRED` (missing or blank), `INPUT_NOT_STRING`, `INPUT_TOO_LONG` (over 120
 * characters, checked first), `REFERENCE_LABEL_UNKNOWN` (`params.taxonomy: "complaintCategory"`).
 * The issues never repeat the label.
 *
 * @param label - a label, from anywhere
 * @param options - `path` to put on the issues (default `[]`)
 * @example
 * ```ts
 * const result = parseComplaintCategoryLabel("Gaji tidak dibayar");
 * if (result.ok) result.value.code; //=> "UNPAID_WAGES"
 * ```
 */
export function parseComplaintCategoryLabel(
  label: unknown,
  options: { readonly path?: readonly PathSegment[] } = {},
): Result<ComplaintCategoryEntry> {
  const resolved = resolveLabel(complaintCategoryLabelIndex(), label, "complaintCategory", options.path);
  return resolved.ok ? ok(COMPLAINT_CATEGORIES[resolved.value]) : resolved;
}
