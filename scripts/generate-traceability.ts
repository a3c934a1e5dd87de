// The traceability table of the law notes: each section of docs/domain/REGULATIONS.md and of
// LIFECYCLE.md §3–§5 that states a requirement, mapped to the dossier rules that check it, their
// issue codes and the test files that exercise those codes; a requirement the library does not
// check in documents/ says why. The rule ids and codes come from DOSSIER_RULES, the tests from the
// test files. Written to docs/audit/traceability.md; `test/documents/traceability.test.ts` checks
// that the file is current and that every section heading of the notes has a row.
//
//   npx tsx scripts/generate-traceability.ts
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DOSSIER_RULES, type DossierRuleId } from "../src/documents/index.js";

export const TRACEABILITY_FILE = fileURLToPath(new URL("../docs/audit/traceability.md", import.meta.url));
const TEST_DIR = fileURLToPath(new URL("../test/", import.meta.url));

/** One requirement of the notes: the rules that check it, or why none does. */
interface Row {
  readonly section: string;
  readonly requirement: string;
  readonly rules: readonly DossierRuleId[];
  readonly notChecked?: string;
}

/** The sections of the notes, in their order. Every `##`/`###` heading has at least one row. */
export const ROWS: readonly Row[] = [
  {
    section: "REGULATIONS §0",
    requirement: "Which instruments are in force",
    rules: [],
    notChecked:
      "not checked, because it is the basis of the policies' effective dates (POLICIES), not a rule about a dossier",
  },
  {
    section: "REGULATIONS §1",
    requirement: "A CPMI is registered with the district manpower office (Pasal 1 angka 1)",
    rules: ["REQUIRED_DOCUMENTS"],
  },
  {
    section: "REGULATIONS §2",
    requirement: "Excluded categories of Pasal 4(2) are not PMI",
    rules: [],
    notChecked:
      "not checked, because a dossier carries no fact about the categories of Pasal 4(2); the worker category taxonomy lists only Pasal 4(1)",
  },
  {
    section: "REGULATIONS §3",
    requirement: "At least 18 years old (Pasal 5 huruf a; Pasal 80)",
    rules: ["MINIMUM_AGE"],
  },
  {
    section: "REGULATIONS §3",
    requirement: "Competence (Pasal 5 huruf b)",
    rules: ["REQUIRED_DOCUMENTS", "DOCUMENT_DATES"],
  },
  {
    section: "REGULATIONS §3",
    requirement: "Physically and mentally healthy (Pasal 5 huruf c)",
    rules: ["HEALTH_CERTIFICATE"],
  },
  {
    section: "REGULATIONS §3",
    requirement: "Social-security membership (Pasal 5 huruf d)",
    rules: ["SOCIAL_SECURITY", "REQUIRED_DOCUMENTS"],
  },
  {
    section: "REGULATIONS §3",
    requirement: "All required documents (Pasal 5 huruf e)",
    rules: ["REQUIRED_DOCUMENTS", "PROCEDURAL_ROUTE"],
  },
  {
    section: "REGULATIONS §3",
    requirement: "Age 21 for household work (UNVERIFIED)",
    rules: ["HOUSEHOLD_MINIMUM_AGE"],
  },
  {
    section: "REGULATIONS §3",
    requirement: "No departure with a child under 12 months (UNVERIFIED)",
    rules: ["INFANT"],
  },
  {
    section: "REGULATIONS §3",
    requirement: "Health certificate void on pregnancy (UNVERIFIED)",
    rules: ["HEALTH_CERTIFICATE"],
  },
  {
    section: "REGULATIONS §4",
    requirement: "Rights and obligations of Pasal 6",
    rules: [],
    notChecked:
      "not checked, because they bind people and institutions during work, not the content of a dossier",
  },
  {
    section: "REGULATIONS §5",
    requirement: "Three protection phases (Pasal 7)",
    rules: [],
    notChecked: "not checked here, because the phases are the lifecycle's states (lifecycle/)",
  },
  {
    section: "REGULATIONS §5.1",
    requirement: "Complete and valid placement documents (Pasal 8)",
    rules: ["DOCUMENT_DATES", "IDENTITY_CONSISTENCY", "EMPLOYER_CONSISTENCY"],
  },
  {
    section: "REGULATIONS §5.1",
    requirement: "The eight documents of Pasal 13",
    rules: ["REQUIRED_DOCUMENTS", "MARITAL_STATUS_AND_CONSENT"],
  },
  {
    section: "REGULATIONS §5.1",
    requirement: "Minimum content of the contract (Pasal 15(2); Perban 1/2020 Pasal 2)",
    rules: ["CONTRACT_MINIMUM_CONTENT"],
  },
  {
    section: "REGULATIONS §5.1",
    requirement: "The contract signed before the employment starts (Pasal 15(1); LIFECYCLE §2, constraint 7)",
    rules: ["CONTRACT_SIGNED_BEFORE_START"],
  },
  {
    section: "REGULATIONS §5.1",
    requirement: "Placement in the contract's position (Pasal 19)",
    rules: ["POSITION_CONSISTENCY"],
  },
  {
    section: "REGULATIONS §5.1",
    requirement: "Job order verified by the attaché (Pasal 9–10)",
    rules: [],
    notChecked:
      "not checked in the dossier, because it is an event of the case: the lifecycle's jobOrderVerified guard",
  },
  {
    section: "REGULATIONS §5.2",
    requirement: "Protection during work (Pasal 21–23)",
    rules: [],
    notChecked: "not checked, because it is the duty of the mission, not a fact of the dossier",
  },
  {
    section: "REGULATIONS §5.3",
    requirement: "Return reasons and reports (Pasal 24–27)",
    rules: [],
    notChecked:
      "not checked in the dossier, because return is a lifecycle transition (ReturnInitiated guards)",
  },
  {
    section: "REGULATIONS §6",
    requirement: "No placement cost charged to the worker (Pasal 30; Perban 9/2020; Permen 17/2025)",
    rules: ["PLACEMENT_COSTS"],
  },
  {
    section: "REGULATIONS §7",
    requirement: "Permitted destination (Pasal 31–32)",
    rules: ["PERMITTED_DESTINATION"],
  },
  {
    section: "REGULATIONS §7",
    requirement: "Middle-East moratorium and SPSK",
    rules: ["MORATORIUM_AND_SPSK"],
  },
  { section: "REGULATIONS §8", requirement: "Who may place workers", rules: ["PROCEDURAL_ROUTE"] },
  {
    section: "REGULATIONS §8.1",
    requirement: "SIP3MI and SIP2MI held and active (Pasal 51, 59)",
    rules: ["REQUIRED_DOCUMENTS", "LICENCES"],
  },
  {
    section: "REGULATIONS §8.1",
    requirement: "SIP2MI states the destination (Pasal 59)",
    rules: ["DESTINATION_CONSISTENCY"],
  },
  {
    section: "REGULATIONS §8.1",
    requirement: "Individual route: legal-entity employer (Pasal 63; Permenaker 9/2019 Pasal 34)",
    rules: ["INDIVIDUAL_ROUTE_EMPLOYER", "REQUIRED_DOCUMENTS"],
  },
  {
    section: "REGULATIONS §8.2",
    requirement: "Scheme names",
    rules: [],
    notChecked: "not checked, because they are the placement-route taxonomy (reference/)",
  },
  {
    section: "REGULATIONS §8.3",
    requirement: "SIP3MI licensing conditions",
    rules: [],
    notChecked: "not checked, because a dossier holds the licence, not the company's capital or deposit",
  },
  {
    section: "REGULATIONS §8.4",
    requirement: "Sanctions of Permen P2MI 4/2025 Pasal 9",
    rules: ["LICENCES", "POSITION_CONSISTENCY", "MORATORIUM_AND_SPSK"],
  },
  {
    section: "REGULATIONS §8.5",
    requirement: "False data (Pasal 79), under-age placement (Pasal 80)",
    rules: ["IDENTITY_CONSISTENCY", "MINIMUM_AGE"],
  },
  {
    section: "REGULATIONS §9",
    requirement: "Competency certificate",
    rules: ["REQUIRED_DOCUMENTS", "DOCUMENT_DATES"],
  },
  {
    section: "REGULATIONS §10",
    requirement: "Ordered placement steps",
    rules: [],
    notChecked: "not checked in the dossier, because the order of steps is the lifecycle's transition table",
  },
  {
    section: "REGULATIONS §11",
    requirement: "JKK and JKM mandatory; pre-work cover; contributions",
    rules: ["SOCIAL_SECURITY"],
  },
  {
    section: "REGULATIONS §12",
    requirement: "Institutions",
    rules: [],
    notChecked: "not checked, because it is reference data (reference/institutions)",
  },
  {
    section: "REGULATIONS §13",
    requirement: "E-PMI / E-KPMI card accepted",
    rules: ["WORKER_CARD", "REQUIRED_DOCUMENTS"],
  },
  {
    section: "REGULATIONS §14",
    requirement: "Health certificate window; passport valid beyond departure",
    rules: ["HEALTH_CERTIFICATE", "PASSPORT_VALIDITY"],
  },
  {
    section: "REGULATIONS §15",
    requirement: "Non-procedural departure is not a placement",
    rules: ["PROCEDURAL_ROUTE"],
  },
  {
    section: "REGULATIONS §16",
    requirement: "Return, handover and death documents",
    rules: [],
    notChecked: "not checked in the dossier, because they belong to the lifecycle's return and death guards",
  },
  {
    section: "REGULATIONS §17",
    requirement: "Complaints",
    rules: [],
    notChecked: "not checked, because complaints are lifecycle and statistics data, not dossier rules",
  },
  {
    section: "REGULATIONS §18",
    requirement: "Statistics dimensions",
    rules: [],
    notChecked: "not checked, because they are statistics/ definitions",
  },
  {
    section: "REGULATIONS §19",
    requirement: "Identity numbers",
    rules: ["NIK_STRUCTURE", "KK_NUMBER_STRUCTURE"],
  },
  {
    section: "REGULATIONS §19.1",
    requirement: "NIK structure; mismatch with the declared date or sex only a warning",
    rules: ["NIK_STRUCTURE"],
  },
  {
    section: "REGULATIONS §19.2",
    requirement: "KK number: 16 digits, region prefix",
    rules: ["KK_NUMBER_STRUCTURE"],
  },
  {
    section: "REGULATIONS §19.3",
    requirement: "Passport number format (UNVERIFIED): capital letters and digits, bounded length",
    rules: ["PASSPORT_NUMBER_FORMAT"],
  },
  {
    section: "LIFECYCLE §3",
    requirement: "Guards before transitions",
    rules: ["MINIMUM_AGE", "SOCIAL_SECURITY"],
  },
  {
    section: "LIFECYCLE §3.1",
    requirement: "Registration: valid NIK; age (guard ageAtRegistration shares meetsMinimumAge)",
    rules: ["NIK_STRUCTURE", "MINIMUM_AGE", "PROCEDURAL_ROUTE"],
  },
  {
    section: "LIFECYCLE §3.2",
    requirement:
      "Selection: licences, destination allowed, moratorium (guard licencesValid runs DOCUMENT_DATES, LICENCES and DESTINATION_CONSISTENCY on the held SIP3MI and SIP2MI, and guard destinationAllowed PERMITTED_DESTINATION and MORATORIUM_AND_SPSK, on the day selection starts)",
    rules: [
      "LICENCES",
      "DOCUMENT_DATES",
      "DESTINATION_CONSISTENCY",
      "PERMITTED_DESTINATION",
      "MORATORIUM_AND_SPSK",
      "INDIVIDUAL_ROUTE_EMPLOYER",
    ],
  },
  {
    section: "LIFECYCLE §3.3",
    requirement: "Placement agreement content and costs",
    rules: ["PLACEMENT_COSTS"],
  },
  {
    section: "LIFECYCLE §3.4",
    requirement: "Social security registered (guard mandatoryPrograms shares missingMandatoryPrograms)",
    rules: ["SOCIAL_SECURITY"],
  },
  {
    section: "LIFECYCLE §3.5",
    requirement: "Departure: every condition on the departure date",
    rules: [
      "MINIMUM_AGE",
      "REQUIRED_DOCUMENTS",
      "HEALTH_CERTIFICATE",
      "SOCIAL_SECURITY",
      "CONTRACT_MINIMUM_CONTENT",
      "POSITION_CONSISTENCY",
      "MORATORIUM_AND_SPSK",
      "INFANT",
      "HOUSEHOLD_MINIMUM_AGE",
      "PASSPORT_VALIDITY",
    ],
  },
  {
    section: "LIFECYCLE §3.6",
    requirement: "Contract extension",
    rules: [],
    notChecked: "not checked in the dossier, because an extension is a lifecycle event with its own guards",
  },
  { section: "LIFECYCLE §3.7", requirement: "Costs by regime", rules: ["PLACEMENT_COSTS"] },
  {
    section: "LIFECYCLE §3.8",
    requirement: "Return initiated",
    rules: [],
    notChecked: "not checked in the dossier, because it is a lifecycle guard",
  },
  {
    section: "LIFECYCLE §3.9",
    requirement: "Handover",
    rules: [],
    notChecked: "not checked in the dossier, because it is a lifecycle guard",
  },
  {
    section: "LIFECYCLE §3.10",
    requirement: "Death sub-process",
    rules: [],
    notChecked: "not checked in the dossier, because it is a lifecycle guard",
  },
  {
    section: "LIFECYCLE §4",
    requirement: "Document catalogue and validity rules",
    rules: ["REQUIRED_DOCUMENTS", "DOCUMENT_DATES"],
  },
  {
    section: "LIFECYCLE §5",
    requirement:
      "Identity, age, documents, consistency (destination, employer, position), social security, destination and scheme",
    rules: [
      "NIK_STRUCTURE",
      "KK_NUMBER_STRUCTURE",
      "IDENTITY_CONSISTENCY",
      "MARITAL_STATUS_AND_CONSENT",
      "DESTINATION_CONSISTENCY",
      "EMPLOYER_CONSISTENCY",
      "POSITION_CONSISTENCY",
      "SOCIAL_SECURITY",
      "MORATORIUM_AND_SPSK",
      "INDIVIDUAL_ROUTE_EMPLOYER",
    ],
  },
];

