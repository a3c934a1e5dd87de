import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentSchemas } from "../../src/documents/index.js";
import { applyEvent, availableEvents, type Case, type LifecycleEvent, replay } from "../../src/index.js";
import { lifecycleEventSchemas } from "../../src/lifecycle/index.js";
import {
  EMPLOYER_TYPE_CODES,
  POSITION_CODES,
  SECTOR_CODES,
  WORKER_CATEGORY_CODES,
} from "../../src/reference/index.js";
import { at, events, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";
import { journeys } from "../lifecycle/journeys.js";
import { walk } from "../lifecycle/walk.js";
import { runs } from "../runs.js";

// Parsed events, and the documents a case holds, are plain objects without the optional fields
// they were not given: the engine must read such a field as absent, never from a polluted
// Object.prototype. Each field is polluted with a valid value that would change a verdict or a
// recorded fact if it were read (a guard passed, a document expired, another route or reason).

const PAST = "2000-01-01";
const FUTURE = "2099-12-31";

/** A harmful value for each optional field of an event (every one, see the first test). */
const EVENT_FIELDS: Readonly<Record<string, unknown>> = {
  route: "P3MI",
  workerCategory: WORKER_CATEGORY_CODES[WORKER_CATEGORY_CODES.length - 1],
  worker: { sex: "M", birthDate: "2015-01-01", provinceCode: "31", regencyCode: "3171" },
  sex: "M",
  birthDate: "2015-01-01",
  provinceCode: "31",
  regencyCode: "3171",
  position: POSITION_CODES[POSITION_CODES.length - 1],
  employerType: EMPLOYER_TYPE_CODES[EMPLOYER_TYPE_CODES.length - 1],
  sector: SECTOR_CODES[SECTOR_CODES.length - 1],
  employerId: "EMP-POLLUTED",
  jobOrderId: "JO-POLLUTED",
  destination: "SA",
  destinationCity: "Riyadh",
  placementAgency: "P3MI-POLLUTED",
  contractEndDate: PAST,
  reportVerifiedByMission: true,
  fitToReturnLetter: true,
  reason: "DEATH",
};

/** Harmful values for optional fields of documents that the departure check's rules read. */
const DOCUMENT_FIELDS: Readonly<Record<string, unknown>> = {
  expiryDate: PAST,
  validUntil: PAST,
  validFrom: FUTURE,
  issueDate: FUTURE,
  employerName: "Polluted Employer Ltd",
  preWorkContribution: false,
};

/** The fields of `schemas` (only the optional ones when `optionalOnly`), at any depth. */
function fieldNames(schemas: readonly unknown[], optionalOnly = false): Set<string> {
  const names = new Set<string>();
  const visit = (schema: unknown, depth: number): void => {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (def === undefined || depth > 6) return;
    if (def.type === "object") {
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        const optional = (field as { _zod: { def: { type: string } } })._zod.def.type === "optional";
        if (optional || !optionalOnly) names.add(key);
        visit(field, depth + 1);
      }
    } else visit(def.innerType ?? def.element, depth + 1);
  };
  for (const schema of schemas) visit(schema, 0);
  return names;
}
const OPTIONAL = fieldNames(Object.values(lifecycleEventSchemas()), true);

/** Runs `run` with every field of `fields` set (enumerable, as an assignment would) on Object.prototype. */
function polluted<T>(fields: Readonly<Record<string, unknown>>, run: () => T): T {
  const prototype = Object.prototype as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) prototype[key] = value;
  try {
    return run();
  } finally {
    for (const key of Object.keys(fields)) delete prototype[key];
  }
}

const ALL = { ...EVENT_FIELDS, ...DOCUMENT_FIELDS };

/** What each step gives: the case as JSON, or the refusal's codes; and the menu of the case reached. */
function outcomes(start: readonly LifecycleEvent[], proposed: readonly LifecycleEvent[]): unknown[] {
  const opened = start.length > 0 ? replay(start) : undefined;
  let current: Case | undefined = opened?.ok === true ? opened.value : undefined;
  const seen: unknown[] = [];
  for (const event of proposed) {
    const result = applyEvent(current, { ...event, seq: (current?.lastSeq ?? 0) + 1 });
    seen.push(result.ok ? JSON.stringify(result.value) : result.issues.map((issue) => issue.code));
    if (result.ok) current = result.value;
    seen.push(JSON.stringify(availableEvents(current)));
  }
  seen.push(current === undefined ? null : JSON.stringify(replay(current.history)));
  return seen;
}

/** The event with the optional fields that `mask` picks left out. */
function without(event: LifecycleEvent, mask: number): LifecycleEvent {
  const copy: Record<string, unknown> = { ...event };
  let bit = 0;
  for (const key of Object.keys(copy)) {
    if (OPTIONAL.has(key) && ((mask >> bit++) & 1) === 1) delete copy[key];
  }
  return copy as unknown as LifecycleEvent;
}

