import type { PublishedTable, Tally } from "../../src/index.js";
import type { PublishedBreakdown } from "../../src/statistics/index.js";

/** STATISTICS.md §6 example B. */
export const EXAMPLE_B: PublishedTable = {
  title: "Penempatan PMI September 2024 (goodstats-2024-09)",
  total: "20.436",
  breakdowns: [
    {
      name: "Jenis kelamin",
      rows: [
        { label: "Perempuan", count: "14.792", share: "72,38" },
        { label: "Laki-laki", count: "5.644" },
      ],
    },
  ],
  shares: [{ label: "5 negara tujuan teratas", count: "17.702", published: "86,62" }],
  growth: [
    {
      label: "Total Sep 2024 vs Agu 2024",
      current: "20.436",
      previous: "23.197",
      published: "11,9",
      direction: "turun",
    },
    {
      label: "Total Sep 2024 vs Sep 2023",
      current: "20.436",
      previous: "24.636",
      published: "17,05",
      direction: "turun",
    },
    {
      label: "Total Sep 2023 vs Sep 2022",
      current: "24.636",
      previous: "21.738",
      published: "13,38",
      direction: "lebih besar",
    },
    {
      label: "Hong Kong Sep vs Agu 2024",
      current: "7.364",
      previous: "8.018",
      published: "8,16",
      direction: "menurun",
    },
    {
      label: "Taiwan Sep vs Agu 2024",
      current: "6.719",
      previous: "7.324",
      published: "8,26",
      direction: "turun",
    },
  ],
};

/** A fresh copy of {@link EXAMPLE_B}, for a test that hands it to the library as outside data. */
export const publishedTable = (): PublishedTable => structuredClone(EXAMPLE_B);

/** The value of a result the test expects to succeed (its issues in the failure message otherwise). */
export function value<T>(result: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The codes of a refused result's issues (none for a success). */
export function codes(result: { ok: boolean; issues?: readonly { code: string }[] }): string[] {
  return result.ok ? [] : (result.issues ?? []).map((issue) => issue.code);
}

/** A regency × sex tally of Cirebon and Subang, with the four counts in the order CF, CM, SF, SM. */
export function byRegencySex(counts: readonly number[]): Tally {
  const keys = [
    ["Cirebon", "F"],
    ["Cirebon", "M"],
    ["Subang", "F"],
    ["Subang", "M"],
  ];
  return {
    dimensions: ["regency", "sex"],
    total: counts.reduce((a, b) => a + b, 0),
    rows: counts.map((count, i) => ({ keys: keys[i] as string[], count })),
  };
}

/** A partial breakdown by province of origin, each row a label, a count and its printed share. */
export function provinces(...rows: readonly (readonly [string, string, string])[]): PublishedBreakdown {
  return {
    name: "Provinsi asal",
    partial: true,
    rows: rows.map(([label, count, share]) => ({ label, count, share })),
  };
}
