// Writes the JSON Schemas of the dossier, each document kind, the dossier context, the lifecycle
// events, the case and the policy into schemas/, from the zod schemas that are their single source.
// Apps in other languages validate the shape with them; the cross-field rules (dates against each
// other, NIK against the documents, moratorium, costs, guards, a case against its history) need the
// library itself. Every property carries a description, from the zod registry of
// pekerja-migran/json-schema (schemaDescriptions(), fed by src/json-schema/_lib/descriptions.ts and the
// case's own `.meta()`): each file is what describedJsonSchema(name) gives an app at runtime.
//
//   npx tsx scripts/generate-schemas.ts           write schemas/
//   npx tsx scripts/generate-schemas.ts --check   fail if schemas/ is not what would be written
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describedJsonSchema, JSON_SCHEMA_NAMES } from "../src/json-schema/index.js";
import { unusedDescriptions } from "../src/json-schema/schema-descriptions.js";

type Json = { [key: string]: unknown };
const isJson = (value: unknown): value is Json => typeof value === "object" && value !== null;

/** Every property without a description, walking properties, items, unions, $defs and records. */
function undescribed(root: string, node: unknown, path: string[], missing: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) undescribed(root, item, path, missing);
    return;
  }
  if (!isJson(node)) return;
  for (const [key, child] of Object.entries(isJson(node.properties) ? node.properties : {})) {
    if (isJson(child) && typeof child.description !== "string")
      missing.push(`${root}: ${[...path, key].join(".")}`);
    undescribed(root, child, [...path, key], missing);
  }
  for (const key of ["items", "anyOf", "oneOf", "allOf", "additionalProperties", "prefixItems"])
    undescribed(root, node[key], path, missing);
  for (const defs of [node.$defs, node.definitions])
    if (isJson(defs)) for (const def of Object.values(defs)) undescribed(root, def, path, missing);
}

export function schemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of JSON_SCHEMA_NAMES) {
    const json = describedJsonSchema(name);
    undescribed(name, json, [], missing);
    files[`${name}.schema.json`] = `${JSON.stringify(json, null, 2)}\n`;
  }
  const stale = unusedDescriptions();
  if (missing.length > 0 || stale.length > 0) {
    throw new Error(
      `src/json-schema/_lib/descriptions.ts is out of step with the schemas:${missing.map((m) => `\n  no description: ${m}`).join("")}${stale.map((s) => `\n  describes nothing: ${s}`).join("")}`,
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
