// A desk app submits what the officer typed, gets issues back, lets the officer fix the SAME object in
// place and submits it again. The first, refused call must leave that object as it was (not frozen,
// not sealed, not changed), so the fix can be written into it and the retry succeeds. The classic
// failure: a `.readonly()` schema that meets a wrong value freezes the value it was given.
import { describe, expect, it } from "vitest";
import { changesSince, snapshotInputs } from "../../scripts/input-snapshot.js";
import {
  applyEvent,
  availableEvents,
  type Case,
  checkDossier,
  definePolicy,
  PekerjaMigranError,
  POLICIES,
  type Policy,
  replay,
} from "../../src/index.js";
import { isPolicy } from "../../src/policies/index.js";
import { validContext, validDossier } from "../documents/fixtures.js";
import { at, BIRTH_DATE, events, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";

type Editable = Record<string, unknown>;
const worker = () => ({ sex: "F", birthDate: BIRTH_DATE, provinceCode: "19", regencyCode: "1971" });
const registered = (): Editable => ({
  type: "Registered",
  seq: 1,
  at: at("2025-01-06"),
  route: "P3MI",
  worker: [],
});
const policy = POLICIES[POLICIES.length - 1] as Policy;

/** Calls `call`, which must refuse, and proves the arguments came back untouched. */
function refusedUntouched(args: readonly unknown[], call: () => { ok: boolean }): void {
  const before = snapshotInputs(args);
  expect(call().ok).toBe(false);
  expect(changesSince(before)).toEqual([]);
}

describe("a refused input fixed in place and submitted again", () => {
  it("replay: a Registered event with worker: []", () => {
    const history = [registered()];
    refusedUntouched([history], () => replay(history));
    expect(Object.isFrozen(history[0]?.worker)).toBe(false);
    (history[0] as Editable).worker = worker();
    expect(replay(history).ok).toBe(true);
  });

  it("replay: a SocialSecurityRegistered event with a repeated programme, fixed in its own array", () => {
    const history: Editable[] = [
      { ...registered(), worker: worker() },
      { type: "SocialSecurityRegistered", seq: 2, at: at("2025-02-01"), programs: ["JKK", "JKK"] },
    ];
    const programs = history[1]?.programs as string[];
    refusedUntouched([history], () => replay(history));
    programs[1] = "JKM";
    const result = replay(history);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.socialSecurityPrograms).toEqual(["JKK", "JKM"]);
  });

  it("applyEvent: a refused event and a refused stored case", () => {
    const opened = replay([{ ...registered(), worker: worker() }]);
    if (!opened.ok) expect.fail("fixture");
    const event: Editable = {
      type: "SocialSecurityRegistered",
      seq: 2,
      at: at("2025-02-01"),
      programs: ["JKK", "JKK"],
    };
    refusedUntouched([opened.value, event], () => applyEvent(opened.value, event));
    (event.programs as string[]).splice(1, 1, "JKM");
    expect(applyEvent(opened.value, event).ok).toBe(true);

    // A case stored as JSON and loaded back, with a field broken by an old import script.
    const stored = JSON.parse(JSON.stringify(opened.value)) as Editable;
    stored.worker = [];
    const [type, when, payload] = PRE_PLACEMENT_ROWS[1];
    const next = { type, seq: 2, at: when, ...payload };
    refusedUntouched([stored, next], () => applyEvent(stored as unknown as Case, next));
    stored.worker = worker();
    expect(applyEvent(stored as unknown as Case, next).ok).toBe(true);
  });

  it("replay and applyEvent: options with a policy whose name is a list", () => {
    const options = { policy: { ...JSON.parse(JSON.stringify(policy)), name: [] } as Editable };
    const history = events(...PRE_PLACEMENT_ROWS.slice(0, 3));
    refusedUntouched([history, options], () => replay(history, options));
    options.policy.name = { ...policy.name };
    expect(replay(history, options).ok).toBe(true);
  });

  it("availableEvents: a stored case with worker: [], and options with a broken policy", () => {
    const ready = replay(events(...PRE_PLACEMENT_ROWS));
    if (!ready.ok) expect.fail("fixture");
    const stored = JSON.parse(JSON.stringify(ready.value)) as Editable;
    stored.worker = [];
    refusedUntouched([stored], () => availableEvents(stored as unknown as Case));
    stored.worker = worker();
    expect(availableEvents(stored as unknown as Case).ok).toBe(true);

    const options = { policy: { ...JSON.parse(JSON.stringify(policy)), name: [] } as Editable };
    refusedUntouched([ready.value, options], () => availableEvents(ready.value, options));
    options.policy.name = { ...policy.name };
    expect(availableEvents(ready.value, options).ok).toBe(true);
  });

  it("definePolicy: a throw for a bad override leaves it unfrozen, and the fixed override is accepted", () => {
    const overrides: Editable = { id: "JATIM-2026", name: [] };
    const before = snapshotInputs([policy, overrides]);
    expect(() => definePolicy(policy, overrides as never)).toThrow(PekerjaMigranError);
    expect(changesSince(before)).toEqual([]);
    overrides.name = { id: "Jawa Timur", en: "East Java" };
    expect(definePolicy(policy, overrides as never).id).toBe("JATIM-2026");
  });

  it("definePolicy: a repeated parameter list and a broken base loaded from JSON", () => {
    const moratorium = JSON.parse(JSON.stringify(policy.parameters.moratorium)) as Editable;
    const value = moratorium.value as Editable;
    value.countries = [[]];
    const overrides = { id: "MORATORIUM-FIX", parameters: { moratorium } };
    const before = snapshotInputs([policy, overrides]);
    expect(() => definePolicy(policy, overrides as never)).toThrow(PekerjaMigranError);
    expect(changesSince(before)).toEqual([]);
    value.countries = ["SA"];
    expect(definePolicy(policy, overrides as never).parameters.moratorium.value).toMatchObject({
      countries: ["SA"],
    });

    const base = { ...JSON.parse(JSON.stringify(policy)), name: [] } as Editable;
    const again = snapshotInputs([base]);
    expect(isPolicy(base)).toBe(false);
    expect(() => definePolicy(base as never, { id: "X-1" })).toThrow(PekerjaMigranError);
    expect(changesSince(again)).toEqual([]);
    base.name = { ...policy.name };
    expect(isPolicy(base)).toBe(true);
    expect(definePolicy(base as never, { id: "X-1" }).id).toBe("X-1");
  });

  it("checkDossier: a context whose policy is broken, then fixed", () => {
    const context = { ...validContext(), policy: { ...JSON.parse(JSON.stringify(policy)), name: [] } };
    const dossier = validDossier();
    refusedUntouched([dossier, context], () => checkDossier(dossier, context));
    context.policy.name = { ...policy.name };
    expect(checkDossier(dossier, context).issues.map((i) => i.code)).not.toContain("POLICY_INVALID");
  });
});
