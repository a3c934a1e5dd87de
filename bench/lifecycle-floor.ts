// What the `Case` contract alone costs per event, beside issue 14's pair (`applyEvent` and an
// xstate v5 actor's `send` on the 12-state chain of `lifecycle-chain.ts`):
//
//   npx tsup && npx tsx bench/lifecycle-floor.ts
//
// The "floor" is a step with no rule at all: no table, no guard, no effect but the milestone, no
// derived state. It does only what any engine must do to return the case the contract describes:
// check the event's envelope (type, seq, at), freeze a copy of the event, build a new case (a
// literal copy of its fields, as the engine's generated `copyCase` does), record a milestone in a
// copy of the milestones, append the event to a copy of the history, freeze what is new, and wrap
// the case in a `Result`. Its time against `send` bounds the ratio any engine could reach with
// this representation: the 5x target leaves `send / 5` per event for the floor and every rule.
//
// The copies are generated from the fixture's own keys (`new Function`, as zod's object JIT does),
// so the floor knows no field of the case by name.
import { createActor } from "xstate";
import { lib } from "./dist.js";
import { chainFixture } from "./lifecycle-chain.js";

const { applyEvent, replay } = lib;
const { cases, chainEvents, xsEvents, machine } = chainFixture(replay);
const actor = createActor(machine(true)).start();
type Row = Record<string, unknown>;

/** A function returning a literal copy of an object with `keys` (one shape, like `copyCase`). */
function literalCopier(keys: readonly string[]): (from: Row) => Row {
  const body = `return {${keys.map((k) => `${JSON.stringify(k)}: o[${JSON.stringify(k)}]`).join(",")}};`;
  return new Function("o", body) as (from: Row) => Row;
}
const first = cases[0] as unknown as Row;
const copyCase = literalCopier(Object.keys(first));
const copyMilestones = literalCopier(Object.keys(first.milestones as Row));
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function floorStep(current: Row, raw: unknown): { ok: true; value: Row } {
  const given = raw as Row;
  if (typeof given.type !== "string" || !Number.isInteger(given.seq) || typeof given.at !== "string") {
    throw new Error("envelope");
  }
  if (!INSTANT.test(given.at) || given.seq !== (current.lastSeq as number) + 1) throw new Error("order");
  const event = Object.freeze({ ...given });
  const next = copyCase(current);
  const milestones = next.milestones as Row;
  if (Object.hasOwn(milestones, event.type as string) && milestones[event.type as string] === null) {
    const copy = copyMilestones(milestones);
    copy[event.type as string] = event.at;
    next.milestones = Object.freeze(copy);
  }
  next.state = current.state;
  next.lastSeq = event.seq;
  next.lastAt = event.at;
  next.history = Object.freeze([...(current.history as unknown[]), event]);
  return { ok: true, value: Object.freeze(next) };
}

const BATCH = 5000;
const ROUNDS = 41;
let sink: unknown;
const runs: Record<string, () => void> = {
  "xstate actor.send": () => {
    for (let i = 0; i < BATCH; i++) actor.send(xsEvents[i % xsEvents.length] as never);
  },
  applyEvent: () => {
    for (let i = 0; i < BATCH; i++) {
      const k = i % xsEvents.length;
      sink = applyEvent(cases[k], chainEvents[k]);
    }
  },
  floor: () => {
    for (let i = 0; i < BATCH; i++) {
      const k = i % xsEvents.length;
      sink = floorStep(cases[k] as unknown as Row, chainEvents[k]);
    }
  },
};
/** CPU nanoseconds per call of one batch. */
function cpu(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return ((used.user + used.system) * 1e3) / BATCH;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

for (let i = 0; i < 30; i++) for (const run of Object.values(runs)) run();
const names = Object.keys(runs);
const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  // Rotate which goes first, so none always follows another's garbage.
  for (let j = 0; j < names.length; j++) {
    const name = names[(round + j) % names.length] as string;
    times[name]?.push(cpu(runs[name] as () => void));
  }
}
if (sink === undefined) throw new Error("nothing ran");
const send = median(times["xstate actor.send"] as number[]);
for (const name of names) {
  const ns = median(times[name] as number[]);
  console.log(`${name.padEnd(18)} ${ns.toFixed(0).padStart(5)} ns   send / this: ${(send / ns).toFixed(2)}x`);
}
console.log(`5x budget (send / 5): ${(send / 5).toFixed(0)} ns per event, for the floor and every rule`);
