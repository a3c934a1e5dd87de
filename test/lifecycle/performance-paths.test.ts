import { describe, expect, it } from "vitest";
import { checkDossier, DOCUMENT_KIND_CODES } from "../../src/documents/index.js";
import {
  applyEvent,
  type Case,
  EVENT_TYPES,
  type EventType,
  type LifecycleEvent,
  replay,
} from "../../src/index.js";
import { resolveOptions } from "../../src/lifecycle/_lib/options.js";
import {
  isOwnCase,
  setDocument,
  setMilestone,
  settleCase,
  step,
  withDocument,
  withMilestone,
} from "../../src/lifecycle/_lib/step.js";
import type { MilestoneCode } from "../../src/lifecycle/index.js";
import { at, events, PRE_PLACEMENT_ROWS, submit } from "./fixtures.js";
import { caseOf } from "./helpers.js";

// The engine's fast paths (replay's private draft, field-by-field copies of its own cases, trusted
// documents at departure) must give exactly the cases and issues of the plain paths.

const journey = events(
  ...PRE_PLACEMENT_ROWS,
  ["DocumentWithdrawn", at("2025-02-26"), { kind: "KK" }],
  submit("KK", at("2025-02-26", "10:00")),
  ["Departed", at("2025-03-03")],
  ["ArrivalReported", at("2025-03-04")],
  ["EmploymentStarted", at("2025-03-05"), { employerId: "EMP-TW-1", contractEndDate: "2027-03-04" }],
  ["ComplaintFiled", at("2025-04-01"), { complaintId: "A1", category: "UNPAID_WAGES", channel: "PHONE" }],
  ["ComplaintVerified", at("2025-04-02"), { complaintId: "A1" }],
  ["ReturnInitiated", at("2025-05-01"), { reason: "OTHER" }],
);

function fold(list: readonly LifecycleEvent[]): Case {
  let current: Case | undefined;
  for (const event of list) {
    const result = applyEvent(current, event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.issues.map((i) => i.code).join()}`);
    current = result.value;
  }
  return current as Case;
}

describe("replay and applyEvent build the same case", () => {
  it("to the key order, at every prefix of a journey", () => {
    for (let n = 1; n <= journey.length; n++) {
      const prefix = journey.slice(0, n);
      expect(JSON.stringify(caseOf(prefix))).toBe(JSON.stringify(fold(prefix)));
    }
  });
  it("round-trips through JSON", () => {
    const c = caseOf(journey);
    expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
    expect(c.documents.KK).toBeDefined();
  });
  it("leaves the previous case untouched", () => {
    const before = caseOf(journey.slice(0, -1));
    const snapshot = JSON.stringify(before);
    const after = applyEvent(before, journey[journey.length - 1]);
    expect(after.ok).toBe(true);
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});

describe("a case from outside", () => {
  it("keeps whatever else it carries, as before", () => {
    const outside = { ...JSON.parse(JSON.stringify(caseOf(journey.slice(0, 30)))), note: "kept" } as Case;
    expect(isOwnCase(outside)).toBe(false);
    const r = applyEvent(outside, journey[30]);
    expect(r.ok && (r.value as unknown as { note: string }).note).toBe("kept");
    if (r.ok) expect(isOwnCase(r.value)).toBe(false);
  });
  it("gets the same next case as the engine's own, key order aside", () => {
    for (const n of [8, 12, 20, 26, 28, 30, 33]) {
      const own = caseOf(journey.slice(0, n));
      const outside = JSON.parse(JSON.stringify(own)) as Case;
      const a = applyEvent(own, journey[n]);
      const b = applyEvent(outside, journey[n]);
      expect(b).toStrictEqual(a);
    }
  });
  it("with foreign documents is judged by parsing them, as checkDossier does", () => {
    const own = caseOf(journey.slice(0, PRE_PLACEMENT_ROWS.length));
    const outside = JSON.parse(JSON.stringify(own)) as Case;
    const departed = { type: "Departed", seq: own.lastSeq + 1, at: at("2025-03-03") };
    expect(applyEvent(outside, departed)).toStrictEqual(applyEvent(own, departed));
    const spoiled = {
      ...outside,
      documents: { ...outside.documents, PASSPORT: { number: "" } },
    } as unknown as Case;
    const refused = applyEvent(spoiled, departed);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues.map((i) => i.code)).toContain("GUARD_DOSSIER_INCOMPLETE");
    expect(checkDossier({ documents: spoiled.documents }, { route: "P3MI" }).ok).toBe(false);
  });
});

describe("step in place", () => {
  it("is what replay uses for all but the last event", () => {
    const options = resolveOptions(undefined).options;
    let draft: Case | undefined;
    for (const event of journey.slice(0, 10)) {
      const r = step(draft, event, options, true);
      expect(r.ok).toBe(true);
      if (r.ok) {
        if (draft !== undefined) expect(r.value).toBe(draft);
        draft = r.value;
      }
    }
    expect(replay(journey.slice(0, 10), { checkGuards: false }).ok).toBe(true);
  });
});

describe("the by-name copies cover every milestone and document kind", () => {
  const when = at("2025-01-06");
  const TYPES = (Object.keys(EVENT_TYPES) as EventType[]).filter((t) => EVENT_TYPES[t].milestone);
  it("withMilestone and setMilestone record each milestone, in one order", () => {
    const all: Record<string, string> = {};
    for (const type of TYPES) {
      expect(withMilestone({}, type as MilestoneCode, when)).toEqual({ [type]: when });
      setMilestone(all, type as MilestoneCode, when);
      expect(withMilestone(all, type as MilestoneCode, when)).toEqual(all);
    }
    expect(Object.keys(all)).toEqual(TYPES);
    const c = { ...caseOf(journey.slice(0, 1)), milestones: { ...all }, documents: {} } as Case;
    expect(Object.keys(settleCase(c).milestones)).toEqual(TYPES);
  });
  it("withDocument and setDocument set each kind, in catalogue order", () => {
    const doc = { any: 1 };
    const all: Record<string, Readonly<Record<string, unknown>>> = {};
    for (const kind of DOCUMENT_KIND_CODES) {
      expect(withDocument({}, kind, doc)).toEqual({ [kind]: doc });
      setDocument(all, kind, doc);
      expect(withDocument(all, kind, doc)).toEqual(all);
    }
    expect(Object.keys(all)).toEqual([...DOCUMENT_KIND_CODES]);
    const c = { ...caseOf(journey.slice(0, 1)), documents: { ...all } } as Case;
    expect(Object.keys(settleCase(c).documents)).toEqual([...DOCUMENT_KIND_CODES]);
  });
});
