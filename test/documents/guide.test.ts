import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DOCUMENTS_GUIDE,
  POLICIES_GUIDE,
  renderDocumentsGuide,
  renderPoliciesGuide,
} from "../../scripts/generate-docs-documents.js";
import { DOCUMENT_KIND_CODES, DOSSIER_RULES, ruleBasisText } from "../../src/documents/index.js";
import { POLICIES } from "../../src/index.js";

describe("generated guides", () => {
  it("documents-and-rules.md equals the generator's output (run `npx tsx scripts/generate-docs-documents.ts`)", () => {
    expect(readFileSync(DOCUMENTS_GUIDE, "utf8")).toBe(renderDocumentsGuide());
  });

  it("policies.md's parameter section equals the generator's output", () => {
    const current = readFileSync(POLICIES_GUIDE, "utf8");
    expect(current).toBe(renderPoliciesGuide(current));
    expect(() => renderPoliciesGuide("# Policies\n")).toThrow(/markers/);
  });

  it("are typedoc project documents with a # Title first line and every kind, rule and policy", () => {
    const guide = renderDocumentsGuide();
    expect(guide.split("\n")[0]).toBe("# Documents and rules");
    expect(readFileSync(POLICIES_GUIDE, "utf8").split("\n")[0]).toBe("# Policies");
    for (const kind of DOCUMENT_KIND_CODES) expect(guide).toContain(`| \`${kind}\` |`);
    for (const rule of DOSSIER_RULES) expect(guide).toContain(ruleBasisText(rule).replaceAll("|", "\\|"));
    for (const policy of POLICIES) expect(guide).toContain(`\`${policy.id}\``);
  });
});
