import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { digitsOf, digitsOnly, normaliseName, sameName } from "../../src/documents/_lib/normalise.js";
import { isValidatedDocument, validateDocument } from "../../src/documents/_lib/validated.js";
import { checkValidatedDossier } from "../../src/documents/check-dossier.js";
import { documentsSchema, workerFactsSchema } from "../../src/documents/schemas.js";
import { checkDossier, documentSchemas, dossierContextSchema, dossierSchema } from "../../src/index.js";
import { patch, validContext, validDossier } from "./fixtures.js";

// The fast paths added for performance must agree with the plain ones they stand in for.

describe("sameName agrees with normaliseName", () => {
  const alphabet = fc.constantFrom(..."aAbBzZ09 -.,'!~_@[`{\t\u00e9\u00c9\u0301\uff21\u00a0".split(""));
  const name = fc.array(alphabet, { maxLength: 12 }).map((chars) => chars.join(""));
  it("for any two names (ASCII, punctuation, Unicode, combining marks)", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sameName(a, b)).toBe(normaliseName(a) === normaliseName(b));
      }),
      { numRuns: 3000 },
    );
  });
  it("on names that differ only by case, spacing and punctuation", () => {
    expect(sameName("SITI AMINAH", "Siti Aminah")).toBe(true);
    expect(sameName("  Siti--Aminah. ", "siti aminah")).toBe(true);
    expect(sameName("Siti Aminah", "Siti Aminah Binti Ali")).toBe(false);
    expect(sameName("Siti Aminah", "SitiAminah")).toBe(false);
    expect(sameName("", "--")).toBe(true);
  });
  it("digitsOnly equals digitsOf", () => {
    for (const value of ["3201014204980001", "32.01.01", "", "abc", "12 34"]) {
      expect(digitsOnly(value)).toBe(digitsOf(value));
    }
  });
});

describe("compiled schemas", () => {
  it("every schema compiles (no silent fallback to the interpreter)", () => {
    const all: z.ZodType[] = [
      ...Object.values(documentSchemas()),
      dossierSchema(),
      dossierContextSchema(),
      documentsSchema(),
      workerFactsSchema(),
    ];
    for (const schema of all) {
      const source = (schema as unknown as { _zod: { parent?: z.ZodType } })._zod.parent ?? schema;
      expect(() => z.compile(source, { strict: true })).not.toThrow();
    }
  });
  it("parse valid and invalid dossiers as the interpreter does", () => {
    const interpreted = (dossierSchema() as unknown as { _zod: { parent: z.ZodType } })._zod.parent;
    const samples: unknown[] = [
      validDossier(),
      patch(validDossier(), { PASSPORT: { expiryDate: "2026-02-30" } }),
      { documents: { KTP_EL: { nik: 5 } }, extra: 1 },
      { documents: { PASSPORT: { ...validDossier().documents?.PASSPORT, unknown: "dropped" } } },
      null,
    ];
    for (const sample of samples) {
      expect(dossierSchema().safeParse(sample)).toEqual(interpreted.safeParse(sample));
    }
  });
  it("do not freeze parsed objects", () => {
    const parsed = dossierSchema().parse(validDossier());
    expect(Object.isFrozen(parsed)).toBe(false);
  });
});

describe("validateDocument and checkValidatedDossier", () => {
  const documents = validDossier().documents as Record<string, unknown>;
  const validated = Object.fromEntries(
    Object.entries(documents).map(([kind, raw]) => {
      const result = validateDocument(kind as never, raw);
      if (!result.success) throw new Error(`fixture ${kind} invalid`);
      return [kind, result.data];
    }),
  );

  it("returns deep-frozen documents remembered under their own kind only", () => {
    const kk = validated.KK as { members: readonly object[] };
    expect(Object.isFrozen(kk)).toBe(true);
    expect(Object.isFrozen(kk.members)).toBe(true);
    expect(Object.isFrozen(kk.members[0])).toBe(true);
    expect(isValidatedDocument("KK", kk)).toBe(true);
    expect(isValidatedDocument("PASSPORT", kk)).toBe(false);
    expect(isValidatedDocument("KK", documents.KK)).toBe(false);
    expect(isValidatedDocument("KK", null)).toBe(false);
    expect(validateDocument("PASSPORT", { number: "" }).success).toBe(false);
  });

  it("judges validated documents exactly as checkDossier judges the raw ones", () => {
    for (const context of [validContext(), { ...validContext(), destination: "SA" }, { route: "P3MI" }]) {
      expect(checkValidatedDossier(validated, context)).toEqual(checkDossier({ documents }, context));
    }
  });

  it("falls back to checkDossier for documents it did not validate", () => {
    const mixed = { ...validated, PASSPORT: { ...(documents.PASSPORT as object), expiryDate: "bad" } };
    expect(checkValidatedDossier(mixed, validContext())).toEqual(
      checkDossier({ documents: mixed }, validContext()),
    );
    const swapped = { ...validated, SKCK: validated.KTP_EL };
    expect(checkValidatedDossier(swapped, validContext())).toEqual(
      checkDossier({ documents: swapped }, validContext()),
    );
    const inherited = Object.create({ PASSPORT: validated.PASSPORT }) as Record<string, unknown>;
    expect(checkValidatedDossier(inherited, validContext())).toEqual(
      checkDossier({ documents: inherited }, validContext()),
    );
  });

  it("checkDossier uses validated documents as they are, and never an inherited document", () => {
    expect(checkDossier({ documents: validated }, validContext())).toEqual(
      checkDossier({ documents }, validContext()),
    );
    const inherited = Object.create(documents) as Record<string, unknown>;
    inherited.KTP_EL = documents.KTP_EL;
    const check = checkDossier({ documents: inherited }, validContext());
    expect(check.missing).toContain("PASSPORT");
  });
});
