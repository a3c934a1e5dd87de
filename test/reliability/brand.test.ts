// The mark the engine puts on what it built (a finished case, a dossier of validated documents) may
// let a check be skipped, so nothing but the object it was put on may carry it: not a copy made by
// any means an app uses, not another brand's object. And a case that lost it is checked again,
// never refused for that alone.
import { describe, expect, it } from "vitest";
import { createBrand } from "../../src/_lib/brand.js";
import { applyEvent, replay } from "../../src/index.js";
import { at, events, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";

describe("createBrand", () => {
  it("marks an object with a value that only that brand reads", () => {
    const finished = createBrand<string>();
    const other = createBrand<string>();
    const value = { a: 1 };
    expect(finished.has(value)).toBe(false);
    expect(finished.get(value)).toBeUndefined();
    finished.mark(value, "kept");
    expect(finished.has(value)).toBe(true);
    expect(finished.get(value)).toBe("kept");
    expect(other.has(value)).toBe(false);
    expect(other.get(value)).toBeUndefined();
  });

  it("is invisible, and no copy carries it", () => {
    const brand = createBrand<null>();
    const value = { a: 1, nested: { b: 2 } };
    brand.mark(value, null);
    Object.freeze(value);
    expect(brand.get(value)).toBeNull();
    expect(Object.keys(value)).toEqual(["a", "nested"]);
    expect(Reflect.ownKeys(value)).toEqual(["a", "nested"]);
    expect(JSON.stringify(value)).toBe('{"a":1,"nested":{"b":2}}');
    for (const copy of [
      { ...value },
      Object.assign({}, value),
      structuredClone(value),
      JSON.parse(JSON.stringify(value)),
      Object.create(value),
      new Proxy(value, {}),
    ]) {
      expect(brand.has(copy)).toBe(false);
    }
  });

  it("keeps a marked frozen object as it is", () => {
    const brand = createBrand<true>();
    const value = {};
    brand.mark(value, true);
    Object.freeze(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(brand.has(value)).toBe(true);
  });
});

describe("a case the engine finished", () => {
  const history = events(...PRE_PLACEMENT_ROWS);
  const ready = replay(history);
  if (!ready.ok) throw new Error("fixture");
  const departed = { type: "Departed", seq: ready.value.lastSeq + 1, at: at("2025-03-04") };

  it("is accepted as it is, and so is any copy of it (checked again, not refused)", () => {
    const direct = applyEvent(ready.value, departed);
    expect(direct.ok).toBe(true);
    for (const copy of [
      { ...ready.value },
      structuredClone(ready.value),
      JSON.parse(JSON.stringify(ready.value)),
    ]) {
      const again = applyEvent(copy, departed);
      expect(again).toEqual(direct);
    }
  });

  it("keeps an app's own keys on the next case, marked or copied", () => {
    const stored = { ...ready.value, tenant: "desk-7" };
    const first = applyEvent(stored, departed);
    if (!first.ok) throw new Error("refused");
    expect((first.value as unknown as { tenant: string }).tenant).toBe("desk-7");
    const arrived = { type: "ArrivalReported", seq: first.value.lastSeq + 1, at: at("2025-03-05") };
    const second = applyEvent(first.value, arrived);
    if (!second.ok) throw new Error("refused");
    expect((second.value as unknown as { tenant: string }).tenant).toBe("desk-7");
  });
});
