// Writes the JSON Schemas of the dossier, each document kind, the dossier context, the lifecycle
// events, the case and the policy into schemas/, from the zod schemas that are their single source.
// Apps in other languages validate the shape with them; the cross-field rules (dates against each
// other, NIK against the documents, moratorium, costs, guards, a case against its history) need the
// library itself. Every property carries a description: from the zod `.meta()` where the schema has
// one (the case), else from scripts/schema-descriptions.ts (kept out of the runtime bundles).
//
//   npx tsx scripts/generate-schemas.ts           write schemas/
//   npx tsx scripts/generate-schemas.ts --check   fail if schemas/ is not what would be written
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as z from "zod";
import { documentSchemas, dossierContextSchema } from "../src/documents/index.js";
import { basisText, DOCUMENT_KINDS, dossierSchema, EVENT_TYPES, lifecycleEventSchema } from "../src/index.js";
import { caseSchema } from "../src/lifecycle/index.js";
import { policySchema } from "../src/policies/index.js";
import {
  CONTEXT_FIELDS,
  DOCUMENT_FIELDS,
  DOSSIER_FIELDS,
  EVENT_COMMON,
  EVENT_FIELDS,
  POLICY_FIELDS,
} from "./schema-descriptions.js";

const BASE = "urn:pekerja-migran:schemas:";
const NOTE =
  "Generated from the library's zod schema; shape only. Calendar dates are YYYY-MM-DD; cross-field rules (validity against the decisive date, consistency between documents, NIK structure, policy rules, lifecycle guards) are checked by the library, not by this schema.";

const kebab = (code: string) => code.toLowerCase().replaceAll("_", "-");

type Json = { [key: string]: unknown };
type Table = Readonly<Record<string, string>>;
const isJson = (value: unknown): value is Json => typeof value === "object" && value !== null;
const kinds = DOCUMENT_FIELDS as Readonly<Record<string, Table>>;
const eventTables = EVENT_FIELDS as Readonly<Record<string, Table>>;

/** Every table entry used, as `table:key`, so that a stale entry fails the generator. */
const used = new Set<string>();
const take = (name: string, table: Table | undefined, key: string): string | undefined => {
  const text = table?.[key];
  if (text !== undefined) used.add(`${name}:${key}`);
  return text;
};

/** The description of a property, from the tables of scripts/schema-descriptions.ts. */
function lookup(root: string, path: readonly string[], event: string | undefined): string | undefined {
  const key = path.join(".");
  if (event !== undefined) {
    // The type says which event it is, with the meaning the catalogue gives it.
    if (key === "type") {
      const meaning = EVENT_TYPES[event as keyof typeof EVENT_TYPES]?.description;
      return `${take("event", EVENT_COMMON, key)} \`${event}\`: ${meaning}`;
    }
    return take(`event ${event}`, eventTables[event], key) ?? take("event", EVENT_COMMON, key);
  }
  if (root.startsWith("document-")) {
    const kind = Object.keys(kinds).find((k) => `document-${kebab(k)}` === root) as string;
    return take(kind, kinds[kind], key);
  }
  if (root === "dossier") {
    if (path[0] === "documents" && path.length === 2) {
      const entry = DOCUMENT_KINDS[path[1] as keyof typeof DOCUMENT_KINDS];
      return `${entry.name.en} (${entry.name.id}), document kind ${entry.code}; ${basisText(entry.basis)}.`;
    }
    if (path[0] === "documents" && path.length > 2)
      return take(path[1] as string, kinds[path[1] as string], path.slice(2).join("."));
    return take("dossier", DOSSIER_FIELDS, key);
  }
  if (root === "dossier-context") return take("context", CONTEXT_FIELDS, key);
  if (root === "policy") {
    const generic = path.length === 3 && path[0] === "parameters" ? `parameters.*.${path[2]}` : key;
    return take("policy", POLICY_FIELDS, key) ?? take("policy", POLICY_FIELDS, generic);
  }
  return undefined;
}

/**
 * Gives every property of a JSON Schema a description (keeping one the zod `.meta()` gave), walking
 * properties, items, anyOf/oneOf/allOf, $defs and additionalProperties. An object with a literal
 * `type` and a `seq` is an event: its fields are looked up by event type.
 */
function describe(root: string, node: unknown, path: string[], event: string | undefined, missing: string[]) {
  if (Array.isArray(node)) {
    for (const item of node) describe(root, item, path, event, missing);
    return;
  }
  if (!isJson(node)) return;
  const properties = isJson(node.properties) ? node.properties : undefined;
  const type = isJson(properties?.type) ? properties.type.const : undefined;
  if (typeof type === "string" && properties?.seq !== undefined) {
    event = type;
    path = [];
  }
  for (const [key, child] of Object.entries(properties ?? {})) {
    if (!isJson(child) || properties === undefined) continue;
    const at = [...path, key];
    if (typeof child.description !== "string") {
      const text = lookup(root, at, event);
      if (text === undefined)
        missing.push(`${root}: ${event === undefined ? "" : `${event} `}${at.join(".")}`);
      // The description first, where a reader of the file looks for it.
      else properties[key] = { description: text, ...child };
    }
    describe(root, properties[key], at, event, missing);
  }
  for (const key of ["items", "anyOf", "oneOf", "allOf", "additionalProperties", "prefixItems"]) {
    describe(root, node[key], path, event, missing);
  }
  for (const defs of [node.$defs, node.definitions]) {
    if (isJson(defs)) for (const def of Object.values(defs)) describe(root, def, path, event, missing);
  }
}

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
  const missing: string[] = [];
  for (const [name, schema, title] of entries) {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "input" });
    describe(name, json, [], undefined, missing);
    const withId = { $id: `${BASE}${name}`, title, $comment: NOTE, ...json };
    files[`${name}.schema.json`] = `${JSON.stringify(withId, null, 2)}\n`;
  }
  const stale = [
    ...Object.entries(kinds).flatMap(([kind, table]) => Object.keys(table).map((k) => `${kind}:${k}`)),
    ...Object.keys(DOSSIER_FIELDS).map((k) => `dossier:${k}`),
    ...Object.keys(CONTEXT_FIELDS).map((k) => `context:${k}`),
    ...Object.keys(POLICY_FIELDS).map((k) => `policy:${k}`),
    ...Object.keys(EVENT_COMMON).map((k) => `event:${k}`),
    ...Object.entries(eventTables).flatMap(([type, table]) =>
      Object.keys(table).map((k) => `event ${type}:${k}`),
    ),
  ].filter((entry) => !used.has(entry));
  if (missing.length > 0 || stale.length > 0) {
    throw new Error(
      `scripts/schema-descriptions.ts is out of step with the schemas:${missing.map((m) => `\n  no description: ${m}`).join("")}${stale.map((s) => `\n  describes nothing: ${s}`).join("")}`,
    );
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
