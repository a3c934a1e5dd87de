import {
  createIssue,
  type Issue,
  type IssueCode,
  type IssueParams,
  type PathSegment,
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
}

/** Appends an issue stamped with the judging policy's id. @internal */
export function report(
  state: RuleState,
  code: IssueCode,
  path: readonly PathSegment[],
  basis: string,
  kind?: DocumentKind,
  params?: IssueParams,
  severity: "error" | "warning" = "error",
): void {
  const extra: {
    severity: "error" | "warning";
    basis: string;
    policyId: string;
    documentKind?: string;
    params?: IssueParams;
  } = { severity, basis, policyId: state.policy.id };
  if (kind !== undefined) extra.documentKind = kind;
  if (params !== undefined) extra.params = params;
  state.issues.push(createIssue(code, path, extra));
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
