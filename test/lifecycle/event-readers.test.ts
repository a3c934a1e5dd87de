// The generated event readers (src/lifecycle/_lib/event-readers.generated.ts) beside the plain path
// they stand for: zod's parse of a read-once copy of the event. A reader vouches for an event only
// when zod would accept it, and then gives what zod gives, field for field and in zod's order; on
// JSON data it takes exactly the events zod accepts, so a valid event never falls back to zod.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readOnce } from "../../src/_lib/read-once.js";
import { EVENT_TYPES, type EventType, type LifecycleEvent } from "../../src/index.js";
import {
  parseEvent,
  parseOneEvent,
  parseWithZod,
  readValidEvent,
} from "../../src/lifecycle/_lib/parse-event.js";
import { lifecycleEventSchemas } from "../../src/lifecycle/schemas.js";
import { runs } from "../runs.js";
import { DOCUMENTS } from "./fixtures.js";
import { walk } from "./walk.js";

type Shape = Record<string, { _zod: { def: { type: string; innerType?: unknown; entries?: object } } }>;
const schemas = lifecycleEventSchemas() as unknown as Record<EventType, { _zod: { def: { shape: Shape } } }>;
const TYPES = (Object.keys(EVENT_TYPES) as EventType[]).filter((type) => type !== "DocumentSubmitted");

/** The plain path: zod's parse of the event's read-once copy (what parseEvent does without a reader). */
function zodParse(input: unknown): { success: boolean; data?: unknown } {
  const copy = readOnce(input) as { type?: unknown };
  const type = copy !== null && typeof copy === "object" ? copy.type : undefined;
  if (typeof type !== "string" || !Object.hasOwn(EVENT_TYPES, type) || Array.isArray(copy)) {
    return { success: false };
  }
  return lifecycleEventSchemas()[type as EventType].safeParse(copy);
}

/** The keys of a value and of every object in it, in order: zod's order is part of its output. */
function keyOrder(value: unknown): unknown {
  if (value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) return value.map(keyOrder);
  return Object.entries(value).map(([key, inner]) => [key, keyOrder(inner)]);
}

const LONG = "A".repeat(65);
const instants = ["2025-01-06T09:00:00+07:00", "2024-02-29T23:59:59.123456789Z", "2025-01-06T09:00Z"];
const badInstants = [
  "2023-02-29T09:00:00Z",
  "2025-01-06T09:00:00",
  "2025-01-06",
  `${instants[0]}${" ".repeat(20)}`,
];
/** Values for a field, by its name, beside the codes of an enum field: valid ones and near misses. */
const BY_NAME: Record<string, readonly unknown[]> = {
  seq: [1, 2, 1_000_000_000, 0, -0, 1.5, 1_000_000_001, Number.NaN, "1"],
  at: [...instants, ...badInstants],
  contractEndDate: ["2027-03-04", "2028-02-29", "2027-02-29", "2027-3-4"],
  birthDate: ["1999-01-01", "2000-02-29", "1999-02-29"],
  destination: ["TW", "MY", "tw", "TWN", ""],
  provinceCode: ["33", "3", "333"],
  regencyCode: ["3301", "33", "33010"],
  jobOrderId: ["JO-1", "a.b:c/d_e", "", "-x", LONG],
  employerId: ["EMP-TW-1", "", LONG],
  complaintId: ["C1", "C-2", "", " C1"],
  programs: [["JKK"], ["JKK", "JKM", "JHT"], [], ["JKK", "JKM", "JHT", "JKK"], ["X"], [null]],
};
const JUNK: readonly unknown[] = [null, undefined, true, 0, "", "OTHER", [], {}, { a: 1 }];

/** Candidate values of a field: its enum's codes (and a lower-case one), its named values, and junk. */
function candidates(key: string, field: Shape[string]): readonly unknown[] {
  let def = field._zod.def;
  if (def.type === "optional") def = (def.innerType as Shape[string])._zod.def;
  const own: unknown[] = [...(BY_NAME[key] ?? [])];
  if (def.type === "enum") {
    const codes = Object.values(def.entries ?? {}) as string[];
    own.push(...codes, (codes[0] as string).toLowerCase());
  }
  if (def.type === "boolean") own.push(true, false, "true", 1);
  if (key === "worker") {
    own.push(
      {},
      { sex: "F" },
      { sex: "F", birthDate: "1999-01-01", provinceCode: "33", regencyCode: "3301" },
      { regencyCode: "3301", sex: "M" },
      { sex: "X" },
      { sex: "F", note: "x" },
      [],
    );
  }
  return [...own, ...JUNK];
}

