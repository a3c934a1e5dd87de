import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyEvent,
  availableEvents,
  type Case,
  EVENT_TYPES,
  isProcedural,
  replay,
} from "../../src/index.js";
import { EFFECTS, GUARDS, TRANSITIONS } from "../../src/lifecycle/index.js";
import { at, DOCUMENTS, events, PRE_PLACEMENT_ROWS } from "./fixtures.js";
import { caseOf, codesOf, mustApply, next } from "./helpers.js";

const preparation = events(...PRE_PLACEMENT_ROWS);

describe("READY_TO_DEPART means Departed passes every guard", () => {
  it("is reached when the journey is complete, and Departed applies at that instant", () => {
    const ready = caseOf(preparation);
    expect(ready.state).toBe("READY_TO_DEPART");
    expect(next(ready, "Departed", ready.lastAt).ok).toBe(true);
  });

  it("judges the documents of a stored case, which the engine did not validate, before departure", () => {
    const ready = caseOf(preparation);
    const stored = JSON.parse(JSON.stringify(ready)) as Case;
    // A JSON copy of the engine's case departs as the case does.
    expect(next(stored, "Departed", ready.lastAt).ok).toBe(true);
    // An edited copy whose passport is malformed is refused, with the passport's own issue.
    const edited = JSON.parse(JSON.stringify(ready)) as {
      documents: Record<string, Record<string, unknown>>;
    };
    (edited.documents.PASSPORT as Record<string, unknown>).expiryDate = "2025-13-40";
    const refused = next(edited as unknown as Case, "Departed", ready.lastAt);
    expect(codesOf(refused)).toContain("GUARD_DOSSIER_INCOMPLETE");
    expect(refused.ok ? [] : refused.issues.filter((issue) => issue.documentKind === "PASSPORT")).not.toEqual(
      [],
    );
  });

  it("goes back when the passport is withdrawn, and departs once a new passport is submitted", () => {
    const ready = caseOf(preparation);
    const withdrawn = mustApply(ready, "DocumentWithdrawn", at("2025-02-26"), { kind: "PASSPORT" });
    expect(withdrawn.state).not.toBe("READY_TO_DEPART");
    expect(withdrawn.state).toBe("OPP_COMPLETED");
    expect(codesOf(next(withdrawn, "Departed", at("2025-02-27")))).toContain("GUARD_DOSSIER_INCOMPLETE");
    const resubmitted = mustApply(withdrawn, "DocumentSubmitted", at("2025-02-27"), {
      kind: "PASSPORT",
      document: DOCUMENTS.PASSPORT,
    });
    expect(resubmitted.state).toBe("READY_TO_DEPART");
    expect(mustApply(resubmitted, "Departed", at("2025-03-03")).state).toBe("DEPARTED");
  });

  it("judges one dossier again on each date: a verdict of one day is not another day's", () => {
    const ready = caseOf(preparation);
    // The same frozen dossier, asked on three dates in turn: the SIP2MI expires on 2025-12-01, the
    // pre-work cover and the health certificate's window run out earlier.
    expect(next(ready, "Departed", at("2025-03-03")).ok).toBe(true);
    const late = next(ready, "Departed", at("2025-12-02"));
    expect(codesOf(late)).toEqual(expect.arrayContaining(["GUARD_DOSSIER_INCOMPLETE", "DOCUMENT_EXPIRED"]));
    expect(late.ok ? [] : late.issues.filter((issue) => issue.code === "DOCUMENT_EXPIRED")).toEqual([
      expect.objectContaining({ documentKind: "SIP2MI" }),
    ]);
    expect(next(ready, "Departed", at("2025-03-03")).ok).toBe(true);
  });

  it("agrees with a Departed probe after every event of the journey", () => {
    for (let n = 1; n <= preparation.length; n++) {
      const c = caseOf(preparation.slice(0, n));
      const departs = next(c, "Departed", c.lastAt).ok;
      expect(c.state === "READY_TO_DEPART").toBe(departs);
    }
  });
});

