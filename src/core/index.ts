export * from "./dates/index.js";
export { PekerjaMigranError, type ProgrammerErrorCode } from "./errors.js";
export { formatIssue, type Locale } from "./format-issue.js";
export {
  createIssue,
  hasErrors,
  type Issue,
  type IssueParams,
  type PathSegment,
  type Severity,
} from "./issue.js";
export { ISSUE_CODES, type IssueCode, type IssueMessage } from "./issue-codes/index.js";
export {
  type BasisRef,
  basisText,
  basisVerified,
  LEGAL_BASES,
  type LegalBasis,
  type LegalBasisId,
} from "./legal-bases.js";
export { type Err, err, type Ok, ok, type Result } from "./result.js";
export { issuesFromZod } from "./zod-issues.js";
