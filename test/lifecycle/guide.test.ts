import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderLifecycleGuide } from "../../scripts/generate-docs-lifecycle.js";
import { lifecycleDiagram } from "../../src/index.js";

describe("docs/guides/lifecycle.md", () => {
  it("equals the generator's output (run `npx tsx scripts/generate-docs-lifecycle.ts` after a table change)", () => {
    const committed = readFileSync(new URL("../../docs/guides/lifecycle.md", import.meta.url), "utf8");
    expect(committed).toBe(renderLifecycleGuide());
    expect(committed).toContain(lifecycleDiagram().trimEnd());
  });
});
