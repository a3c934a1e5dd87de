import { afterEach, describe, expect, it } from "vitest";
import { holdsOnlyOwnFields, objectPrototypeIsPristine } from "../../src/_lib/read-once.js";
import { applyEvent, checkDossier, type LifecycleEvent, replay } from "../../src/index.js";
import { validContext, validDossier } from "../documents/fixtures.js";
import { at, events, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";

// replay and applyEvent parse events directly when Object.prototype is pristine and through a
// keyless copy when it is not: both ways must give the same case.

const polluted = Object.prototype as Record<string, unknown>;
const added: string[] = [];

function pollute(key: string, enumerable: boolean): void {
  Object.defineProperty(Object.prototype, key, {
    value: "X",
    enumerable,
    configurable: true,
    writable: true,
  });
  added.push(key);
}

afterEach(() => {
  for (const key of added.splice(0)) delete polluted[key];
});

describe("objectPrototypeIsPristine", () => {
  it("is true on a clean Object.prototype, false once a key is added, enumerable or not", () => {
    expect(objectPrototypeIsPristine()).toBe(true);
    pollute("position", false);
    expect(objectPrototypeIsPristine()).toBe(false);
    delete polluted.position;
    added.length = 0;
    expect(objectPrototypeIsPristine()).toBe(true);
    pollute("maxEvents", true);
    expect(objectPrototypeIsPristine()).toBe(false);
  });

  it("is false when a standard key is made enumerable (zod's for…in would see it)", () => {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, "valueOf") as PropertyDescriptor;
    Object.defineProperty(Object.prototype, "valueOf", { ...descriptor, enumerable: true });
    try {
      expect(objectPrototypeIsPristine()).toBe(false);
    } finally {
      Object.defineProperty(Object.prototype, "valueOf", descriptor);
    }
    expect(objectPrototypeIsPristine()).toBe(true);
  });
});

describe("holdsOnlyOwnFields", () => {
  const input = { a: 1, list: [{ b: "x" }, 2], nested: { c: null } };

  it("is true for an output read from own data fields only, at every depth, and for primitives", () => {
    expect(holdsOnlyOwnFields({ a: 1, list: [{ b: "x" }, 2], nested: { c: null } }, input)).toBe(true);
    // The output may leave fields out (a schema strips nothing, but it may not read them all).
    expect(holdsOnlyOwnFields({ nested: {} }, input)).toBe(true);
    expect(holdsOnlyOwnFields("x", undefined)).toBe(true);
  });

  it("is false when a field, at any depth, is not the input's own", () => {
    expect(holdsOnlyOwnFields({ a: 1, d: 2 }, input)).toBe(false);
    expect(holdsOnlyOwnFields({ nested: { c: null, e: 1 } }, input)).toBe(false);
    expect(holdsOnlyOwnFields({ list: [{ b: "x", f: 1 }] }, input)).toBe(false);
    expect(holdsOnlyOwnFields({ a: 1 }, Object.create({ a: 1 }))).toBe(false);
  });

  it("is false when an object was not read from an object of the same kind, or from a getter", () => {
    expect(holdsOnlyOwnFields({ a: {} }, input)).toBe(false);
    expect(holdsOnlyOwnFields({ list: {} }, input)).toBe(false);
    expect(holdsOnlyOwnFields({ nested: [] }, input)).toBe(false);
    expect(holdsOnlyOwnFields({}, null)).toBe(false);
    let calls = 0;
    const withGetter = Object.defineProperty({}, "nested", {
      enumerable: true,
      get: () => {
        calls++;
        return { c: null };
      },
    });
    expect(holdsOnlyOwnFields({ nested: { c: null } }, withGetter)).toBe(false);
    expect(calls).toBe(0);
  });

  it("is false past the depth limit of the read-once copy", () => {
    const deep = (levels: number): object => (levels === 0 ? {} : { x: deep(levels - 1) });
    expect(holdsOnlyOwnFields(deep(31), deep(31))).toBe(true);
    expect(holdsOnlyOwnFields(deep(32), deep(32))).toBe(false);
  });
});