function testsMentioning(needles: readonly string[]): string[] {
  const files = readdirSync(TEST_DIR, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".test.ts"));
  return files.filter((file) => {
    const text = readFileSync(`${TEST_DIR}${file}`, "utf8");
    return needles.some((needle) => text.includes(`"${needle}"`));
  });
}

export function renderTraceability(): string {
  const byId = new Map(DOSSIER_RULES.map((rule) => [rule.id as string, rule]));
  const lines = [
    "# Traceability of the law notes",
    "",
    "Generated by `scripts/generate-traceability.ts` from `DOSSIER_RULES` and the test files; checked",
    "in `npm test`. Each section of the domain notes (REGULATIONS.md, LIFECYCLE.md §3–§5) that states a",
    "requirement maps to the dossier rules that check it, their issue codes and the tests that name",
    "those rules or codes; a requirement not checked by a dossier rule says why.",
    "",
    "| Section | Requirement | Rules | Issue codes | Tests |",
    "|---|---|---|---|---|",
  ];
  for (const row of ROWS) {
    const rules = row.rules.map((id) => byId.get(id));
    if (rules.some((rule) => rule === undefined)) throw new Error(`unknown rule in ${row.section}`);
    const codes = [...new Set(rules.flatMap((rule) => rule?.codes ?? []))];
    const tests = row.rules.length === 0 ? [] : testsMentioning([...row.rules, ...codes]);
    lines.push(
      `| ${row.section} | ${row.requirement} | ${row.rules.length === 0 ? (row.notChecked ?? "") : row.rules.map((id) => `\`${id}\``).join(", ")} | ${codes.map((c) => `\`${c}\``).join(", ")} | ${tests.join(", ")} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TRACEABILITY_FILE, renderTraceability());
}
