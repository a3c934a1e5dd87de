// The library inside a real app: an event store in embedded Postgres (PGlite, WebAssembly, no
// server). Events are appended under a unique (case_id, seq) key, so two writers that both saw the
// same case cannot both append "the next" event: the second gets a clear conflict instead of a lost
// event. Cases are projected with `replay`; counts come from SQL GROUP BY and go into the statistics
// functions, and are reconciled with the library's own summary of the projected cases.
import assert from "node:assert/strict";
import { PGlite } from "@electric-sql/pglite";
import {
  applyEvent,
  type Case,
  formatIssue,
  type LifecycleEvent,
  replay,
  share,
  summarize,
} from "pekerja-migran";
import { parseTally, tallyShares } from "pekerja-migran/statistics";
import { type Row, sampleJourney, toEvents } from "./data.js";

const db = new PGlite();
await db.exec(`
  CREATE TABLE case_event (
    case_id text NOT NULL,
    seq integer NOT NULL CHECK (seq > 0),
    type text NOT NULL,
    at timestamptz NOT NULL,
    event jsonb NOT NULL,
    PRIMARY KEY (case_id, seq)
  );
`);

/** A refusal the caller can act on: the case moved on since it was read. */
class ConcurrentAppendError extends Error {
  constructor(
    readonly caseId: string,
    readonly seq: number,
  ) {
    super(`case ${caseId} already has an event ${seq}: reload the case and decide again`);
  }
}

/** Reads a case's events in order and folds them (undefined for a case with no events). */
async function loadCase(caseId: string): Promise<Case | undefined> {
  const { rows } = await db.query<{ event: LifecycleEvent }>(
    "SELECT event FROM case_event WHERE case_id = $1 ORDER BY seq",
    [caseId],
  );
  if (rows.length === 0) return undefined;
  const result = replay(rows.map((row) => row.event));
  if (!result.ok) throw new Error(`stored case ${caseId} does not replay: ${result.issues[0]?.code}`);
  return result.value;
}

/**
 * Appends one event to the case as the writer last saw it: the library judges it against that case
 * (every guard, with its basis), and the database refuses it if another writer got there first.
 */
async function append(caseId: string, seen: Case | undefined, event: Omit<LifecycleEvent, "seq">) {
  const next = { ...event, seq: (seen?.lastSeq ?? 0) + 1 };
  const applied = applyEvent(seen, next);
  if (!applied.ok) return applied;
  try {
    await db.query("INSERT INTO case_event (case_id, seq, type, at, event) VALUES ($1, $2, $3, $4, $5)", [
      caseId,
      next.seq,
      next.type,
      next.at,
      JSON.stringify(next),
    ]);
  } catch (error) {
    if ((error as { code?: string }).code === "23505") throw new ConcurrentAppendError(caseId, next.seq);
    throw error;
  }
  return applied;
}

/** Appends a case's rows one by one, reloading it between appends as a stateless service would. */
async function record(caseId: string, rows: readonly Row[]) {
  for (const event of toEvents(rows)) {
    const { seq: _seq, ...rest } = event;
    const result = await append(caseId, await loadCase(caseId), rest);
    if (!result.ok)
      throw new Error(`${caseId} ${event.type}: ${result.issues.map((i) => i.code).join(", ")}`);
  }
}

// Three cases: one that departs and comes home, one that is still preparing, one that withdraws.
const journey = sampleJourney();
await record("CASE-001", journey);
await record("CASE-002", journey.slice(0, journey.findIndex(([type]) => type === "SelectionPassed") + 1));
await record("CASE-003", [...journey.slice(0, 2), ["Withdrawn", "2025-01-10"]]);

// Two desks read CASE-002 at the same time and both record the medical result.
const [deskA, deskB] = [await loadCase("CASE-002"), await loadCase("CASE-002")];
const medical = { type: "MedicalFit", at: "2025-01-20T09:00:00+07:00" } as const;
const outcomes = await Promise.allSettled([
  append("CASE-002", deskA, medical),
  append("CASE-002", deskB, medical),
]);
const conflicts = outcomes.filter((o) => o.status === "rejected");
assert.equal(outcomes.filter((o) => o.status === "fulfilled").length, 1, "one writer wins");
assert.equal(conflicts.length, 1, "the other gets a conflict");
const conflict = (conflicts[0] as PromiseRejectedResult).reason;
assert.ok(conflict instanceof ConcurrentAppendError);
console.log(`concurrent append: ${conflict.message}`);
const stored = await db.query<{ n: number }>(
  "SELECT count(*)::int AS n FROM case_event WHERE case_id = 'CASE-002' AND type = 'MedicalFit'",
);
assert.equal(stored.rows[0]?.n, 1, "exactly one MedicalFit stored, none lost, none doubled");

// A refused event is never stored: departure before the documents, with every reason.
const early = await loadCase("CASE-002");
const refused = await append("CASE-002", early, { type: "Departed", at: "2025-02-01T09:00:00+07:00" });
assert.equal(refused.ok, false);
if (!refused.ok) {
  const [first] = refused.issues;
  console.log(`refused: ${refused.issues.length} reasons, first: ${first ? formatIssue(first, "en") : "-"}`);
}

// Projection: every case replayed from its events.
const ids = await db.query<{ case_id: string }>("SELECT DISTINCT case_id FROM case_event ORDER BY case_id");
const cases = (await Promise.all(ids.rows.map((row) => loadCase(row.case_id)))).filter(
  (c) => c !== undefined,
);
for (const c of cases) console.log(`${c.lastSeq} events -> ${c.state}${c.outcome ? ` (${c.outcome})` : ""}`);

// Counts from SQL GROUP BY, into the statistics functions.
const byType = await db.query<{ type: string; n: number }>(
  "SELECT type, count(DISTINCT case_id)::int AS n FROM case_event WHERE type IN ('Registered', 'Departed') GROUP BY type",
);
const count = (type: string) => byType.rows.find((row) => row.type === type)?.n ?? 0;
const rate = share(count("Departed"), count("Registered"));
assert.ok(rate.ok);
console.log(`departed ${count("Departed")} of ${count("Registered")} registered: ${rate.value.value}%`);

const byDestination = await db.query<{ destination: string; n: number }>(
  `SELECT event->>'destination' AS destination, count(*)::int AS n
     FROM case_event WHERE type = 'JobOrderAssigned' GROUP BY 1 ORDER BY 1`,
);
const sqlTally = parseTally({
  dimensions: ["destination"],
  total: byDestination.rows.reduce((sum, row) => sum + row.n, 0),
  rows: byDestination.rows.map((row) => ({ keys: [row.destination], count: row.n })),
});
assert.ok(sqlTally.ok, "the SQL counts form a valid tally");
const shares = tallyShares(sqlTally.value);
assert.ok(shares.ok);
for (const row of shares.value)
  console.log(`job orders to ${row.keys.join("/")}: ${row.count} (${row.share.value}%)`);

// The same placements counted by the library from the projected cases agree with SQL.
const placements = summarize(cases, { indicator: "placements", by: ["destination"] });
assert.ok(placements.ok);
assert.equal(placements.value.tally.total, count("Departed"), "SQL and summarize agree on placements");
console.log(`placements by summarize: ${placements.value.tally.total}, as SQL counts`);

await db.close();
