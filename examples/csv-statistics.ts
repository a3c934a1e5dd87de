// A data journalist's recipe: read a published table kept as CSV (Indonesian number format, as the
// monthly reports print it; STATISTICS.md §6 example B), compute shares and growth with the library,
// and reconcile the figures the report printed. csv-parse reads the CSV; the library reads the numbers.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { formatIssue, growth, reconcile, share } from "pekerja-migran";
import { parseIndonesianNumber } from "pekerja-migran/statistics";

const read = (file: string): Record<string, string>[] =>
  parse(readFileSync(new URL(`./csv/${file}`, import.meta.url), "utf8"), {
    columns: true,
    skip_empty_lines: true,
  });

/** A count as printed ("20.436"), read strictly: a cell that is not a number stops the recipe. */
function count(cell: string | undefined): number {
  const parsed = parseIndonesianNumber(cell ?? "");
  if (!parsed.ok) throw new Error(`not a number: ${parsed.issues.map((i) => i.code).join(", ")}`);
  return parsed.value.value;
}

const places = read("penempatan-2024-09.csv");
const sexes = read("jenis-kelamin-2024-09.csv");
const total = places.find((row) => row.wilayah === "Total");
assert.ok(total, "the CSV has a Total row");

// Compute: each destination's share of the month's placements, and its change on the month before.
for (const row of places) {
  const current = count(row.september_2024);
  const previous = count(row.agustus_2024);
  const part = share(current, count(total.september_2024));
  const change = growth(current, previous);
  assert.ok(part.ok && change.ok);
  console.log(
    `${row.wilayah}: ${current}, ${part.value.value}% of all, ${change.value.direction} ${change.value.magnitude}%`,
  );
}

// Reconcile: the printed shares and changes against the counts, with the report's rounding.
const result = reconcile({
  title: "Penempatan PMI September 2024 (STATISTICS.md §6 example B)",
  total: total.september_2024,
  breakdowns: [
    {
      name: "Jenis kelamin",
      rows: sexes.map((row) => ({
        label: row.jenis_kelamin ?? "",
        count: row.september_2024 ?? "",
        ...(row.persen_terbit ? { share: row.persen_terbit } : {}),
      })),
    },
  ],
  growth: places.map((row) => ({
    label: `${row.wilayah} Sep vs Agu 2024`,
    current: row.september_2024 ?? "",
    previous: row.agustus_2024 ?? "",
    published: row.perubahan_terbit ?? "",
  })),
});
assert.ok(result.ok, "the table is readable");
for (const figure of result.value.figures)
  console.log(`${figure.label}: ${figure.status} (${figure.convention})`);
for (const issue of result.value.issues) console.log(`  [${issue.code}] ${formatIssue(issue, "en")}`);
assert.equal(result.value.consistent, true, "every printed figure is reproduced from the counts");
console.log(`consistent: ${result.value.consistent}`);
