import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatIssue,
  growth,
  type Issue,
  mergeTallies,
  ratio,
  reconcile,
  share,
  summarize,
  tally,
  timeSeries,
} from "../../src/index.js";
import {
  achievement,
  byDestination,
  bySex,
  compareSeries,
  concentration,
  deportationRatio,
  marginal,
  milestoneDurations,
  parseIndonesianNumber,
  parseTally,
  percentile,
  periodOf,
  resolutionRate,
  seriesFromTally,
  tallyShares,
} from "../../src/statistics/index.js";
import { runs } from "../runs.js";

// Not a field name (a space): a key that reads as a field name is named in an unknown key's path by
// design (that is how a misspelling such as `totl` is found).
const CANARY = "Zx9 canary";
const nasty = fc.oneof(
  fc.string({ maxLength: 8 }).map((s) => `${s}${CANARY}`),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "",
    "34,31",
    "122.870",
    `${CANARY}${"9".repeat(100_000)}`,
  ),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 60),
);
const anything: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, nasty, tie("array"), tie("object")),
  array: fc.array(tie("node"), { maxLength: 5 }),
  object: fc.dictionary(
    fc.oneof(
      nasty.map(String),
      fc.constantFrom("label", "count", "rows", "total", "published", "dimensions", "keys"),
    ),
    tie("node"),
    { maxKeys: 6 },
  ),
})).node;
const protoBombs = fc.constantFrom(
  JSON.parse(`{"__proto__": {"polluted": "${CANARY}"}}`),
  JSON.parse(`{"constructor": {"prototype": {"polluted": "${CANARY}"}}}`),
  JSON.parse(
    `{"total": 1, "breakdowns": [{"name": "x", "rows": [{"label": "${CANARY}", "count": 1, "__proto__": {"a": 1}}]}]}`,
  ),
  Object.create(null),
);
const input = fc.oneof({ weight: 5, arbitrary: anything }, { weight: 1, arbitrary: protoBombs });

const TARGETS: readonly [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
  ["share", (a, b, c) => share(a, b, c as never)],
  ["growth", (a, b, c) => growth(a, b, c as never)],
  ["ratio", (a, b, c) => ratio(a, b, c as never)],
  ["achievement", (a, b, c) => achievement(a, b, c as never)],
  ["resolutionRate", (a, b, c) => resolutionRate(a, b, c as never)],
  ["concentration", (a, b) => concentration(a, b as never)],
  ["tally", (a) => tally(a, [byDestination, bySex])],
  ["tally(by)", (a, b) => tally([a], b as never)],
  ["mergeTallies", (a, b, c) => mergeTallies(a, b, c)],
  ["parseTally", (a) => parseTally(a)],
  ["marginal", (a, b) => marginal(a, b as never)],
  ["tallyShares", (a, b) => tallyShares(a, b as never)],
  ["timeSeries", (a, b) => timeSeries(a, b as never)],
  ["seriesFromTally", (a, b) => seriesFromTally(a, b as never)],
  ["compareSeries", (a, b, c) => compareSeries(a as never, b as never, c as never)],
  ["periodOf", (a, b) => periodOf(a, b as never)],
  ["parseIndonesianNumber", (a, b) => parseIndonesianNumber(a, b as never)],
  ["reconcile", (a) => reconcile(a)],
  ["summarize", (a, b) => summarize(a, b as never)],
  [
    "summarize(placements)",
    (a) =>
      summarize([a], {
        indicator: "complaints",
        by: ["category", "destination", "month", "ageBand"],
        ageBands: [18],
      }),
  ],
  ["deportationRatio", (a, b) => deportationRatio(a, b as never)],
  ["milestoneDurations", (a, b) => milestoneDurations(a, b as never)],
  ["percentile", (a, b, c) => percentile(a, b, c as never)],
];

function issuesOf(result: unknown): readonly Issue[] {
  if (result === null || typeof result !== "object") return [];
  const r = result as { issues?: unknown; value?: { issues?: unknown } };
  const own = Array.isArray(r.issues) ? (r.issues as Issue[]) : [];
  const nested = Array.isArray(r.value?.issues) ? (r.value.issues as Issue[]) : [];
  return [...own, ...nested];
}

describe("outside data", () => {
  it.each(TARGETS)(
    "%s never throws, never echoes input in issues, never pollutes prototypes",
    (_name, call) => {
      fc.assert(
        fc.property(input, input, input, (a, b, c) => {
          const snapshot = [a, b, c].map((x) => {
            try {
              return JSON.stringify(x, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
            } catch {
              return "unserialisable";
            }
          });
          const result = call(a, b, c);
          const issues = issuesOf(result);
          const text = JSON.stringify(issues);
          expect(text).not.toContain(CANARY);
          for (const issue of issues) {
            expect(formatIssue(issue, "id")).not.toContain(CANARY);
            expect(formatIssue(issue, "en")).not.toContain(CANARY);
          }
          expect("polluted" in Object.prototype).toBe(false);
          // Inputs are never mutated.
          expect(
            [a, b, c].map((x) => {
              try {
                return JSON.stringify(x, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
              } catch {
                return "unserialisable";
              }
            }),
          ).toEqual(snapshot);
        }),
        { numRuns: runs(200) },
      );
    },
  );

  it("does not mutate a published table, a tally or a series", () => {
    const table = {
      total: "100",
      breakdowns: [
        {
          name: "b",
          rows: [
            { label: "a", count: 60, share: "60" },
            { label: "b", count: 40 },
          ],
        },
      ],
      growth: [{ label: "g", current: 2, previous: 1, published: "100", direction: "naik" }],
    };
    const t = tally([{ sex: "F" }, { sex: "M" }], bySex);
    const series = timeSeries([{ date: "2024-01-01" }], { granularity: "month" });
    const before = structuredClone([table, t, series]);
    reconcile(table);
    if (t.ok) {
      mergeTallies(t.value, t.value);
      marginal(t.value, ["sex"]);
      tallyShares(t.value);
      concentration(t.value, { top: 1 });
    }
    if (series.ok) compareSeries(series.value, "period-on-period");
    expect([table, t, series]).toEqual(before);
  });

  it("handles a deeply nested input without stack overflow", () => {
    let node: unknown = CANARY;
    for (let i = 0; i < 5_000; i++) node = { child: node, list: [node] };
    for (const [, call] of TARGETS) expect(() => call(node, node, node)).not.toThrow();
  });
});
