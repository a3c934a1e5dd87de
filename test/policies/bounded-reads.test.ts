// isPolicy (and every reader of a policy from outside) must cost no more on a huge value than on the
// largest valid one: the fuzzer saw a call of over 250 ms. These tests count reads, not time: a
// proxy records every element or field the library reads, and a value too large to be a policy
// must be refused before its items are read.
import { describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { checkDossier } from "../../src/documents/index.js";
import { replay } from "../../src/lifecycle/index.js";
import { isPolicy, POLICIES, type Policy, policyOn, policySchema } from "../../src/policies/index.js";
import { MAX_POLICIES, POLICY_READ_LIMITS } from "../../src/policies/schema.js";
import { validContext, validDossier } from "../documents/fixtures.js";
import { at, events, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";

/** A proxy of `target` that counts the property reads (`get`) made through it. */
function counted<T extends object>(target: T): { value: T; reads: () => number } {
  let reads = 0;
  const value = new Proxy(target, {
    get(t, key, receiver) {
      reads += 1;
      return Reflect.get(t, key, receiver);
    },
  });
  return { value, reads: () => reads };
}

interface Stored {
  parameters: Record<string, unknown> & { moratorium: { value: { countries: unknown } } };
}
const stored = () => JSON.parse(JSON.stringify(POLICIES[2])) as Stored;

describe("reading a policy from outside", () => {
  it("still accepts a stored policy", () => {
    expect(isPolicy(stored())).toBe(true);
  });

  it("refuses a list without reading it", () => {
    const list = counted(new Array(10_000).fill(stored()));
    expect(isPolicy(list.value)).toBe(false);
    expect(list.reads()).toBe(0);
  });

  it("cuts a list longer than any list of a policy before reading its items", () => {
    const policy = stored();
    const countries = counted(new Array(10_000).fill("SA"));
    policy.parameters.moratorium.value.countries = countries.value;
    expect(isPolicy(policy)).toBe(false);
    // Only the length is read, never an item.
    expect(countries.reads()).toBeLessThanOrEqual(2);
  });

  it("cuts an object wider than any object of a policy before reading its fields", () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) wide[`k${i}`] = i;
    const top = counted(wide);
    expect(isPolicy(top.value)).toBe(false);
    expect(top.reads()).toBe(0);
    const policy = stored();
    const parameters = counted({ ...policy.parameters, ...wide });
    policy.parameters = parameters.value;
    expect(isPolicy(policy)).toBe(false);
    expect(parameters.reads()).toBe(0);
    // The same bound holds where a policy comes in as a context field.
    const check = checkDossier(validDossier(), { ...validContext(), policy });
    expect(check.issues.map((issue) => issue.code)).toContain("POLICY_INVALID");
    expect(parameters.reads()).toBe(0);
  });

  it("refuses a list of policies longer than MAX_POLICIES before reading an entry", () => {
    const huge = counted(new Array(MAX_POLICIES + 1).fill(POLICIES[2]));
    expect(policyOn("2026-01-15", huge.value)).toBeUndefined();
    const result = replay([{ type: "Registered", seq: 1, at: "2026-01-15T09:00:00+07:00", route: "P3MI" }], {
      policies: huge.value,
    });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        code: "SCHEMA_TOO_BIG",
        severity: "error",
        path: ["options", "policies"],
        params: { maximum: MAX_POLICIES },
      },
    ]);
    // Only the length (and the array check) is read, never an entry.
    expect(huge.reads()).toBeLessThanOrEqual(4);
    // The longest list allowed is read and used.
    const longest = new Array(MAX_POLICIES).fill(POLICIES[2]);
    expect(policyOn("2026-01-15", longest)?.id).toBe(POLICIES[2]?.id);
  });

  it("validates a stored policy given to the lifecycle once per call, not once per event", () => {
    const history = events(...PRE_PLACEMENT_ROWS, ["Departed", at("2025-03-03")]);
    const policies = POLICIES.map((policy) => JSON.parse(JSON.stringify(policy)) as Policy);
    const parse = vi.spyOn(policySchema(), "safeParse");
    try {
      const result = replay(history, { policies });
      expect(result.ok && result.value.state).toBe("DEPARTED");
      expect(parse).toHaveBeenCalledTimes(policies.length);
    } finally {
      parse.mockRestore();
    }
  });

  it("has bounds no valid policy reaches", () => {
    // Every list's maxItems and every object's number of properties in the policy's JSON Schema.
    const lists: number[] = [];
    const widths: number[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      if (Array.isArray(node)) {
        for (const item of node) walk(item);
        return;
      }
      const record = node as Record<string, unknown>;
      if (typeof record.maxItems === "number") lists.push(record.maxItems);
      if (typeof record.properties === "object" && record.properties !== null)
        widths.push(Object.keys(record.properties).length);
      for (const child of Object.values(record)) walk(child);
    };
    walk(z.toJSONSchema(policySchema(), { io: "input" }));
    expect(lists.length).toBeGreaterThan(0);
    expect(Math.max(...lists)).toBeLessThanOrEqual(POLICY_READ_LIMITS.maxLength);
    expect(Math.max(...widths)).toBeLessThanOrEqual(POLICY_READ_LIMITS.maxKeys);
    // Tight enough to matter: within a few times the widest object and the longest list.
    expect(POLICY_READ_LIMITS.maxKeys).toBeLessThan(4 * Math.max(...widths));
    expect(POLICY_READ_LIMITS.maxLength).toBeLessThan(4 * Math.max(...lists));
  });
});
