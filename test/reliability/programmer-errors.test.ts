import { describe, expect, it } from "vitest";
import * as documents from "../../src/documents/index.js";
import * as identity from "../../src/identity/index.js";
import * as root from "../../src/index.js";
import * as jsonSchema from "../../src/json-schema/index.js";
import * as lifecycle from "../../src/lifecycle/index.js";
import * as policies from "../../src/policies/index.js";
import * as reference from "../../src/reference/index.js";
import * as regions from "../../src/regions/index.js";
import * as statistics from "../../src/statistics/index.js";

const ENTRIES = {
  root,
  identity,
  regions,
  reference,
  documents,
  policies,
  lifecycle,
  statistics,
  jsonSchema,
};

// Arguments no public function's type allows in these places: what a JavaScript caller (or a value
// cast from `any`) can still pass.
const WRONG: unknown[][] = [[null], [undefined], [{}], ["x"], [null, null], [{}, {}], [[], null], [{}, null]];

describe("a public function given an argument its type does not allow", () => {
  it("answers, or throws a PekerjaMigranError naming the argument: never a TypeError", () => {
    const crashes: string[] = [];
    let calls = 0;
    for (const [entry, module] of Object.entries(ENTRIES)) {
      for (const [name, value] of Object.entries(module)) {
        if (typeof value !== "function" || /^[A-Z]/.test(name)) continue;
        for (const args of WRONG) {
          calls++;
          try {
            (value as (...a: unknown[]) => unknown)(...args);
          } catch (error) {
            if (!(error instanceof root.PekerjaMigranError))
              crashes.push(`${entry}.${name}(${JSON.stringify(args)})`);
            else
              expect(["INVALID_ARGUMENT", "INVALID_POLICY", "INVALID_CALENDAR_DATE"], name).toContain(
                error.code,
              );
          }
        }
      }
    }
    expect(crashes).toEqual([]);
    expect(calls).toBeGreaterThan(800);
  });

  it("writes a formatter's missing value as a dash, and names a helper's wrong argument", () => {
    expect(root.formatGrowth(null as never)).toBe("–");
    expect(root.formatGrowth({ direction: "__proto__", absoluteDifference: 1 } as never)).toBe("–");
    expect(statistics.formatRatio(null as never, "en")).toBe("–");
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof root.PekerjaMigranError ? [error.code, error.details.argument] : error;
      }
      return "no error";
    };
    expect(thrown(() => statistics.countOf(null as never, ["F"]))).toEqual(["INVALID_ARGUMENT", "source"]);
    expect(thrown(() => root.hasErrors(undefined as never))).toEqual(["INVALID_ARGUMENT", "issues"]);
    expect(thrown(() => root.groupIssuesByPath([null] as never))).toEqual(["INVALID_ARGUMENT", "issues"]);
    expect(thrown(() => root.basisText(["toString"] as never))).toEqual(["INVALID_ARGUMENT", "refs"]);
    expect(thrown(() => root.parseLabel(null as never, "Taiwan"))).toEqual(["INVALID_ARGUMENT", "table"]);
    // The types' own values still work.
    expect(root.hasErrors([root.createIssue("INPUT_REQUIRED")])).toBe(true);
    const warnings = new Set([root.createIssue("INPUT_REQUIRED", [], { severity: "warning" })]);
    expect(root.hasErrors(warnings as never)).toBe(false);
    expect(root.basisText(["UU18_P5"])).toBe("UU 18/2017 Pasal 5");
  });
});
