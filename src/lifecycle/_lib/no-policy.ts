import { createIssue, type Issue } from "../../core/index.js";
import { POLICIES, type Policy } from "../../policies/index.js";

/**
 * The refusal of a guard that needs a policy on a date no policy of the options (or, by default,
 * of the shipped list) is in force on. The message names the earliest shipped policy, as
 * `checkDossier`'s does.
 * @internal
 */
export function policyNotInForce(): readonly Issue[] {
  return [
    createIssue("POLICY_NOT_IN_FORCE", [], { params: { earliest: (POLICIES[0] as Policy).effectiveFrom } }),
  ];
}
