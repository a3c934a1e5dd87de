import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `identity/`. */
export const IDENTITY_ISSUE_MESSAGES = {} as const satisfies Record<string, IssueMessage>;
