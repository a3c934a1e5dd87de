import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { checkDossier, POLICIES, policyOn } from "../../src/index.js";
import { validContext, validDossier } from "../documents/fixtures.js";

// Every barrel, so that a new export is covered without touching this test.
const src = new URL("../../src/", import.meta.url);
const modules: [string, Record<string, unknown>][] = [["src/index.ts", root]];
for (const entry of readdirSync(src, { withFileTypes: true })) {
  if (entry.isDirectory() && existsSync(new URL(`${entry.name}/index.ts`, src))) {
    modules.push([
      `src/${entry.name}`,
      (await import(`../../src/${entry.name}/index.ts`)) as Record<string, unknown>,
    ]);
  }
}

/** The paths inside `value` to an object that is not frozen. */
function unfrozen(value: unknown, path: string, seen: Set<object>, out: string[]): string[] {
  if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value))
    return out;
  seen.add(value);
  if (typeof value === "object" && !Object.isFrozen(value)) out.push(path);
  if (typeof value === "function") return out;
  for (const key of Object.keys(value))
    unfrozen((value as Record<string, unknown>)[key], `${path}.${key}`, seen, out);
  return out;
}

describe("exported tables and policies", () => {
  it("are deeply frozen at module load, in every barrel", () => {
    const found: string[] = [];
    let tables = 0;
    for (const [file, mod] of modules) {
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "object" || value === null) continue;
        tables += 1;
        unfrozen(value, `${file}:${name}`, new Set(), found);
      }
    }
    expect(tables).toBeGreaterThan(40);
    expect(found).toEqual([]);
  });

  it("cannot be changed: a changed policy constant throws and has no effect", () => {
    const before = checkDossier(validDossier(), validContext());
    const policy = POLICIES[2] as unknown as { parameters: { minimumAge: { value: number } } };
    expect(() => {
      policy.parameters.minimumAge.value = 99;
    }).toThrow(TypeError);
    expect(POLICIES[2].parameters.minimumAge.value).toBe(18);
    expect(() => (POLICIES as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(policyOn("2026-01-01")).toBe(POLICIES[2]);
    expect(checkDossier(validDossier(), validContext())).toEqual(before);
  });
});
