// Writes the site's field reference pages into .tmp/site-docs/ (published by `npm run docs`): every
// field of every document kind and every event payload, from the JSON Schemas in schemas/ (generated
// from the zod schemas, so they are the shapes the library accepts), with each kind's and each
// event's meaning and legal basis from the library's catalogues, and each field's description when
// its schema carries one.
//
//   npx tsx scripts/generate-site-reference.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basisText, DOCUMENT_KINDS, EVENT_TYPES } from "../src/index.js";

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  description?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};

const read = (name: string): Schema => JSON.parse(readFileSync(`schemas/${name}.schema.json`, "utf8"));
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const kebab = (code: string) => code.toLowerCase().replaceAll("_", "-");

/** The type of a field in a few words: `string`, `"M" | "F"`, `integer ≥ 1`, `array of …`. */
function typeOf(schema: Schema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(" | ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeOf).join(" or ");
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  if (type === "array") return `array of ${schema.items ? typeOf(schema.items) : "any"}`;
  if (type === "object" && schema.properties)
    return `object (${Object.keys(schema.properties)
      .map((key) => `\`${key}\``)
      .join(", ")})`;
  const limits: string[] = [];
  if (schema.minimum !== undefined) limits.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) limits.push(`≤ ${schema.maximum}`);
  if (schema.minLength !== undefined)
    limits.push(`${schema.minLength}–${schema.maxLength ?? "…"} characters`);
  else if (schema.maxLength !== undefined) limits.push(`at most ${schema.maxLength} characters`);
  if (schema.pattern !== undefined) limits.push(`pattern \`${schema.pattern}\``);
  return limits.length > 0 ? `${type}, ${limits.join(", ")}` : type;
}

/** One table row per field; a date-named string says its form (the library reads `YYYY-MM-DD`). */
function fieldTable(schema: Schema, skip: readonly string[] = []): string {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).filter(([name]) => !skip.includes(name));
  if (fields.length === 0) return "No payload fields.\n";
  // The meaning column appears when the JSON Schemas describe their fields (all do: from the zod
  // registry of pekerja-migran/json-schema, schemaDescriptions()).
  const described = fields.some(([, field]) => field.description !== undefined);
  const rows = fields.map(([name, field]) => {
    let type = typeOf(field);
    if (type.startsWith("string") && /Date$|^date$|From$|Until$/.test(name))
      type = "calendar date `YYYY-MM-DD`";
    const meaning = described ? ` ${cell(field.description ?? "")} |` : "";
    return `| \`${name}\` | ${required.has(name) ? "yes" : "no"} | ${cell(type)} |${meaning}`;
  });
  const head = described
    ? ["| Field | Required | Type | Meaning |", "|---|---|---|---|"]
    : ["| Field | Required | Type |", "|---|---|---|"];
  return [...head, ...rows, ""].join("\n");
}

const documents: string[] = [
  "---",
  "title: Document fields",
  "---",
  "",
  "# Document fields",
  "",
  "Every field of every document kind a dossier can hold (`dossier.documents[KIND]`), as `checkDossier`",
  "accepts it. Each kind gives its name, issuer, validity rule and legal basis from `DOCUMENT_KINDS`; the",
  "fields and their types come from the JSON Schemas in `schemas/` (see the JSON Schemas guide), which are",
  "generated from the library's zod schemas. Calendar dates are `YYYY-MM-DD`; cross-field rules (validity",
  "on the decisive date, one person across documents) are the library's, listed in Documents and rules.",
  "",
];
for (const [code, entry] of Object.entries(DOCUMENT_KINDS)) {
  const schema = read(`document-${kebab(code)}`);
  documents.push(
    `## ${code}`,
    "",
    `**${entry.name.en}** (*${entry.name.id}*). Issued by ${entry.issuer}. Validity: ${entry.validity ?? "no rule found in the sources"}.` +
      ` Basis: ${basisText(entry.basis)}${entry.verified ? "" : " (partly UNVERIFIED in the domain notes)"}.`,
    "",
    fieldTable(schema),
  );
}

const events: string[] = [
  "---",
  "title: Event payloads",
  "---",
  "",
  "# Event payloads",
  "",
  "Every lifecycle event type with its meaning, its legal basis (from `EVENT_TYPES`) and the fields of its",
  "payload (from `schemas/event.schema.json`). Every event also has `type` (the name below), `seq` (its",
  "1-based position in the case, integer) and `at` (an instant with its offset,",
  "`2025-01-06T09:00:00+07:00`). See the Lifecycle guide for the transitions and guards.",
  "",
];
const variants = read("event").anyOf ?? [];
for (const [type, entry] of Object.entries(EVENT_TYPES)) {
  const schema = variants.find((variant) => variant.properties?.type?.const === type);
  if (schema === undefined) throw new Error(`event ${type} has no JSON Schema`);
  events.push(
    `## ${type}`,
    "",
    `${entry.description} Basis: ${entry.basis}.`,
    "",
    fieldTable(schema, ["type", "seq", "at"]),
  );
}

mkdirSync(".tmp/site-docs", { recursive: true });
writeFileSync(".tmp/site-docs/document-fields.md", documents.join("\n"));
writeFileSync(".tmp/site-docs/event-payloads.md", events.join("\n"));
console.log(
  `site reference: ${Object.keys(DOCUMENT_KINDS).length} document kinds, ${Object.keys(EVENT_TYPES).length} event types`,
);