describe("replay on a prototype polluted with a field name the events leave out", () => {
  const journey = events(...PRE_PLACEMENT_ROWS);
  const clean = replay(journey);

  it.each([
    ["non-enumerable", false],
    ["enumerable", true],
  ] as const)("gives the same case when the pollution is %s", (_name, enumerable) => {
    expect(clean.ok).toBe(true);
    // Optional fields of the events and their documents that the journey leaves out.
    pollute("position", enumerable);
    pollute("reason", enumerable);
    pollute("issuingOffice", enumerable);
    const result = replay(journey);
    for (const key of added.splice(0)) delete polluted[key];
    expect(result).toEqual(clean);
  });
});

describe("checkDossier on a prototype polluted with a field name the dossier and its context leave out", () => {
  it.each([
    ["non-enumerable", false],
    ["enumerable", true],
  ] as const)("gives the same check when the pollution is %s", (_name, enumerable) => {
    const clean = checkDossier(validDossier(), validContext());
    pollute("position", enumerable);
    pollute("issuingOffice", enumerable);
    pollute("pregnant", enumerable);
    // Options of the context that the fixture leaves out: read through the same answer.
    pollute("registrationDate", enumerable);
    pollute("stage", enumerable);
    const result = checkDossier(validDossier(), validContext());
    for (const key of added.splice(0)) delete polluted[key];
    expect(result).toEqual(clean);
  });
});

describe("applyEvent judges an event by its own fields, whatever its prototypes hold", () => {
  // applyEvent parses the event itself when the parsed event holds only the event's own fields,
  // and else parses a read-once copy: the case must be the one the event's own fields give.
  const registered = { type: "Registered", seq: 1, at: at("2025-01-06"), route: "P3MI" };
  const journey = events(...PRE_PLACEMENT_ROWS);
  const passportAt = journey.findIndex((e) => (e as { kind?: string }).kind === "PASSPORT");
  const beforePassport = replay(journey.slice(0, passportAt));
  const passport = journey[passportAt] as LifecycleEvent & { document: object };

  it.each([
    ["non-enumerable", false],
    ["enumerable", true],
  ] as const)(
    "on a prototype polluted (%s) with a valid value for a field the document leaves out",
    (_name, enumerable) => {
      if (!beforePassport.ok) expect.fail("fixture");
      const clean = applyEvent(beforePassport.value, passport);
      expect(clean.ok && (clean.value.documents.PASSPORT as { issuingOffice?: string }).issuingOffice).toBe(
        undefined,
      );
      // Not enumerable, zod's check for unknown keys does not see it, but its read of the missing field does.
      pollute("issuingOffice", enumerable);
      const result = applyEvent(beforePassport.value, passport);
      for (const key of added.splice(0)) delete polluted[key];
      expect(result).toEqual(clean);
    },
  );

  it("when the event, or an object in it, inherits fields from a prototype of its own", () => {
    if (!beforePassport.ok) expect.fail("fixture");
    const inheriting = Object.assign(Object.create({ workerCategory: "SEAFARER_MERCHANT" }), registered);
    expect(applyEvent(undefined, inheriting)).toEqual(applyEvent(undefined, registered));
    const clean = applyEvent(beforePassport.value, passport);
    expect(clean.ok && (clean.value.documents.PASSPORT as { issuingOffice?: string }).issuingOffice).toBe(
      undefined,
    );
    const document = Object.assign(
      Object.create({ issuingOffice: "Kanim Pangkalpinang" }),
      passport.document,
    );
    expect(applyEvent(beforePassport.value, { ...passport, document })).toEqual(clean);
  });

  it("when an object in the event is behind a getter: the verdict is the read-once copy's", () => {
    if (!beforePassport.ok) expect.fail("fixture");
    const clean = applyEvent(beforePassport.value, passport);
    let reads = 0;
    const behindGetter = { ...passport };
    Object.defineProperty(behindGetter, "document", {
      enumerable: true,
      get() {
        reads++;
        return passport.document;
      },
    });
    expect(applyEvent(beforePassport.value, behindGetter)).toEqual(clean);
    // Once, by the event's generated reader (before it, zod's parse and the copy judged instead read it twice).
    expect(reads).toBe(1);
  });
});

