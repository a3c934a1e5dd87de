import { isInstant } from "../../_lib/dates/instant.js";
import { createIssue, type Instant, type Issue } from "../../core/index.js";
import type { Policy } from "../../policies/index.js";
import { readPolicy } from "../../policies/policy-on.js";
import { MAX_POLICIES } from "../../policies/schema.js";

/**
 * Options of {@link replay}, {@link applyEvent} and {@link availableEvents}.
 *
 * @example
 * ```ts
 * const options: LifecycleOptions = { checkGuards: false }; // trust an imported history
 * ```
 */
export interface LifecycleOptions {
  /** Judge every guard with this policy instead of the one in force on each event's date. */
  readonly policy?: Policy;
  /**
   * The policies to pick from by date (default: the shipped `POLICIES`), as `policyOn` picks; at
   * most 1,000 (a longer list is refused with `SCHEMA_TOO_BIG` before an entry is read).
   */
  readonly policies?: readonly Policy[];
  /**
   * `true` (default): re-check every guard. `false`: trust recorded events (an imported history
   * whose guards were checked when it was recorded): the order, schema, `seq` and the table's
   * allowed transitions are still checked, the guards are not.
   */
  readonly checkGuards?: boolean;
  /** Largest history `replay` accepts (default 100,000 events). */
  readonly maxEvents?: number;
  /** For `availableEvents`: the instant to judge dated guards on (default: the case's last event). */
  readonly at?: Instant;
}

/** Options after validation. @internal */
export interface ResolvedOptions {
  readonly policy: Policy | undefined;
  readonly policies: readonly Policy[] | undefined;
  readonly checkGuards: boolean;
  readonly maxEvents: number;
  readonly at: Instant | undefined;
}

const DEFAULTS: ResolvedOptions = {
  policy: undefined,
  policies: undefined,
  checkGuards: true,
  maxEvents: 100_000,
  at: undefined,
};

/**
 * Validates options from outside; unknown fields are ignored, wrong ones reported.
 * @internal
 */
export function resolveOptions(input: unknown): { options: ResolvedOptions; issues: Issue[] } {
  if (input === undefined || input === null) return { options: DEFAULTS, issues: [] };
  if (typeof input !== "object") {
    return { options: DEFAULTS, issues: [createIssue("INPUT_NOT_OBJECT", ["options"])] };
  }
  const raw = input as Record<string, unknown>;
  const issues: Issue[] = [];
  // Own properties only: a polluted Object.prototype never sets an option. Each is read once.
  const own = (key: string): unknown => (Object.hasOwn(raw, key) ? raw[key] : undefined);
  const givenPolicy = own("policy");
  const givenPolicies = own("policies");
  const checkGuards = own("checkGuards");
  const maxEvents = own("maxEvents");
  const at = own("at");
  // Policies are read as validated copies (never the caller's objects), each bad one with its issues.
  let policy: Policy | undefined;
  if (givenPolicy !== undefined) {
    const read = readPolicy(givenPolicy, ["options", "policy"]);
    if (read.ok) policy = read.policy;
    else issues.push(...read.issues);
  }
  const policies = givenPolicies === undefined ? undefined : readPolicies(givenPolicies, issues);
  if (checkGuards !== undefined && typeof checkGuards !== "boolean") {
    issues.push(
      createIssue("SCHEMA_INVALID_TYPE", ["options", "checkGuards"], { params: { expected: "boolean" } }),
    );
  }
  if (maxEvents !== undefined && (!Number.isSafeInteger(maxEvents) || (maxEvents as number) < 1)) {
    issues.push(
      createIssue("SCHEMA_INVALID_TYPE", ["options", "maxEvents"], { params: { expected: "integer" } }),
    );
  }
  if (at !== undefined && !isInstant(at)) issues.push(createIssue("DATETIME_INVALID", ["options", "at"]));
  if (issues.length > 0) return { options: DEFAULTS, issues };
  return {
    options: {
      policy,
      policies,
      checkGuards: (checkGuards as boolean | undefined) ?? true,
      maxEvents: (maxEvents as number | undefined) ?? DEFAULTS.maxEvents,
      at: at as Instant | undefined,
    },
    issues,
  };
}

/** The policies option: an array of policies, each read as {@link readPolicy} reads one. */
function readPolicies(given: unknown, issues: Issue[]): readonly Policy[] | undefined {
  if (!Array.isArray(given)) {
    issues.push(createIssue("POLICY_INVALID", ["options", "policies"]));
    return undefined;
  }
  if (given.length > MAX_POLICIES) {
    issues.push(
      createIssue("SCHEMA_TOO_BIG", ["options", "policies"], { params: { maximum: MAX_POLICIES } }),
    );
    return undefined;
  }
  const policies: Policy[] = [];
  for (let i = 0; i < given.length; i++) {
    const read = readPolicy(given[i], ["options", "policies", i]);
    if (read.ok) policies.push(read.policy);
    else issues.push(...read.issues);
  }
  return policies;
}
