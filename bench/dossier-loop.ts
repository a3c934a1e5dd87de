// checkDossier against the bare zod parse of the same complete, valid dossier, in plain warmed
// loops whose rounds alternate between the two, so a burst of load from elsewhere on a shared
// machine slows both alike (vitest bench times one task after the other):
//
//   npx tsx bench/dossier-loop.ts
//
// The target: checkDossier at most 2x the bare parse, and at least 50,000 dossiers/s.
import { checkDossier, dossierSchema } from "../src/index.js";
import { validContext, validDossier } from "../test/documents/fixtures.js";

const dossier = validDossier();
const context = validContext();
const schema = dossierSchema();
const BATCH = 2000;
const ROUNDS = 25;
let kept: unknown;

function bare(): void {
  for (let i = 0; i < BATCH; i++) kept = schema.safeParse(dossier);
}
function checked(): void {
  for (let i = 0; i < BATCH; i++) kept = checkDossier(dossier, context);
}

if (!checkDossier(dossier, context).ok || !schema.safeParse(dossier).success) {
  throw new Error("the fixture's dossier must be valid");
}
for (let i = 0; i < 20; i++) {
  bare();
  checked();
}
/** Nanoseconds per dossier of one batch of `run`. */
function time(run: () => void): number {
  const started = performance.now();
  run();
  return ((performance.now() - started) / BATCH) * 1e6;
}
const bareTimes: number[] = [];
const checkTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternate which goes first, so neither always follows the other's garbage.
  if (round % 2 === 0) {
    bareTimes.push(time(bare));
    checkTimes.push(time(checked));
  } else {
    checkTimes.push(time(checked));
    bareTimes.push(time(bare));
  }
}
const best = (times: number[]) => Math.min(...times);
const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1] as number;
for (const [label, pick] of [
  ["best", best],
  ["median", median],
] as const) {
  const b = pick(bareTimes);
  const c = pick(checkTimes);
  console.log(
    `${label.padEnd(6)} bare parse ${b.toFixed(0)} ns, checkDossier ${c.toFixed(0)} ns ` +
      `(${Math.round(1e9 / c).toLocaleString("en")} dossiers/s): ${(c / b).toFixed(2)}x the bare parse`,
  );
}
if (kept === undefined) throw new Error("unreachable: keeps the results alive");
