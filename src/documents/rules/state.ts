import {
  createIssue,
  type Issue,
  type IssueArgs,
  type IssueCode,
  type IssueOptions,
  type IssueParams,
  type PathSegment,
  type Severity,
} from "../../core/index.js";
import type { Policy } from "../../policies/index.js";
import type { ResolvedContext } from "../context.js";
import type { DocumentKind } from "../kinds.js";
import type { RequiredDocument } from "../requirements.js";
import type { DossierDocument } from "../schemas.js";

/** The documents that passed their schema, by kind. @internal */
export type ValidDocuments = { -readonly [K in DocumentKind]?: DossierDocument<K> | undefined };

/** Facts about the worker that no document carries. @internal */
export interface WorkerFacts {
  readonly pregnant?: boolean | undefined;
  readonly youngestChildBirthDate?: string | undefined;
}

/** What every rule reads, and the list it appends its issues to. @internal */
export interface RuleState {
  readonly context: ResolvedContext;
  readonly policy: Policy;
  readonly docs: ValidDocuments;
  readonly worker: WorkerFacts | undefined;
  readonly issues: Issue[];
  /** The documents the route and stage require, in the matrix's order. */
  readonly requirements: readonly RequiredDocument[];
  /** Kinds present but malformed: not valid, yet not missing either. */
  readonly malformed: readonly DocumentKind[];
  /** The required kinds found absent, filled by the required-documents rule. */
  readonly missing: DocumentKind[];
  /**
   * When set, only issues about these document kinds are wanted (the lifecycle's Pasal 13 guard):
   * the others are not built. Every rule still runs, so `missing` is the same either way.
   */
  readonly onlyKinds: ReadonlySet<string> | undefined;
}

/**
 * What a rule gives {@link report} after the code: the path and the options, with `params` typed
 * from the code's message as in `createIssue` (a missing or extra placeholder fails `tsc`), and a
 * `basis` always (a rule's issue names the law it rests on).
 * @internal
 */
export type ReportArgs<C extends IssueCode> =
  IssueArgs<C> extends [path?: infer P, options?: infer O]
    ? [path: NonNullable<P>, options: NonNullable<O> & { readonly basis: string }]
    : never;

/**
 * Appends the issue of a rule, built by `createIssue` with the same typed parameters and stamped
 * with the judging policy's id: the one way a rule makes an issue.
 * @internal
 */
export function report<C extends IssueCode>(state: RuleState, code: C, ...args: ReportArgs<C>): void {
  const [path, options] = args as unknown as [
    readonly PathSegment[],
    IssueOptions & { params?: IssueParams },
  ];
  if (state.onlyKinds !== undefined && !state.onlyKinds.has(options.documentKind ?? "")) return;
  const stamped = { ...options, policyId: state.policy.id };
  state.issues.push(createIssue(code as IssueCode, path, stamped));
}

/**
 * Appends an issue that another context built (identity's NIK and KK checks) as a rule's issue: its
 * code and parameters kept, its path prefixed, stamped with the document, basis and judging policy.
 * Built by `createIssue` like every other.
 * @internal
 */
export function reissue(
  state: RuleState,
  issue: Issue,
  stamp: {
    readonly prefix: readonly PathSegment[];
    readonly documentKind: DocumentKind;
    readonly basis: string;
    readonly severity?: Severity;
  },
): void {
  if (state.onlyKinds !== undefined && !state.onlyKinds.has(stamp.documentKind)) return;
  const options: IssueOptions & { params?: IssueParams } = {
    severity: stamp.severity ?? issue.severity,
    basis: issue.basis ?? stamp.basis,
    documentKind: stamp.documentKind,
    policyId: state.policy.id,
  };
  if (issue.params !== undefined) options.params = issue.params;
  // `issue.code` is any code, so its parameters are the loose ones its own builder already typed.
  state.issues.push(createIssue(issue.code as IssueCode, [...stamp.prefix, ...issue.path], options));
}

/**
 * Whether calendar date `a` is strictly before `b`. Both come from schema-validated `YYYY-MM-DD`
 * fields, which order as strings (the same shortcut core's compareDates takes after validating); this
 * avoids two Date allocations per comparison on the hot path.
 * @internal
 */
export function before(a: string, b: string): boolean {
  return a < b;
}

/**
 * What a failed check of a policy parameter is: the parameter's own severity, decided in the
 * policy with its reason, or an error.
 * @internal
 */
export function severityOf(param: {
  readonly severity?: "error" | "warning" | undefined;
}): "error" | "warning" {
  return param.severity ?? "error";
}
