import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// scripts/check-examples.mjs guards the rule "every export has an @example" in `npm run docs`.
const example = { summary: [], blockTags: [{ tag: "@example", content: [] }] };
const summaryOnly = { summary: [{ kind: "text", text: "Does a thing." }] };

function check(project: unknown): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "check-examples-"));
  const file = join(dir, "typedoc.json");
  writeFileSync(file, JSON.stringify(project));
  try {
    const run = spawnSync(process.execPath, ["scripts/check-examples.mjs", file], { encoding: "utf8" });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    // The suite runs several times per `npm test` (once per time zone): leave no folder behind.
    rmSync(dir, { recursive: true, force: true });
  }
}

const moduleOf = (name: string, children: unknown[]) => ({ name, kind: 2, children });

describe("scripts/check-examples.mjs", () => {
  it("passes when every function signature and declaration has an @example", () => {
    const run = check({
      children: [
        moduleOf("index", [
          { name: "parseNik", kind: 64, signatures: [{ comment: example }] },
          { name: "Nik", kind: 2097152, comment: example },
        ]),
        moduleOf("regions", [{ name: "REGIONS", kind: 32, comment: example }]),
      ],
    });
    expect(run.status).toBe(0);
    expect(run.output).toContain("all 3 exports");
  });

  it("fails and names each export without one, in any entry point", () => {
    const run = check({
      children: [
        moduleOf("index", [
          { name: "parseNik", kind: 64, signatures: [{ comment: example }, { comment: summaryOnly }] },
          { name: "Case", kind: 256, comment: summaryOnly },
          { name: "Documented", kind: 32, comment: example },
        ]),
        moduleOf("regions", [{ name: "regionOf", kind: 64, signatures: [{}] }]),
      ],
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain("3 of 4 exports");
    expect(run.output).toContain("index: parseNik");
    expect(run.output).toContain("index: Case");
    expect(run.output).toContain("regions: regionOf");
    expect(run.output).not.toContain("Documented");
  });

  it("fails on a file with no exports rather than passing vacuously", () => {
    expect(check({ children: [] }).status).toBe(1);
  });
});
