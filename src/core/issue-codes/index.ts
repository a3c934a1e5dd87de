import { deepFreeze } from "../deep-freeze.js";
import { CORE_ISSUE_MESSAGES } from "./core.js";
import { DOCUMENTS_ISSUE_MESSAGES } from "./documents.js";
import { IDENTITY_ISSUE_MESSAGES } from "./identity.js";
import { LIFECYCLE_ISSUE_MESSAGES } from "./lifecycle.js";
import type { IssueMessage } from "./message.js";
import { POLICIES_ISSUE_MESSAGES } from "./policies.js";
import { REFERENCE_ISSUE_MESSAGES } from "./reference.js";
import { STATISTICS_ISSUE_MESSAGES } from "./statistics.js";

export type { IssueMessage } from "./message.js";

/**
 * Every issue code of the library with its Indonesian and English message: the one table of codes.
 * Codes are stable once released (new ones are added, none is renamed). Each context keeps its part
 * in its own file beside this one.
 *
 * @example
 * ```ts
 * ISSUE_CODES.DATE_INVALID.en;
 * //=> "The date must be a real calendar date written as YYYY-MM-DD."
 * Object.keys(ISSUE_CODES).length > 0; //=> true
 * ```
 */
export const ISSUE_CODES = /* @__PURE__ */ deepFreeze({
  ...CORE_ISSUE_MESSAGES,
  ...IDENTITY_ISSUE_MESSAGES,
  ...REFERENCE_ISSUE_MESSAGES,
  ...POLICIES_ISSUE_MESSAGES,
  ...DOCUMENTS_ISSUE_MESSAGES,
  ...LIFECYCLE_ISSUE_MESSAGES,
  ...STATISTICS_ISSUE_MESSAGES,
} as const satisfies Record<string, IssueMessage>);

/**
 * Any issue code of the library, as a literal union.
 *
 * @example
 * ```ts
 * const code: IssueCode = "ID_NUMBER_LENGTH";
 * ISSUE_CODES[code].en; // the English message template
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CODES;
