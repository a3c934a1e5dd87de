import { createIssue, type Issue } from "../../core/index.js";
import { POLICIES, type Policy } from "../../policies/index.js";
import type { GuardContext } from "../guard-types.js";

/**
 * The refusal of a guard that needs a policy on a date no policy of the options (or, by default,
 * of the shipped list) is in force on. The message names the first day a policy of that list is in
 * force, as `checkDossier`'s names the shipped list's.
 * @internal
 */
export function policyNotInForce(context: GuardContext): readonly Issue[] {
  const earliest = context.earliest ?? (POLICIES[0] as Policy).effectiveFrom;
  return [createIssue("POLICY_NOT_IN_FORCE", [], { params: { earliest } })];
}