/** An event of a type: each field of its schema left out or given one of its candidates, and perhaps an extra key. */
const nearEvent = fc.constantFrom(...TYPES).chain((type) => {
  const shape = schemas[type]._zod.def.shape;
  const fields = Object.fromEntries(
    Object.entries(shape)
      .filter(([key]) => key !== "type")
      .map(([key, field]) => [
        key,
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...candidates(key, field).slice(0, 3)) },
          { weight: 1, arbitrary: fc.constantFrom(...candidates(key, field)) },
        ),
      ]),
  );
  return fc.record({
    type: fc.oneof(
      { weight: 9, arbitrary: fc.constant<unknown>(type) },
      fc.constantFrom<unknown>("Nope", 1, null),
    ),
    fields: fc.record(fields, { requiredKeys: [] }),
    extra: fc.option(fc.constantFrom("note", "__proto__", "constructor", "workerCategory"), { freq: 4 }),
    order: fc.boolean(),
  });
});

/** The event as outside data: its keys in one order or the reverse, and an extra key parsed from JSON. */
function assemble({
  type,
  fields,
  extra,
  order,
}: {
  type: unknown;
  fields: object;
  extra: string | null;
  order: boolean;
}) {
  const entries: [string, unknown][] = [["type", type], ...Object.entries(fields)];
  if (order) entries.reverse();
  const event: Record<string, unknown> = Object.fromEntries(entries);
  // JSON.parse makes `__proto__` an own key, as a stored event would have it.
  return extra === null ? event : { ...event, ...JSON.parse(`{"${extra}": "x"}`) };
}

const isJsonData = (value: unknown) => {
  try {
    expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
    return true;
  } catch {
    return false;
  }
};

