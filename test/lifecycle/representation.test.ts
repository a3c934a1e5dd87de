import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEvent, type Case, EVENT_TYPES, replay } from "../../src/index.js";
import type { GuardDefinition } from "../../src/lifecycle/guard-types.js";
import { COMPLAINT_STATUSES, caseSchema, GUARDS } from "../../src/lifecycle/index.js";
import { POLICIES } from "../../src/policies/index.js";
import { runs } from "../runs.js";
import { at, EXTENSION_APPROVAL, events, PRE_PLACEMENT_ROWS } from "./fixtures.js";
import { caseOf } from "./helpers.js";
import { run, walk } from "./walk.js";

const MILESTONES = Object.keys(EVENT_TYPES).filter(
  (type) => EVENT_TYPES[type as keyof typeof EVENT_TYPES].milestone,
);
const preparation = events(...PRE_PLACEMENT_ROWS);

describe("the case's milestones: every milestone present, null until reached", () => {
  it("holds every milestone event type, with the first instant or null", () => {
    const c = caseOf(preparation.slice(0, 3));
    expect(Object.keys(c.milestones).sort()).toEqual([...MILESTONES].sort());
    expect(c.milestones.Registered).toBe(preparation[0]?.at);
    expect(c.milestones.Departed).toBeNull();
    expect(Object.values(c.milestones).filter((v) => v !== null)).toHaveLength(
      preparation.slice(0, 3).filter((e) => EVENT_TYPES[e.type].milestone).length,
    );
  });

  it("survives a JSON round trip unchanged (null is JSON), and the copy is accepted as a case", () => {
    const c = caseOf(preparation);
    const copy: unknown = JSON.parse(JSON.stringify(c));
    expect(copy).toStrictEqual({ ...c });
    expect(caseSchema().safeParse(copy).success).toBe(true);
    const next = applyEvent(copy as Case, { type: "Departed", seq: c.lastSeq + 1, at: at("2025-03-03") });
    expect(next.ok && next.value.milestones.Departed).toBe(at("2025-03-03"));
  });

  it("refuses a stored case whose milestones lack a key or name an unknown one", () => {
    const c = JSON.parse(JSON.stringify(caseOf(preparation.slice(0, 2))));
    const { Departed: _departed, ...missing } = c.milestones;
    expect(caseSchema().safeParse({ ...c, milestones: missing }).success).toBe(false);
    expect(caseSchema().safeParse({ ...c, milestones: { ...c.milestones, Teleported: null } }).success).toBe(
      false,
    );
  });

  it("keeps the first instant of a repeated milestone, and every repeat in the history", () => {
    const c = caseOf(preparation);
    const renewed = applyEvent(c, {
      type: "SocialSecurityRegistered",
      seq: c.lastSeq + 1,
      at: at("2025-02-28"),
      programs: ["JKK", "JKM"],
    });
    if (!renewed.ok) throw new Error(JSON.stringify(renewed.issues));
    expect(renewed.value.milestones.SocialSecurityRegistered).toBe(c.milestones.SocialSecurityRegistered);
    expect(renewed.value.history.filter((e) => e.type === "SocialSecurityRegistered")).toHaveLength(2);
  });
});

