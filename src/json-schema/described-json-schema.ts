import * as z from "zod";
import { deepFreeze } from "../_lib/deep-freeze.js";
import { PekerjaMigranError } from "../core/errors.js";
import {
  DOCUMENT_KIND_CODES,
  DOCUMENT_KINDS,
  documentSchemas,
  dossierContextSchema,
  dossierSchema,
} from "../documents/index.js";
import { caseSchema, lifecycleEventSchema } from "../lifecycle/index.js";
import { policySchema } from "../policies/index.js";
import { schemaDescriptions } from "./schema-descriptions.js";

/**
 * The names of the JSON Schemas {@link describedJsonSchema} gives and the package ships in `schemas/`
 * (`schemas/<name>.schema.json`): the dossier, the dossier context, a lifecycle event, the case, the
 * policy, and each document kind in kebab case (a test holds them to the document catalogue).
 *
 * @example
 * ```ts
 * JSON_SCHEMA_NAMES.slice(0, 5); //=> ["dossier", "dossier-context", "event", "case", "policy"]
 * ```
 */
export const JSON_SCHEMA_NAMES = /* @__PURE__ */ deepFreeze([
  "dossier",
  "dossier-context",
  "event",
  "case",
  "policy",
  "document-ktp-el",
  "document-kk",
  "document-marital-status",
  "document-family-consent",
  "document-competency-cert",
  "document-health-cert",
  "document-passport",
  "document-skck",
  "document-work-visa",
  "document-reentry-visa",
  "document-placement-agreement",
  "document-employment-contract",
  "document-socsec-card",
  "document-jkn-proof",
  "document-opp-cert",
  "document-e-kpmi",
  "document-sip3mi",
  "document-sip2mi",
  "document-coop-agreement",
  "document-job-order",
  "document-call-letter",
  "document-risk-statement",
  "document-leave-letter",
  "document-fit-to-return",
  "document-handover-record",
  "document-death-docs",
] as const);

/**
 * The name of a JSON Schema the library ships: one of {@link JSON_SCHEMA_NAMES}.
 *
 * @example
 * ```ts
 * const name: JsonSchemaName = "document-work-visa";
 * ```
 */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const kebab = (code: string) => code.toLowerCase().replaceAll("_", "-");

const BASE = "urn:pekerja-migran:schemas:";
const NOTE =
  "Generated from the library's zod schema; shape only. Calendar dates are YYYY-MM-DD; cross-field rules (validity against the decisive date, consistency between documents, NIK structure, policy rules, lifecycle guards) are checked by the library, not by this schema.";

/** Each shipped schema: its zod schema and its title. */
function sources(): Record<string, readonly [() => z.core.$ZodType, string]> {
  const out: Record<string, readonly [() => z.core.$ZodType, string]> = {
    dossier: [dossierSchema, "A worker's dossier: the worker's facts and the documents by kind."],
    "dossier-context": [
      dossierContextSchema,
      "The context a dossier is judged in (route, destination, dates).",
    ],
    event: [lifecycleEventSchema, "One lifecycle event of a case (`type`, `seq`, `at` and its payload)."],
    case: [
      caseSchema,
      "A lifecycle case: one placement of one person, as the fold of its events (`history`).",
    ],
    policy: [policySchema, "An effective-dated policy: the parameters the rules read, each with its basis."],
  };
  for (const kind of DOCUMENT_KIND_CODES) {
    const entry = DOCUMENT_KINDS[kind];
    out[`document-${kebab(kind)}`] = [
      () => documentSchemas()[kind],
      `${entry.name.en} (${entry.name.id}), document kind ${kind}.`,
    ];
  }
  return out;
}

/** Puts each `description` first among its node's keys, where a reader of the schema looks for it. */
function descriptionFirst(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(descriptionFirst);
  if (node === null || typeof node !== "object") return node;
  const entries = Object.entries(node as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  const description = entries.find(([key]) => key === "description");
  if (description !== undefined) out.description = descriptionFirst(description[1]);
  for (const [key, value] of entries) if (key !== "description") out[key] = descriptionFirst(value);
  return out;
}

/**
 * The JSON Schema (draft 2020-12, of the input a schema accepts) of one of the library's schemas,
 * every field described from {@link schemaDescriptions}: the same document the package ships as
 * `schemas/<name>.schema.json`, for apps that build forms or validate in another language. It gives
 * the shape only; the cross-field rules (dates against each other, the NIK against the documents,
 * policies, lifecycle guards) need the library itself.
 *
 * @example
 * ```ts
 * const passport = describedJsonSchema("document-passport");
 * passport.properties.expiryDate?.description;
 * //=> "Date of expiry; must be after the departure date (UU 18/2017 Pasal 13 huruf e), with the policy's margin as a warning. Calendar date, YYYY-MM-DD."
 * ```
 */
export function describedJsonSchema(name: JsonSchemaName): z.core.JSONSchema.BaseSchema & {
  readonly properties: Readonly<Record<string, z.core.JSONSchema.BaseSchema>>;
} {
  const source = Object.hasOwn(sources(), name) ? sources()[name] : undefined;
  if (source === undefined)
    throw new PekerjaMigranError("INVALID_ARGUMENT", "name must be one of JSON_SCHEMA_NAMES", {
      argument: "name",
    });
  const [schema, title] = source;
  const json = z.toJSONSchema(schema(), {
    target: "draft-2020-12",
    unrepresentable: "any",
    io: "input",
    metadata: schemaDescriptions(),
  });
  const described = descriptionFirst(json) as Record<string, unknown>;
  return { $id: `${BASE}${name}`, title, $comment: NOTE, ...described } as ReturnType<
    typeof describedJsonSchema
  >;
}
