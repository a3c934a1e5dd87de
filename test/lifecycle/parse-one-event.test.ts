// applyEvent's event parse (parseOneEvent: the event's generated reader, else zod on a read-once
// copy) beside the plain path it stands for (parseEvent on a read-once copy): the two must agree on
// every event, plain or with fields on a prototype of its own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LifecycleEvent } from "../../src/index.js";
import { parseEvent, parseOneEvent } from "../../src/lifecycle/_lib/parse-event.js";
import { runs } from "../runs.js";
import { walk } from "./walk.js";

/** `event` with the fields named by `moved` (and an object field's own fields) put on its prototype. */
function inheriting(event: Record<string, unknown>, moved: readonly boolean[], extra: string | undefined) {
  const keys = Object.keys(event);
  const own: Record<string, unknown> = {};
  const inherited: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    const value = event[key];
    if (moved[i] === true) inherited[key] = value;
    else if (
      moved[i + keys.length] === true &&
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value)
    )
      own[key] = Object.assign(Object.create({ ...value }), {});
    else own[key] = value;
  });
  if (extra !== undefined) inherited[extra] = "inherited";
  return Object.assign(Object.create(inherited), own);
}

describe("parseOneEvent (applyEvent's event parse)", () => {
  it("gives what the read-once copy gives, for plain events and for events that inherit fields (property)", () => {
    fc.assert(
      fc.property(
        walk,
        fc.array(fc.boolean(), { maxLength: 24 }),
        fc.option(fc.constantFrom("destination", "position", "issuingOffice", "route", "note")),
        ({ proposed }, moved, extra) => {
          for (const event of proposed) {
            const plain = event as unknown as Record<string, unknown>;
            const copied = parseEvent(plain, false);
            expect(parseOneEvent(plain)).toEqual(copied);
            // On a plain event the direct parse (replay's, on a pristine Object.prototype) agrees too.
            expect(parseEvent(plain, true)).toEqual(copied);
            const tricky = inheriting(plain, moved, extra ?? undefined);
            expect(parseOneEvent(tricky)).toEqual(parseEvent(tricky, false));
          }
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it("reads a plain event once: a field behind a getter is read by the event's reader only", () => {
    let reads = 0;
    const event = { type: "Registered", seq: 1, at: "2025-01-06T09:00:00+07:00" };
    Object.defineProperty(event, "route", {
      enumerable: true,
      get: () => {
        reads++;
        return "P3MI";
      },
    });
    const parsed = parseOneEvent(event);
    expect(parsed.ok && (parsed.value as LifecycleEvent & { route: string }).route).toBe("P3MI");
    expect(reads).toBe(1);
  });
});
