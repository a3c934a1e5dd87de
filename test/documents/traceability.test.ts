import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROWS, renderTraceability, TRACEABILITY_FILE } from "../../scripts/generate-traceability.js";
import { DOSSIER_RULES } from "../../src/documents/index.js";

const notes = (name: string) => readFileSync(new URL(`../../docs/domain/${name}`, import.meta.url), "utf8");

/** The numbers of the `##`/`###` headings of a note ("5.1", "19"). */
function headings(text: string): string[] {
  return [...text.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1] as string);
}

describe("traceability of the law notes", () => {
  it("docs/audit/traceability.md is current (run `npx tsx scripts/generate-traceability.ts`)", () => {
    expect(readFileSync(TRACEABILITY_FILE, "utf8")).toBe(renderTraceability());
  });

  it("has a row for every section of REGULATIONS.md and of LIFECYCLE.md §3–§5", () => {
    const sections = new Set(ROWS.map((row) => row.section));
    for (const n of headings(notes("REGULATIONS.md")))
      expect(sections, `REGULATIONS §${n}`).toContain(`REGULATIONS §${n}`);
    const lifecycle = headings(notes("LIFECYCLE.md")).filter((n) => /^[345](\.|$)/.test(n));
    expect(lifecycle.length).toBeGreaterThan(5);
    for (const n of lifecycle) expect(sections, `LIFECYCLE §${n}`).toContain(`LIFECYCLE §${n}`);
  });

  it("traces every rule, and says why for every row without one", () => {
    const traced = new Set(ROWS.flatMap((row) => row.rules));
    for (const rule of DOSSIER_RULES) expect(traced, rule.id).toContain(rule.id);
    for (const row of ROWS) {
      if (row.rules.length === 0) expect(row.notChecked, row.section).toMatch(/^not checked.*because/);
    }
    for (const line of renderTraceability()
      .split("\n")
      .filter((l) => l.includes("`") && l.startsWith("| "))) {
      const tests = line.split("|").at(-2)?.trim() ?? "";
      expect(tests.length, line).toBeGreaterThan(0);
    }
  });
});
