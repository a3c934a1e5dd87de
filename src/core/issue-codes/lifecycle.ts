import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `lifecycle/`. */
export const LIFECYCLE_ISSUE_MESSAGES = {} as const satisfies Record<string, IssueMessage>;