describe("availableEvents is a dry run of applyEvent", () => {
  const complaints = events(
    ...PRE_PLACEMENT_ROWS,
    ["Departed", at("2025-03-03")],
    ["ComplaintFiled", at("2025-04-01"), { complaintId: "A1", category: "UNPAID_WAGES", channel: "PHONE" }],
    ["ComplaintFiled", at("2025-04-02"), { complaintId: "A2", category: "LOST_CONTACT", channel: "SMS" }],
    ["ComplaintVerified", at("2025-04-03"), { complaintId: "A1" }],
  );

  it("offers a complaint menu, one entry per complaint, in which every offered action applies", () => {
    const c = caseOf(complaints);
    const menu = availableEvents(c);
    if (!menu.ok) expect.fail("refused");
    const complaintEntries = menu.value.filter(
      (e) => e.type.startsWith("Complaint") && e.type !== "ComplaintFiled",
    );
    expect(complaintEntries.length).toBe(5 * 2);
    for (const entry of complaintEntries) {
      const result = applyEvent(c, { type: entry.type, seq: c.lastSeq + 1, at: c.lastAt, ...entry.target });
      expect(result.ok, `${entry.type} ${JSON.stringify(entry.target)}`).toBe(entry.available);
      if (result.ok) expect(result.value.state).toBe(entry.to);
      else expect(result.issues.map((i) => i.code)).toEqual(entry.issues.map((i) => i.code));
    }
    const resolvable = complaintEntries.filter((e) => e.available && e.type === "ComplaintResolved");
    expect(resolvable).toEqual([]);
  });

  it("lists every event type once, and one entry per held document where the document decides", () => {
    const ready = caseOf(preparation);
    const menu = availableEvents(ready);
    if (!menu.ok) expect.fail("refused");
    const withTarget = menu.value.filter((entry) => Object.hasOwn(entry, "target"));
    expect(withTarget.map((entry) => [entry.type, entry.target])).toEqual(
      Object.keys(ready.documents).map((kind) => ["DocumentWithdrawn", { kind }]),
    );
    const rest = menu.value.filter((entry) => !Object.hasOwn(entry, "target"));
    expect(rest.map((entry) => entry.type)).toEqual(
      (Object.keys(EVENT_TYPES) as string[]).filter((type) => type !== "DocumentWithdrawn"),
    );
    for (const entry of menu.value) {
      const result = applyEvent(ready, {
        type: entry.type,
        seq: ready.lastSeq + 1,
        at: ready.lastAt,
        ...entry.target,
      });
      // The probe has no payload: a refusal for a missing field is the schema's, not the menu's.
      const schemaRefused = !result.ok && result.issues.some((issue) => issue.code === "INPUT_REQUIRED");
      if (!result.ok && !entry.available && !schemaRefused) {
        expect(entry.issues.every((issue) => issue.path.length === 0)).toBe(true);
        expect(result.issues.map((issue) => issue.code)).toEqual(
          expect.arrayContaining(entry.issues.map((issue) => issue.code)),
        );
      }
      if (entry.available && result.ok && entry.to !== undefined) expect(result.value.state).toBe(entry.to);
      if (!entry.available) expect(Object.hasOwn(entry, "to")).toBe(false);
    }
    const departed = menu.value.find((entry) => entry.type === "Departed");
    expect(departed).toMatchObject({ available: true, to: "DEPARTED", issues: [] });
    const arrival = menu.value.find((entry) => entry.type === "ArrivalReported");
    expect(arrival?.issues.map((issue) => issue.code)).toEqual(["TRANSITION_NOT_ALLOWED"]);
  });

  it("says no complaint step is available on a case without complaints", () => {
    const menu = availableEvents(caseOf(preparation.slice(0, 3)));
    if (!menu.ok) expect.fail("refused");
    const verified = menu.value.filter((e) => e.type === "ComplaintVerified");
    expect(verified.map((e) => e.available)).toEqual([false]);
  });

  it("agrees with applyEvent on random prefixes of a journey (property)", () => {
    const journey = events(
      ...PRE_PLACEMENT_ROWS,
      ["DocumentWithdrawn", at("2025-02-26"), { kind: "KK" }],
      ["MedicalFit", at("2025-02-27")],
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: journey.length }), (n) => {
        const c = caseOf(journey.slice(0, n));
        const menu = availableEvents(c);
        if (!menu.ok) return false;
        for (const entry of menu.value) {
          if (entry.pendingChecks.length > 0) continue;
          const target = entry.target ?? {};
          const payloadFree =
            Object.keys(EVENT_TYPES).includes(entry.type) && entry.type !== "DocumentSubmitted";
          if (!payloadFree) continue;
          const result = applyEvent(c, { type: entry.type, seq: c.lastSeq + 1, at: c.lastAt, ...target });
          // Events with a required payload are refused by the schema here; only payload-free ones count.
          if (
            !result.ok &&
            result.issues.some((i) => i.code.startsWith("SCHEMA") || i.code === "INPUT_REQUIRED")
          )
            continue;
          expect(result.ok).toBe(entry.available);
          if (result.ok && entry.to !== undefined) expect(result.value.state).toBe(entry.to);
          if (!result.ok) {
            for (const issue of entry.issues) expect(result.issues.map((i) => i.code)).toContain(issue.code);
          }
        }
        return true;
      }),
      { numRuns: 15 },
    );
  });
});