describe("the generated event readers", () => {
  it("vouch for an event only when zod accepts its read-once copy, and give zod's event (property)", () => {
    fc.assert(
      fc.property(nearEvent, (drawn) => {
        const input = assemble(drawn);
        const read = readValidEvent(input);
        const parsed = zodParse(input);
        if (read !== undefined) {
          expect(parsed.success).toBe(true);
          expect(read).toStrictEqual(parsed.data);
          expect(keyOrder(read)).toEqual(keyOrder(parsed.data));
        } else if (isJsonData(input)) {
          // On JSON data the reader declines exactly what zod refuses: no valid event falls back.
          expect(parsed.success).toBe(false);
        }
      }),
      { numRuns: runs(3000) },
    );
  });

  it("read every event of the random walks, and parse each as the plain path does (property)", () => {
    fc.assert(
      fc.property(walk, ({ proposed }) => {
        for (const event of proposed) {
          const read = readValidEvent(event);
          expect(read).toBeDefined();
          if (event.type !== "DocumentSubmitted")
            expect(keyOrder(read)).toEqual(keyOrder(zodParse(event).data));
          // A submission's document is judged by its kind's schema after the reader, as on the plain path.
          expect(parseEvent(event, true)).toStrictEqual(parseWithZod(event, false, undefined));
        }
      }),
      { numRuns: runs(50) },
    );
  });

  it("give a submitted document the verdict of the plain path, near-valid documents included (property)", () => {
    const kinds = Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[];
    const submission = fc.record({
      kind: fc.constantFrom<unknown>(...kinds, "DRIVING_LICENCE", 1),
      of: fc.constantFrom(...kinds),
      drop: fc.nat(),
      extra: fc.option(fc.constantFrom("note", "__proto__", "x".repeat(201)), { freq: 3 }),
      shape: fc.constantFrom("object", "array", "null", "string"),
    });
    fc.assert(
      fc.property(submission, ({ kind, of, drop, extra, shape }) => {
        const fields = Object.entries(structuredClone(DOCUMENTS[of]) as Record<string, unknown>);
        // Sometimes a field is left out, and sometimes a key no schema knows is added (from JSON).
        if (drop % 3 === 0) fields.splice(drop % fields.length, 1);
        const document = {
          ...Object.fromEntries(fields),
          ...(extra === null ? {} : JSON.parse(`{"${extra}": 1}`)),
        };
        const given =
          shape === "object" ? document : shape === "array" ? [document] : shape === "null" ? null : "x";
        const event = { type: "DocumentSubmitted", seq: 3, at: instants[0], kind, document: given };
        const plain = parseWithZod(event, false, undefined);
        expect(parseOneEvent(event)).toStrictEqual(plain);
        expect(parseEvent(event, true)).toStrictEqual(plain);
        if (readValidEvent(event) !== undefined) expect(zodParse(event).success).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it("read own keys only: a field on the event's prototype is not the event's", () => {
    const own = { type: "Registered", seq: 1, at: instants[0] };
    const inheriting = Object.assign(Object.create({ route: "P3MI" }), own);
    // route is required: the reader declines, and zod on the read-once copy refuses it too.
    expect(readValidEvent(inheriting)).toBeUndefined();
    expect(parseOneEvent(inheriting).ok).toBe(false);
    const optional = Object.assign(Object.create({ workerCategory: "SEAFARER_MERCHANT" }), own, {
      route: "P3MI",
    });
    expect(readValidEvent(optional)).toStrictEqual({
      type: "Registered",
      seq: 1,
      at: instants[0],
      route: "P3MI",
    });
  });

  it("leave what is not an event to zod's path, which names it", () => {
    const issuesOf = (parsed: ReturnType<typeof parseOneEvent>) =>
      parsed.ok ? [] : parsed.issues.map((issue) => [issue.code, issue.path]);
    for (const value of [null, undefined, 7, "Departed", []]) {
      expect(issuesOf(parseOneEvent(value))).toEqual([["INPUT_NOT_OBJECT", []]]);
      // In a history, the path starts with the event's place.
      expect(issuesOf(parseEvent(value, true, 4))).toEqual([["INPUT_NOT_OBJECT", [4]]]);
    }
    // A type that is not a string is unknown, even one that turns into an event type's name.
    const disguised = { type: { toString: () => "Departed" }, seq: 1, at: instants[0] };
    for (const parsed of [parseOneEvent(disguised), parseEvent(disguised, true)]) {
      expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.code)).toEqual(["EVENT_TYPE_UNKNOWN"]);
    }
  });

  it("never take an array, a value without an own type, or a type the readers do not know", () => {
    const list = Object.assign([], { type: "Departed", seq: 1, at: instants[0] });
    expect(readValidEvent(list)).toBeUndefined();
    const parsed = parseOneEvent(list);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.code)).toEqual(["INPUT_NOT_OBJECT"]);
    expect(readValidEvent(Object.create({ type: "Departed", seq: 1, at: instants[0] }))).toBeUndefined();
    for (const value of [null, undefined, "Departed", 1, { type: 1, seq: 1, at: instants[0] }]) {
      expect(readValidEvent(value)).toBeUndefined();
    }
    expect(readValidEvent({ type: "toString", seq: 1, at: instants[0] })).toBeUndefined();
  });

  it("copy the objects and lists in an event, as zod does, and the engine freezes the copy only", () => {
    const worker = { sex: "F", birthDate: "1999-01-01" };
    const programs = ["JKK", "JKM"];
    const registered = readValidEvent({ type: "Registered", seq: 1, at: instants[0], route: "P3MI", worker });
    expect((registered as LifecycleEvent & { worker: object }).worker).not.toBe(worker);
    const opened = parseOneEvent({ type: "Registered", seq: 1, at: instants[0], route: "P3MI", worker });
    expect(opened.ok && Object.isFrozen((opened.value as { worker: object }).worker)).toBe(true);
    expect(Object.isFrozen(worker)).toBe(false);
    const parsed = parseOneEvent({ type: "SocialSecurityRegistered", seq: 2, at: instants[0], programs });
    expect(parsed.ok && Object.isFrozen((parsed.value as { programs: string[] }).programs)).toBe(true);
    expect(Object.isFrozen(programs)).toBe(false);
    expect(parsed.ok && (parsed.value as { programs: string[] }).programs).toEqual(programs);
  });
});
