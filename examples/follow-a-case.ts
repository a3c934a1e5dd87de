// Following one case from registration to return, as an NGO case tracker or a BP3MI desk would:
// events are appended, the case is the fold of its events, and a refused event says every guard
// that stopped it, with its legal basis.
import assert from "node:assert/strict";
import {
  applyEvent,
  availableEvents,
  type Case,
  formatIssue,
  isProcedural,
  type LifecycleEvent,
  phaseOf,
  replay,
} from "pekerja-migran";
import { sampleJourney, toEvents } from "./data.js";

// Everything up to the day before departure, but the work visa was never submitted (so the
// documents could not be declared complete either).
const journey = sampleJourney();
const departedAt = journey.findIndex(([type]) => type === "Departed");
const withoutVisa = journey
  .slice(0, departedAt)
  .filter(([type, , payload]) => !(type === "DocumentSubmitted" && payload?.kind === "WORK_VISA"))
  .filter(([type]) => type !== "DocumentsCompleted");
const opened = replay(toEvents(withoutVisa));
assert.ok(opened.ok, "the pre-placement history replays");
let current: Case = opened.value;
console.log(`before departure: ${current.state} (${current.phase}), procedural: ${isProcedural(current)}`);

const next = (type: string, date: string, payload: Record<string, unknown> = {}): LifecycleEvent =>
  ({ type, seq: current.lastSeq + 1, at: `${date}T09:00:00+07:00`, ...payload }) as LifecycleEvent;

// Departure is refused: the dossier check on the departure date finds the visa missing.
const refused = applyEvent(current, next("Departed", "2025-03-03"));
assert.equal(refused.ok, false);
console.log("Departed refused:");
if (!refused.ok)
  for (const issue of refused.issues)
    console.log(`  [${issue.code}] ${formatIssue(issue, "en")} (${issue.basis ?? "-"})`);

const available = availableEvents(current, { at: "2025-03-03T09:00:00+07:00" });
if (available.ok)
  console.log(
    `may happen now: ${available.value
      .filter((e) => e.available)
      .map((e) => e.type)
      .join(", ")}`,
  );

// The visa arrives; departure is allowed. Then a complaint, and a return because of illness.
const steps: [string, string, Record<string, unknown>?][] = [
  [
    "DocumentSubmitted",
    "2025-03-01",
    {
      kind: "WORK_VISA",
      document: { number: "V-0001", destination: "TW", validFrom: "2025-02-01", validUntil: "2026-02-28" },
    },
  ],
  ["DocumentsCompleted", "2025-03-01"],
  ["Departed", "2025-03-03"],
  ["ArrivalReported", "2025-03-04"],
  ["EmploymentStarted", "2025-03-07", { employerId: "EMP-TW-0001", contractEndDate: "2027-03-06" }],
  ["ComplaintFiled", "2025-09-10", { complaintId: "ADU-0001", category: "ILLNESS", channel: "E_PENGADUAN" }],
  ["ComplaintVerified", "2025-09-11", { complaintId: "ADU-0001" }],
  ["ComplaintHandlingStarted", "2025-09-12", { complaintId: "ADU-0001" }],
  [
    "ReturnInitiated",
    "2025-09-20",
    { reason: "ACCIDENT_OR_ILLNESS", reportVerifiedByMission: true, fitToReturnLetter: true },
  ],
  ["ArrivedAtDebarkation", "2025-09-22"],
  ["ComplaintResolved", "2025-09-22", { complaintId: "ADU-0001" }],
  ["HandedOver", "2025-09-23", { recipient: "FAMILY", witnessedByGovernment: true }],
];
for (const [type, date, payload] of steps) {
  const result = applyEvent(current, next(type, date, payload));
  if (!result.ok) throw new Error(`${type} refused: ${result.issues.map((i) => i.code).join(", ")}`);
  current = result.value;
  console.log(
    `${date} ${type.padEnd(26)} → ${current.state.padEnd(20)} ${phaseOf(current.state)}${current.flags.openComplaint ? "  (open complaint)" : ""}`,
  );
}
assert.equal(current.outcome, "MEDICAL_REPATRIATED");
assert.equal(current.complaints[0]?.status, "RESOLVED");

// The case is plain data: it survives JSON, and replaying its history gives the same case.
const again = replay(current.history);
assert.ok(again.ok);
assert.deepEqual(JSON.parse(JSON.stringify(current)), again.value);
console.log(`outcome ${current.outcome} after ${current.history.length} events; replay agrees.`);
