import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { DOCUMENT_KIND_CODES } from "../../src/documents/index.js";
import { checkDossier, EVENT_TYPES, isTerminal, POLICIES } from "../../src/index.js";
import { caseSchema, STATE_CODES } from "../../src/lifecycle/index.js";
import { validContext, validDossier } from "../documents/fixtures.js";
import { at, events, PRE_PLACEMENT_ROWS } from "../lifecycle/fixtures.js";
import { complaintCase, journeys, readyCase } from "../lifecycle/journeys.js";

// The shipped JSON Schemas, read as an app in another language would, and checked with an
// independent validator (ajv) against the same data the library accepts and refuses.
const dir = new URL("../../schemas/", import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(new URL(name, dir), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (name: string) => {
  const known = compiled.get(name) ?? ajv.compile(load(`${name}.schema.json`));
  compiled.set(name, known);
  return known;
};

describe("the shipped JSON Schemas", () => {
  it("are one per document kind plus the dossier, context, event, case and policy", () => {
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(DOCUMENT_KIND_CODES.length + 5);
    expect(files).toContain("case.schema.json");
    for (const kind of DOCUMENT_KIND_CODES) {
      expect(files).toContain(`document-${kind.toLowerCase().replaceAll("_", "-")}.schema.json`);
    }
    for (const file of files) expect(ajv.validateSchema(load(file)), file).toBe(true);
  });

  it("accept a dossier and context the library accepts, and each of its documents", () => {
    const dossier = validDossier();
    expect(checkDossier(dossier, validContext()).ok).toBe(true);
    expect(validator("dossier")(dossier)).toBe(true);
    expect(validator("dossier-context")(validContext())).toBe(true);
    for (const [kind, document] of Object.entries(dossier.documents ?? {})) {
      const validate = validator(`document-${kind.toLowerCase().replaceAll("_", "-")}`);
      expect(validate(document), kind).toBe(true);
    }
  });

  it("refuse what the library refuses for its shape", () => {
    const dossier = validDossier();
    const wrongType = { ...dossier, documents: { ...dossier.documents, PASSPORT: { number: 12345 } } };
    expect(validator("dossier")(wrongType)).toBe(false);
    expect(checkDossier(wrongType, validContext()).ok).toBe(false);
    expect(validator("dossier-context")({ ...validContext(), route: "SMUGGLED" })).toBe(false);
    expect(
      validator("document-health-cert")({ ...dossier.documents?.HEALTH_CERT, conclusion: "MAYBE" }),
    ).toBe(false);
  });

  it("accept the events of a real journey and refuse an unknown event type", () => {
    const validate = validator("event");
    for (const event of events(...PRE_PLACEMENT_ROWS)) expect(validate(event), event.type).toBe(true);
    expect(validate({ type: "Teleported", seq: 1, at: "2025-01-01T00:00:00Z" })).toBe(false);
    expect(validate({ type: "Registered", seq: 0, at: "2025-01-01T00:00:00Z", route: "P3MI" })).toBe(false);
  });

  it("accept every case of the lifecycle journeys, also after a JSON round trip", () => {
    const validate = validator("case");
    for (const [name, c] of journeys()) {
      const stored = JSON.parse(JSON.stringify(c));
      expect(validate(stored), `${name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
  });

  it("refuse a broken case as caseSchema() does, and keep keys of the app's own at the top level", () => {
    const validate = validator("case");
    const c = JSON.parse(JSON.stringify(readyCase()));
    const complaint = JSON.parse(JSON.stringify(complaintCase()));
    const nonMilestone = Object.values(EVENT_TYPES).find((entry) => !entry.milestone)?.type as string;
    const working = STATE_CODES.find((state) => !isTerminal(state));
    const broken = {
      "unknown state": { ...c, state: "TELEPORTED" },
      "milestone key that is no milestone": {
        ...c,
        milestones: { ...c.milestones, [nonMilestone]: c.lastAt },
      },
      "lastSeq 0": { ...c, lastSeq: 0 },
      "fractional lastSeq": { ...c, lastSeq: 2.5 },
      "outcome that is not terminal": { ...c, outcome: working },
      "no history": Object.fromEntries(Object.entries(c).filter(([key]) => key !== "history")),
      "a name in the worker": { ...c, worker: { ...c.worker, name: "Siti Aminah" } },
      "unknown document kind": { ...c, documents: { ...c.documents, DIPLOMA: {} } },
      "unknown event in the history": {
        ...c,
        history: [...c.history, { type: "Teleported", seq: c.lastSeq + 1, at: at("2025-03-01") }],
      },
      "complaint with an unknown status": {
        ...complaint,
        complaints: [{ ...complaint.complaints[0], status: "FORGOTTEN" }],
      },
    };
    for (const [name, value] of Object.entries(broken)) {
      expect(validate(value), name).toBe(false);
      expect(caseSchema().safeParse(value).success, name).toBe(false);
    }
    const withOwnKeys = { ...c, tenant: "disnaker-1971" };
    expect(validate(withOwnKeys)).toBe(true);
    expect(caseSchema().safeParse(withOwnKeys).success).toBe(true);
  });

  it("accept every shipped policy", () => {
    const validate = validator("policy");
    for (const policy of POLICIES) expect(validate(JSON.parse(JSON.stringify(policy))), policy.id).toBe(true);
  });
});

/** Every property of a JSON Schema without a non-empty description, as a JSON pointer. */
function undescribed(node: unknown, pointer: string, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      undescribed(item, `${pointer}/${index}`, out);
    });
    return out;
  }
  if (typeof node !== "object" || node === null) return out;
  const schema = node as Record<string, unknown>;
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    const at = `${pointer}/properties/${key}`;
    const text = child?.description;
    if (typeof text !== "string" || text.trim().length < 8) out.push(at);
    undescribed(child, at, out);
  }
  for (const key of ["items", "prefixItems", "anyOf", "oneOf", "allOf", "additionalProperties"]) {
    if (key in schema) undescribed(schema[key], `${pointer}/${key}`, out);
  }
  for (const key of ["$defs", "definitions"]) {
    const defs = schema[key] as Record<string, unknown> | undefined;
    for (const [name, def] of Object.entries(defs ?? {})) undescribed(def, `${pointer}/${key}/${name}`, out);
  }
  return out;
}

describe("the descriptions of the shipped JSON Schemas", () => {
  it("describe every property of every file, however deep", () => {
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
      expect(undescribed(load(file), "#"), file).toEqual([]);
    }
  });

  it("find a property without a description where one is nested (the walk reaches it)", () => {
    const nested = {
      properties: { a: { description: "An A field.", anyOf: [{ items: { properties: { b: {} } } }] } },
      $defs: { X: { additionalProperties: { properties: { c: { description: "" } } } } },
    };
    expect(undescribed(nested, "#")).toEqual([
      "#/properties/a/anyOf/0/items/properties/b",
      "#/$defs/X/additionalProperties/properties/c",
    ]);
  });

  it("cite no file of the domain notes, which the package does not ship", () => {
    for (const file of readdirSync(dir)) {
      expect(readFileSync(new URL(file, dir), "utf8"), file).not.toMatch(/REGULATIONS\.md|LIFECYCLE\.md/);
    }
  });
});
