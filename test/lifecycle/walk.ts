// Random walks through the transition table, shared by the property tests of the engine and of the
// case schema.
import fc from "fast-check";
import {
  applyEvent,
  type Case,
  EVENT_TYPES,
  type EventType,
  type LifecycleEvent,
  replay,
} from "../../src/index.js";
import { TRANSITIONS } from "../../src/lifecycle/index.js";
import { START } from "../../src/lifecycle/transitions.js";
import {
  COMPLAINT_CATEGORY_CODES,
  COMPLAINT_CHANNEL_CODES,
  RETURN_REASON_CODES,
} from "../../src/reference/index.js";
import { at, DOCUMENTS, events, PRE_PLACEMENT_ROWS } from "./fixtures.js";

export const TYPES = Object.keys(EVENT_TYPES) as EventType[];
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
export const walk = fc
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
export function run(start: readonly LifecycleEvent[], proposed: readonly LifecycleEvent[]) {
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
