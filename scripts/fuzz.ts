// Fuzzes every public function that takes outside data with arbitrary inputs: wrong types, huge and
// unicode strings, deep objects, `__proto__` and `constructor` keys. Each call must return (no throw,
// no hang), its issues and their rendered messages must not contain any canary string planted in the
// input, and Object.prototype must stay clean.
//
//   npx tsx scripts/fuzz.ts            10,000 runs per function (the issue's bar)
//   FUZZ_RUNS=500 npx tsx scripts/fuzz.ts   what CI runs
import fc from "fast-check";
import { formatIssue, type Issue, PekerjaMigranError } from "../src/index.js";
import * as regions from "../src/regions/index.js";
import { FUZZ_TARGETS, lib, NOT_FUZZED } from "./fuzz-targets.js";

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
// Not a field name (it has a space), so it is never named even as a key: a key that reads as a field
// name is named in an unknown key's path by design (that is how a misspelling is found).
const CANARY = "Zx9 canary";
const slowCallMs = 250;

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
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("node"), { maxLength: 5 }),
  object: fc.dictionary(nastyString, tie("node"), { maxKeys: 6 }),
})).node;
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
);

function issuesOf(result: unknown): readonly Issue[] {
  if (result === null || typeof result !== "object") return [];
  const record = result as { issues?: unknown };
  return Array.isArray(record.issues) ? (record.issues as Issue[]) : [];
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
for (const target of FUZZ_TARGETS) {
  const started = performance.now();
  let slowest = 0;
  try {
    fc.assert(
      fc.property(fc.tuple(...target.args(anyInput)), (args) => {
        const callStarted = performance.now();
        let result: unknown;
        try {
          result = target.call(...args);
        } catch (error) {
          if (!(target.throwsProgrammerErrors && error instanceof PekerjaMigranError)) throw error;
          if (
            error.message.includes(CANARY) ||
            JSON.stringify(error.details, (_k, v) => (typeof v === "bigint" ? String(v) : v)).includes(CANARY)
          ) {
            throw new Error("a programmer error echoes the input");
          }
          return;
        }
        slowest = Math.max(slowest, performance.now() - callStarted);
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
      { numRuns: runs },
    );
    const seconds = (performance.now() - started) / 1000;
    const flag = slowest > slowCallMs ? `  SLOW: slowest call ${slowest.toFixed(0)} ms` : "";
    console.log(`ok   ${target.name}: ${runs} runs in ${seconds.toFixed(1)} s${flag}`);
    if (slowest > slowCallMs) failures += 1;
  } catch (error) {
    failures += 1;
    console.error(`FAIL ${target.name}: ${(error as Error).message.split("\n").slice(0, 12).join("\n")}`);
  }
}
if (failures > 0) {
  console.error(`fuzz: ${failures} of ${FUZZ_TARGETS.length} targets failed`);
  process.exit(1);
}
console.log(`fuzz: ${FUZZ_TARGETS.length} targets, ${runs} runs each, no throw, no echo, no pollution`);
