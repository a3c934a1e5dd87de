// `npm run demo`: a tour of the library on embedded data, using only the public API.

import {
  applyEvent,
  availableEvents,
  checkDossier,
  formatIssue,
  formatPercent,
  isTerminal,
  maskNik,
  parseNik,
  reconcile,
  replay,
  share,
  tally,
} from "pekerja-migran";
import { regionOfNik } from "pekerja-migran/regions";
import { byDestination, bySex } from "pekerja-migran/statistics";
import { COHORT, NIK, sampleContext, sampleDossier, sampleJourney, toEvents } from "./data.js";

const heading = (text: string) => console.log(`\n== ${text}`);

heading("Identity: a NIK, read without the clock");
const nik = parseNik(NIK, { referenceDate: "2026-01-01" });
if (nik.ok) {
  const region = regionOfNik(nik.value);
  console.log(`masked ${maskNik(NIK)}: sex ${nik.value.sex}, born ${nik.value.birthDate}`);
  console.log(`first registered in ${region?.regency?.name ?? "?"}, ${region?.province.name ?? "?"}`);
}
for (const candidate of ["3201017204980001", "3201015504980001", 3201014204980001]) {
  const refused = parseNik(candidate, { referenceDate: "2026-01-01" });
  if (!refused.ok)
    console.log(`refused: ${refused.issues.map((issue) => formatIssue(issue, "en")).join(" ")}`);
}

heading("Documents: a dossier judged on its departure date");
const departure = "2026-02-02";
const dossier = sampleDossier(departure);
const context = sampleContext(departure);
const complete = checkDossier(dossier, context);
console.log(
  `complete dossier: ok=${complete.ok}, ${complete.issues.length} issues, policy ${complete.policy}`,
);

const { WORK_VISA: _visa, ...withoutVisa } = dossier.documents ?? {};
const shortPassport = { ...withoutVisa, PASSPORT: { ...withoutVisa.PASSPORT, expiryDate: "2026-02-01" } };
const flawed = checkDossier({ ...dossier, documents: shortPassport }, context);
console.log(
  `without the visa, passport expiring the day before: ok=${flawed.ok}, missing ${flawed.missing.join(", ")}`,
);
// One language per line: the English message, then the same issue as an Indonesian desk reads it.
for (const issue of flawed.issues) {
  console.log(`  [${issue.code}] ${formatIssue(issue, "en")} (${issue.basis})`);
  console.log(`      id: ${formatIssue(issue, "id")}`);
}

heading("Lifecycle: one case, from registration to handover");
const journey = replay(toEvents(sampleJourney()));
if (journey.ok) {
  const c = journey.value;
  console.log(`state ${c.state} (${c.phase}), outcome ${c.outcome ?? "-"}, terminal ${isTerminal(c.state)}`);
  console.log(`registered ${c.milestones.Registered}, departed ${c.milestones.Departed}`);
} else {
  for (const issue of journey.issues) console.log(`  [${issue.code}] ${formatIssue(issue, "en")}`);
}

heading("Lifecycle: a departure refused, with every reason, and what may happen instead");
const rows = sampleJourney();
const beforeDocuments = rows.slice(
  0,
  rows.findIndex(([type]) => type === "DocumentSubmitted"),
);
const early = replay(toEvents(beforeDocuments));
if (early.ok) {
  const c = early.value;
  console.log(`case in state ${c.state} after ${c.lastSeq} events`);
  const departure = { type: "Departed", seq: c.lastSeq + 1, at: "2025-02-03T09:00:00+07:00" };
  const refused = applyEvent(c, departure);
  if (!refused.ok) {
    console.log(`Departed refused, ${refused.issues.length} reasons:`);
    for (const issue of refused.issues)
      console.log(`  [${issue.code}] ${formatIssue(issue, "en")} (${issue.basis ?? "-"})`);
  }
  const next = availableEvents(c, { at: departure.at });
  if (next.ok) {
    const open = next.value.filter((entry) => entry.available).map((entry) => entry.type);
    console.log(`available now: ${open.join(", ")}`);
    for (const entry of next.value.filter((e) => ["DocumentsCompleted", "EKpmiIssued"].includes(e.type)))
      console.log(
        `  not yet ${entry.type}: ${[...new Set(entry.issues.map((issue) => issue.code))].join(", ")}`,
      );
  }
}

heading("Statistics: a cohort tallied, a published table reconciled");
const counts = tally(COHORT, [byDestination, bySex]);
if (counts.ok) {
  for (const row of counts.value.rows) {
    const part = share(row.count, counts.value.total);
    console.log(
      `  ${row.keys.join(" / ")}: ${row.count} (${part.ok ? formatPercent(part.value.value) : "-"})`,
    );
  }
}
const published = reconcile({
  title: "Penempatan PMI Januari–September 2022 (STATISTICS.md §6 A)",
  total: "122.870",
  breakdowns: [
    {
      name: "Negara penempatan",
      partial: true,
      rows: [
        { label: "Hong Kong", count: "42.152", share: "34,31" },
        { label: "Taiwan", count: "30.363", share: "24,71" },
        { label: "Malaysia", count: "17.854", share: "14,53" },
        { label: "Korea Selatan", count: "8.304", share: "6,76" },
      ],
    },
  ],
  growth: [
    {
      label: "Sep 2023 vs Sep 2022",
      current: "24.636",
      previous: "21.738",
      published: "13,38",
      direction: "naik",
    },
  ],
});
if (published.ok) {
  console.log(`consistent: ${published.value.consistent}`);
  for (const issue of published.value.issues) console.log(`  [${issue.code}] ${formatIssue(issue, "en")}`);
}
