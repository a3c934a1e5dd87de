import { describe, expect, it } from "vitest";
import * as z from "zod";
import { issuesFromZod } from "../../src/_lib/zod-issues.js";
import { replay } from "../../src/index.js";

// A record's keys are input: a key that fails its schema is counted in the path, never printed.
describe("long keys in issue paths", () => {
  const record = z.record(z.string().max(200), z.unknown());

  it("replaces a key longer than 64 characters by its length, and keeps a field name as it is", () => {
    const at = (key: string) => {
      const parsed = z
        .object({ documents: z.record(z.string(), z.number()) })
        .safeParse({ documents: { [key]: "x" } });
      return parsed.success ? [] : issuesFromZod(parsed.error.issues, [])[0]?.path;
    };
    expect(at("k".repeat(64))).toEqual(["documents", "k".repeat(64)]);
    expect(at("k".repeat(65))).toEqual(["documents", "[key of 65 characters]"]);
    const parsed = record.safeParse({ ["Z".repeat(300)]: 1 });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(JSON.stringify(issuesFromZod(parsed.error.issues, []))).not.toContain("ZZZZ");
  });

  it("prints no long document key of a submitted document (replay)", () => {
    const key = `3201014108900001${"Q".repeat(300)}`;
    const result = replay([
      {
        type: "DocumentSubmitted",
        seq: 1,
        at: "2026-01-02T00:00:00+07:00",
        kind: "KTP_EL",
        document: { [key]: 1 },
      },
    ]);
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toContain("3201014108900001");
    expect(text).toContain(`[key of ${key.length} characters]`);
  });
});
