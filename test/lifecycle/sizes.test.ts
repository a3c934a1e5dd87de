// Issue 14: the lifecycle engine stays readable, so people can learn the workflow rules from it.
// No file of engine code over 400 lines (the transition table is data: one row per event, with its
// basis), no function of logic over 60 (the zod schema builders declare fields, they decide nothing).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oversized } from "../engine-shape.js";

const ROOT = join(import.meta.dirname, "../../src/lifecycle");

describe("the lifecycle engine's size", () => {
  it("keeps every file of engine code at 400 lines or fewer and every function of logic at 60 or fewer", () => {
    const exempt = {
      // The generated event readers are written from the event schemas, which are the place to read.
      tables: new Set(["transitions.ts", "event-readers.generated.ts"]),
      declarations: new Set(["buildCaseSchema", "buildLifecycleEventSchemas"]),
    };
    expect(oversized(ROOT, exempt)).toEqual([]);
  });

  it("finds a file or a function over the limits when nothing is exempt", () => {
    // The check can fail: without its exemptions, the table and the schema builders are reported.
    const found = oversized(ROOT);
    expect(found).toHaveLength(4);
    expect(found).toEqual(
      expect.arrayContaining([
        `${join(ROOT, "case-schema.ts")}: buildCaseSchema`,
        `${join(ROOT, "schemas.ts")}: buildLifecycleEventSchemas`,
        expect.stringMatching(/transitions\.ts: \d+ lines$/),
        expect.stringMatching(/event-readers\.generated\.ts: \d+ lines$/),
      ]),
    );
  });
});
