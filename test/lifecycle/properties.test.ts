import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyEvent,
  type Case,
  COMPLAINT_CATEGORY_CODES,
  COMPLAINT_CHANNEL_CODES,
  EVENT_TYPES,
  type EventType,
  formatIssue,
  type LifecycleEvent,
  RETURN_REASON_CODES,
  replay,
  START,
  STATES,
  TRANSITIONS,
} from "../../src/index.js";
import { at, DOCUMENTS, events, PRE_PLACEMENT_ROWS } from "./fixtures.js";

const TYPES = Object.keys(EVENT_TYPES) as EventType[];
const KINDS = Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const COMPLAINT_IDS = ["C1", "C2", "C3"];

/** A plausible payload for an event type, chosen by `n` (some choices make guards fail on purpose). */
function payloadOf(type: EventType, n: number): Record<string, unknown> {
  switch (type) {
    case "Registered":
      return { route: pick(["P3MI", "GOVERNMENT_G2G", "INDIVIDUAL", "NONPROCEDURAL"], n) };
    case "JobOrderAssigned":
      return {
        jobOrderId: "JO-1",
        destination: pick(["TW", "MY", "SA"], n),
        position: "CAREGIVER",
        employerType: pick(["INDIVIDUAL_HOUSEHOLD", "LEGAL_ENTITY"], n),
        employerId: pick(["E1", "E2"], n),
        verifiedByMission: n % 5 !== 0,
        sip2miIssued: n % 7 !== 0,
      };
    case "SocialSecurityRegistered":
      return { programs: n % 4 === 0 ? ["JKK"] : ["JKK", "JKM"] };
    case "DocumentSubmitted": {
      const kind = pick(KINDS, n);
      return { kind, document: DOCUMENTS[kind] };
    }
    case "DocumentWithdrawn":
      return { kind: pick(KINDS, n) };
    case "DepartureFailed":
      return { reason: "VISA_REFUSED" };
    case "DeparturePrevented":
    case "DeathReported":
      return { destination: "MY" };
    case "EmploymentStarted":
      return { employerId: pick(["E1", "E2"], n), contractEndDate: "2027-01-01" };
    case "ExtensionApproved":
      return {
        employerId: pick(["E1", "E2"], n),
        contractEndDate: "2029-01-01",
        executedBeforeMissionOfficial: n % 3 !== 0,
        reportVerifiedByMission: true,
        familyConsentRenewed: true,
        socialSecurityExtended: n % 4 !== 0,
      };
    case "ComplaintFiled":
      return {
        complaintId: pick(COMPLAINT_IDS, n),
        category: pick(COMPLAINT_CATEGORY_CODES, n),
        channel: pick(COMPLAINT_CHANNEL_CODES, n),
        destination: "MY",
      };
    case "ComplaintVerified":
    case "ComplaintHandlingStarted":
    case "ComplaintResolved":
    case "ComplaintReferred":
    case "ComplaintClosedUnresolved":
      return { complaintId: pick(COMPLAINT_IDS, n) };
    case "ReturnInitiated":
      return {
        reason: pick(RETURN_REASON_CODES, n),
        reportVerifiedByMission: n % 2 === 0,
        fitToReturnLetter: n % 3 === 0,
        destination: "MY",
      };
    case "ArrivedAtDebarkation":
      return { reason: pick(RETURN_REASON_CODES, n), destination: "MY" };
    case "HandedOver":
      return {
        recipient: pick(["FAMILY", "SOCIAL_AFFAIRS_MINISTRY"], n),
        witnessedByGovernment: n % 4 !== 0,
      };
    default:
      return {};
  }
}

/** Event types the table allows in a state (so the walk explores the table rather than bouncing). */
function allowedIn(state: string): EventType[] {
  return TYPES.filter((type) =>
    TRANSITIONS.some((row) => row.event === type && (row.from as readonly string[]).includes(state)),
  );
}

/**
 * A walk through the table: from scratch or from the full pre-placement history, each step picks
 * an event the table allows in the current state (or, now and then, any event), with a payload.
 */
const walk = fc
  .record({
    fromReady: fc.boolean(),
    steps: fc.array(
      fc.record({ choice: fc.nat(), payload: fc.nat(), any: fc.nat({ max: 9 }), days: fc.nat({ max: 40 }) }),
      {
        maxLength: 25,
      },
    ),
  })
  .map(({ fromReady, steps }) => {
    const start = fromReady ? events(...PRE_PLACEMENT_ROWS) : [];
    let current: Case | undefined = fromReady ? (replay(start) as { value: Case }).value : undefined;
    const proposed: LifecycleEvent[] = [];
    let day = Date.UTC(2025, 2, 3);
    for (const s of steps) {
      day += s.days * 86_400_000;
      const state = current?.state ?? START;
      const allowed = allowedIn(state);
      const type = s.any === 0 || allowed.length === 0 ? pick(TYPES, s.choice) : pick(allowed, s.choice);
      const event = {
        type,
        seq: (current?.lastSeq ?? 0) + 1,
        at: at(new Date(day).toISOString().slice(0, 10)),
        ...payloadOf(type, s.payload),
      } as LifecycleEvent;
      proposed.push(event);
      const result = applyEvent(current, event);
      if (result.ok) current = result.value;
    }
    return { start, proposed };
  });

/** Applies the proposed events one by one, keeping those accepted (renumbered as they are accepted). */
function run(start: readonly LifecycleEvent[], proposed: readonly LifecycleEvent[]) {
  let current: Case | undefined = start.length > 0 ? (replay(start) as { value: Case }).value : undefined;
  const accepted: LifecycleEvent[] = [...start];
  const snapshots: Case[] = [];
  const refusals: number[] = [];
  for (const event of proposed) {
    const result = applyEvent(current, { ...event, seq: (current?.lastSeq ?? 0) + 1 });
    if (result.ok) {
      current = result.value;
      accepted.push(current.history[current.history.length - 1] as LifecycleEvent);
      snapshots.push(current);
    } else refusals.push(result.issues.length);
  }
  return { current, accepted, snapshots, refusals };
}

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
      { numRuns: 150 },
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
      { numRuns: 60 },
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
      { numRuns: 100 },
    );
  });

  it("never throws on input of any shape and never echoes it", () => {
    const canary = "Zx9canary";
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
      { numRuns: 300 },
    );
  });
});
