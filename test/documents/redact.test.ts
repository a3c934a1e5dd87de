import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOCUMENT_KIND_CODES } from "../../src/documents/index.js";
import { redactDossier } from "../../src/index.js";
import { NIK, validDossier } from "./fixtures.js";

describe("redactDossier", () => {
  it("masks every personal field and keeps codes, dates of validity and amounts", () => {
    const redacted = redactDossier(validDossier("2026-02-01"));
    const ktp = redacted.documents.KTP_EL;
    expect(ktp).toEqual({
      nik: "320101**********",
      name: "[redacted]",
      birthPlace: "[redacted]",
      birthDate: "[redacted]",
      sex: "F",
      address: "[redacted]",
    });
    expect(redacted.documents.KK?.number).toBe("320101**********");
    expect(redacted.documents.PASSPORT).toMatchObject({ number: "[redacted]", expiryDate: "2030-09-01" });
    expect(redacted.documents.EMPLOYMENT_CONTRACT).toMatchObject({
      workerIdNumber: "320101**********",
      position: "CAREGIVER",
      wage: { amount: 20_000, currency: "TWD", paymentMethod: "[redacted]" },
    });
    expect(redacted.documents.FAMILY_CONSENT?.acknowledgedBy).toEqual({
      role: "KEPALA_DESA",
      date: "2025-10-03",
    });
    expect(redacted.worker).toEqual({ pregnant: false });
    const json = JSON.stringify(redacted);
    for (const secret of [
      NIK,
      "Siti",
      "Aminah",
      "X1234567",
      "Melati",
      "1998-04-02",
      "Ahmad",
      "Chen Family",
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it("drops unknown kinds, unknown keys and values of the wrong form", () => {
    const redacted = redactDossier({
      worker: { youngestChildBirthDate: "2025-01-01", extra: "Budi" },
      documents: {
        UNKNOWN: { name: "Budi" },
        HEALTH_CERT: { conclusion: "budi santoso", issueDate: "someday", examinations: ["HIV", "budi", 3] },
        KK: { members: [{ nik: "123", relation: "HEAD" }, "junk"] },
        OPP_CERT: "junk",
      },
    });
    expect(redacted).toEqual({
      worker: { youngestChildBirthDate: "[redacted]" },
      documents: {
        HEALTH_CERT: { examinations: ["HIV"] },
        KK: { members: [{ nik: "****************", relation: "HEAD" }, undefined] },
      },
    });
  });

  it("drops fields of the wrong form at every level", () => {
    const redacted = redactDossier({
      documents: {
        FAMILY_CONSENT: {
          acknowledgedBy: "x",
          relation: "father",
          consenterNik: undefined,
          consenterName: undefined,
        },
        KK: { members: "x" },
        HEALTH_CERT: { examinations: "x" },
        PLACEMENT_AGREEMENT: { costs: [{ component: "SKCK", chargedToWorker: Number.POSITIVE_INFINITY }] },
        MARITAL_STATUS: { marriageBookCopy: "yes" },
      },
    });
    expect(redacted.documents).toEqual({
      FAMILY_CONSENT: {},
      KK: {},
      HEALTH_CERT: {},
      PLACEMENT_AGREEMENT: { costs: [{ component: "SKCK" }] },
      MARITAL_STATUS: {},
    });
  });

  it("works on anything without throwing and never returns a personal input string (property)", () => {
    const secret = fc.string({ minLength: 6 }).map((s) => `zq${s}`);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(redactDossier(input).documents).toBeTypeOf("object");
      }),
    );
    fc.assert(
      fc.property(
        secret,
        secret,
        secret,
        fc.constantFrom(...DOCUMENT_KIND_CODES),
        (name, number, address, kind) => {
          const input = {
            documents: {
              KTP_EL: { nik: name, name, address },
              PASSPORT: { number, name },
              [kind]: { number, name, address, consenterName: name, spouseName: name, employerName: name },
            },
          };
          const json = JSON.stringify(redactDossier(input));
          for (const value of [name, number, address])
            expect(json).not.toContain(JSON.stringify(value).slice(1, -1));
        },
      ),
    );
  });
});
