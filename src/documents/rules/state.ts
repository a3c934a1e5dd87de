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