describe("a document kind set on Object.prototype is not a document the case holds", () => {
  const abroad = [
    ["Departed", at("2025-03-03")],
    ["ArrivalReported", at("2025-03-04")],
    ["EmploymentStarted", at("2025-03-05")],
    ["LeaveStarted", at("2025-09-01")],
    ["ReentryDeparted", at("2025-09-20")],
  ] as const;
  const chain = events(...PRE_PLACEMENT_ROWS, ...abroad);
  // Without the employment contract, departure is refused (dossier) before anything abroad.
  const withoutContract = events(
    ...PRE_PLACEMENT_ROWS.filter(
      (row) => (row[2] as { kind?: string } | undefined)?.kind !== "EMPLOYMENT_CONTRACT",
    ),
    ...abroad,
  );

  it.each([
    ["non-enumerable", false],
    ["enumerable", true],
  ] as const)("gives the same verdicts when the kinds are set %s", (_name, enumerable) => {
    // A case abroad without a contract (its events trusted), then a checked start of work.
    const trusted = replay(withoutContract.slice(0, -3), { checkGuards: false });
    const startWork = () => (trusted.ok ? applyEvent(trusted.value, withoutContract.at(-3)) : trusted);
    // A return for illness with neither a fit-to-return letter nor its document.
    const working = replay(chain.slice(0, -2));
    const illReturn = () =>
      working.ok
        ? applyEvent(working.value, {
            type: "ReturnInitiated",
            seq: working.value.lastSeq + 1,
            at: at("2025-06-01"),
            reason: "ACCIDENT_OR_ILLNESS",
            reportVerifiedByMission: true,
          })
        : working;
    const judge = () => [
      replay(chain.slice(0, 10)),
      replay(chain),
      replay(withoutContract),
      startWork(),
      illReturn(),
    ];
    const clean = judge();
    // The last event needs a re-entry visa the case never received: refused, polluted or not.
    const codes = clean.map((r) => (r.ok ? [] : r.issues.map((issue) => issue.code)));
    expect(codes[1]).toEqual(["GUARD_REENTRY_VISA_MISSING"]);
    expect(codes[2]).toContain("GUARD_DOSSIER_INCOMPLETE");
    expect(codes[3]).toEqual(["GUARD_EMPLOYMENT_CONTRACT_MISSING"]);
    expect(codes[4]).toEqual(["GUARD_FIT_TO_RETURN_MISSING"]);
    for (const kind of ["PASSPORT", "REENTRY_VISA", "EMPLOYMENT_CONTRACT", "WORK_VISA", "FIT_TO_RETURN"]) {
      Object.defineProperty(Object.prototype, kind, {
        value: { validUntil: "2099-01-01" },
        enumerable,
        configurable: true,
        writable: true,
      });
      added.push(kind);
    }
    const result = judge();
    for (const key of added.splice(0)) delete polluted[key];
    expect(result).toEqual(clean);
  });
});

describe("a document kind made read-only on Object.prototype", () => {
  it("does not make submitting or withdrawing that kind throw (the dossier's keys are defined)", () => {
    const journey = events(...PRE_PLACEMENT_ROWS);
    Object.defineProperty(Object.prototype, "PASSPORT", { value: {}, writable: false, configurable: true });
    added.push("PASSPORT");
    // Before, the copy of the dossier and the submission assigned the key, which threw a TypeError.
    const result = replay(journey);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.value.documents, "PASSPORT")).toBe(true);
    const withdrawn = applyEvent(result.value, {
      type: "DocumentWithdrawn",
      seq: result.value.lastSeq + 1,
      at: at("2025-03-01"),
      kind: "PASSPORT",
    });
    expect(withdrawn.ok && Object.hasOwn(withdrawn.value.documents, "PASSPORT")).toBe(false);
    expect(withdrawn.ok).toBe(true);
  });
});
