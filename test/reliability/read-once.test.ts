// Read once, outside the lifecycle too: with valid input (the fuzzer mostly sends invalid input), no
// public function may change or freeze what it was given, nor return an object of the caller's that
// the caller can still change (a result that changes after it was checked).
import { describe, expect, it } from "vitest";
import { changesSince, sharedWithInput, snapshotInputs } from "../../scripts/input-snapshot.js";
import {
  byField,
  checkDossier,
  definePolicy,
  POLICIES,
  type Policy,
  reconcile,
  redactDossier,
  replay,
  requiredDocuments,
  summarize,
  tally,
} from "../../src/index.js";
import { isPolicy } from "../../src/policies/index.js";
import { validContext, validDossier } from "../documents/fixtures.js";
import { events, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";
import { publishedTable } from "../statistics/fixtures.js";

const policy = POLICIES[POLICIES.length - 1] as Policy;
/** A shipped policy as an app stores and loads it back: valid, but not the library's own object. */
const loaded = () => JSON.parse(JSON.stringify(policy)) as Policy;
/** Calls with `args`, and checks they came back unchanged and share nothing mutable with the result. */
function readOnce(args: unknown[], call: (...args: unknown[]) => unknown): unknown {
  const before = snapshotInputs(args);
  const result = call(...args);
  expect(changesSince(before)).toEqual([]);
  expect(sharedWithInput(before, result)).toEqual([]);
  return result;
}

describe("valid input is read once and never kept", () => {
  it("checkDossier, with a loaded policy in the context", () => {
    const result = readOnce([validDossier(), { ...validContext(), policy: loaded() }], (d, c) =>
      checkDossier(d, c as never),
    );
    expect(result).toMatchObject({ ok: true });
  });

  it("redactDossier, with and without health data", () => {
    readOnce([validDossier()], (d) => redactDossier(d));
    readOnce([validDossier(), { keepHealthData: true }], (d, o) => redactDossier(d, o as never));
  });

  it("requiredDocuments and isPolicy, with a loaded policy", () => {
    const result = readOnce([{ route: "P3MI", departureDate: "2026-02-01", policy: loaded() }], (c) =>
      requiredDocuments(c),
    );
    expect(result).toMatchObject({ ok: true });
    expect(readOnce([loaded()], (p) => isPolicy(p))).toBe(true);
  });

  it("definePolicy, from a shipped and from a loaded base, with list-valued overrides", () => {
    const overrides = () => ({
      id: "MY-1",
      parameters: {
        moratorium: {
          ...loaded().parameters.moratorium,
          value: { ...policy.parameters.moratorium.value, countries: ["SA"] },
        },
      },
    });
    const mine = readOnce([policy, overrides()], (b, o) => definePolicy(b as Policy, o as never)) as Policy;
    expect(mine.parameters.moratorium.value.countries).toEqual(["SA"]);
    expect(Object.isFrozen(mine.parameters.moratorium.value.countries)).toBe(true);
    readOnce([loaded(), overrides()], (b, o) => definePolicy(b as Policy, o as never));
  });

  it("reconcile, tally and summarize", () => {
    expect(readOnce([publishedTable()], (t) => reconcile(t))).toMatchObject({ ok: true });
    const records = [
      { destination: "TW", sex: "F" },
      { destination: "HK", sex: "M" },
    ];
    readOnce([records], (r) => tally(r as never, [byField("destination")]));
    const ready = replay(events(...PRE_PLACEMENT_ROWS));
    if (!ready.ok) expect.fail("fixture");
    const stored = JSON.parse(JSON.stringify(ready.value));
    readOnce([[stored], { indicator: "placements", by: ["destination"] }], (c, s) =>
      summarize(c, s as never),
    );
  });
});
