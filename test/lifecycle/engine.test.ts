import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  applyEvent,
  availableEvents,
  definePolicy,
  EVENT_TYPES,
  formatIssue,
  isProcedural,
  isTerminal,
  lifecycleDiagram,
  lifecycleEventSchema,
  PHASES,
  phaseOf,
  policyOn,
  replay,
  STATES,
} from "../../src/index.js";
import { GUARDS, lifecycleEventSchemas, STATE_CODES, TRANSITIONS } from "../../src/lifecycle/index.js";
import { START } from "../../src/lifecycle/transitions.js";
import { POLICIES } from "../../src/policies/index.js";
import { at, events, NIK, PRE_PLACEMENT_ROWS, submit } from "./fixtures.js";
import { caseOf, codesOf, mustApply, next } from "./helpers.js";

const registered = [["Registered", at("2025-01-06"), { route: "P3MI" }]] as const;

describe("sequence numbers", () => {
  const three = events(
    ...registered,
    ["MedicalFit", at("2025-01-07")],
    ["CompetencyCertified", at("2025-01-08")],
  );
  const withSeqs = (...seqs: number[]) => three.slice(0, seqs.length).map((e, i) => ({ ...e, seq: seqs[i] }));

  it("refuses a gap, a duplicate and an out-of-order event in replay, each with its code and index", () => {
    expect(replay(withSeqs(1, 2, 4))).toEqual({
      ok: false,
      issues: [{ code: "EVENT_SEQ_GAP", severity: "error", path: [2, "seq"], params: { expected: 3 } }],
    });
    expect(replay(withSeqs(1, 2, 2))).toEqual({
      ok: false,
      issues: [{ code: "EVENT_SEQ_DUPLICATE", severity: "error", path: [2, "seq"] }],
    });
    expect(replay(withSeqs(1, 3, 2))).toEqual({
      ok: false,
      issues: [
        { code: "EVENT_SEQ_OUT_OF_ORDER", severity: "error", path: [1, "seq"], params: { expected: 2 } },
      ],
    });
    expect(codesOf(replay(withSeqs(2, 3)))).toEqual(["EVENT_SEQ_GAP"]);
    expect(replay(withSeqs(1, 2, 3)).ok).toBe(true);
  });

  it("refuses a gap and a duplicate in applyEvent", () => {
    const c = caseOf(events(...registered));
    expect(codesOf(applyEvent(c, { ...three[1], seq: 3 }))).toEqual(["EVENT_SEQ_GAP"]);
    expect(codesOf(applyEvent(c, { ...three[1], seq: 1 }))).toEqual(["EVENT_SEQ_DUPLICATE"]);
    expect(codesOf(applyEvent(undefined, { ...three[0], seq: 2 }))).toEqual(["EVENT_SEQ_GAP"]);
  });

  it("refuses an event dated before the previous one (offsets taken into account)", () => {
    const c = caseOf(events(...registered));
    expect(codesOf(next(c, "MedicalFit", "2025-01-06T01:59:00Z"))).toEqual(["EVENT_AT_BEFORE_PREVIOUS"]);
    expect(next(c, "MedicalFit", "2025-01-06T02:00:00Z").ok).toBe(true);
    // Same length as "2025-01-06T09:00:00+07:00" (02:00Z) but in UTC: compared as moments, not as text
    // (as text "…T03:00…" would sort before "…T09:00…").
    expect(next(c, "MedicalFit", "2025-01-06T03:00:00.1234Z").ok).toBe(true);
    expect(codesOf(next(c, "MedicalFit", "2025-01-06T01:59:59.9999Z"))).toEqual(["EVENT_AT_BEFORE_PREVIOUS"]);
  });

  it("reports an event dated too early together with every guard it fails", () => {
    const c = caseOf(events(...registered));
    const early = codesOf(next(c, "Departed", "2025-01-05T10:00:00+07:00"));
    const onTime = codesOf(next(c, "Departed", "2025-01-07T10:00:00+07:00"));
    expect(onTime).toContain("GUARD_OPP_MISSING");
    expect(early).toEqual(["EVENT_AT_BEFORE_PREVIOUS", ...onTime]);
  });
});

