// Fuzzes every public function that takes outside data with arbitrary inputs: wrong types, huge and
// unicode strings, deep objects, `__proto__` and `constructor` keys, frozen and sealed nodes, and
// valid inputs with one node made wrong. Each call must return (no throw, no hang), its issues and
// their rendered messages must not contain any canary string planted in the input, Object.prototype
// must stay clean, and the arguments must come back exactly as they went in: no property, key or
// prototype changed, and no node frozen, sealed or made non-extensible (valid input or not, thrown
// or not). The result must not hold any object of the arguments that the caller can still change.
//
//   npx tsx scripts/fuzz.ts                  10,000 runs per function (the issue's bar)
//   FUZZ_RUNS=1000 npx tsx scripts/fuzz.ts   what CI runs (npm run fuzz:ci)
//   FUZZ_SEED=42 FUZZ_RUNS=1000 …            replays a run (each target prints its seed on failure)
//   FUZZ_ONLY=replay,definePolicy …          fuzzes only the named functions
import fc from "fast-check";
import { formatIssue, type Issue, PekerjaMigranError } from "../src/index.js";
import * as regions from "../src/regions/index.js";
import { nearValid } from "./fuzz-near-valid.js";
import { FUZZ_TARGETS, lib, NOT_FUZZED } from "./fuzz-targets.js";
import { changesSince, sharedWithInput, snapshotInputs } from "./input-snapshot.js";

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
// Not a field name (it has a space), so it is never named even as a key: a key that reads as a field
// name is named in an unknown key's path by design (that is how a misspelling is found).
const CANARY = "Zx9 canary";
const slowCallMs = 250;
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const canaryString = fc
  .tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8, unit: "grapheme" }))
  .map(([a, b]) => `${a}${CANARY}${b}`);
const nastyString = fc.oneof(
  canaryString,
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", ""),
  fc.constant(`${CANARY}${"9".repeat(200_000)}`),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.stringMatching(/^\d{16}$/),
);
const leaf = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.date({ noInvalidDate: false }),
);
// Containers come plain, frozen, sealed or non-extensible: a library that freezes the caller's data
// shows up on the plain ones, and one that writes to it throws on the others.
const lock = fc.constantFrom(
  <T extends object>(node: T) => node,
  <T extends object>(node: T) => node,
  Object.freeze,
  Object.seal,
  Object.preventExtensions,
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
  array: fc.tuple(fc.array(tie("node"), { maxLength: 5 }), lock).map(([node, locked]) => locked([...node])),
  object: fc
    .tuple(fc.dictionary(nastyString, tie("node"), { maxKeys: 6 }), lock)
    .map(([node, locked]) => locked(copyObject(node))),
})).node;

/** A shallow copy with the same prototype and own keys (`__proto__` included), to lock apart from fast-check's value. */
function copyObject(node: object): object {
  const copy = Object.create(Object.getPrototypeOf(node)) as object;
  for (const key of Reflect.ownKeys(node)) {
    Object.defineProperty(copy, key, Reflect.getOwnPropertyDescriptor(node, key) as PropertyDescriptor);
  }
  return copy;
}
const protoKeys = fc.constantFrom(
  JSON.parse(`{"__proto__": {"polluted": "${CANARY}"}}`),
  JSON.parse(`{"constructor": {"prototype": {"polluted": "${CANARY}"}}}`),
  Object.create(null),
);
const deep = fc.integer({ min: 500, max: 5000 }).map((depth) => {
  let node: unknown = CANARY;
  for (let i = 0; i < depth; i++) node = { child: node, list: [node] };
  return node;
});
export const anyInput = fc.oneof(
  { weight: 6, arbitrary: value },
  { weight: 1, arbitrary: protoKeys },
  { weight: 1, arbitrary: deep },
  { weight: 4, arbitrary: nearValid(value) },
);