describe("a case opened abroad keeps a known route", () => {
  it("counts a P3MI-placed worker met through a complaint abroad as procedural", () => {
    const c = caseOf(
      events([
        "ComplaintFiled",
        at("2025-04-01"),
        { complaintId: "A1", category: "UNPAID_WAGES", channel: "PHONE", destination: "TW", route: "P3MI" },
      ]),
    );
    expect(c.route).toBe("P3MI");
    expect(isProcedural(c)).toBe(true);
  });

  it("is NONPROCEDURAL when the route is not known", () => {
    const c = caseOf(events(["DeathReported", at("2025-04-01"), { destination: "MY" }]));
    expect(c.route).toBe("NONPROCEDURAL");
    expect(isProcedural(c)).toBe(false);
  });
});

describe("effects and guards as data", () => {
  it("has one effect per event type, recording a milestone exactly for milestone events", () => {
    expect(Object.keys(EFFECTS).sort()).toEqual(Object.keys(EVENT_TYPES).sort());
    const c = caseOf(preparation);
    for (const type of Object.keys(c.milestones))
      expect(EVENT_TYPES[type as keyof typeof EVENT_TYPES].milestone).toBe(true);
  });

  it("declares no payload read among the departure guards (readiness is judged without an event)", () => {
    const departed = TRANSITIONS.find((row) => row.event === "Departed");
    for (const name of departed?.guards ?? []) expect(GUARDS[name].reads).not.toContain("payload");
  });
});

