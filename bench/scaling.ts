// Scaling benchmark (issue #19, point 3): every main function with its input doubled three times
// (n, 2n, 4n, 8n), checking that the time about doubles (linear or n log n: each doubling costs at
// most about 2.6x), and the worst case at the default limit (replay: 100,000 events) under a second.
// Indicative: the machine is shared. Each size is run a few times and the fastest kept.
//
//   npx tsx bench/scaling.ts          the table and a verdict per function (exit 1 if one is not linear)
//   npx tsx bench/scaling.ts percent  only the functions whose name contains "percent"
import {
  byField,
  checkDossier,
  mergeTallies,
  redactDossier,
  replay,
  tally,
  timeSeries,
} from "../src/index.js";
import { compareSeries, percentile } from "../src/statistics/index.js";

const NIK = "3201014204980001";
const at = "2026-01-02T09:00:00+07:00";

function complaints(n: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      type: "ComplaintFiled",
      seq: i + 1,
      at,
      complaintId: `C-${i}`,
      ...(i === 0 ? { destination: "TW" } : {}),
      category: "OTHER",
      channel: "SMS",
    });
  }
  return out;
}
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    destination: ["TW", "HK", "MY", "SA"][i % 4],
    sex: i % 3 ? "F" : "M",
  }));
const members = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    nik: NIK,
    name: `Member ${i}`,
    birthDate: "1998-04-02",
    relation: "CHILD",
  }));
const context = {
  route: "P3MI",
  workerCategory: "LEGAL_ENTITY_EMPLOYER",
  employerType: "LEGAL_ENTITY",
  destination: "TW",
  asOf: "2026-01-26",
  departureDate: "2026-02-02",
};
const monthly = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    date: `${2000 + (Math.floor(i / 12) % 900)}-${String((i % 12) + 1).padStart(2, "0")}-01`,
  }));

interface Case {
  readonly name: string;
  readonly base: number;
  readonly build: (n: number) => unknown;
  readonly run: (input: unknown) => unknown;
}
const CASES: Case[] = [
  { name: "replay (complaints)", base: 2_000, build: complaints, run: (e) => replay(e as never) },
  {
    name: "replay (hostile: every event invalid)",
    base: 2_000,
    build: (n) => Array.from({ length: n }, () => ({ type: "ComplaintFiled" })),
    run: (e) => replay(e as never),
  },
  {
    name: "checkDossier (KK members, over the limit)",
    base: 2_000,
    build: (n) => ({ documents: { KK: { number: NIK, members: members(n) } } }),
    run: (d) => checkDossier(d, context),
  },
  {
    name: "redactDossier (unknown keys)",
    base: 20_000,
    build: (n) => ({
      documents: Object.fromEntries(Array.from({ length: n }, (_, i) => [`K${i}`, { name: "x" }])),
    }),
    run: (d) => redactDossier(d),
  },
  {
    name: "tally (rows)",
    base: 20_000,
    build: rows,
    run: (r) => tally(r, [byField("destination"), byField("sex")]),
  },
  {
    name: "mergeTallies (tallies)",
    base: 2_000,
    build: (n) =>
      Array.from({ length: n }, (_, i) => {
        const t = tally(rows(4 + (i % 4)), byField("destination"));
        return t.ok ? t.value : undefined;
      }),
    run: (t) => mergeTallies(...(t as [never, never])),
  },
  {
    name: "timeSeries (records)",
    base: 20_000,
    build: monthly,
    run: (r) => timeSeries(r as never, { granularity: "month" } as never),
  },
  {
    name: "compareSeries (points)",
    base: 20_000,
    build: (n) => ({
      granularity: "month",
      points: Array.from({ length: n }, (_, i) => ({
        period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
        count: i,
      })),
    }),
    run: (s) => compareSeries(s as never, "period-on-period"),
  },
  {
    name: "percentile (values)",
    base: 50_000,
    build: (n) => Array.from({ length: n }, (_, i) => (i * 7919) % 10_007),
    run: (v) => percentile(v, 90),
  },
];

function time(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

let failures = 0;
console.log("function                                   n        ms    x per doubling");
const only = process.argv[2];
const selected = (name: string) => only === undefined || name.includes(only);
for (const c of CASES) {
  if (!selected(c.name)) continue;
  const times: number[] = [];
  for (let k = 0; k < 4; k++) {
    const n = c.base * 2 ** k;
    const input = c.build(n);
    c.run(input); // warm
    times.push(time(() => c.run(input)));
  }
  const ratios = times.slice(1).map((t, k) => t / Math.max(times[k] as number, 0.05));
  const worst = Math.max(...ratios.slice(1));
  const verdict = worst <= 2.6 ? "linear" : "NOT LINEAR";
  if (verdict !== "linear") failures += 1;
  times.forEach((t, k) => {
    const ratio = k === 0 ? "" : (ratios[k - 1] as number).toFixed(2);
    console.log(
      `${(k === 0 ? c.name : "").padEnd(42)} ${String(c.base * 2 ** k).padStart(7)} ${t.toFixed(1).padStart(9)}  ${ratio}`,
    );
  });
  console.log(`${"".padEnd(42)} ${verdict} (worst doubling after the first: ${worst.toFixed(2)}x)`);
}
// The default limit: replay accepts 100,000 events.
if (selected("replay (complaints) at the default maxEvents")) {
  const limit = complaints(100_000);
  const atLimit = time(() => replay(limit as never));
  console.log(`replay of 100,000 complaints (the default maxEvents): ${atLimit.toFixed(0)} ms`);
  if (atLimit > 1000) failures += 1;
}
if (failures > 0) {
  console.log(`scaling: ${failures} check(s) failed`);
  process.exit(1);
}
