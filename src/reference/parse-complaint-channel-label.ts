import type { PathSegment } from "../core/issue.js";
import { ok, type Result } from "../core/result.js";
import { complaintChannelLabelIndex } from "./_lib/indexes.js";
import { resolveLabel } from "./_lib/label-index.js";
import { COMPLAINT_CHANNELS, type ComplaintChannelEntry } from "./complaint-channels.js";

/**
 * Resolves a published label to its {@link COMPLAINT_CHANNELS} entry, or says why it cannot. Case, accents,
 * spaces and punctuation are ignored. The channel labels of the releases ("langsung (datang sendiri)", "surat", "telepon", "SMS", "email", "e-Pengaduan", "media sosial", "lainnya") resolve.
 *
 * Issues: `INPUT_REQUIRED` (missing or blank), `INPUT_NOT_STRING`, `INPUT_TOO_LONG` (over 120
 * characters, checked first), `REFERENCE_LABEL_UNKNOWN` (`params.taxonomy: "complaintChannel"`).
 * The issues never repeat the label.
 *
 * @param label - a label, from anywhere
 * @param options - `path` to put on the issues (default `[]`)
 * @example
 * ```ts
 * const result = parseComplaintChannelLabel("Telepon");
 * if (result.ok) result.value.code; //=> "PHONE"
 * ```
 */
export function parseComplaintChannelLabel(
  label: unknown,
  options: { readonly path?: readonly PathSegment[] } = {},
): Result<ComplaintChannelEntry> {
  const resolved = resolveLabel(complaintChannelLabelIndex(), label, "complaintChannel", options.path);
  return resolved.ok ? ok(COMPLAINT_CHANNELS[resolved.value]) : resolved;
}