describe("the lifecycle on an Object.prototype polluted with the names of optional fields", () => {
  it("pollutes every optional field of every event schema", () => {
    expect([...OPTIONAL].sort()).toEqual(Object.keys(EVENT_FIELDS).sort());
  });

  it("a walk whose events leave optional fields out gives the same cases, refusals and menus", () => {
    fc.assert(
      fc.property(
        walk,
        fc.array(fc.nat(), { minLength: 25, maxLength: 25 }),
        ({ start, proposed }, masks) => {
          const thin = proposed.map((event, i) => without(event, masks[i] as number));
          const clean = outcomes(start, thin);
          expect(polluted(ALL, () => outcomes(start, thin))).toEqual(clean);
        },
      ),
      { numRuns: runs(120) },
    );
  });

  it("does not pass the mission's verification of a P3MI return that the event does not claim", () => {
    const working = events(
      ...PRE_PLACEMENT_ROWS,
      ["Departed", at("2025-03-03")],
      ["ArrivalReported", at("2025-03-04")],
      ["EmploymentStarted", at("2025-03-05"), { employerId: "EMP-TW-1" }],
    );
    const current = replay(working);
    if (!current.ok) throw new Error("fixture refused");
    const back = {
      type: "ReturnInitiated",
      seq: working.length + 1,
      at: at("2026-03-05"),
      reason: "CONTRACT_ENDED",
    };
    const codes = (result: ReturnType<typeof applyEvent>) =>
      result.ok ? [] : result.issues.map((i) => i.code);
    expect(codes(applyEvent(current.value, back))).toEqual(["GUARD_RETURN_NOT_VERIFIED"]);
    expect(polluted(EVENT_FIELDS, () => codes(applyEvent(current.value, back)))).toEqual([
      "GUARD_RETURN_NOT_VERIFIED",
    ]);
    // The contract end date the event left out is not taken from Object.prototype either.
    expect(current.value.contractEndDate).toBeNull();
    expect(polluted(EVENT_FIELDS, () => replay(working))).toEqual(current);
  });

  it("does not take a fit-to-return letter, or a worker's birth date, from Object.prototype", () => {
    const codes = (result: ReturnType<typeof applyEvent>) =>
      result.ok ? [] : result.issues.map((i) => i.code);
    const ill = {
      type: "ReturnInitiated",
      seq: 1,
      at: at("2026-03-05"),
      reason: "ACCIDENT_OR_ILLNESS",
      destination: "MY",
    };
    expect(codes(applyEvent(undefined, ill))).toEqual(["GUARD_FIT_TO_RETURN_MISSING"]);
    expect(polluted(EVENT_FIELDS, () => codes(applyEvent(undefined, ill)))).toEqual([
      "GUARD_FIT_TO_RETURN_MISSING",
    ]);
    // A worker's facts without a birth date: the age guard has nothing to judge (EVENT_FIELDS
    // holds a birth date that makes the worker a child).
    const registered = {
      type: "Registered",
      seq: 1,
      at: at("2025-01-06"),
      route: "P3MI",
      worker: { sex: "F" },
    };
    expect(applyEvent(undefined, registered).ok).toBe(true);
    expect(polluted(EVENT_FIELDS, () => codes(applyEvent(undefined, registered)))).toEqual([]);
  });

  it("does not judge a held document by a validity date Object.prototype holds", () => {
    const ready = events(...PRE_PLACEMENT_ROWS);
    const clean = replay(ready);
    expect(clean.ok && clean.value.state).toBe("READY_TO_DEPART");
    expect(polluted(DOCUMENT_FIELDS, () => replay(ready))).toEqual(clean);
    const departed = { type: "Departed", seq: ready.length + 1, at: at("2025-03-03") };
    if (!clean.ok) throw new Error("fixture refused");
    expect(polluted(DOCUMENT_FIELDS, () => applyEvent(clean.value, departed).ok)).toBe(true);
  });

  it("never reads a field of an event or a document through Object.prototype", () => {
    // Every field name of the event and document schemas, required ones too, gets a getter on
    // Object.prototype that counts the reads made by the library's own code (zod's reads of the
    // caller's values are checked afterwards: see holdsOnlyOwnFields).
    const names = new Set([
      ...fieldNames(Object.values(lifecycleEventSchemas())),
      ...fieldNames(Object.values(documentSchemas())),
    ]);
    const reads = new Map<string, number>();
    let counting = false;
    for (const name of names) {
      Object.defineProperty(Object.prototype, name, {
        configurable: true,
        get(this: unknown) {
          if (counting && this !== Object.prototype) {
            counting = false;
            const caller = (new Error().stack ?? "").split("\n")[2] ?? "";
            counting = true;
            if (caller.includes("/src/")) reads.set(name, (reads.get(name) ?? 0) + 1);
          }
          return undefined;
        },
        set(this: object, value: unknown) {
          Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
        },
      });
    }
    try {
      counting = true;
      for (const [, c] of journeys()) {
        availableEvents(c);
        replay(c.history);
      }
      fc.assert(
        fc.property(
          walk,
          fc.array(fc.nat(), { minLength: 25, maxLength: 25 }),
          ({ start, proposed }, masks) => {
            outcomes(
              start,
              proposed.map((event, i) => without(event, masks[i] as number)),
            );
          },
        ),
        { numRuns: runs(40) },
      );
    } finally {
      counting = false;
      for (const name of names) delete (Object.prototype as Record<string, unknown>)[name];
    }
    expect(Object.fromEntries(reads)).toEqual({});
  });
});
