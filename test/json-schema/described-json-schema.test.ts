import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { PekerjaMigranError } from "../../src/core/errors.js";
import { DOCUMENT_KIND_CODES, dossierSchema } from "../../src/documents/index.js";
import {
  describedJsonSchema,
  JSON_SCHEMA_NAMES,
  type JsonSchemaName,
  schemaDescriptions,
} from "../../src/json-schema/index.js";
import { unusedDescriptions } from "../../src/json-schema/schema-descriptions.js";
import { caseSchema, lifecycleEventSchemas } from "../../src/lifecycle/index.js";
import { policySchema } from "../../src/policies/index.js";

describe("describedJsonSchema", () => {
  it("gives every file the package ships, byte for byte", () => {
    const shipped = new URL("../../schemas/", import.meta.url);
    expect(JSON_SCHEMA_NAMES).toHaveLength(31);
    for (const name of JSON_SCHEMA_NAMES)
      expect(`${JSON.stringify(describedJsonSchema(name), null, 2)}\n`, name).toBe(
        readFileSync(new URL(`${name}.schema.json`, shipped), "utf8"),
      );
  });

  it("names each document kind of the catalogue, in kebab case", () => {
    expect(JSON_SCHEMA_NAMES.filter((name) => name.startsWith("document-"))).toEqual(
      DOCUMENT_KIND_CODES.map((kind) => `document-${kind.toLowerCase().replaceAll("_", "-")}`),
    );
  });

  it("refuses a name it does not ship, without echoing it", () => {
    expect(() => describedJsonSchema("document-nik-3201014108900001" as JsonSchemaName)).toThrow(
      PekerjaMigranError,
    );
    try {
      describedJsonSchema("3201014108900001" as JsonSchemaName);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain("3201014108900001");
    }
  });
});

describe("schemaDescriptions", () => {
  const registry = schemaDescriptions();

  it("describes each field by its own meaning where two fields share a form", () => {
    const json = z.toJSONSchema(dossierSchema(), { metadata: registry, io: "input" }) as unknown as {
      properties: {
        documents: { properties: Record<string, { properties: Record<string, { description?: string }> }> };
      };
    };
    const documents = json.properties.documents.properties;
    expect(documents.PASSPORT?.properties.expiryDate?.description).toMatch(/^Date of expiry; must be after/);
    expect(documents.PASSPORT?.properties.birthDate?.description).toMatch(/^Holder's birth date/);
    expect(documents.KTP_EL?.properties.birthDate?.description).toMatch(/^Birth date as printed on the card/);
    const policy = z.toJSONSchema(policySchema(), { metadata: registry, io: "input" });
    const text = JSON.stringify(policy);
    // The legacy card's inner enumeration carries no description of the issued card.
    expect(text.match(/The card issued now/g)).toHaveLength(1);
  });

  it("describes event payloads by event type, and keeps the case's own descriptions", () => {
    const departed = z.toJSONSchema(lifecycleEventSchemas().DepartureFailed, {
      metadata: registry,
      io: "input",
    });
    expect(JSON.stringify(departed.properties?.type)).toContain("`DepartureFailed`");
    const plain = z.toJSONSchema(caseSchema(), { io: "input" });
    const described = z.toJSONSchema(caseSchema(), { metadata: registry, io: "input" });
    expect(described.properties?.state).toEqual(plain.properties?.state);
  });

  it("leaves the library's own schemas undescribed without it, and has no entry that describes nothing", () => {
    const plain = z.toJSONSchema(dossierSchema(), { io: "input" });
    expect(JSON.stringify(plain)).not.toContain('"description"');
    expect(unusedDescriptions()).toEqual([]);
  });
});
