import { EN_MESSAGES } from "../messages/en.js";
import { ID_MESSAGES } from "../messages/id.js";
import type { IssueCode } from "../messages/template.js";
import type { IssueMessage } from "./message.js";

export type { IssueCode } from "../messages/template.js";
export type { IssueMessage } from "./message.js";

function byCode(): { readonly [C in IssueCode]: IssueMessage } {
  const table = {} as Record<IssueCode, IssueMessage>;
  for (const code of Object.keys(ID_MESSAGES) as IssueCode[])
    table[code] = Object.freeze({ id: ID_MESSAGES[code], en: EN_MESSAGES[code] });
  return Object.freeze(table);
}

/**
 * Every issue code of the library with its Indonesian and English message template, built from
 * the two locale modules (`messages/id.ts`, `messages/en.ts`). Codes are stable once released (new
 * ones are added, none is renamed). {@link formatIssue} renders a template with its parameters.
 *
 * @example
 * ```ts
 * ISSUE_CODES.EVENTS_EMPTY.en; //=> "The event history is empty: a case starts with its first event."
 * Object.keys(ISSUE_CODES).length > 0; //=> true
 * ```
 */
export const ISSUE_CODES: {
  readonly [C in IssueCode]: {
    readonly id: (typeof ID_MESSAGES)[C];
    readonly en: (typeof EN_MESSAGES)[C];
  };
} = /* @__PURE__ */ byCode() as never;
