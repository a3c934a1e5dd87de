// Still public until the curated root lands (then private: date arithmetic is left to date-fns).
export { addDaysToDate, addMonthsToDate, addYearsToDate } from "../_lib/dates/add-to-date.js";
export { isCalendarDate } from "../_lib/dates/calendar-date.js";
export { compareDates, isDateAfter, isDateBefore } from "../_lib/dates/compare-dates.js";
export { ageOn, daysBetween } from "../_lib/dates/difference.js";
export { compareInstants, dateOfInstant, isInstant, parseInstant } from "../_lib/dates/instant.js";
export { parseCalendarDate } from "../_lib/dates/parse-calendar-date.js";
export { issuesFromZod } from "../_lib/zod-issues.js";
export type { CalendarDate, Instant } from "./dates.js";
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
export { type Err, err, type Ok, ok, type Result } from "./result.js";