describe("outside data", () => {
  it("validates events with zod and reports every malformed one at once", () => {
    const result = replay([
      { type: "Registered", seq: 1, at: "2025-01-06T09:00:00", route: "P3MI" },
      { type: "Nope", seq: 2, at: at("2025-01-07") },
      { type: "MedicalFit", seq: 3, at: at("2025-01-08"), extra: 1 },
      "not an event",
      { type: "SocialSecurityRegistered", seq: 5, at: at("2025-01-09") },
    ]);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ["DATETIME_INVALID", [0, "at"]],
      ["EVENT_TYPE_UNKNOWN", [1, "type"]],
      ["SCHEMA_UNKNOWN_KEY", [2, "extra"]],
      ["INPUT_NOT_OBJECT", [3]],
      ["INPUT_REQUIRED", [4, "programs"]],
      // The fourth entry has no seq at all, so seq 4 is missing.
      ["EVENT_SEQ_GAP", [4, "seq"]],
    ]);
  });

  it("validates a submitted document with its kind's schema", () => {
    const c = caseOf(events(...registered));
    const result = next(c, "DocumentSubmitted", at("2025-01-07"), {
      kind: "PASSPORT",
      document: { number: "X1" },
    });
    expect(codesOf(result)).toContain("INPUT_REQUIRED");
    if (!result.ok) expect(result.issues.every((i) => i.path[0] === "document")).toBe(true);
    expect(
      codesOf(next(c, "DocumentSubmitted", at("2025-01-07"), { kind: "DRIVING_LICENCE", document: {} })),
    ).toEqual(["SCHEMA_INVALID_VALUE"]);
    expect(codesOf(next(c, "DocumentWithdrawn", at("2025-01-07"), { kind: "PASSPORT" }))).toEqual([
      "GUARD_DOCUMENT_NOT_IN_CASE",
    ]);
  });

  it("refuses an unknown payload key, in the event and in its document, naming each path", () => {
    // A recorded event must not lose data silently: every unknown key is an error, even in a
    // document whose unknown keys checkDossier only warns of (all its fields are required).
    const c = caseOf(events(...registered));
    const result = next(c, "DocumentSubmitted", at("2025-01-07"), {
      kind: "COOP_AGREEMENT",
      document: { signedDate: "2025-01-02", scanUrl: "x" },
      notes: "x",
    });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["SCHEMA_UNKNOWN_KEY", "error", ["notes"]],
    ]);
    const inDocument = next(c, "DocumentSubmitted", at("2025-01-07"), {
      kind: "COOP_AGREEMENT",
      document: { signedDate: "2025-01-02", scanUrl: "x" },
    });
    expect(inDocument.ok ? [] : inDocument.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["SCHEMA_UNKNOWN_KEY", "error", ["document", "scanUrl"]],
    ]);
  });

  it("puts the event's index first in the path of a malformed document's issues in a history", () => {
    const result = replay(
      events(...registered, ["DocumentSubmitted", at("2025-01-07"), { kind: "PASSPORT", document: {} }]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) expect(issue.path.slice(0, 2)).toEqual([1, "document"]);
    }
  });

  it("refuses what is not a history, an empty one, a too long one and malformed options", () => {
    expect(codesOf(replay("events"))).toEqual(["INPUT_NOT_ARRAY"]);
    expect(codesOf(replay([]))).toEqual(["EVENTS_EMPTY"]);
    expect(replay(events(...registered, ["MedicalFit", at("2025-01-07")]), { maxEvents: 1 })).toEqual({
      ok: false,
      issues: [{ code: "EVENTS_TOO_MANY", severity: "error", path: [], params: { max: 1 } }],
    });
    expect(codesOf(replay(events(...registered), { policy: { id: "fake" } }))).toEqual(["POLICY_INVALID"]);
    expect(codesOf(replay(events(...registered), { policies: [1] }))).toEqual(["POLICY_INVALID"]);
    expect(codesOf(replay(events(...registered), { checkGuards: "no", maxEvents: 0, at: "x" }))).toEqual([
      "SCHEMA_INVALID_TYPE",
      "SCHEMA_INVALID_TYPE",
      "DATETIME_INVALID",
    ]);
    expect(codesOf(replay(events(...registered), 42))).toEqual(["INPUT_NOT_OBJECT"]);
    expect(codesOf(applyEvent(undefined, events(...registered)[0], "x"))).toEqual(["INPUT_NOT_OBJECT"]);
    expect(codesOf(availableEvents(undefined, "x"))).toEqual(["INPUT_NOT_OBJECT"]);
  });

  it("names each refused option, event type and instant where it is, with the params its message reads", () => {
    const issues = (r: { ok: boolean; issues?: unknown }) => (r.ok ? [] : r.issues);
    expect(issues(replay(events(...registered), 7 as never))).toEqual([
      { code: "INPUT_NOT_OBJECT", severity: "error", path: ["options"] },
    ]);
    expect(issues(replay(events(...registered), { checkGuards: "no", maxEvents: 1.5 } as never))).toEqual([
      {
        code: "SCHEMA_INVALID_TYPE",
        severity: "error",
        path: ["options", "checkGuards"],
        params: { expected: "boolean" },
      },
      {
        code: "SCHEMA_INVALID_TYPE",
        severity: "error",
        path: ["options", "maxEvents"],
        params: { expected: "integer" },
      },
    ]);
    // 'The event "Departed" cannot open a new case.': the first event's type.
    expect(issues(replay(events(["Departed", at("2025-01-06")])))).toEqual([
      { code: "EVENT_CANNOT_OPEN_CASE", severity: "error", path: [0, "type"], params: { event: "Departed" } },
    ]);
    expect(issues(next(caseOf(events(...registered)), "MedicalFit", at("2025-01-05")))).toEqual([
      { code: "EVENT_AT_BEFORE_PREVIOUS", severity: "error", path: ["at"] },
    ]);
  });

  it("refuses a malformed case", () => {
    for (const bad of [null, 1, {}, { state: "NOPE" }, { ...caseOf(events(...registered)), lastSeq: 0 }]) {
      expect(codesOf(applyEvent(bad as never, events(...registered)[0]))[0]).toBe("CASE_INVALID");
      expect(codesOf(availableEvents(bad as never))[0]).toBe("CASE_INVALID");
    }
  });

  it("says where a case from outside is malformed, by the case schema", () => {
    const stored = JSON.parse(JSON.stringify(caseOf(events(...registered))));
    const bad = { ...stored, state: "NOPE", lastSeq: 0, worker: { ...stored.worker, name: "x" } };
    for (const result of [applyEvent(bad, events(...registered)[0]), availableEvents(bad)]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues[0]).toMatchObject({ code: "CASE_INVALID", path: ["case"] });
      const paths = result.issues.slice(1).map((issue) => issue.path.join("."));
      expect(paths).toEqual(expect.arrayContaining(["case.state", "case.lastSeq", "case.worker.name"]));
    }
    // The same case, intact, is accepted after its JSON round trip.
    expect(availableEvents(stored).ok).toBe(true);
  });

  it("never puts a submitted value into an issue or a message", () => {
    const canary = "Zx9canary";
    const inputs: unknown[] = [
      [{ type: canary, seq: 1, at: canary }],
      [{ type: "Registered", seq: 1, at: at("2025-01-06"), route: canary, worker: { birthDate: canary } }],
      // Keys that may be data (digits, spaces) are counted, never named; a key that reads as a
      // field name is named by design (it is how a misspelling is found).
      [
        {
          type: "Registered",
          seq: 1,
          at: at("2025-01-06"),
          route: "P3MI",
          [NIK]: canary,
          [`${canary} Siti`]: 1,
        },
      ],
      [
        {
          type: "ComplaintFiled",
          seq: 1,
          at: at("2025-01-06"),
          complaintId: canary.repeat(20),
          category: "X",
          channel: "Y",
        },
      ],
      [
        { type: "Registered", seq: 1, at: at("2025-01-06"), route: "P3MI" },
        {
          type: "DocumentSubmitted",
          seq: 2,
          at: at("2025-01-07"),
          kind: "KTP_EL",
          document: { nik: canary, name: "" },
        },
      ],
      [
        { type: "Registered", seq: 1, at: at("2025-01-06"), route: "P3MI" },
        {
          type: "DocumentSubmitted",
          seq: 2,
          at: at("2025-01-07"),
          kind: "KTP_EL",
          document: { nik: NIK, name: canary, birthDate: "1999-01-01" },
        },
        { type: "Departed", seq: 3, at: at("2025-01-08") },
      ],
    ];
    for (const input of inputs) {
      const result = replay(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const text = JSON.stringify(result.issues);
      expect(text).not.toContain(canary);
      expect(text).not.toContain(NIK);
      for (const issue of result.issues) {
        expect(formatIssue(issue, "id")).not.toContain(canary);
        expect(formatIssue(issue, "en")).not.toContain(canary);
        expect(formatIssue(issue, "en")).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe("options", () => {
  it("trusts recorded events with checkGuards: false (table and seq still checked)", () => {
    const history = events(...registered, ["Departed", at("2025-01-07")]);
    expect(codesOf(replay(history))).toContain("GUARD_OPP_MISSING");
    const trusted = replay(history, { checkGuards: false });
    expect(trusted.ok && trusted.value.state).toBe("DEPARTED");
    expect(
      codesOf(
        replay(events(...registered, ["ArrivedAtDebarkation", at("2025-01-07")]), { checkGuards: false }),
      ),
    ).toEqual(["TRANSITION_NOT_ALLOWED"]);
  });

  it("a trusted history's complaint step that names no complaint of the case changes no complaint", () => {
    const filed = events(...registered, [
      "ComplaintFiled",
      at("2025-01-07"),
      { complaintId: "A", category: "OTHER", channel: "SMS" },
    ]);
    const history = [
      ...filed,
      { type: "ComplaintResolved", seq: filed.length + 1, at: at("2025-01-08"), complaintId: "B" },
    ];
    expect(codesOf(replay(history))).toContain("COMPLAINT_NOT_FOUND");
    const trusted = replay(history, { checkGuards: false });
    const before = replay(filed);
    if (!trusted.ok || !before.ok) expect.fail("refused");
    expect(trusted.value.complaints).toEqual(before.value.complaints);
    expect(trusted.value.flags).toEqual(before.value.flags);
    expect(trusted.value.history).toHaveLength(history.length);
  });

  it("judges with the policy given instead of the one in force", () => {
    const base = policyOn("2025-01-01");
    if (base === undefined) expect.fail("no policy");
    const strict = definePolicy(base, {
      id: "TEST-AGE-21",
      parameters: { minimumAge: { ...base.parameters.minimumAge, value: 21 } },
    });
    const history = events([
      "Registered",
      at("2025-01-06"),
      { route: "P3MI", worker: { birthDate: "2005-01-01" } },
    ]);
    expect(replay(history).ok).toBe(true);
    const refused = replay(history, { policy: strict });
    expect(codesOf(refused)).toEqual(["GUARD_AGE_BELOW_MINIMUM"]);
    if (!refused.ok) expect(refused.issues[0]?.params).toEqual({ minimumAge: 21 });
    expect(replay(history, { policies: [strict] }).ok).toBe(false);
  });

  it("reports that no policy is in force before UU 18/2017", () => {
    const result = replay(
      events(["Registered", at("2010-01-06"), { route: "P3MI", worker: { birthDate: "1990-01-01" } }]),
    );
    expect(result).toEqual({
      ok: false,
      // The message names the earliest policy (it read "{earliest}" when the guard passed `date`).
      issues: [
        {
          code: "POLICY_NOT_IN_FORCE",
          severity: "error",
          path: [0],
          params: { earliest: POLICIES[0]?.effectiveFrom },
        },
      ],
    });
  });
});

describe("the table as data", () => {
  it("gives every state a phase and marks the terminal outcomes", () => {
    for (const state of STATE_CODES) {
      expect(PHASES[phaseOf(state)]).toBeDefined();
      expect(isTerminal(state)).toBe(STATES[state].terminal);
    }
    expect(phaseOf("WORKING")).toBe("PLACEMENT");
    expect(phaseOf("NOPE")).toBeUndefined();
    expect(phaseOf("__proto__")).toBeUndefined();
    expect(isTerminal("toString")).toBe(false);
    expect(isProcedural(null)).toBe(false);
    expect(isProcedural({ route: "SOMETHING" })).toBe(false);
    expect(isProcedural({ state: "REGISTERED" })).toBe(false);
  });

  it("refers only to known states, events and guards, with a basis on every row and guard", () => {
    const seen = new Set<string>();
    for (const row of TRANSITIONS) {
      expect(EVENT_TYPES[row.event]).toBeDefined();
      expect(row.basis.length).toBeGreaterThan(5);
      for (const from of row.from) {
        expect(from === START || from in STATES).toBe(true);
        const key = `${from}/${row.event}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        // A terminal state only admits events that keep it (sub-processes, documents, complaints).
        if (from !== START && STATES[from].terminal) expect(row.to, key).toBe("SAME");
      }
      if (row.to !== "SAME" && row.to !== "OUTCOME") expect(STATES[row.to]).toBeDefined();
      for (const guard of row.guards) expect(GUARDS[guard].basis.length).toBeGreaterThan(5);
    }
  });

  it("reaches every state from START", () => {
    const reached = new Set<string>([START]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const row of TRANSITIONS) {
        if (!row.from.some((f) => reached.has(f))) continue;
        const targets =
          row.to === "SAME"
            ? []
            : row.to === "OUTCOME"
              ? STATE_CODES.filter((s) => STATES[s].terminal && STATES[s].phase === "POST_PLACEMENT")
              : [row.to];
        for (const t of targets) {
          if (reached.has(t)) continue;
          reached.add(t);
          grew = true;
        }
      }
    }
    reached.add("READY_TO_DEPART"); // derived, entered by the readiness rule
    expect([...STATE_CODES].filter((s) => !reached.has(s))).toEqual([]);
  });

  it("draws the table as a Mermaid state diagram", () => {
    const diagram = lifecycleDiagram();
    expect(diagram.startsWith("stateDiagram-v2\n")).toBe(true);
    expect(diagram).toContain("ANY_PRE_PLACEMENT_10 --> DEPARTED : Departed");
    expect(diagram).toContain('state "any of 10 before work states" as ANY_PRE_PLACEMENT_10');
    expect(diagram).toContain("[*] --> ARRIVED_DEBARKATION : ArrivedAtDebarkation");
    expect(diagram).toContain("RETURNED_HOME --> DEPORTED_RETURNED : CaseClosed");
    expect(diagram).toContain("DIED_ABROAD --> [*]");
    for (const state of STATE_CODES) expect(diagram).toContain(`    ${state}\n`);
  });

  it("exports event schemas that validate and convert to JSON Schema", () => {
    expect(lifecycleEventSchema().safeParse(events(...registered)[0]).success).toBe(true);
    expect(lifecycleEventSchema().safeParse({ type: "Nope", seq: 1, at: at("2025-01-01") }).success).toBe(
      false,
    );
    expect(
      lifecycleEventSchemas().Departed.safeParse({ type: "Departed", seq: 1, at: at("2025-01-01") }).success,
    ).toBe(true);
    expect(() => z.toJSONSchema(lifecycleEventSchema(), { unrepresentable: "any" })).not.toThrow();
  });
});

describe("immutability and plain data", () => {
  it("never mutates the events, the case or the options", () => {
    const history = events(...PRE_PLACEMENT_ROWS);
    const snapshot = structuredClone(history);
    const c = caseOf(history);
    const caseSnapshot = structuredClone(c);
    const options = { checkGuards: true };
    mustApply(c, "Departed", at("2025-03-03"));
    next(c, "DocumentWithdrawn", at("2025-03-01"), { kind: "PASSPORT" });
    mustApply(c, "ComplaintFiled", at("2025-03-01"), { complaintId: "A", category: "OTHER", channel: "SMS" });
    availableEvents(c, options);
    replay(history, options);
    expect(history).toEqual(snapshot);
    expect(c).toEqual(caseSnapshot);
    expect(options).toEqual({ checkGuards: true });
  });

  it("survives a JSON round trip and goes on from it", () => {
    const c = caseOf(events(...PRE_PLACEMENT_ROWS));
    const copy = JSON.parse(JSON.stringify(c));
    expect(copy).toStrictEqual(c);
    expect(mustApply(copy, "Departed", at("2025-03-03"))).toStrictEqual(
      mustApply(c, "Departed", at("2025-03-03")),
    );
  });
});

describe("the destination check at selection on a stored case", () => {
  it("judges only the destination rules, not a malformed document the case holds", () => {
    const c = caseOf(
      events(...PRE_PLACEMENT_ROWS.slice(0, 2), submit("PASSPORT", at("2025-01-07", "12:00"))),
    );
    const stored = JSON.parse(JSON.stringify(c));
    stored.documents.PASSPORT.expiryDate = "15/01/2035";
    // The placement (Taiwan, a caregiver) is allowed; the passport is the departure check's concern.
    expect(next(stored, "SelectionStarted", at("2025-01-08"), { jobOrderId: "JO-TW-2025-17" }).ok).toBe(true);
    // The departure check, which judges the whole dossier, reports it.
    expect(codesOf(next(stored, "Departed", at("2025-03-03")))).toContain("DATE_INVALID");
  });
});

describe("guards without a policy in force", () => {
  // An app's own list of policies, whose only one starts on 2025-06-01 and lifts the moratorium.
  const base = policyOn("2025-03-03") as NonNullable<ReturnType<typeof policyOn>>;
  const late = definePolicy(base, {
    id: "APP-2025-06",
    effectiveFrom: "2025-06-01",
    parameters: {
      moratorium: {
        ...base.parameters.moratorium,
        value: { ...base.parameters.moratorium.value, countries: [] },
      },
    },
  });
  const household = () =>
    replay(
      events(
        ["Registered", at("2025-01-06"), { route: "P3MI" }],
        [
          "JobOrderAssigned",
          at("2025-01-07"),
          {
            jobOrderId: "JO-1",
            destination: "SA",
            position: "HOUSEKEEPER",
            employerType: "INDIVIDUAL_HOUSEHOLD",
            verifiedByMission: true,
            sip2miIssued: true,
          },
        ],
      ),
      { policies: [late] },
    );

  it("judges the dossier guards with the options' policies only, never the shipped ones", () => {
    const c = household();
    if (!c.ok) expect.fail("replay refused");
    // Before the app's policy: not judged by the shipped policy's moratorium, but refused as
    // unjudgeable, naming the first day of the app's policies (the guard claims no ban it did not judge).
    const early = next(c.value, "SelectionStarted", at("2025-01-08"), {}, { policies: [late] });
    expect(early.ok ? [] : early.issues.map((i) => [i.code, i.params])).toEqual([
      ["POLICY_NOT_IN_FORCE", { earliest: late.effectiveFrom }],
    ]);
    expect(next(c.value, "SelectionStarted", at("2025-06-02"), {}, { policies: [late] }).ok).toBe(true);
    // The shipped policies judge the same selection by the moratorium.
    expect(codesOf(next(c.value, "SelectionStarted", at("2025-01-08")))).toContain(
      "MORATORIUM_HOUSEHOLD_PLACEMENT",
    );
  });

  it("lists the missing policy among a payload guard's pending checks, as applyEvent refuses with it", () => {
    const c = household();
    if (!c.ok) expect.fail("replay refused");
    const options = { policies: [late], at: at("2025-01-08") };
    const menu = availableEvents(c.value, options);
    const entry = menu.ok ? menu.value.find((e) => e.type === "SocialSecurityRegistered") : undefined;
    expect(entry?.pendingChecks).toEqual(["GUARD_SOCIAL_SECURITY_PROGRAMS_MISSING", "POLICY_NOT_IN_FORCE"]);
    expect(
      codesOf(
        next(c.value, "SocialSecurityRegistered", at("2025-01-08"), { programs: ["JKK", "JKM"] }, options),
      ),
    ).toEqual(["POLICY_NOT_IN_FORCE"]);
  });

  it("says so for each dated guard instead of judging", () => {
    const result = replay(
      events(
        ["Registered", at("2010-01-06"), { route: "P3MI" }],
        [
          "JobOrderAssigned",
          at("2010-01-07"),
          {
            jobOrderId: "J",
            destination: "MY",
            employerType: "LEGAL_ENTITY",
            verifiedByMission: true,
            sip2miIssued: true,
          },
        ],
        ["SocialSecurityRegistered", at("2010-01-08"), { programs: ["JKK", "JKM"] }],
      ),
      { checkGuards: false },
    );
    if (!result.ok) expect.fail("replay refused");
    const departure = next(result.value, "Departed", at("2010-02-01"));
    // Once, however many guards need the policy; no dossier verdict is claimed.
    expect(codesOf(departure).filter((code) => code === "POLICY_NOT_IN_FORCE")).toHaveLength(1);
    expect(codesOf(departure)).not.toContain("GUARD_DOSSIER_INCOMPLETE");
    expect(
      codesOf(next(result.value, "SocialSecurityRegistered", at("2010-02-01"), { programs: ["JKK"] })),
    ).toEqual(["POLICY_NOT_IN_FORCE"]);
  });
});

describe("payload details", () => {
  it("keeps the worker category given, over the one derived from the employer type", () => {
    const c = caseOf(
      events(
        ["Registered", at("2025-01-06"), { route: "P3MI", workerCategory: "SEAFARER_FISHING" }],
        [
          "JobOrderAssigned",
          at("2025-01-07"),
          {
            jobOrderId: "J",
            destination: "TW",
            employerType: "LEGAL_ENTITY",
            verifiedByMission: true,
            sip2miIssued: true,
          },
        ],
      ),
    );
    expect(c.workerCategory).toBe("SEAFARER_FISHING");
    const given = mustApply(c, "JobOrderAssigned", at("2025-01-08"), {
      jobOrderId: "J2",
      destination: "KR",
      workerCategory: "SEAFARER_MERCHANT",
      verifiedByMission: true,
      sip2miIssued: true,
    });
    expect([given.workerCategory, given.destination, given.jobOrderId]).toEqual([
      "SEAFARER_MERCHANT",
      "KR",
      "J2",
    ]);
  });

  it("reports where the repatriation of remains stands when a step comes too early", () => {
    const dead = caseOf(events(["DeathReported", at("2025-04-01"), { destination: "MY" }]));
    const early = next(dead, "ArrivedAtDebarkation", at("2025-04-02"));
    expect(codesOf(early)).toEqual(["GUARD_REMAINS_STEP_OUT_OF_ORDER"]);
    if (!early.ok) expect(early.issues[0]?.params).toEqual({ status: "REPORTED" });
  });

  it("sets no outcome for a trusted history that returns on leave", () => {
    const c = caseOf(
      events(
        ["ReturnInitiated", at("2025-05-01"), { reason: "LEAVE", destination: "MY" }],
        ["ArrivedAtDebarkation", at("2025-05-02")],
        ["HandedOver", at("2025-05-03"), { recipient: "FAMILY", witnessedByGovernment: true }],
      ),
      { checkGuards: false },
    );
    expect([c.state, c.outcome]).toEqual(["RETURNED_HOME", null]);
  });
});
