import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `reference/`. */
export const REFERENCE_ISSUE_MESSAGES = {} as const satisfies Record<string, IssueMessage>;
