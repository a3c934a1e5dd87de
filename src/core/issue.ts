import { invalidArgument, isIterable } from "../_lib/invalid-argument.js";
import type { IssueCode, IssueParamsOf } from "./messages/template.js";

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
 * The optional fields of an issue, given to {@link createIssue} beside its code and path.
 *
 * @example
 * ```ts
 * const options: IssueOptions = { severity: "warning", basis: "UU 18/2017 Pasal 13 huruf e" };
 * ```
 */
export interface IssueOptions {
  readonly severity?: Severity;
  readonly basis?: string;
  readonly documentKind?: string;
  readonly policyId?: string;
}

/**
 * What {@link createIssue} takes after the code: the path, and the options with `params` typed
 * from the code's message. A code whose message has placeholders needs both, with exactly those
 * parameters (a missing or extra one fails `tsc`); a code without placeholders takes no `params`.
 * Only a caller holding a code of any kind (`IssueCode` itself, as a table-driven rule does) may pass
 * loose `IssueParams`; the message tests then check that every placeholder is filled.
 *
 * @example
 * ```ts
 * const args: IssueArgs<"INPUT_TOO_LONG"> = [["name"], { params: { max: 64 } }];
 * ```
 */
export type IssueArgs<C extends IssueCode> = IssueCode extends C
  ? [path?: readonly PathSegment[], options?: IssueOptions & { readonly params?: IssueParams }]
  : C extends IssueCode
    ? keyof IssueParamsOf<C> extends never
      ? [path?: readonly PathSegment[], options?: IssueOptions & { readonly params?: undefined }]
      : [path: readonly PathSegment[], options: IssueOptions & { readonly params: IssueParamsOf<C> }]
    : never;

/**
 * Builds an {@link Issue}: the one way issues are made. The parameters are checked against the
 * code's message template at compile time, so every placeholder of the message is filled.
 * Optional fields that are not given are left out.
 *
 * @example
 * ```ts
 * createIssue("INPUT_REQUIRED", ["nik"]);
 * //=> { code: "INPUT_REQUIRED", severity: "error", path: ["nik"] }
 * createIssue("NIK_BIRTH_DATE_MISMATCH", [], { severity: "warning" }).severity; //=> "warning"
 * createIssue("INPUT_TOO_LONG", ["name"], { params: { max: 64 } }).params; //=> { max: 64 }
 * ```
 */
export function createIssue<C extends IssueCode>(code: C, ...args: IssueArgs<C>): Issue {
  const path: readonly PathSegment[] = args[0] ?? [];
  const options: IssueOptions & { readonly params?: IssueParams | undefined } = args[1] ?? {};
  const issue: {
    code: IssueCode;
    severity: Severity;
    path: readonly PathSegment[];
    params?: IssueParams;
    basis?: string;
    documentKind?: string;
    policyId?: string;
  } = { code, severity: options.severity ?? "error", path };
  if (options.params !== undefined) issue.params = options.params;
  if (options.basis !== undefined) issue.basis = options.basis;
  if (options.documentKind !== undefined) issue.documentKind = options.documentKind;
  if (options.policyId !== undefined) issue.policyId = options.policyId;
  return issue;
}

/**
 * Whether any of the issues is an error (warnings alone do not refuse).
 *
 * @example
 * ```ts
 * hasErrors([createIssue("NIK_BIRTH_DATE_MISMATCH", [], { severity: "warning" })]); //=> false
 * ```
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  if (!isIterable(issues)) throw invalidArgument("hasErrors", "issues", "a list of issues");
  for (const issue of issues) if ((issue as Issue | null)?.severity === "error") return true;
  return false;
}
