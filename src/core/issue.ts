import type { IssueCode } from "./issue-codes/index.js";

/**
 * How serious an issue is: an `error` refuses, a `warning` informs and lets the value through.
 *
 * @example
 * ```ts
 * const severity: Severity = "warning";
 * createIssue("NIK_SEX_MISMATCH", [], { severity }).severity; //=> "warning"
 * ```
 */
export type Severity = "error" | "warning";

/**
 * One segment of the path to the offending field (`["documents", 2, "expiryDate"]`).
 *
 * @example
 * ```ts
 * const path: readonly PathSegment[] = ["documents", 2, "expiryDate"];
 * ```
 */
export type PathSegment = string | number;

/**
 * Parameters of an issue. They hold limits, counts, codes and dates of rules, never a value the
 * caller submitted (see the personal-data guide), so an issue can be logged as it is.
 *
 * @example
 * ```ts
 * const params: IssueParams = { min: 6, max: 12 }; // the params of PASSPORT_NUMBER_LENGTH
 * ```
 */
export type IssueParams = Readonly<Record<string, string | number | boolean>>;

/**
 * One problem found in outside data or refused by a rule.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "NIK_SERIAL_ZERO",
 *   severity: "error",
 *   path: ["nik"],
 *   basis: "UU 23/2006 jo. UU 24/2013 Pasal 13",
 * };
 * ```
 */
export interface Issue {
  /** Stable machine-readable code; see {@link ISSUE_CODES}. */
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Where in the input the problem is; `[]` for the input itself. */
  readonly path: readonly PathSegment[];
  /** Values that {@link formatIssue} puts into the message; never personal data. */
  readonly params?: IssueParams;
  /** The legal basis of the rule that raised the issue, e.g. `"UU 18/2017 Pasal 13 huruf c"`. */
  readonly basis?: string;
  /** The document kind concerned, when the issue is about one document. */
  readonly documentKind?: string;
  /** The id of the policy that judged it, when a policy did. */
  readonly policyId?: string;
}

/**
 * Builds an {@link Issue}, leaving out the optional fields that are not given.
 *
 * @example
 * ```ts
 * createIssue("ID_NUMBER_AS_NUMBER", ["nik"]);
 * //=> { code: "ID_NUMBER_AS_NUMBER", severity: "error", path: ["nik"] }
 * createIssue("NIK_BIRTH_DATE_MISMATCH", [], { severity: "warning" }).severity; //=> "warning"
 * ```
 */
export function createIssue(
  code: IssueCode,
  path: readonly PathSegment[] = [],
  extra: {
    readonly severity?: Severity;
    readonly params?: IssueParams;
    readonly basis?: string;
    readonly documentKind?: string;
    readonly policyId?: string;
  } = {},
): Issue {
  const issue: {
    code: IssueCode;
    severity: Severity;
    path: readonly PathSegment[];
    params?: IssueParams;
    basis?: string;
    documentKind?: string;
    policyId?: string;
  } = { code, severity: extra.severity ?? "error", path };
  if (extra.params !== undefined) issue.params = extra.params;
  if (extra.basis !== undefined) issue.basis = extra.basis;
  if (extra.documentKind !== undefined) issue.documentKind = extra.documentKind;
  if (extra.policyId !== undefined) issue.policyId = extra.policyId;
  return issue;
}

/**
 * Whether any of the issues is an error (warnings alone do not refuse).
 *
 * @example
 * ```ts
 * hasErrors([{ code: "NIK_BIRTH_DATE_MISMATCH", severity: "warning", path: [] }]); //=> false
 * ```
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  for (const issue of issues) if (issue.severity === "error") return true;
  return false;
}
