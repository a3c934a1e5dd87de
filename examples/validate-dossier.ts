// Validating one dossier, as a registration desk or a placement agency's back office would:
// what is missing, what is wrong and why (with its legal basis), in Indonesian and English, and a
// redacted copy that is safe to attach to a support ticket.
import assert from "node:assert/strict";
import { checkDossier, formatIssue, policyOn, redactDossier, requiredDocuments } from "pekerja-migran";
import { NIK, sampleContext, sampleDossier } from "./data.js";

const departure = "2026-03-02";
const context = sampleContext(departure);

console.log(`Policy in force on ${departure}: ${policyOn(departure)?.id}`);
const required = requiredDocuments({ ...context, stage: "DEPARTURE" });
assert.ok(required.ok);
console.log(`Required before departure (${required.value.length} documents):`);
for (const requirement of required.value)
  console.log(`  ${requirement.kind.padEnd(20)} ${requirement.basis}`);

// A married worker whose consent was signed by her father and never acknowledged at the village,
// with a health certificate issued more than three months before departure.
const base = sampleDossier(departure);
const documents = base.documents ?? {};
const dossier = {
  ...base,
  documents: {
    ...documents,
    MARITAL_STATUS: { status: "MARRIED", issueDate: "2025-10-01", marriageBookCopy: true },
    FAMILY_CONSENT: { consenterName: "Ahmad Yani", relation: "FATHER", signedDate: "2025-10-03" },
    HEALTH_CERT: { ...documents.HEALTH_CERT, issueDate: "2025-12-01" },
  },
};
const check = checkDossier(dossier, context);
console.log(`\nok=${check.ok} judged by ${check.policy}; missing: ${check.missing.join(", ") || "nothing"}`);
for (const issue of check.issues) {
  console.log(`- ${issue.code} at ${issue.path.join(".")}`);
  console.log(`  id: ${formatIssue(issue, "id")}`);
  console.log(`  en: ${formatIssue(issue, "en")}`);
  console.log(`  dasar hukum / basis: ${issue.basis}`);
}
const codes = check.issues.map((issue) => issue.code);
assert.equal(check.ok, false);
assert.ok(codes.includes("HEALTH_CERT_WINDOW_EXCEEDED"), "the stale health certificate is reported");
assert.ok(codes.length >= 3, "consent from the wrong person, unacknowledged, and the stale certificate");

const redacted = JSON.stringify(redactDossier(dossier));
assert.ok(!redacted.includes(NIK) && !redacted.includes("Siti"), "the redacted copy holds no personal data");
console.log(`\nRedacted for a support ticket (${redacted.length} characters, no NIK, no names).`);
