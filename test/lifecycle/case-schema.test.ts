import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import { applyEvent, type Case, EVENT_TYPES, type EventType, isTerminal } from "../../src/index.js";
import { caseSchema, STATE_CODES } from "../../src/lifecycle/index.js";
import { at } from "./fixtures.js";
import { complaintCase, journeys, readyCase } from "./journeys.js";
import { run, walk } from "./walk.js";

type Parsed = z.output<ReturnType<typeof caseSchema>>;
/** The declared keys of `T`, without its index signature. */
type Known<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
/** `T` with `readonly` removed all the way down (the schema does not freeze what it parses). */
type Mutable<T> = T extends readonly (infer E)[]
  ? Mutable<E>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

describe("caseSchema and the Case interface", () => {
  it("describe the same type (modulo readonly, and the documents' keys)", () => {
    // What the schema parses is a Case, and a Case (its arrays made mutable) is what it describes.
    expectTypeOf<Parsed>().toExtend<Case>();
    expectTypeOf<Mutable<Case>>().toExtend<Known<Parsed>>();
    // Field by field, optionality included: the same type once readonly is dropped.
    expectTypeOf<Mutable<Omit<Known<Parsed>, "documents">>>().toEqualTypeOf<
      Mutable<Omit<Case, "documents">>
    >();
    // The interface keys documents by any string (the engine indexes them by string); the schema
    // names the kinds. Either is assignable to the other.
    expectTypeOf<Parsed["documents"]>().toExtend<Case["documents"]>();
    expectTypeOf<Case["documents"]>().toExtend<Parsed["documents"]>();
    expectTypeOf<keyof Known<Parsed>>().toEqualTypeOf<keyof Case>();
    // Keys of the caller's own at the top level come through as unknown.
    expectTypeOf<Parsed["someKeyOfTheApp"]>().toEqualTypeOf<unknown>();
  });

  it("carries the doc comment of each field of case.ts as its description", () => {
    const source = readFileSync(new URL("../../src/lifecycle/case.ts", import.meta.url), "utf8");
    const json = z.toJSONSchema(caseSchema(), { io: "input" }) as JsonObject;
    const props = (schema: JsonObject) => schema.properties as Record<string, JsonObject>;
    const described = (schema: JsonObject) =>
      Object.fromEntries(Object.entries(props(schema)).map(([key, value]) => [key, value.description]));
    const complaints = props(json).complaints as JsonObject;
    expect(described(json)).toEqual(fieldDocs(source, "Case"));
    expect(described(complaints.items as JsonObject)).toEqual(fieldDocs(source, "Complaint"));
    expect(described(props(json).flags as JsonObject)).toEqual(fieldDocs(source, "CaseFlags"));
    expect(described(props(json).worker as JsonObject)).toEqual(fieldDocs(source, "CaseWorker"));
    expect(json.description).toBe(summaryOf(source, "Case"));
  });
});

