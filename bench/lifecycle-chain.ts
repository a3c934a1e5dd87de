// The like-with-like fixture of issue 14's comparison, shared by `lifecycle.bench.ts` (vitest bench)
// and `lifecycle-loop.ts` (alternating rounds): 12 states of the lifecycle's own table, DEPARTED …
// IN_REHABILITATION, with the events that move a case along them, and an xstate v5 machine of the
// same 12 states with one simple guard per transition.
import { createMachine } from "xstate";
import type { Case, LifecycleEvent, Result } from "../src/index.js";
import { at, EXTENSION_APPROVAL, events, PRE_PLACEMENT_ROWS } from "../test/lifecycle/fixtures.js";

const CHAIN: readonly (readonly [string, string, Record<string, unknown>?])[] = [
  ["Departed", at("2025-03-03")],
  ["ArrivalReported", at("2025-03-04")],
  ["EmploymentStarted", at("2025-03-05"), { employerId: "EMP-TW-1", contractEndDate: "2027-03-04" }],
  ["ExtensionRequested", at("2027-01-10")],
  ["ExtensionApproved", at("2027-02-01"), EXTENSION_APPROVAL],
  ["LeaveStarted", at("2027-06-01")],
  ["DocumentSubmitted", at("2027-06-02"), { kind: "REENTRY_VISA", document: { validUntil: "2027-08-01" } }],
  ["ReentryDeparted", at("2027-06-20")],
  ["ReturnInitiated", at("2029-03-01"), { reason: "CONTRACT_ENDED", reportVerifiedByMission: true }],
  ["ArrivedAtDebarkation", at("2029-03-02")],
  ["HandedOver", at("2029-03-03"), { recipient: "FAMILY", witnessedByGovernment: true }],
  ["RehabStarted", at("2029-03-10")],
  ["EmpowermentEnrolled", at("2029-04-01")],
  ["CaseClosed", at("2029-06-01")],
];

/** The states of the xstate machine, in the order the chain's events move through them. */
export const STATES12 = [
  "DEPARTED",
  "ARRIVED_REPORTED",
  "WORKING",
  "EXTENSION_PENDING",
  "WORKING_EXTENDED",
  "ON_LEAVE",
  "LEAVE_DOCUMENTED",
  "BACK_AT_WORK",
  "RETURN_IN_PROGRESS",
  "ARRIVED_DEBARKATION",
  "RETURNED_HOME",
  "IN_REHABILITATION",
] as const;

/** The full procedural journey: every document submitted, then `Departed` (the dossier check). */
export const fullJourney: LifecycleEvent[] = events(...PRE_PLACEMENT_ROWS, ["Departed", at("2025-03-03")]);

/**
 * The chain built with the library under test (`replay`, from `src` or `dist`): its whole history
 * (the full journey, then each transition of the chain), the case before
 * each transition after departure and the event applied to it (13 steps; the `Departed` step runs
 * the full dossier check, so it is left out to compare like with like: simple guards), the
 * events the xstate machine is sent, and the machine (`cyclic`: its last state leads back to the
 * first, for an actor sent the events round and round).
 */
export function chainFixture(replay: (history: unknown) => Result<Case>) {
  const all = events(...PRE_PLACEMENT_ROWS, ...CHAIN);
  const first = PRE_PLACEMENT_ROWS.length + 1;
  const cases: Case[] = [];
  for (let i = first; i < all.length; i++) {
    const r = replay(all.slice(0, i));
    if (!r.ok) throw new Error("fixture refused");
    cases.push(r.value);
  }
  const chainEvents = all.slice(first);
  const xsEvents = chainEvents.slice(0, STATES12.length).map((e) => ({ ...e }));
  const machine = (cyclic: boolean) =>
    createMachine({
      id: "pmi12",
      initial: "DEPARTED",
      context: { extensions: 0 },
      states: Object.fromEntries(
        STATES12.map((state, i) => {
          const nextState = STATES12[i + 1] ?? (cyclic ? STATES12[0] : undefined);
          const on = nextState
            ? {
                [(xsEvents[i] as LifecycleEvent).type]: {
                  target: nextState,
                  // Simple guards of the same kind as the table's: a field present, a flag set.
                  guard: ({ event }: { event: { seq?: number; at?: string } }) =>
                    typeof event.seq === "number" && typeof event.at === "string",
                },
              }
            : {};
          return [state, { on }];
        }),
      ) as never,
    });
  return { history: all, cases, chainEvents, xsEvents, machine };
}
