// checkDossier against the bare zod parse of the same complete, valid dossier, on the built package,
// in plain warmed loops whose rounds alternate between the two, so a burst of load from elsewhere on
// a shared machine slows both alike (vitest bench times one task after the other). Each round is
// timed in CPU time, and its ratio is taken within the round:
//
//   npx tsup && npx tsx bench/dossier-loop.ts
//
// The target: checkDossier at most 2x the bare parse, and at least 50,000 dossiers/s.
import { validContext, validDossier } from "../test/documents/fixtures.js";
import { lib } from "./dist.js";

const { checkDossier, dossierSchema } = lib;

const dossier = validDossier();
const context = validContext();
const schema = dossierSchema();
const BATCH = 2000;
const ROUNDS = 41;
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
/** CPU nanoseconds per dossier of one batch of `run` (time waiting for the CPU is not counted). */
function time(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return ((used.user + used.system) * 1e3) / BATCH;
}
const bareTimes: number[] = [];
const checkTimes: number[] = [];
const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternate which goes first, so neither always follows the other's garbage.
  const first = round % 2 === 0 ? time(bare) : time(checked);
  const second = round % 2 === 0 ? time(checked) : time(bare);
  const [b, c] = round % 2 === 0 ? [first, second] : [second, first];
  bareTimes.push(b);
  checkTimes.push(c);
  ratios.push(c / b);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
const b = median(bareTimes);
const c = median(checkTimes);
console.log(
  `median of ${ROUNDS} rounds: bare parse ${b.toFixed(0)} ns, checkDossier ${c.toFixed(0)} ns ` +
    `(${Math.round(1e9 / c).toLocaleString("en")} dossiers/s)`,
);
const sorted = [...ratios].sort((x, y) => x - y);
console.log(
  `checkDossier / bare parse, within each round: median ${median(ratios).toFixed(2)}x ` +
    `(quartiles ${(sorted[ROUNDS >> 2] as number).toFixed(2)}x to ${(sorted[(3 * ROUNDS) >> 2] as number).toFixed(2)}x)`,
);
if (kept === undefined) throw new Error("unreachable: keeps the results alive");
