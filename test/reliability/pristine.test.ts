import { afterEach, describe, expect, it } from "vitest";
import { objectPrototypeIsPristine } from "../../src/_lib/read-once.js";
import { checkDossier, replay } from "../../src/index.js";
import { validContext, validDossier } from "../documents/fixtures.js";
import { events, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";

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
