import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `policies/`. */
export const POLICIES_ISSUE_MESSAGES = {} as const satisfies Record<string, IssueMessage>;
