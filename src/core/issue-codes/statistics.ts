import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `statistics/`. */
export const STATISTICS_ISSUE_MESSAGES = {} as const satisfies Record<string, IssueMessage>;
