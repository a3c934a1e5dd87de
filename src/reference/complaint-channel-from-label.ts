import type { ComplaintChannelEntry } from "./complaint-channels.js";
import { parseComplaintChannelLabel } from "./parse-complaint-channel-label.js";

/**
 * The {@link COMPLAINT_CHANNELS} entry of a published label, or `undefined` when the label is unknown,
 * ambiguous or not a string. The forgiving twin of {@link parseComplaintChannelLabel}.
 *
 * @param label - a label, from anywhere
 * @example
 * ```ts
 * complaintChannelFromLabel("media sosial")?.code; //=> "SOCIAL_MEDIA"
 * complaintChannelFromLabel("__proto__"); //=> undefined
 * ```
 */
export function complaintChannelFromLabel(label: unknown): ComplaintChannelEntry | undefined {
  const result = parseComplaintChannelLabel(label);
  return result.ok ? result.value : undefined;
}
