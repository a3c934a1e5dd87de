// What freezing costs (issue #19, point 5), on the built package (see vitest.bench.config.ts):
//
// (a) At module load, every exported table and policy is deeply frozen once. Measured like with
//     like: copying all the exported tables, against copying them and deep-freezing the copy. The
//     difference is what the load pays for freezing. For scale (with FREEZE_COST_NODE=1, slow): a
//     fresh `node` importing the package, against a `node` that imports nothing.
// (b) `replay` returns a deeply frozen case. Measured like with like: copying a case against copying
//     and deep-freezing it (the difference is the freeze per returned case), beside `replay` of the
//     same history for scale.
//
//   npm run bench -- bench/freeze-cost.bench.ts
//   FREEZE_COST_NODE=1 npm run bench -- bench/freeze-cost.bench.ts   (adds the fresh-process runs)
//
// Indicative only: the machine has 2 cores shared with other work; compare the `min` columns.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import * as documents from "../src/documents/index.js";
import * as identity from "../src/identity/index.js";
import * as root from "../src/index.js";
import * as lifecycle from "../src/lifecycle/index.js";
import * as policies from "../src/policies/index.js";
import * as reference from "../src/reference/index.js";
import * as regions from "../src/regions/index.js";
import * as statistics from "../src/statistics/index.js";
import { events, PRE_PLACEMENT_ROWS } from "../test/lifecycle/fixtures.js";

const barrels = [root, identity, regions, reference, documents, policies, lifecycle, statistics];
const tables = new Map<string, unknown>();
for (const barrel of barrels) {
  for (const [name, value] of Object.entries(barrel)) {
    if (typeof value === "object" && value !== null) tables.set(name, value);
  }
}

/** A copy of plain arrays and objects (functions kept as they are), not frozen. */
function copy(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value !== "object" || value === null) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  seen.set(value, out);
  for (const key of Object.keys(value)) {
    (out as Record<string, unknown>)[key] = copy((value as Record<string, unknown>)[key], seen);
  }
  return out;
}

/** The same walk as the library's deepFreeze: freeze, then every own key. */
function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

function count(value: unknown, seen = new Set<object>()): number {
  if (typeof value !== "object" || value === null || seen.has(value)) return 0;
  seen.add(value);
  let n = 1;
  for (const key of Object.keys(value)) n += count((value as Record<string, unknown>)[key], seen);
  return n;
}

const all = [...tables.values()];
console.log(`freeze-cost: ${tables.size} exported tables, ${count(all)} objects and arrays in them`);

describe("(a) deep-freezing every exported table, as module load does", () => {
  bench("copy the tables", () => {
    copy(all);
  });
  bench("copy the tables and deep-freeze the copy", () => {
    deepFreeze(copy(all));
  });
});

const dist = fileURLToPath(new URL("../dist/esm/index.js", import.meta.url));
const regionsDist = fileURLToPath(new URL("../dist/esm/regions/index.js", import.meta.url));
const node = (code: string) => execFileSync(process.execPath, ["--input-type=module", "-e", code]);

describe.runIf(process.env.FREEZE_COST_NODE === "1")("(a) a fresh node process importing the package", () => {
  const options = { iterations: 8, time: 0, warmupIterations: 1 };
  bench("node, importing nothing", () => void node(""), options);
  bench("node, importing the root", () => void node(`await import(${JSON.stringify(dist)})`), options);
  bench(
    "node, importing the root and the regions subpath",
    () => void node(`await import(${JSON.stringify(dist)}); await import(${JSON.stringify(regionsDist)})`),
    options,
  );
});

const history = events(...PRE_PLACEMENT_ROWS);
const replayed = root.replay(history);
if (!replayed.ok) throw new Error("freeze-cost: the fixture history does not replay");
const frozenCase = replayed.value;
console.log(`freeze-cost: a case of ${history.length} events has ${count(frozenCase)} objects and arrays`);

describe("(b) returning a frozen case from replay", () => {
  bench("replay the history (returns a frozen case)", () => {
    root.replay(history);
  });
  bench("copy the case", () => {
    copy(frozenCase);
  });
  bench("copy the case and deep-freeze the copy", () => {
    deepFreeze(copy(frozenCase));
  });
});
