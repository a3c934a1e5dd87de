import { describe, expect, it } from "vitest";
import * as z from "zod";
import { rawDocumentSchemas } from "../../src/documents/schemas.js";
import { UNKNOWN_KEY_SEVERITY } from "../../src/documents/unknown-keys.js";
import { checkDossier, type DocumentKind, formatIssue } from "../../src/index.js";
import { DEPARTURE, patch, validContext, validDossier } from "./fixtures.js";

/** The dossier with extra keys spread into some documents (the fixture types forbid them). */
function withExtra(kinds: Partial<Record<string, Record<string, unknown>>>) {
  return patch(validDossier(), kinds as never);
}

describe("strict about keys, silent about values", () => {
  it("refuses a misspelt context key, so the judging date never moves without a word", () => {
    // The passport expires on the departure day: refused when the departure date is read...
    const dossier = patch(validDossier(), { PASSPORT: { expiryDate: DEPARTURE } });
    const { departureDate, ...rest } = validContext();
    expect(checkDossier(dossier, validContext()).issues.map((i) => i.code)).toContain(
      "PASSPORT_EXPIRES_BEFORE_DEPARTURE",
    );
    // ...and a misspelt one is an error naming its path, not a silent switch to `asOf`.
    const check = checkDossier(dossier, { ...rest, departuredate: departureDate });
    expect(check.ok).toBe(false);
    expect(check.issues).toEqual([
      { code: "SCHEMA_UNKNOWN_KEY", severity: "error", path: ["context", "departuredate"] },
    ]);
    expect(formatIssue(check.issues[0] as never, "en")).toBe(
      'The field "context.departuredate" is not a known field; remove it or check its spelling.',
    );
    const near = checkDossier(validDossier(), { ...validContext(), decisonDate: DEPARTURE });
    expect(near.issues).toEqual([
      { code: "SCHEMA_UNKNOWN_KEY", severity: "error", path: ["context", "decisonDate"] },
    ]);
  });

  it("counts a key that may be data at the object's path and never echoes it", () => {
    const nik = "3201014204980001";
    const check = checkDossier(validDossier(), { ...validContext(), [nik]: true, "Siti Aminah": 1 });
    expect(check.issues).toEqual([
      { code: "SCHEMA_UNRECOGNIZED_KEYS", severity: "error", path: ["context"], params: { count: 2 } },
    ]);
    expect(JSON.stringify(check)).not.toContain(nik);
    expect(JSON.stringify(check)).not.toContain("Siti");
  });

  it("refuses an unknown document kind, an unknown top-level key and an unknown worker fact", () => {
    const { WORK_VISA, ...others } = validDossier().documents ?? {};
    const check = checkDossier(
      {
        worker: { pregnant: false, pregnnt: true },
        documents: { ...others, VISA_KERJA: WORK_VISA },
        note: 1,
      },
      validContext(),
    );
    expect(check.ok).toBe(false);
    const unknown = check.issues.filter((i) => i.code === "SCHEMA_UNKNOWN_KEY");
    expect(unknown.map((i) => [i.severity, i.path])).toEqual([
      ["error", ["note"]],
      ["error", ["worker", "pregnnt"]],
      ["error", ["documents", "VISA_KERJA"]],
    ]);
    expect(check.missing).toContain("WORK_VISA");
  });

  it("refuses an unknown key in a document whose optional fields a rule reads", () => {
    const check = checkDossier(withExtra({ HEALTH_CERT: { validUntill: "2030-01-01" } }), validContext());
    expect(check.ok).toBe(false);
    expect(check.issues).toEqual([
      expect.objectContaining({
        code: "SCHEMA_UNKNOWN_KEY",
        severity: "error",
        path: ["documents", "HEALTH_CERT", "validUntill"],
        documentKind: "HEALTH_CERT",
      }),
    ]);
  });

  it("refuses an unknown key inside a document's nested object, at its path", () => {
    const dossier = validDossier();
    const documents = dossier.documents ?? {};
    const check = checkDossier(
      withExtra({
        FAMILY_CONSENT: { acknowledgedBy: { role: "LURAH", dtae: DEPARTURE } },
        EMPLOYMENT_CONTRACT: { wage: { ...documents.EMPLOYMENT_CONTRACT?.wage, curency: "TWD" } },
      }),
      validContext(),
    );
    expect(check.ok).toBe(false);
    expect(check.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["SCHEMA_UNKNOWN_KEY", "error", ["documents", "FAMILY_CONSENT", "acknowledgedBy", "dtae"]],
      ["SCHEMA_UNKNOWN_KEY", "error", ["documents", "EMPLOYMENT_CONTRACT", "wage", "curency"]],
    ]);
  });

  it("warns of an unknown key in a document whose fields are all required, and judges it as it is", () => {
    const check = checkDossier(withExtra({ COOP_AGREEMENT: { scanUrl: "x" } }), validContext());
    expect(check.ok).toBe(true);
    expect(check.missing).toEqual([]);
    expect(check.issues).toEqual([
      expect.objectContaining({
        code: "SCHEMA_UNKNOWN_KEY",
        severity: "warning",
        path: ["documents", "COOP_AGREEMENT", "scanUrl"],
      }),
    ]);
    // A misspelt required field still fails, as required: the warning only adds where it went.
    const typo = withExtra({ COOP_AGREEMENT: { signedDate: undefined, signedDat: DEPARTURE } });
    const refused = checkDossier(typo, validContext());
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["INPUT_REQUIRED", "error", ["documents", "COOP_AGREEMENT", "signedDate"]],
      ["SCHEMA_UNKNOWN_KEY", "warning", ["documents", "COOP_AGREEMENT", "signedDat"]],
    ]);
  });

  it("warns only for kinds whose schema has no optional field and no nested object (the table's rule)", () => {
    const schemas = rawDocumentSchemas() as Record<DocumentKind, z.ZodObject>;
    for (const kind of Object.keys(UNKNOWN_KEY_SEVERITY) as DocumentKind[]) {
      const fields = Object.values(schemas[kind].shape) as z.ZodType[];
      const allRequired = fields.every(
        (field) =>
          !field.safeParse(undefined).success &&
          !(field instanceof z.ZodObject) &&
          !(field instanceof z.ZodArray),
      );
      expect([kind, UNKNOWN_KEY_SEVERITY[kind]]).toEqual([kind, allRequired ? "warning" : "error"]);
    }
  });
});
