import { deepFreeze } from "../deep-freeze.js";
import type { IssueMessage } from "./message.js";

/**
 * Messages of the issue codes raised by `reference/` (label and code look-ups). They name the
 * taxonomy and, for an ambiguous label, the candidate codes: never the submitted label.
 */
export const REFERENCE_ISSUE_MESSAGES = /* @__PURE__ */ deepFreeze({
  REFERENCE_LABEL_UNKNOWN: {
    id: "Label tidak dikenal dalam taksonomi {taxonomy}.",
    en: "The label is not known in the {taxonomy} taxonomy.",
  },
  REFERENCE_LABEL_AMBIGUOUS: {
    id: "Label dalam taksonomi {taxonomy} dapat berarti lebih dari satu kode ({candidates}); pilih kodenya secara langsung.",
    en: "The label in the {taxonomy} taxonomy can mean more than one code ({candidates}); pick the code directly.",
  },
  REFERENCE_CODE_UNKNOWN: {
    id: "Kode tidak dikenal dalam taksonomi {taxonomy}.",
    en: "The code is not known in the {taxonomy} taxonomy.",
  },
} as const satisfies Record<string, IssueMessage>);
