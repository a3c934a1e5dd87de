import * as z from "zod";
import { basisText } from "../core/legal-bases.js";
import { DOCUMENT_KINDS, documentSchemas, dossierContextSchema, dossierSchema } from "../documents/index.js";
import { caseSchema, EVENT_TYPES, lifecycleEventSchema } from "../lifecycle/index.js";
import { policySchema } from "../policies/index.js";
import {
  CONTEXT_FIELDS,
  DOCUMENT_FIELDS,
  DOSSIER_FIELDS,
  EVENT_COMMON,
  EVENT_FIELDS,
  POLICY_FIELDS,
} from "./_lib/descriptions.js";
import { walkSchema } from "./_lib/walk.js";

/**
 * The metadata {@link schemaDescriptions} holds for a schema node: its description.
 *
 * @example
 * ```ts
 * import { dossierSchema } from "pekerja-migran/documents";
 * const meta: SchemaDescription | undefined = schemaDescriptions().get(dossierSchema().shape.documents);
 * meta?.description; //=> "The documents of the dossier keyed by document kind, at most one of each."
 * ```
 */
export interface SchemaDescription {
  /** What the field means, its unit or format, and its legal basis where it has one. */
  readonly description: string;
}

type Table = Readonly<Record<string, string>>;
const kinds = DOCUMENT_FIELDS as Readonly<Record<string, Table>>;
const eventTables = EVENT_FIELDS as Readonly<Record<string, Table>>;
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The root schemas, each with the way its paths are described. The same document schemas appear in
 * the dossier and on their own; both read the same table, so a field has one text wherever it is.
 */
function roots(use: (name: string, table: Table | undefined, key: string) => string | undefined) {
  const documentField = (kind: string, key: string) => use(kind, kinds[kind], key);
  const event = (type: string, key: string): string | undefined => {
    // The type says which event it is, with the meaning the catalogue gives it.
    if (key === "type") {
      const meaning = EVENT_TYPES[type as keyof typeof EVENT_TYPES]?.description;
      return `${use("event", EVENT_COMMON, key)} \`${type}\`: ${meaning}`;
    }
    return use(`event ${type}`, eventTables[type], key) ?? use("event", EVENT_COMMON, key);
  };
  type Lookup = (path: readonly string[]) => string | undefined;
  const entries: [z.core.$ZodType, Lookup][] = [
    [
      dossierSchema(),
      (path) => {
        const [first, kind] = path;
        if (first === "documents" && kind !== undefined && hasOwn.call(DOCUMENT_KINDS, kind)) {
          if (path.length > 2) return documentField(kind, path.slice(2).join("."));
          const entry = DOCUMENT_KINDS[kind as keyof typeof DOCUMENT_KINDS];
          return `${entry.name.en} (${entry.name.id}), document kind ${entry.code}; ${basisText(entry.basis)}.`;
        }
        return use("dossier", DOSSIER_FIELDS, path.join("."));
      },
    ],
    [dossierContextSchema(), (path) => use("context", CONTEXT_FIELDS, path.join("."))],
    [lifecycleEventSchema(), () => undefined],
    // The case describes itself (inline `.meta()`); its history holds events, described as events.
    [caseSchema(), () => undefined],
    [
      policySchema(),
      (path) => {
        const key = path.join(".");
        const generic = path.length === 3 && path[0] === "parameters" ? `parameters.*.${path[2]}` : key;
        return use("policy", POLICY_FIELDS, key) ?? use("policy", POLICY_FIELDS, generic);
      },
    ],
    ...Object.entries(documentSchemas() as Record<string, z.core.$ZodType>).map(
      ([kind, schema]): [z.core.$ZodType, Lookup] => [schema, (path) => documentField(kind, path.join("."))],
    ),
  ];
  return { entries, event };
}

/** Builds the registry, and lists the table entries that describe no field of any schema. */
function build(): { registry: z.core.$ZodRegistry<SchemaDescription>; unused: string[] } {
  const registry = z.registry<SchemaDescription>();
  const used = new Set<string>();
  // Nodes met inside another field (an item, an option, a wrapped schema): a field's description on
  // one of them would show there too.
  const inner = new Set<z.core.$ZodType>();
  const fields = new Set<z.core.$ZodType>();
  const { entries, event } = roots((name, table, key) => {
    if (table === undefined || !hasOwn.call(table, key)) return undefined;
    used.add(`${name}:${key}`);
    return table[key];
  });
  for (const [root, lookup] of entries)
    walkSchema(root, ({ node, path, event: type, property }) => {
      // A description the schema gives itself (`.meta()`, the case's) is carried over as it is.
      const own = z.globalRegistry.get(node)?.description;
      const text =
        own ?? (property ? (type === undefined ? lookup(path) : event(type, path.join("."))) : undefined);
      if (text === undefined) return;
      if (!property) inner.add(node);
      const held = registry.get(node)?.description;
      // One schema node, one meaning: a node shared by two fields would give both the same text.
      if (held !== undefined && held !== text)
        throw new Error(`one zod schema node describes two fields (${path.join(".")}): give each its own`);
      if (held === undefined) registry.add(node, { description: text });
      if (property && own === undefined) fields.add(node);
    });
  for (const node of fields)
    if (inner.has(node))
      throw new Error("a described field's zod schema node is also used inside another field");
  const all = [
    ...Object.entries(kinds).flatMap(([kind, table]) => Object.keys(table).map((k) => `${kind}:${k}`)),
    ...Object.keys(DOSSIER_FIELDS).map((k) => `dossier:${k}`),
    ...Object.keys(CONTEXT_FIELDS).map((k) => `context:${k}`),
    ...Object.keys(POLICY_FIELDS).map((k) => `policy:${k}`),
    ...Object.keys(EVENT_COMMON).map((k) => `event:${k}`),
    ...Object.entries(eventTables).flatMap(([type, table]) =>
      Object.keys(table).map((k) => `event ${type}:${k}`),
    ),
  ];
  return { registry, unused: all.filter((entry) => !used.has(entry)) };
}

let built: ReturnType<typeof build> | undefined;

/**
 * The descriptions of every field of the library's zod schemas (the dossier, each document kind, the
 * dossier context, the lifecycle events, the case and the policy) as a zod registry: what each field
 * means, its unit or format, and its legal basis where it has one. Pass it to `z.toJSONSchema` as
 * `metadata` to get a described JSON Schema of any of those schemas. Built on the first call and
 * cached; it lives behind `pekerja-migran/json-schema` so that the validating bundles stay small.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { dossierContextSchema } from "pekerja-migran/documents";
 * const json = z.toJSONSchema(dossierContextSchema(), { metadata: schemaDescriptions(), io: "input" });
 * json.properties?.asOf;
 * //=> { description: "The day of the check (the library never reads the clock). Calendar date, YYYY-MM-DD.", type: "string" }
 * ```
 */
export function schemaDescriptions(): z.core.$ZodRegistry<SchemaDescription> {
  built ??= build();
  return built.registry;
}

/**
 * The entries of the description tables that describe no field (a field renamed or removed): the
 * schema generator fails on them.
 * @internal
 */
export function unusedDescriptions(): readonly string[] {
  built ??= build();
  return built.unused;
}