describe("caseSchema() accepts the cases the engine builds", () => {
  it("parses every case of the journeys, unchanged, also after a JSON round trip", () => {
    const cases = journeys();
    expect(cases.length).toBeGreaterThan(20);
    for (const [name, c] of cases) {
      const parsed = caseSchema().safeParse(c);
      expect(parsed.error?.issues, name).toBeUndefined();
      expect(parsed.data, name).toStrictEqual(c);
      const stored = JSON.parse(JSON.stringify(c));
      expect(caseSchema().safeParse(stored).data, name).toStrictEqual(stored);
    }
  });

  it("is exercised by journeys that reach every terminal outcome, phase and remains status", () => {
    const cases = journeys().map(([, c]) => c);
    const terminal = STATE_CODES.filter((state) => isTerminal(state));
    // Every terminal outcome is reached, so the enumerations are exercised, not just declared.
    for (const outcome of terminal) {
      expect(
        cases.some((c) => c.outcome === outcome),
        outcome,
      ).toBe(true);
    }
    expect(new Set(cases.map((c) => c.phase)).size).toBe(3);
    expect(new Set(cases.map((c) => c.remains).filter(Boolean)).size).toBe(5);
  });

  it("parses every case of random walks through the transition table", () => {
    fc.assert(
      fc.property(walk, ({ start, proposed }) => {
        const { snapshots } = run(start, proposed);
        for (const c of snapshots) {
          expect(caseSchema().safeParse(c).error?.issues).toBeUndefined();
          expect(caseSchema().safeParse(JSON.parse(JSON.stringify(c))).success).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps keys of the caller's own at the top level, as applyEvent does", () => {
    const c = { ...readyCase(), tenant: "disnaker-1971", revision: 3 };
    const parsed = caseSchema().parse(c);
    expect(parsed).toStrictEqual(c);
    // The engine's behaviour the schema follows: an outside case keeps its own keys.
    const next = applyEvent(c, { type: "Departed", seq: c.lastSeq + 1, at: at("2025-03-03") });
    if (!next.ok) expect.fail(next.issues.map((i) => i.code).join());
    expect(next.value).toMatchObject({ tenant: "disnaker-1971", revision: 3 });
  });
});

describe("caseSchema() refuses what is not a case", () => {
  const refused = (value: unknown) => caseSchema().safeParse(value).success === false;
  const nonMilestones = (Object.keys(EVENT_TYPES) as EventType[]).filter((t) => !EVENT_TYPES[t].milestone);
  const milestones = (Object.keys(EVENT_TYPES) as EventType[]).filter((t) => EVENT_TYPES[t].milestone);

  it("refuses an unknown state, phase or code", () => {
    const c = readyCase();
    expect(refused({ ...c, state: "TELEPORTED" })).toBe(true);
    expect(refused({ ...c, phase: "ABROAD" })).toBe(true);
    expect(refused({ ...c, route: "SMUGGLED" })).toBe(true);
    expect(refused({ ...c, position: "ASTRONAUT" })).toBe(true);
    expect(refused({ ...c, remains: "LOST" })).toBe(true);
    expect(refused({ ...c, destination: "Taiwan" })).toBe(true);
    expect(refused({ ...c, socialSecurityPrograms: ["JKN"] })).toBe(true);
    expect(refused({ ...c, socialSecurityPrograms: [] })).toBe(true);
  });

  it("accepts as outcome a terminal state only", () => {
    const c = readyCase();
    for (const state of STATE_CODES) {
      expect(refused({ ...c, outcome: state }), state).toBe(!isTerminal(state));
    }
  });

  it("keys milestones by milestone event types only", () => {
    const c = readyCase();
    const when = at("2025-03-01");
    for (const type of nonMilestones) {
      expect(refused({ ...c, milestones: { ...c.milestones, [type]: when } }), type).toBe(true);
    }
    expect(refused({ ...c, milestones: { ...c.milestones, Teleported: when } })).toBe(true);
    for (const type of milestones) {
      expect(refused({ ...c, milestones: { ...c.milestones, [type]: when } }), type).toBe(false);
    }
    expect(refused({ ...c, milestones: { ...c.milestones, Registered: "last Monday" } })).toBe(true);
  });

  it("refuses a lastSeq that is not a positive safe integer, and a lastAt that is no instant", () => {
    const c = readyCase();
    for (const lastSeq of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1, "3"]) {
      expect(refused({ ...c, lastSeq }), String(lastSeq)).toBe(true);
    }
    for (const lastAt of ["2025-02-30T09:00:00+07:00", "2025-02-25", "yesterday", ""]) {
      expect(refused({ ...c, lastAt }), lastAt).toBe(true);
    }
  });

  it("refuses a missing required field and an optional field set to undefined", () => {
    const c = readyCase();
    for (const key of [
      "state",
      "phase",
      "milestones",
      "worker",
      "documents",
      "complaints",
      "flags",
      "history",
      "lastSeq",
      "lastAt",
    ]) {
      const { [key]: _dropped, ...rest } = c as unknown as Record<string, unknown>;
      expect(refused(rest), key).toBe(true);
    }
    // A case has its optional fields absent, never undefined.
    expect(refused({ ...c, route: undefined })).toBe(true);
  });

  it("refuses unknown keys below the top level (no personal data slips into the worker)", () => {
    const c = readyCase();
    expect(refused({ ...c, worker: { ...c.worker, name: "Siti Aminah" } })).toBe(true);
    expect(refused({ ...c, flags: { ...c.flags, vip: true } })).toBe(true);
    expect(refused({ ...c, documents: { ...c.documents, DIPLOMA: { number: "1" } } })).toBe(true);
    expect(refused({ ...c, documents: { ...c.documents, PASSPORT: "X1234567" } })).toBe(true);
  });

  it("refuses a malformed complaint or event in the history", () => {
    const c = complaintCase();
    const [first] = c.complaints;
    expect(refused({ ...c, complaints: [{ ...first, status: "FORGOTTEN" }] })).toBe(true);
    expect(refused({ ...c, complaints: [{ ...first, receivedAt: "soon" }] })).toBe(true);
    expect(refused({ ...c, complaints: [{ ...first, note: "x" }] })).toBe(true);
    expect(
      refused({ ...c, history: [...c.history, { type: "Teleported", seq: c.lastSeq + 1, at: c.lastAt }] }),
    ).toBe(true);
    expect(refused({ ...c, history: [{ ...c.history[0], seq: 0 }] })).toBe(true);
  });

  it("refuses what is not an object", () => {
    for (const value of [null, undefined, "case", 42, [readyCase()]]) expect(refused(value)).toBe(true);
  });
});

type JsonObject = Record<string, unknown>;

/** The text of a doc comment, on one line. */
function textOf(comment: string): string {
  return comment
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, ""))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Each field of an interface of case.ts with the text of its doc comment. */
function fieldDocs(source: string, name: string): Record<string, string> {
  const start = source.indexOf(`export interface ${name} {`);
  const body = source.slice(start, source.indexOf("\n}\n", start));
  const docs: Record<string, string> = {};
  for (const match of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*readonly (\w+)\??:/g)) {
    docs[match[2] as string] = textOf(match[1] as string);
  }
  // Every field is documented: a field without a comment would be missing here.
  expect(Object.keys(docs).length).toBe([...body.matchAll(/^ {2}readonly \w+/gm)].length);
  return docs;
}

/** The first paragraph of the doc comment of an interface of case.ts. */
function summaryOf(source: string, name: string): string {
  const end = source.indexOf(`export interface ${name} {`);
  const comment = source.slice(source.lastIndexOf("/**", end) + 3, end);
  return textOf((comment.split(/\n\s*\*\s*\n/)[0] as string).replace(/\*\/\s*$/, ""));
}
