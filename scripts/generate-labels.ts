// Writes src/core/messages/{id,en}-labels.generated.ts: the names by which messages print the codes
// of the catalogues (documents, events, states, phases, complaint statuses, countries, currencies, cost
// components, return reasons, positions, placement routes, worker categories, employer types, sectors,
// complaint categories and channels). core/ may not import the catalogues (they build on core/), so it
// holds a copy; the catalogues stay the one source, and test/core/messages.test.ts holds the copy equal
// to them.
//
//   npx tsx scripts/generate-labels.ts           write the two files
//   npx tsx scripts/generate-labels.ts --check   fail if they are not what would be written
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DOCUMENT_KINDS } from "../src/documents/index.js";
import { COMPLAINT_STATUSES, EVENT_LABELS, PHASES, STATES } from "../src/lifecycle/index.js";
import { COST_COMPONENTS } from "../src/policies/index.js";
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COUNTRIES,
  CURRENCIES,
  EMPLOYER_TYPES,
  PLACEMENT_ROUTES,
  POSITIONS,
  RETURN_REASONS,
  SECTORS,
  WORKER_CATEGORIES,
} from "../src/reference/index.js";

type Lang = "id" | "en";
type Named = Readonly<Record<string, { readonly id: string; readonly en: string }>>;

const pick = (table: object, field: "name" | "label"): Named =>
  Object.fromEntries(Object.entries(table).map(([code, entry]) => [code, entry[field]]));

/** The label kinds, in the order the files list them. */
const KINDS: Readonly<Record<string, Named>> = {
  document: pick(DOCUMENT_KINDS, "name"),
  event: EVENT_LABELS,
  state: pick(STATES, "label"),
  phase: pick(PHASES, "label"),
  complaintStatus: pick(COMPLAINT_STATUSES, "label"),
  country: pick(COUNTRIES, "label"),
  currency: pick(CURRENCIES, "label"),
  costComponent: pick(COST_COMPONENTS, "label"),
  returnReason: pick(RETURN_REASONS, "label"),
  position: pick(POSITIONS, "label"),
  placementRoute: pick(PLACEMENT_ROUTES, "label"),
  workerCategory: pick(WORKER_CATEGORIES, "label"),
  employerType: pick(EMPLOYER_TYPES, "label"),
  sector: pick(SECTORS, "label"),
  complaintCategory: pick(COMPLAINT_CATEGORIES, "label"),
  complaintChannel: pick(COMPLAINT_CHANNELS, "label"),
};

const key = (code: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(code) ? code : JSON.stringify(code));

/** The generated module's text for one language. */
export function renderLabels(lang: Lang): string {
  const constant = `${lang.toUpperCase()}_CATALOGUE_LABELS`;
  const language = lang === "id" ? "Indonesian" : "English";
  const lines = [
    "// Generated from the catalogues of documents/, lifecycle/, policies/ and reference/ (their names and",
    "// labels) by scripts/generate-labels.ts; test/core/messages.test.ts holds it equal to them. Do not",
    "// edit by hand.",
    "",
    `/** The ${language} names of the codes messages print, by label kind. @internal */`,
    `export const ${constant} = {`,
  ];
  for (const [kind, table] of Object.entries(KINDS)) {
    lines.push(`  ${kind}: {`);
    for (const [code, name] of Object.entries(table))
      lines.push(`    ${key(code)}: ${JSON.stringify(name[lang])},`);
    lines.push("  },");
  }
  lines.push("} as const;", "");
  return lines.join("\n");
}

const target = (lang: Lang) =>
  fileURLToPath(new URL(`../src/core/messages/${lang}-labels.generated.ts`, import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stale: string[] = [];
  for (const lang of ["id", "en"] as const) {
    const text = renderLabels(lang);
    if (!process.argv.includes("--check")) writeFileSync(target(lang), text);
    else if (readFileSync(target(lang), "utf8") !== text) stale.push(target(lang));
  }
  if (stale.length > 0) {
    console.error(`stale (run npx tsx scripts/generate-labels.ts): ${stale.join(", ")}`);
    process.exit(1);
  }
}
