import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEvent, type Case, formatIssue, replay, STATES } from "../../src/index.js";
import { runs } from "../runs.js";
import { at } from "./fixtures.js";
import { run, TYPES, walk } from "./walk.js";

describe("properties over event sequences generated from the table", () => {
  it("applies or refuses every event with issues, never leaving the table's states and phases", () => {
    fc.assert(
      fc.property(walk, ({ start, proposed }) => {
        const { snapshots, refusals } = run(start, proposed);
        for (const count of refusals) expect(count).toBeGreaterThan(0);
        for (const c of snapshots) {
          expect(Object.hasOwn(STATES, c.state)).toBe(true);
          expect(c.phase).toBe(STATES[c.state].phase);
          if (STATES[c.state].terminal) expect(c.outcome).toBe(c.state);
          expect(c.history).toHaveLength(c.lastSeq);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("replay equals folding applyEvent, and replaying a prefix gives the case at that point", () => {
    fc.assert(
      fc.property(walk, ({ start, proposed }) => {
        const { current, accepted, snapshots } = run(start, proposed);
        if (current === undefined) return;
        expect(replay(accepted)).toEqual({ ok: true, value: current });
        expect(replay(accepted, { checkGuards: false })).toEqual({ ok: true, value: current });
        snapshots.forEach((snapshot) => {
          expect(replay(accepted.slice(0, snapshot.lastSeq))).toEqual({ ok: true, value: snapshot });
        });
      }),
      { numRuns: runs(60) },
    );
  });

  it("keeps every case lossless through JSON and never mutates its inputs", () => {
    fc.assert(
      fc.property(walk, ({ start, proposed }) => {
        const frozenInput = structuredClone(proposed);
        const { snapshots } = run(start, proposed);
        expect(proposed).toEqual(frozenInput);
        for (const c of snapshots) expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
      }),
      { numRuns: runs(100) },
    );
  });

  it("never throws on input of any shape and never echoes it", () => {
    // Not a field name (a space), so never named even as a key: a key that reads as a field name is
    // named in an unknown key's path by design, since that is how a misspelling is found.
    const canary = "Zx9 canary";
    const nasty = fc.oneof(
      fc.string().map((s) => `${s}${canary}`),
      fc.constantFrom("__proto__", "constructor", "Registered", "Departed", "2025-01-01T00:00:00Z"),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(null, undefined, Number.NaN),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, nasty, tie("array"), tie("object")),
      array: fc.array(tie("node"), { maxLength: 4 }),
      object: fc.dictionary(
        fc.oneof(nasty.map(String), fc.constantFrom("type", "seq", "at", "route", "kind", "document")),
        tie("node"),
        {
          maxKeys: 6,
        },
      ),
    })).node;
    const eventLike = fc.record({
      type: fc.oneof(fc.constantFrom(...TYPES), nasty),
      seq: fc.oneof(fc.constant(1), nasty),
      at: fc.oneof(fc.constant(at("2025-01-01")), nasty),
      route: fc.oneof(fc.constant("P3MI"), nasty),
      document: value,
    });
    const polluted = JSON.parse(`{"__proto__": {"polluted": "${canary}"}, "type": "Registered"}`);
    fc.assert(
      fc.property(
        fc.oneof(value, fc.array(fc.oneof(eventLike, value), { maxLength: 4 }), fc.constant(polluted)),
        value,
        (input, options) => {
          const results = [
            replay(input, options),
            replay([input]),
            applyEvent(undefined, input),
            applyEvent(input as Case, { type: "MedicalFit", seq: 2, at: at("2025-01-02") }),
          ];
          for (const result of results) {
            if (result.ok) continue;
            expect(JSON.stringify(result.issues)).not.toContain(canary);
            for (const issue of result.issues) expect(formatIssue(issue, "en")).not.toContain(canary);
          }
          expect("polluted" in Object.prototype).toBe(false);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
