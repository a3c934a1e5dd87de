// The generator of the event readers writes a reader only for what it can check as zod does: any
// other schema, check or refinement stops it, so a schema change cannot leave a reader that vouches
// for an event zod refuses (test/lifecycle/event-readers.test.ts holds the written readers to zod).
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { renderEventReaders } from "../../scripts/generate-event-readers.js";
import { instantSchema } from "../../src/_lib/schemas.js";

const event = (shape: z.core.$ZodLooseShape) =>
  z.strictObject({ type: z.literal("Probe"), seq: z.number().int().min(1), at: instantSchema(), ...shape });

describe("generate-event-readers", () => {
  it("writes a reader that runs every check of the schema", () => {
    const text = renderEventReaders({ Probe: event({ note: z.string().min(2).max(9).optional() }) });
    expect(text).toContain('["Probe", readProbe]');
    expect(text).toContain('typeof v === "string" && v.length >= 2 && v.length <= 9');
    expect(text).toContain("if (f_note !== undefined) out.note = f_note;");
  });

  it.each([
    ["a refinement it does not know", z.string().refine((v) => v !== "x")],
    ["a transforming check", z.string().trim()],
    ["a nullable value", z.string().nullable()],
    ["a default", z.string().default("x")],
    ["a transform", z.string().transform((v) => v.length)],
    ["a loose object", z.looseObject({ a: z.string() })],
    ["a number literal", z.literal(1)],
    ["a list of objects", z.array(z.strictObject({ a: z.string() }))],
    ["a record of checked values", z.record(z.string(), z.string())],
    ["a stateful pattern", z.string().regex(/a/g)],
  ])("refuses %s", (_name, field) => {
    expect(() => renderEventReaders({ Probe: event({ field }) })).toThrow(/generated/);
  });
});
