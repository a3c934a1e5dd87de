// A summary by four dimensions (destination × sex × province × position) over 1,000,000 records:
// the library's tally against hand-written single loops over the same array.
//
//   npm run bench -- bench/statistics.bench.ts
//
// The machine the figures in the report came from is shared (2 cores): treat them as indicative.
import { bench, describe } from "vitest";
import { type PublishedTable, reconcile, tally } from "../src/index.js";
import { byDestination, byPosition, byProvince, bySex } from "../src/statistics/index.js";

const DESTINATIONS = [
  "HK",
  "TW",
  "MY",
  "KR",
  "JP",
  "SG",
  "SA",
  "IT",
  "BN",
  "TR",
  "PL",
  "AE",
  "QA",
  "KW",
  "MV",
  "PG",
];
const PROVINCES = Array.from({ length: 38 }, (_, i) => String(11 + i));
const POSITIONS = [
  "HOUSE_MAID",
  "CAREGIVER",
  "WORKER",
  "PLANTATION_WORKER",
  "DOMESTIC_WORKER",
  "OPERATOR",
  "FISHER",
];
const SEXES = ["M", "F"];

interface Row {
  readonly destination: string | undefined;
  readonly sex: string | undefined;
  readonly province: string | undefined;
  readonly position: string | undefined;
}

// mulberry32: a fixed seed, so every run sees the same data.
let state = 42;
function pick<T>(values: readonly T[]): T {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return values[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * values.length)] as T;
}

const N = 1_000_000;
const records: Row[] = Array.from({ length: N }, (_, i) => ({
  destination: pick(DESTINATIONS),
  // About 1% of records without sex, as in real extracts: they must be counted, not dropped.
  sex: i % 97 === 0 ? undefined : pick(SEXES),
  province: pick(PROVINCES),
  position: pick(POSITIONS),
}));

const dimensions = [byDestination, bySex, byProvince, byPosition];
const options = { time: 3_000, iterations: 10, warmupIterations: 2 };

describe("summary by four dimensions over 1,000,000 records", () => {
  bench(
    "tally(records, [byDestination, bySex, byProvince, byPosition])",
    () => {
      const result = tally(records, dimensions);
      if (!result.ok || result.value.total !== N) throw new Error("tally failed");
    },
    options,
  );

  bench(
    "hand-written loop: nested Maps",
    () => {
      type Level = Map<string, Level | number>;
      const root: Level = new Map();
      const step = (node: Level, key: string): Level => {
        let next = node.get(key) as Level | undefined;
        if (next === undefined) {
          next = new Map();
          node.set(key, next);
        }
        return next;
      };
      for (const r of records) {
        const leaf = step(
          step(step(root, r.destination ?? "UNKNOWN"), r.sex ?? "UNKNOWN"),
          r.province ?? "UNKNOWN",
        );
        const k = r.position ?? "UNKNOWN";
        leaf.set(k, ((leaf.get(k) as number | undefined) ?? 0) + 1);
      }
    },
    options,
  );

  bench(
    "hand-written loop: composite string key",
    () => {
      const counts = new Map<string, number>();
      for (const r of records) {
        const k = `${r.destination ?? "UNKNOWN"}|${r.sex ?? "UNKNOWN"}|${r.province ?? "UNKNOWN"}|${r.position ?? "UNKNOWN"}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    },
    options,
  );
});

// A 40-row table with 3 breakdowns of one total, each row with its count and its share (120 share
// checks, 3 sums, 3 share sums): consistent, and with one planted error of each kind to explain.
function table40(plant: (rows: { label: string; count: string; share: string }[][]) => void): PublishedTable {
  const rows: { label: string; count: string; share: string }[][] = [];
  const counts = Array.from({ length: 3 }, (_, b) =>
    Array.from({ length: 40 }, (_, i) => 500 + ((i * 7_919 + b * 104_729) % 9_000)),
  );
  const total = (counts[0] as number[]).reduce((a, c) => a + c, 0);
  counts.forEach((list, b) => {
    // Breakdowns 1 and 2 are rescaled so that every breakdown adds up to the same total.
    const sum = list.reduce((a, c) => a + c, 0);
    if (b > 0) (list[0] as number) += total - sum;
    rows.push(
      list.map((c, i) => {
        const units = (BigInt(c) * 20_000n) / BigInt(total);
        const half = (units + 1n) / 2n;
        return {
          label: `Baris ${b}-${i}`,
          count: String(c).replace(/\B(?=(\d{3})+(?!\d))/g, "."),
          share: `${half / 100n},${String(half % 100n).padStart(2, "0")}`,
        };
      }),
    );
  });
  plant(rows);
  return {
    total: String(total).replace(/\B(?=(\d{3})+(?!\d))/g, "."),
    breakdowns: rows.map((list, b) => ({ name: `Rincian ${b}`, rows: list })),
  };
}

const consistent40 = table40(() => {});
const typo40 = table40((rows) => {
  const row = (rows[1] as { count: string }[])[17] as { count: string };
  row.count = row.count.replace(/(\d)(\d)$/, "$2$1");
});
const sumOnly40 = table40((rows) => {
  for (const row of rows[2] as { share?: string }[]) delete row.share;
  const cell = (rows[2] as { count: string }[])[5] as { count: string };
  cell.count = `${cell.count.replace(/\./g, "")}1`;
});
const reconcileOptions = { time: 1_000 };

describe("reconcile: explaining a 40-row table with 3 breakdowns (issue 18: < 5 ms)", () => {
  bench(
    "consistent",
    () => {
      const r = reconcile(consistent40);
      if (!r.ok || r.value.status !== "consistent") throw new Error("expected consistent");
    },
    reconcileOptions,
  );
  bench(
    "one swapped pair of digits in a count (share and sum fail)",
    () => {
      const r = reconcile(typo40);
      if (!r.ok || r.value.status !== "explained") throw new Error("expected explained");
    },
    reconcileOptions,
  );
  bench(
    "one added digit in a breakdown printed without shares (40 candidates)",
    () => {
      const r = reconcile(sumOnly40);
      if (!r.ok || r.value.status === "consistent") throw new Error("expected an explanation");
    },
    reconcileOptions,
  );
});
