import type * as z from "zod";
import { keylessObject, readOnce } from "../_lib/read-once.js";
import { issuesFromZod } from "../_lib/zod-issues.js";
import { PekerjaMigranError } from "../core/index.js";
import { markKnown } from "./_lib/known.js";
import { isShippedId, isValidatedPolicy } from "./policy-on.js";
import {
  POLICY_ID_RULE,
  POLICY_READ_LIMITS,
  type Policy,
  type PolicyParameters,
  policySchema,
} from "./schema.js";

/**
 * What {@link definePolicy} accepts: a new `id` (required, and neither the base's nor a shipped
 * policy's, so every evaluation names the policy that judged it) and any top-level field or whole parameter to replace. A parameter
 * given replaces the base's parameter entirely (value, basis and verified), so that a changed value
 * never keeps a basis that does not support it. A field or parameter given as `undefined` keeps the
 * base's.
 *
 * @example
 * ```ts
 * const overrides: PolicyOverrides = {
 *   id: "JATIM-2026",
 *   parameters: {
 *     householdMinimumAge: {
 *       value: { enabled: true, age: 21 },
 *       basis: "Perda Provinsi (contoh)",
 *       verified: true,
 *     },
 *   },
 * };
 * ```
 */
export interface PolicyOverrides {
  readonly id: string;
  readonly name?: Policy["name"];
  readonly effectiveFrom?: string;
  readonly effectiveFromVerified?: boolean;
  readonly effectiveFromNote?: string;
  readonly basis?: string;
  readonly parameters?: { readonly [K in keyof PolicyParameters]?: PolicyParameters[K] };
}

const hasOwn = Object.prototype.hasOwnProperty;

function invalid(what: string, issues: readonly z.core.$ZodIssue[], input: unknown): PekerjaMigranError {
  // Codes and paths only: never a submitted value.
  const details = issuesFromZod(issues, [], input).map((issue) => ({ code: issue.code, path: issue.path }));
  // The id's rule is spelt out: the message names the allowed characters, never the id given.
  const idRule = details.some((issue) => issue.path.length === 1 && issue.path[0] === "id")
    ? ` (${POLICY_ID_RULE})`
    : "";
  return new PekerjaMigranError("INVALID_POLICY", `definePolicy: ${what} is not a valid policy${idRule}`, {
    issues: details,
  });
}

/** A malformed override that the schema cannot see: its field's path and code (never its value). */
function overrideError(field: string, code: string, message: string): PekerjaMigranError {
  return new PekerjaMigranError("INVALID_POLICY", `definePolicy: ${message}`, {
    issues: [{ code, path: [field] }],
  });
}

/**
 * Derives a policy from a base (a province's rule, a corrected moratorium list, a verified date),
 * validating the result against {@link policySchema}. A malformed base or override is a programmer
 * error: it throws {@link PekerjaMigranError} with code `INVALID_POLICY` and `details.issues` listing
 * each problem's code and path (never a value). Neither argument is mutated.
 *
 * @example
 * ```ts
 * const base = policyOn("2026-01-15")!;
 * const mine = definePolicy(base, {
 *   id: "ID-2025-P2MI.SPSK-AGENCIES",
 *   parameters: {
 *     spsk: {
 *       ...base.parameters.spsk,
 *       value: { ...base.parameters.spsk.value, designatedAgencies: ["P3MI-0001"] },
 *     },
 *   },
 * });
 * checkDossier(dossier, { ...context, policy: mine }).policy; //=> "ID-2025-P2MI.SPSK-AGENCIES"
 * ```
 */
export function definePolicy(base: Policy, overrides: PolicyOverrides): Policy {
  // Both arguments are read once into copies, and only the copies are validated and merged: the
  // schema's `.readonly()` parts freeze a wrong value they are given, and a caller who fixes a
  // rejected override in place and tries again must not find it frozen.
  // The base is copied even when it is known: its parts are merged into a prototype-free whole.
  const baseCopy = readOnce(base, POLICY_READ_LIMITS);
  if (!isValidatedPolicy(base)) {
    const parsedBase = policySchema().safeParse(baseCopy);
    if (!parsedBase.success) throw invalid("base", parsedBase.error.issues, baseCopy);
  }
  if (typeof overrides !== "object" || overrides === null) {
    throw new PekerjaMigranError("INVALID_POLICY", "definePolicy: overrides must be an object", {
      argument: "overrides",
    });
  }
  const changes = readOnce(overrides, POLICY_READ_LIMITS) as Record<string, unknown>;
  const from = baseCopy as Record<string, unknown>;
  // Prototype-free, like the copies: the strict schema lists keys with for…in, which would find
  // keys inherited from a polluted Object.prototype.
  const merged = keylessObject();
  for (const key of Object.keys(from)) merged[key] = from[key];
  const parameters = Object.assign(keylessObject(), from.parameters);
  for (const key of Object.keys(changes)) {
    const value = changes[key];
    // A field of the base written `undefined` (allowed without exactOptionalPropertyTypes) keeps the
    // base's; any other key goes on to the strict schema, which names a misspelt one.
    if (value === undefined && key !== "id" && hasOwn.call(from, key)) continue;
    if (key !== "parameters") merged[key] = value;
    else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const name of Object.keys(value)) {
        const parameter = (value as Record<string, unknown>)[name];
        if (parameter !== undefined || !hasOwn.call(parameters, name)) parameters[name] = parameter;
      }
    } else throw overrideError("parameters", "SCHEMA_INVALID_TYPE", "overrides.parameters must be an object");
  }
  if (!hasOwn.call(changes, "id")) merged.id = undefined;
  // A derived policy names itself: under the base's id, or a shipped policy's, its verdicts would be
  // credited to that policy (and policyOn would take it for the shipped one).
  else if (merged.id === from.id || isShippedId(merged.id))
    throw overrideError(
      "id",
      "SCHEMA_INVALID",
      "overrides.id must not be the base's or a shipped policy's id",
    );
  merged.parameters = parameters;
  const parsed = policySchema().safeParse(merged);
  if (!parsed.success) throw invalid("the result", parsed.error.issues, merged);
  return markKnown(parsed.data);
}
