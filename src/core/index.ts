export * from "./dates/index.js";
export { PekerjaMigranError, type ProgrammerErrorCode } from "./errors.js";
export { formatIssue, type Locale } from "./format-issue.js";
export { formatTimelineDate } from "./format-timeline-date.js";
export { type GroupedIssues, groupIssuesByPath } from "./group-issues.js";
export {
  createIssue,
  hasErrors,
  type Issue,
  type IssueArgs,
  type IssueOptions,
  type IssueParams,
  type PathSegment,
  type Severity,
} from "./issue.js";
export { ISSUE_CODES, type IssueCode, type IssueMessage } from "./issue-codes/index.js";
export { EN_MESSAGES } from "./messages/en.js";
export { ID_MESSAGES } from "./messages/id.js";
export type {
  IssueParamsOf,
  MessagesLike,
  ParamValue,
  PlaceholderMismatch,
  TemplateParams,
} from "./messages/template.js";
export type { LabelKind } from "./messages/terms.js";
export { type Err, err, type Ok, ok, type Result } from "./result.js";
export { issuesFromZod } from "./zod-issues.js";
