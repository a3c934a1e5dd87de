import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `documents/`. */
export const DOCUMENTS_ISSUE_MESSAGES = {} as const satisfies Record<string, IssueMessage>;