describe("a case's fields (and its worker's and complaints'): every one present, null until known", () => {
  const FIELDS = Object.keys(caseSchema().shape);
  const WORKER_FIELDS = Object.keys(caseSchema().shape.worker.shape);
  const COMPLAINT_FIELDS = Object.keys(caseSchema().shape.complaints.element.shape);
  const UNKNOWN_TO_A_PROSPECT = [
    "route",
    "outcome",
    "returnReason",
    "destination",
    "destinationCity",
    "position",
    "employerType",
    "sector",
    "workerCategory",
    "employerId",
    "jobOrderId",
    "placementAgency",
    "jobOrderVerified",
    "sip2miIssued",
    "contractEndDate",
    "preWorkCoverFrom",
    "socialSecurityPrograms",
    "remains",
  ];

  it("gives a prospect every field, the unknown ones null, kept as null through a JSON round trip", () => {
    const prospect = caseOf(events(["InformationGiven", at("2025-01-02")]));
    expect(Object.keys(prospect)).toEqual(FIELDS);
    expect(FIELDS.filter((field) => prospect[field as keyof Case] === null)).toEqual(UNKNOWN_TO_A_PROSPECT);
    expect(prospect.worker).toEqual({ sex: null, birthDate: null, provinceCode: null, regencyCode: null });
    const copy: unknown = JSON.parse(JSON.stringify(prospect));
    expect(copy).toStrictEqual({ ...prospect });
    expect(caseSchema().safeParse(copy).success).toBe(true);
  });

  it("gives every case the schema's fields in the schema's order, none undefined (random walks)", () => {
    fc.assert(
      fc.property(walk, ({ start, proposed }) => {
        for (const c of run(start, proposed).snapshots) {
          expect(Object.keys(c)).toEqual(FIELDS);
          expect(Object.values(c)).not.toContain(undefined);
          expect(Object.keys(c.worker)).toEqual(WORKER_FIELDS);
          for (const complaint of c.complaints) {
            expect(Object.keys(complaint)).toEqual(COMPLAINT_FIELDS);
            // closedAt: null exactly while the complaint is open.
            expect(complaint.closedAt === null).toBe(!COMPLAINT_STATUSES[complaint.status].final);
          }
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it("refuses a stored case that leaves out a field not yet known, at that field's path", () => {
    const { route: _route, ...stored } = JSON.parse(JSON.stringify(caseOf(preparation.slice(0, 2))));
    const refused = applyEvent(stored, { type: "SelectionStarted", seq: 3, at: at("2025-02-01") });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["CASE_INVALID", "case"],
        ["INPUT_REQUIRED", "case.route"],
      ]);
    }
  });

  it("refuses a stored case whose bookkeeping disagrees with its history, at the field", () => {
    const c = caseOf(preparation.slice(0, 3));
    type Stored = { lastSeq: number; lastAt: string; phase: string; history: { seq: number }[] };
    const edits: [string, (stored: Stored) => void, string][] = [
      ["lastSeq", (stored) => (stored.lastSeq = 5), "case.lastSeq"],
      ["history emptied", (stored) => (stored.history = []), "case.lastSeq"],
      ["lastAt", (stored) => (stored.lastAt = at("2030-01-01")), "case.lastAt"],
      ["phase", (stored) => (stored.phase = "POST_PLACEMENT"), "case.phase"],
      ["seq", (stored) => ((stored.history[1] as { seq: number }).seq = 7), "case.history.1.seq"],
    ];
    for (const [what, edit, path] of edits) {
      const stored = JSON.parse(JSON.stringify(c));
      edit(stored);
      const refused = applyEvent(stored, {
        type: "SelectionPassed",
        seq: stored.lastSeq + 1,
        at: at("2025-03-01"),
      });
      expect(refused.ok ? [] : refused.issues.map((i) => [i.code, i.path.join(".")]), what).toEqual([
        ["CASE_INVALID", "case"],
        ["CASE_INCONSISTENT", path],
      ]);
    }
    expect(caseSchema().safeParse(JSON.parse(JSON.stringify(c))).success).toBe(true);
  });

  it("refuses a stored case that holds two complaints with one id, at the second's id", () => {
    const filed = (id: string) => ({ complaintId: id, category: "UNPAID_WAGES", channel: "PHONE" });
    const c = caseOf(
      events(
        ["ComplaintFiled", at("2025-05-01"), { ...filed("C1"), destination: "MY" }],
        ["ComplaintFiled", at("2025-05-02"), filed("C2")],
      ),
    );
    const stored = JSON.parse(JSON.stringify(c));
    stored.complaints[1].id = "C1";
    const refused = applyEvent(stored, {
      type: "ComplaintVerified",
      seq: 3,
      at: at("2025-05-03"),
      complaintId: "C1",
    });
    expect(refused.ok ? [] : refused.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["CASE_INVALID", "case"],
      ["COMPLAINT_DUPLICATE_ID", "case.complaints.1.id"],
    ]);
    expect(caseSchema().safeParse(JSON.parse(JSON.stringify(c))).success).toBe(true);
  });

  it("reads a case's own fields only: the same field on Object.prototype changes no verdict", () => {
    // Employment started with no contract end date: the extension guard compares with none.
    const working = caseOf(
      events(
        ...PRE_PLACEMENT_ROWS,
        ["Departed", at("2025-03-03")],
        ["ArrivalReported", at("2025-03-04")],
        ["EmploymentStarted", at("2025-03-05"), { employerId: "EMP-TW-1" }],
        ["ExtensionRequested", at("2027-01-10")],
      ),
    );
    const approval = { ...EXTENSION_APPROVAL, type: "ExtensionApproved", seq: working.lastSeq + 1 };
    const approve = () => applyEvent(working, { ...approval, at: at("2027-02-01") });
    const clean = approve();
    expect(clean.ok).toBe(true);
    Object.defineProperty(Object.prototype, "contractEndDate", { value: "2099-12-31", configurable: true });
    try {
      expect(approve()).toEqual(clean);
    } finally {
      delete (Object.prototype as { contractEndDate?: unknown }).contractEndDate;
    }
  });
});

describe("a guard's `necessary` condition", () => {
  const withNecessary = Object.entries(GUARDS as Record<string, GuardDefinition>).filter(
    ([, guard]) => guard.necessary !== undefined,
  );

  it("is declared by the dossier guard the readiness verdict asks most", () => {
    expect(withNecessary.map(([name]) => name)).toContain("dossierComplete");
  });

  it("is never false when the check passes (random subsets of a complete dossier, random dates)", () => {
    const ready = caseOf(preparation);
    const kinds = Object.keys(ready.documents);
    fc.assert(
      fc.property(fc.subarray(kinds), fc.integer({ min: 0, max: 2000 }), (kept, days) => {
        const documents = Object.fromEntries(kept.map((k) => [k, ready.documents[k as never]]));
        const c = { ...ready, documents } as Case;
        const date = new Date(Date.UTC(2025, 2, 3) + days * 86_400_000).toISOString().slice(0, 10);
        const departed = { type: "Departed", seq: c.lastSeq + 1, at: `${date}T09:00:00+07:00` } as const;
        for (const [, guard] of withNecessary) {
          const context = { date, policy: undefined };
          const passes = guard.check(c, departed as never, context) === true;
          if (passes) expect(guard.necessary?.(c)).toBe(true);
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it("is false for a complete placement that lacks a required document, and the check refuses it", () => {
    const ready = caseOf(preparation);
    const { PASSPORT: _passport, ...rest } = ready.documents;
    const c = { ...ready, documents: rest } as Case;
    const guard = GUARDS.dossierComplete as GuardDefinition;
    expect(guard.necessary?.(c)).toBe(false);
    const verdict = guard.check(c, { type: "Departed", seq: 99, at: at("2025-03-03") } as never, {
      date: "2025-03-03",
      policy: undefined,
    });
    expect(verdict).not.toBe(true);
  });

  it("leaves the readiness of every prefix of the journey as a Departed probe finds it", () => {
    for (let n = 1; n <= preparation.length; n++) {
      const r = replay(preparation.slice(0, n));
      if (!r.ok) throw new Error("prefix refused");
      const probe = applyEvent(r.value, { type: "Departed", seq: n + 1, at: r.value.lastAt });
      expect(r.value.state === "READY_TO_DEPART", `after ${n} events`).toBe(probe.ok);
    }
  });
});

describe("a policy given in the options", () => {
  it("names each unknown key of a stored policy, and refuses it", () => {
    const stored = JSON.parse(JSON.stringify(POLICIES[POLICIES.length - 1]));
    stored.parameters.minimumAge.vaule = 17;
    const result = replay(preparation.slice(0, 1), { policy: stored });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["POLICY_INVALID", "options.policy"],
      ["SCHEMA_UNKNOWN_KEY", "options.policy.parameters.minimumAge.vaule"],
    ]);
    const listed = replay(preparation.slice(0, 1), { policies: [POLICIES[0], stored] });
    expect(!listed.ok && listed.issues.map((i) => i.path.join("."))).toContain(
      "options.policies.1.parameters.minimumAge.vaule",
    );
  });

  it("refuses a single policy given where the list of policies goes", () => {
    // `policies` takes a list; one policy object there is a caller's slip, named at the option.
    const result = replay(preparation.slice(0, 1), { policies: POLICIES[0] } as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["POLICY_INVALID", "options.policies"],
    ]);
  });

  it("uses a validated copy of a stored policy, so a later edit of the caller's object changes nothing", () => {
    const stored = JSON.parse(JSON.stringify(POLICIES[POLICIES.length - 1]));
    const before = replay(preparation, { policy: stored });
    stored.parameters.minimumAge.value = 99;
    expect(before.ok).toBe(true);
    expect(Object.isFrozen(stored)).toBe(false);
  });
});
