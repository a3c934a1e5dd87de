import { isCalendarDate } from "../_lib/dates/calendar-date.js";
import { readOnce } from "../_lib/read-once.js";
import { unknownKeyIssues } from "../_lib/zod-issues.js";
import { createIssue, type Issue, type PathSegment } from "../core/index.js";
import { isKnownPolicy, markKnown } from "./_lib/known.js";
import { POLICIES } from "./policies.js";
import { MAX_POLICIES, POLICY_READ_LIMITS, type Policy, policySchema } from "./schema.js";

let shippedMarked = false;

/** Registers the shipped policies as validated (once; they are checked against the schema in tests). */
function markShipped(): void {
  if (shippedMarked) return;
  for (const policy of POLICIES) markKnown(policy);
  shippedMarked = true;
}

/**
 * The policy in force on a date: the one with the latest `effectiveFrom` on or before it. The start
 * day itself belongs to the new policy. Pass your own list (for example with policies built by
 * {@link definePolicy}) as `policies`. When two start on the same day, a policy of your own wins
 * over a shipped one (an override that keeps its base's date replaces it, wherever it is listed),
 * and between two of your own, the one listed later. Returns `undefined` for an invalid date, a
 * date before every policy, or a list of more than 1,000 entries (read no further); never throws,
 * except for an error the caller's own code raises while being read (a getter, a revoked proxy).
 *
 * @param date - a `YYYY-MM-DD` calendar date (anything else gives `undefined`)
 * @param policies - the candidates; defaults to {@link POLICIES}
 *
 * @example
 * ```ts
 * policyOn("2025-08-31")?.id; //=> "ID-2021-ZERO-COST"
 * policyOn("2025-09-01")?.id; //=> "ID-2025-P2MI"
 * policyOn("2010-01-01");     //=> undefined
 * ```
 */
export function policyOn(date: unknown, policies: readonly Policy[] = POLICIES): Policy | undefined {
  if (!isCalendarDate(date) || !Array.isArray(policies) || policies.length > MAX_POLICIES) return undefined;
  return pickPolicy(date, policies);
}

/**
 * {@link policyOn} for a date already validated (the dossier check's hot path).
 * @internal
 */
export function pickPolicy(date: string, policies: readonly Policy[]): Policy | undefined {
  markShipped();
  let found: Policy | undefined;
  for (const policy of policies) {
    // Skip entries that are not policies (an app's list is outside data too).
    if (!isPolicy(policy)) continue;
    // Valid YYYY-MM-DD dates order as strings.
    if (policy.effectiveFrom > date) continue;
    if (
      found === undefined ||
      policy.effectiveFrom > found.effectiveFrom ||
      (policy.effectiveFrom === found.effectiveFrom && !(isShippedId(policy.id) && !isShippedId(found.id)))
    ) {
      found = policy;
    }
  }
  return found;
}

/**
 * Whether an id is one of {@link POLICIES}' (a policy that bears it is shipped, or a copy of one: a
 * policy of one's own may not take it, see definePolicy).
 * @internal
 */
export function isShippedId(id: unknown): boolean {
  return POLICIES.some((shipped) => shipped.id === id);
}

/**
 * Whether a value is a shipped policy, one {@link definePolicy} built, or a copy `readPolicy` made:
 * validated already, and frozen.
 * @internal
 */
export function isValidatedPolicy(value: unknown): value is Policy {
  markShipped();
  return isKnownPolicy(value);
}

/**
 * Whether a value is a valid policy: one of {@link POLICIES}, a result of {@link definePolicy}
 * (both recognised at once), or any other value that {@link policySchema} accepts, such as a JSON
 * copy of a shipped policy that an app stored and loaded back (validated on each call).
 *
 * @example
 * ```ts
 * isPolicy(POLICIES[0]); //=> true
 * isPolicy(JSON.parse(JSON.stringify(POLICIES[0]))); //=> true
 * isPolicy({ id: "x" }); //=> false
 * ```
 */
export function isPolicy(value: unknown): value is Policy {
  if (isValidatedPolicy(value)) return true;
  // A copy is validated: the schema's `.readonly()` parts freeze a wrong value they are given. A list
  // is never a policy: refused before it is read.
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    policySchema().safeParse(readOnce(value, POLICY_READ_LIMITS)).success
  );
}

/**
 * Reads a policy given from outside (an option, a context field): a shipped or defined policy as it
 * is, any other value as a validated copy (never the caller's object, which may change later), or
 * the issues: `POLICY_INVALID` at `path`, then each unknown key at its path (a misspelt parameter is
 * the usual cause after an edit).
 * @internal
 */
export function readPolicy(
  value: unknown,
  path: readonly PathSegment[],
): { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly issues: Issue[] } {
  if (isValidatedPolicy(value)) return { ok: true, policy: value };
  const checked = policySchema().safeParse(readOnce(value, POLICY_READ_LIMITS));
  // The copy is the library's own, validated: marked, so that the lifecycle, which looks it up again
  // for every event's date, does not validate it again.
  if (checked.success) return { ok: true, policy: markKnown(checked.data as Policy) };
  const issues = [createIssue("POLICY_INVALID", path)];
  for (const issue of checked.error.issues)
    if (issue.code === "unrecognized_keys")
      issues.push(...unknownKeyIssues(issue.keys, [...path, ...(issue.path as PathSegment[])], "error"));
  return { ok: false, issues };
}
