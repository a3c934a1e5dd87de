// The monthly statistics of a cohort, as a ministry dashboard or a data journalist would compute
// them: cases replayed from their events, placements by month and destination, deportations and the
// ratio to procedural departures, time from registration to departure, and shards merged.
import assert from "node:assert/strict";
import { type Case, formatGrowth, mergeTallies, replay, summarize, tally, timeSeries } from "pekerja-migran";
import {
  byDestination,
  byPeriod,
  compareSeries,
  deportationRatio,
  formatRatio,
  milestoneDurations,
} from "pekerja-migran/statistics";
import { COHORT, sampleJourney, toEvents } from "./data.js";

// Procedural cases: the sample journey, moved in time week by week (same documents, same order).
const shift = (rows: ReturnType<typeof sampleJourney>, weeks: number) =>
  rows.map(([type, date, payload]) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7 * weeks);
    return [type, d.toISOString().slice(0, 10), payload] as const;
  });
const cases: Case[] = [];
for (let week = 0; week < 6; week++) {
  const result = replay(toEvents(shift(sampleJourney(), week)), { checkGuards: false });
  assert.ok(result.ok);
  cases.push(result.value);
}
// Non-procedural cases: workers who never registered, first seen when deported (seed 000).
for (const [date, destination] of [
  ["2025-03-20", "MM"],
  ["2025-03-27", "KH"],
  ["2025-04-02", "MY"],
] as const) {
  const result = replay(
    toEvents([
      ["ArrivedAtDebarkation", date, { reason: "DEPORTED", destination, worker: { provinceCode: "19" } }],
      ["HandedOver", date, { recipient: "FAMILY", witnessedByGovernment: true }],
    ]),
  );
  assert.ok(result.ok);
  cases.push(result.value);
}

const placements = summarize(cases, { indicator: "placements", by: ["month", "destination"] });
assert.ok(placements.ok);
assert.equal(placements.value.tally.total, 6);
console.log("Placements (Departed) by month and destination:");
for (const row of placements.value.tally.rows) console.log(`  ${row.keys.join("  ")}: ${row.count}`);

const deportations = summarize(cases, { indicator: "deportations", by: ["procedural", "destination"] });
assert.ok(deportations.ok);
assert.equal(deportations.value.tally.total, 3);
console.log(`Deportations: ${deportations.value.tally.total}`);
const ratio = deportationRatio(cases, { from: "2025-03-01", to: "2025-04-30", decimals: 1 });
if (ratio.ok && ratio.value.ratio.value !== undefined)
  console.log(`Procedural departures to deportations: ${formatRatio(ratio.value.ratio)}`);

const durations = milestoneDurations(cases, { start: "Registered", end: "Departed" });
assert.ok(durations.ok);
for (const group of durations.value.groups) {
  console.log(
    `Registration to departure, route ${group.keys.join(" ")}: median ${group.median} days, p90 ${group.p90} days (n=${group.count})`,
  );
}

// An agency's export, tallied by month, compared month on month.
const series = timeSeries(COHORT, { granularity: "month", date: "departedOn" });
assert.ok(series.ok);
const changes = compareSeries(series.value, "period-on-period");
assert.ok(changes.ok);
for (const change of changes.value) {
  const text = change.growth === undefined ? "no previous month" : formatGrowth(change.growth);
  console.log(`  ${change.period}: ${change.count} (${text})`);
}

// Shards (say, one per province office) tallied apart and merged equal the tally of all.
const [east, west] = [COHORT.filter((r) => r.province === "35"), COHORT.filter((r) => r.province !== "35")];
const byMonthAndCountry = [byPeriod("month", "departedOn"), byDestination];
const shards = [tally(east, byMonthAndCountry), tally(west, byMonthAndCountry)];
const all = tally(COHORT, byMonthAndCountry);
assert.ok(shards[0]?.ok && shards[1]?.ok && all.ok);
const merged = mergeTallies(shards[0].value, JSON.parse(JSON.stringify(shards[1].value)));
assert.ok(merged.ok);
assert.deepEqual(merged.value, all.value);
console.log(
  `Merged ${shards.length} shards: ${merged.value.total} records in ${merged.value.rows.length} groups, equal to the whole.`,
);
