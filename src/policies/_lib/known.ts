import type { Policy } from "../schema.js";

// Policies already validated (the shipped ones, those built by definePolicy, and the frozen copies
// readPolicy made of policies given from outside), so that a check given one of them does not
// validate it again on every call (performance contract).
const known = new WeakSet<object>();

/** @internal */
export function markKnown(policy: Policy): Policy {
  known.add(policy);
  return policy;
}

/** @internal */
export function isKnownPolicy(value: unknown): value is Policy {
  return typeof value === "object" && value !== null && known.has(value);
}
