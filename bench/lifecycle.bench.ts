// Lifecycle benchmarks (indicative: the machine has 2 cores shared with other work).
//
//   npm run bench -- bench/lifecycle.bench.ts
//   LIFECYCLE_MILLION=1 npm run bench -- bench/lifecycle.bench.ts   (adds the 1M-event runs)
//
// (a) One transition of a 12-state machine with simple guards, like with like:
//     - ours, "engine step": the table engine (`step`, what applyEvent and replay run) on an event
//       already validated by the event schema: table lookup, every guard of the row, the next case
//       built (a copy; the given case is not touched);
//     - ours, `applyEvent`: the public entry, which also validates the event with zod (compiled) and
//       appends it to a copy of the history. Issue 14's target (>= 5x the actor's `send`) is about
//       this one. vitest bench reports 1 / mean time, which a few long pauses of its worker move a
//       lot: `npx tsx bench/lifecycle-loop.ts` times the same pair in alternating rounds;
//     - xstate v5: a running actor's `send` (one guard per transition, context untouched) and the
//       pure `transition` (which builds a throwaway actor per call).
// (b) Throughput over a realistic mix of cases with every guard checked, the dossier check at
//     departure included. `replay` validates every event (compiled zod schemas), checks the `seq`
//     numbers and the table, and with the default `checkGuards: true` RE-CHECKS EVERY GUARD of an
//     imported history (the documents were validated when submitted, so the departure dossier check
//     judges them without parsing them again). With `checkGuards: false` it TRUSTS the recorded
//     events: schema, `seq`, order and table are still checked, guards are not. Both are measured.
import { bench, describe } from "vitest";
import { createActor, initialTransition, transition } from "xstate";
import { applyEvent, type Case, type LifecycleEvent, replay } from "../src/index.js";
import { createWork } from "../src/lifecycle/_lib/draft.js";
import { step } from "../src/lifecycle/_lib/engine.js";
import { resolveOptions } from "../src/lifecycle/_lib/options.js";
import { at, events, PRE_PLACEMENT_ROWS } from "../test/lifecycle/fixtures.js";
import { chainFixture, fullJourney, STATES12 } from "./lifecycle-chain.js";

// --- (a) 12 states: DEPARTED … COMPLETED_RETURNED, the lifecycle's own table and guards. ---
const { history: all, cases, chainEvents, xsEvents, machine: machineConfig } = chainFixture(replay);
const trusted = resolveOptions(undefined).options;
const machine = machineConfig(false);
const snapshots = [initialTransition(machine)[0]];
for (let i = 0; i < STATES12.length - 1; i++) {
  snapshots.push(transition(machine, snapshots[i] as never, xsEvents[i] as never)[0]);
}
const actor = createActor(machineConfig(true)).start();
const steps = xsEvents.length;

describe("(a) one transition of a 12-state machine with simple guards", () => {
  let i = 0;
  bench(
    "pekerja-migran applyEvent (zod-validated event, guards checked) [issue 14's target: >= 5x actor.send]",
    () => {
      const k = i++ % steps;
      const r = applyEvent(cases[k], chainEvents[k]);
      if (!r.ok) throw new Error("refused");
    },
  );
  let j = 0;
  bench("pekerja-migran engine step (validated event, guards checked)", () => {
    const k = j++ % steps;
    const work = createWork(cases[k]);
    const r = step(work, chainEvents[k] as LifecycleEvent, trusted);
    if (!r.ok) throw new Error("refused");
    work.finish((cases[k] as Case).history);
  });
  let m = 0;
  bench("xstate v5 pure transition()", () => {
    const k = m++ % (steps - 1);
    transition(machine, snapshots[k] as never, xsEvents[k] as never);
  });
  let n = 0;
  bench("xstate v5 actor.send()", () => {
    actor.send(xsEvents[n++ % steps] as never);
  });
});

// --- (b) throughput over a realistic mix of cases. ---
const deportee = events(
  ["ArrivedAtDebarkation", at("2025-03-20"), { reason: "DEPORTED", destination: "MM" }],
  ["HandedOver", at("2025-03-22"), { recipient: "FAMILY", witnessedByGovernment: true }],
  ["CaseClosed", at("2025-03-23")],
);
const complaintCase = events(
  [
    "ComplaintFiled",
    at("2025-04-01"),
    { complaintId: "A1", category: "UNPAID_WAGES", channel: "PHONE", destination: "MY" },
  ],
  ["ComplaintVerified", at("2025-04-02"), { complaintId: "A1" }],
  [
    "ComplaintFiled",
    at("2025-04-03"),
    { complaintId: "A2", category: "LOST_CONTACT", channel: "E_PENGADUAN" },
  ],
  ["ComplaintHandlingStarted", at("2025-04-04"), { complaintId: "A1" }],
  ["ComplaintResolved", at("2025-04-05"), { complaintId: "A1" }],
  ["ReturnInitiated", at("2025-04-10"), { reason: "OTHER" }],
  ["ArrivedAtDebarkation", at("2025-04-11")],
  ["HandedOver", at("2025-04-12"), { recipient: "SOCIAL_AFFAIRS_MINISTRY", witnessedByGovernment: false }],
);
const journey = all; // full procedural journey incl. 17 documents and the departure dossier check
const withdrawn = events(...PRE_PLACEMENT_ROWS.slice(0, 5), ["Withdrawn", at("2025-01-21")]);
const MIX = [journey, deportee, complaintCase, withdrawn, deportee, complaintCase];
const eventsPerMix = MIX.reduce((n, h) => n + h.length, 0);

function runMix(checkGuards: boolean): number {
  let count = 0;
  const options = { checkGuards };
  for (const history of MIX) {
    const r = replay(history, options);
    if (!r.ok) throw new Error("mix refused");
    count += history.length;
  }
  return count;
}

describe(`(b) replay of a realistic mix (${eventsPerMix} events per iteration; events/s = hz × ${eventsPerMix})`, () => {
  bench("replay, every guard re-checked (dossier check at departure)", () => {
    runMix(true);
  });
  bench("replay, trusting recorded events (checkGuards: false)", () => {
    runMix(false);
  });
});

/** One-shot measurement of 1,000,000 events for the report (run with LIFECYCLE_MILLION=1). */
if (process.env.LIFECYCLE_MILLION === "1") {
  for (const checkGuards of [true, false]) {
    const started = performance.now();
    let total = 0;
    while (total < 1_000_000) total += runMix(checkGuards);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `1M-event mix, checkGuards=${checkGuards}: ${total} events in ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString("en")} events/s`,
    );
  }
}

// --- (c) replay of one full procedural journey: every document submitted, the departure dossier
// check included (issue 14's target: >= 500,000 events/s; events/s = hz × journey length). ---
describe(`(c) replay of a full procedural journey (${fullJourney.length} events; events/s = hz × ${fullJourney.length})`, () => {
  bench("replay, every guard re-checked", () => {
    const r = replay(fullJourney);
    if (!r.ok) throw new Error("journey refused");
  });
});