describe("reliability (issue 19)", () => {
  it("never freezes or changes the caller's data, even when validation fails", () => {
    const worker: unknown[] = [];
    const event = { type: "Registered", seq: 1, at: at("2025-01-06"), route: "P3MI", worker };
    expect(replay([event]).ok).toBe(false);
    expect(Object.isFrozen(worker)).toBe(false);
    expect(Object.isFrozen(event)).toBe(false);
    const programs = ["JKK", "JKK", "JKM", "JHT"];
    const c = caseOf(preparation.slice(0, 2));
    next(c, "SocialSecurityRegistered", at("2025-02-01"), { programs });
    expect(Object.isFrozen(programs)).toBe(false);
    const ok = { type: "Registered", seq: 1, at: at("2025-01-06"), route: "P3MI", worker: { sex: "F" } };
    expect(applyEvent(undefined, ok).ok).toBe(true);
    expect(Object.isFrozen(ok)).toBe(false);
    expect(Object.isFrozen(ok.worker)).toBe(false);
  });

  it("gives an issue, not a TypeError, for a registration before any policy with a worker born later", () => {
    const result = replay(
      events([
        "Registered",
        "2016-01-04T09:00:00+07:00",
        { route: "P3MI", worker: { birthDate: "2016-06-01" } },
      ]),
    );
    expect(result.ok).toBe(false);
    expect(codesOf(result)).toContain("POLICY_NOT_IN_FORCE");
  });

  it("gives issues for typed arrays and Symbol keys", () => {
    expect(codesOf(replay(new Uint8Array(3)))).toEqual(["INPUT_NOT_ARRAY"]);
    const c = caseOf(preparation.slice(0, 2));
    expect(
      codesOf(next(c, "SocialSecurityRegistered", at("2025-02-01"), { programs: new Uint8Array(2) })).length,
    ).toBeGreaterThan(0);
    const stored = { ...(JSON.parse(JSON.stringify(c)) as Case), [Symbol("x")]: 1 };
    expect(() => applyEvent(stored, { type: "MedicalFit", seq: 3, at: at("2025-01-20") })).not.toThrow();
    expect(codesOf(applyEvent(stored, { type: "MedicalFit", seq: 3, at: at("2025-01-20") }))[0]).toBe(
      "CASE_INVALID",
    );
    expect(codesOf(availableEvents(stored))[0]).toBe("CASE_INVALID");
  });

  it("says a stored case with a Symbol key is not plain data, and only such a case", () => {
    // A case that is otherwise its JSON round trip: the schema finds nothing, the Symbol key is
    // the whole problem, named at the case itself.
    const c = caseOf(preparation.slice(0, 2));
    const stored = { ...(JSON.parse(JSON.stringify(c)) as Case), [Symbol("x")]: 1 };
    const event = { type: "MedicalFit", seq: 3, at: at("2025-01-20") };
    for (const result of [applyEvent(stored, event), availableEvents(stored)]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => [i.code, i.path.join("."), i.params])).toEqual([
        ["CASE_INVALID", "case", undefined],
        ["SCHEMA_INVALID_TYPE", "case", { expected: "object" }],
      ]);
    }
    // A case the schema refuses, without Symbol keys, has no such issue at the case itself.
    const wrong = { ...(JSON.parse(JSON.stringify(c)) as Case), state: "NOPE" };
    const refused = availableEvents(wrong as never);
    expect(
      !refused.ok && refused.issues.filter((i) => i.path.join(".") === "case").map((i) => i.code),
    ).toEqual(["CASE_INVALID"]);
  });

  it("reads a shared subtree once and cuts a cycle, so hostile stored data gives issues", () => {
    // 60 levels that each hold the level below twice: 2^60 paths, 120 objects.
    let node: unknown = "x";
    for (let i = 0; i < 60; i++) node = { child: node, list: [node] };
    const event = { type: "MedicalFit", seq: 3, at: at("2025-01-20") };
    expect(codesOf(applyEvent(node as Case, event))[0]).toBe("CASE_INVALID");
    expect(codesOf(availableEvents([node] as unknown as Case))[0]).toBe("CASE_INVALID");
    const stored = JSON.parse(JSON.stringify(caseOf(preparation.slice(0, 2)))) as Record<string, unknown>;
    stored.history = [stored];
    const cyclic = applyEvent(stored as unknown as Case, event);
    expect(codesOf(cyclic)[0]).toBe("CASE_INVALID");
    expect(Object.isFrozen(stored)).toBe(false);
    // A valid stored case whose parts share one object reads as its JSON copy does.
    const shared = JSON.parse(JSON.stringify(caseOf(preparation.slice(0, 2)))) as Case;
    const twin = { ...shared, history: shared.history.map(() => shared.history[0]) } as Case;
    expect(codesOf(applyEvent(twin, event))).toEqual(
      codesOf(applyEvent(JSON.parse(JSON.stringify(twin)) as Case, event)),
    );
  });

  it("returns frozen cases, and a JSON copy of one applies as the original", () => {
    const c = caseOf(preparation);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.milestones)).toBe(true);
    expect(Object.isFrozen(c.documents)).toBe(true);
    const copy = JSON.parse(JSON.stringify(c)) as Case;
    const a = next(c, "Departed", at("2025-03-03"));
    const b = next(copy, "Departed", at("2025-03-03"));
    expect(JSON.parse(JSON.stringify(b))).toEqual(JSON.parse(JSON.stringify(a)));
  });

  it("reads options as own properties only", () => {
    const proto = Object.prototype as Record<string, unknown>;
    // Non-enumerable: an enumerable one also shows up as an unknown key in zod's strict objects.
    Object.defineProperty(proto, "maxEvents", { value: 1, configurable: true, writable: true });
    try {
      const result = replay(preparation.slice(0, 3));
      expect(codesOf(result)).toEqual([]);
    } finally {
      delete proto.maxEvents;
    }
  });

  it("replays many complaints (bench/scaling.ts times them at doubling sizes)", () => {
    const history = (n: number) =>
      events(
        [
          "ComplaintFiled",
          at("2025-04-01"),
          { complaintId: "C0", category: "OTHER", channel: "PHONE", destination: "MY" },
        ],
        ...Array.from(
          { length: n },
          (_, i) =>
            [
              "ComplaintFiled",
              at("2025-04-01"),
              { complaintId: `C${i + 1}`, category: "OTHER", channel: "PHONE" },
            ] as const,
        ),
        ...Array.from(
          { length: n },
          (_, i) => ["ComplaintVerified", at("2025-04-02"), { complaintId: `C${i + 1}` }] as const,
        ),
      );
    const result = replay(history(4000));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.complaints.length).toBe(4001);
      expect(result.value.flags.openComplaint).toBe(true);
    }
  });
});
