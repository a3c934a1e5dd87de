// The engine orders events by their instants. Two instants written in the same shape and offset are
// compared as strings (no parse on the hot path); any other pair as moments. The shortcut must give
// the moment order for every pair of valid instants: same or different offsets, `Z` against
// `+00:00`, minutes against seconds against milliseconds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isInstant } from "../../src/_lib/dates/instant.js";
import { isInstantBefore } from "../../src/lifecycle/_lib/instant-order.js";
import { runs } from "../runs.js";

const OFFSETS = ["Z", "+00:00", "+07:00", "+08:00", "-05:00", "+05:45", "-00:30"] as const;
const SHAPES = [16, 19, 23] as const; // YYYY-MM-DDTHH:MM, …:SS, …:SS.mmm

/** The instant `moment` (ms since the epoch) as written at `offset`, cut to `shape` characters. */
function written(moment: number, offset: (typeof OFFSETS)[number], shape: (typeof SHAPES)[number]): string {
  const minutes =
    offset === "Z"
      ? 0
      : (offset[0] === "-" ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  return `${new Date(moment + minutes * 60_000).toISOString().slice(0, shape)}${offset}`;
}

const moment = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) });
const instant = fc
  .tuple(moment, fc.constantFrom(...OFFSETS), fc.constantFrom(...SHAPES))
  .map(([m, offset, shape]) => written(m, offset, shape));
// Mostly near each other and alike in shape or offset, where a wrong shortcut would show.
const pair = fc.oneof(
  fc.tuple(instant, instant),
  fc
    .tuple(
      moment,
      fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }),
      fc.constantFrom(...OFFSETS),
      fc.constantFrom(...OFFSETS),
      fc.constantFrom(...SHAPES),
    )
    .map(([m, delta, o1, o2, shape]) => [written(m, o1, shape), written(m + delta, o2, shape)] as const),
);

describe("isInstantBefore", () => {
  it("orders any two valid instants as moments", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(isInstant(a) && isInstant(b)).toBe(true);
        expect(isInstantBefore(a, b)).toBe(Date.parse(a) < Date.parse(b));
      }),
      { numRuns: runs(2000) },
    );
  });

  it.each([
    // Same length, different offsets: the string order is the wrong one.
    ["2025-03-03T09:00:00+08:00", "2025-03-03T08:30:00+07:00", true],
    ["2025-03-03T08:30:00+07:00", "2025-03-03T09:00:00+08:00", false],
    ["2025-03-03T09:00:00-05:00", "2025-03-03T10:00:00+07:00", false],
    // `Z` against `+00:00`, and against another `Z`.
    ["2025-03-03T09:00:00Z", "2025-03-03T09:00:00+00:00", false],
    ["2025-03-03T08:59:59Z", "2025-03-03T09:00:00+00:00", true],
    ["2025-03-03T09:00:00Z", "2025-03-03T09:00:01Z", true],
    ["2025-03-03T09:00:01Z", "2025-03-03T09:00:00Z", false],
    // Different shapes of one moment, and equal instants (never strictly before).
    ["2025-03-03T09:00+07:00", "2025-03-03T09:00:00+07:00", false],
    ["2025-03-03T09:00:00.001+07:00", "2025-03-03T09:00:01+07:00", true],
    ["2025-03-03T09:00:00+07:00", "2025-03-03T09:00:00+07:00", false],
    // Offsets that differ only in the minutes, or only in the sign.
    ["2025-03-03T09:00:00+05:45", "2025-03-03T09:00:00+05:30", true],
    ["2025-03-03T09:00:00+01:00", "2025-03-03T09:00:00-01:00", true],
  ])("%s before %s: %s", (a, b, expected) => {
    expect(isInstantBefore(a, b)).toBe(expected);
    expect(expected).toBe(Date.parse(a) < Date.parse(b));
  });
});