function issuesOf(result: unknown): readonly Issue[] {
  if (result === null || typeof result !== "object") return [];
  const record = result as { issues?: unknown };
  return Array.isArray(record.issues) ? (record.issues as Issue[]) : [];
}

/** Fails the run when the call changed or froze any node of its arguments (paths only, never values). */
function checkUnchanged(before: ReturnType<typeof snapshotInputs>): void {
  const changes = changesSince(before);
  if (changes.length > 0) throw new Error(`the input was changed: ${changes.slice(0, 5).join("; ")}`);
}

let failures = 0;
const fuzzed = new Set(FUZZ_TARGETS.map((target) => target.name.replace(/\(.*$/, "")));
const exported = [...Object.entries(lib), ...Object.entries(regions)].filter(
  ([, v]) => typeof v === "function",
);
const unlisted = exported.map(([name]) => name).filter((name) => !fuzzed.has(name) && !(name in NOT_FUZZED));
if (unlisted.length > 0) {
  failures += 1;
  console.error(`FAIL public functions neither fuzzed nor listed in NOT_FUZZED: ${unlisted.join(", ")}`);
}
const only = process.env.FUZZ_ONLY?.split(",");
const targets = FUZZ_TARGETS.filter((target) => only === undefined || only.includes(target.name));
for (const target of targets) {
  const started = performance.now();
  let slowest = 0;
  try {
    fc.assert(
      fc.property(fc.tuple(...target.args(anyInput)), (args) => {
        const before = snapshotInputs(args);
        const callStarted = performance.now();
        let result: unknown;
        try {
          result = target.call(...args);
        } catch (error) {
          if (!(target.throwsProgrammerErrors && error instanceof PekerjaMigranError)) throw error;
          checkUnchanged(before);
          if (
            error.message.includes(CANARY) ||
            JSON.stringify(error.details, (_k, v) => (typeof v === "bigint" ? String(v) : v)).includes(CANARY)
          ) {
            throw new Error("a programmer error echoes the input");
          }
          return;
        }
        slowest = Math.max(slowest, performance.now() - callStarted);
        checkUnchanged(before);
        if (target.returnsInput === undefined) {
          const shared = sharedWithInput(before, result);
          if (shared.length > 0)
            throw new Error(`the result holds the caller's objects: ${shared.slice(0, 5).join("; ")}`);
        }
        const issues = issuesOf(result);
        const text = JSON.stringify(issues, (_k, v) => (typeof v === "bigint" ? String(v) : v));
        if (text.includes(CANARY)) throw new Error("an issue echoes the input");
        for (const issue of issues) {
          if (formatIssue(issue, "id").includes(CANARY) || formatIssue(issue, "en").includes(CANARY)) {
            throw new Error("a message echoes the input");
          }
        }
        if ("polluted" in Object.prototype) throw new Error("Object.prototype was polluted");
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
    );
    const seconds = (performance.now() - started) / 1000;
    const flag = slowest > slowCallMs ? `  SLOW: slowest call ${slowest.toFixed(0)} ms` : "";
    console.log(`ok   ${target.name}: ${runs} runs in ${seconds.toFixed(1)} s${flag}`);
    if (slowest > slowCallMs) failures += 1;
  } catch (error) {
    failures += 1;
    // The seed and the error in full; the counterexample cut short (a fixture history is long).
    const lines = (error as Error).message
      .split("\n")
      .filter((line) => !line.startsWith("Hint:"))
      .map((line) => (line.startsWith("Counterexample:") ? `${line.slice(0, 400)}…` : line));
    const cause = (error as Error).cause;
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : "";
    console.error(`FAIL ${target.name}: ${why}\n${lines.slice(0, 14).join("\n")}`);
  }
}
if (failures > 0) {
  console.error(`fuzz: ${failures} of ${targets.length} targets failed`);
  process.exit(1);
}
console.log(
  `fuzz: ${targets.length} targets, ${runs} runs each, no throw, no echo, no pollution, no change to the input`,
);
