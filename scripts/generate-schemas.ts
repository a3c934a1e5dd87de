// Writes the JSON Schemas of the dossier, each document kind, the dossier context, the lifecycle
// events, the case and the policy into schemas/, from the zod schemas that are their single source.
// Apps in other languages validate the shape with them; the cross-field rules (dates against each
// other, NIK against the documents, moratorium, costs, guards, a case against its history) need the
// library itself.
//
//   npx tsx scripts/generate-schemas.ts           write schemas/
//   npx tsx scripts/generate-schemas.ts --check   fail if schemas/ is not what would be written
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as z from "zod";
import { documentSchemas, dossierContextSchema } from "../src/documents/index.js";
import { DOCUMENT_KINDS, dossierSchema, lifecycleEventSchema } from "../src/index.js";
import { caseSchema } from "../src/lifecycle/index.js";
import { policySchema } from "../src/policies/index.js";

const BASE = "urn:pekerja-migran:schemas:";
const NOTE =
  "Generated from the library's zod schema; shape only. Calendar dates are YYYY-MM-DD; cross-field rules (validity against the decisive date, consistency between documents, NIK structure, policy rules, lifecycle guards) are checked by the library, not by this schema.";

const kebab = (code: string) => code.toLowerCase().replaceAll("_", "-");

export function schemaFiles(): Record<string, string> {
  const entries: [string, z.ZodType, string][] = [
    [
      "dossier",
      dossierSchema() as z.ZodType,
      "A worker's dossier: the worker's facts and the documents by kind.",
    ],
    [
      "dossier-context",
      dossierContextSchema() as z.ZodType,
      "The context a dossier is judged in (route, destination, dates).",
    ],
    [
      "event",
      lifecycleEventSchema() as z.ZodType,
      "One lifecycle event of a case (`type`, `seq`, `at` and its payload).",
    ],
    [
      "case",
      caseSchema() as z.ZodType,
      "A lifecycle case: one placement of one person, as the fold of its events (`history`).",
    ],
    [
      "policy",
      policySchema() as z.ZodType,
      "An effective-dated policy: the parameters the rules read, each with its basis.",
    ],
  ];
  const documents = documentSchemas() as Record<string, z.ZodType>;
  for (const [kind, schema] of Object.entries(documents)) {
    const entry = DOCUMENT_KINDS[kind as keyof typeof DOCUMENT_KINDS];
    entries.push([
      `document-${kebab(kind)}`,
      schema,
      `${entry.name.en} (${entry.name.id}), document kind ${kind}.`,
    ]);
  }
  const files: Record<string, string> = {};
  for (const [name, schema, title] of entries) {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "input" });
    const withId = { $id: `${BASE}${name}`, title, $comment: NOTE, ...json };
    files[`${name}.schema.json`] = `${JSON.stringify(withId, null, 2)}\n`;
  }
  return files;
}

const files = schemaFiles();
if (process.argv.includes("--check")) {
  const stale: string[] = [];
  const present = new Set(readdirSync("schemas").filter((f) => f.endsWith(".json")));
  for (const [name, content] of Object.entries(files)) {
    if (!present.has(name) || readFileSync(`schemas/${name}`, "utf8") !== content) stale.push(name);
    present.delete(name);
  }
  stale.push(...[...present].map((name) => `${name} (no longer generated)`));
  if (stale.length > 0) {
    console.error(`schemas/ is out of date (run npm run schemas): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(`schemas/: ${Object.keys(files).length} JSON Schemas up to date`);
} else {
  rmSync("schemas", { recursive: true, force: true });
  mkdirSync("schemas");
  for (const [name, content] of Object.entries(files)) writeFileSync(`schemas/${name}`, content);
  console.log(`schemas/: wrote ${Object.keys(files).length} JSON Schemas`);
}
