import type { ComplaintCategoryEntry } from "./complaint-categories.js";
import { parseComplaintCategoryLabel } from "./parse-complaint-category-label.js";

/**
 * The {@link COMPLAINT_CATEGORIES} entry of a published label, or `undefined` when the label is unknown,
 * ambiguous or not a string. The forgiving twin of {@link parseComplaintCategoryLabel}.
 *
 * @param label - a label, from anywhere
 * @example
 * ```ts
 * complaintCategoryFromLabel("PMI ingin dipulangkan")?.code; //=> "WANTS_REPATRIATION"
 * complaintCategoryFromLabel("__proto__"); //=> undefined
 * ```
 */
export function complaintCategoryFromLabel(label: unknown): ComplaintCategoryEntry | undefined {
  const result = parseComplaintCategoryLabel(label);
  return result.ok ? result.value : undefined;
}
