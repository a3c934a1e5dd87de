import { deepFreeze } from "../deep-freeze.js";
import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `policies/`. */
export const POLICIES_ISSUE_MESSAGES = /* @__PURE__ */ deepFreeze({
  POLICY_NOT_IN_FORCE: {
    id: "Tidak ada kebijakan yang berlaku pada tanggal yang menentukan (kebijakan paling awal mulai {earliest}).",
    en: "No policy is in force on the decisive date (the earliest policy starts on {earliest}).",
  },
  POLICY_INVALID: {
    id: "Kebijakan yang diberikan tidak sah; buat kebijakan dengan definePolicy.",
    en: "The policy given is malformed; build policies with definePolicy.",
  },
} as const satisfies Record<string, IssueMessage>);
