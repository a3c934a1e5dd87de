import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOCUMENT_KIND_CODES } from "../../src/documents/index.js";
import {
  checkDossier,
  type DocumentKind,
  type DossierContext,
  formatIssue,
  redactDossier,
  requiredDocuments,
} from "../../src/index.js";
import { PLACEMENT_ROUTE_CODES } from "../../src/reference/index.js";
import { runs } from "../runs.js";
import { patch, validContext, validDossier } from "./fixtures.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const requiredKinds = (() => {
  const result = requiredDocuments(validContext());
  return result.ok ? result.value.map((r) => r.kind) : [];
})();

describe("checkDossier properties", () => {
  it("removing any one required document yields the missing-document error for exactly that kind", () => {
    fc.assert(
      fc.property(fc.constantFrom(...requiredKinds), (kind: DocumentKind) => {
        const check = checkDossier(patch(validDossier(), { [kind]: undefined }), validContext());
        expect(check.ok).toBe(false);
        expect(check.missing).toEqual([kind]);
        const errors = check.issues.filter((issue) => issue.severity === "error");
        expect(errors).toEqual([
          expect.objectContaining({
            code: "DOCUMENT_MISSING",
            documentKind: kind,
            path: ["documents", kind],
          }),
        ]);
      }),
      { numRuns: runs(requiredKinds.length * 3) },
    );
  });

  it("never throws, whatever the shape of dossier and context", () => {
    const documentish = fc.dictionary(
      fc.oneof(fc.constantFrom(...DOCUMENT_KIND_CODES, "__proto__", "constructor", "toString"), fc.string()),
      fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
    );
    const contextish = fc.record(
      {
        route: fc.oneof(fc.constantFrom(...PLACEMENT_ROUTE_CODES), fc.anything()),
        workerCategory: fc.constantFrom("LEGAL_ENTITY_EMPLOYER", "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER", 1),
        employerType: fc.constantFrom("LEGAL_ENTITY", "INDIVIDUAL_HOUSEHOLD", "SYARIKAH", null),
        destination: fc.oneof(fc.constantFrom("SA", "TW", "KW"), fc.string()),
        asOf: fc.oneof(fc.constantFrom("2026-01-01", "2019-05-05", "2010-01-01"), fc.string()),
        departureDate: fc.oneof(fc.constantFrom("2026-02-01", "2025-09-01"), fc.anything()),
        stage: fc.constantFrom("REGISTRATION", "SELECTION", "DEPARTURE", "LATER"),
        policy: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ worker: fc.anything(), documents: documentish }, { requiredKeys: [] }),
        ),
        fc.oneof(fc.anything(), contextish),
        (dossier, context) => {
          const check = checkDossier(dossier, context);
          expect(typeof check.ok).toBe("boolean");
          expect(Array.isArray(check.issues)).toBe(true);
          redactDossier(dossier);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("never puts an input string into an issue or a rendered message (id and en)", () => {
    const secret = fc.string({ minLength: 5, maxLength: 40 }).map((s) => `Zq${s}`);
    fc.assert(
      fc.property(secret, secret, secret, fc.boolean(), (name, number, address, spoil) => {
        const dossier = patch(validDossier(), {
          KTP_EL: { nik: spoil ? name : "3201014204980001", name, address },
          PASSPORT: { name: spoil ? number : name, number, expiryDate: spoil ? address : "2030-01-01" },
          KK: { number, members: [{ nik: number, name: address }] },
          FAMILY_CONSENT: { consenterName: name, relation: spoil ? (name as "SPOUSE") : "SPOUSE" },
          EMPLOYMENT_CONTRACT: { workerName: address, employerName: name, workerIdNumber: number },
          WORK_VISA: { number, employerName: address, destination: spoil ? name : "MY" },
        });
        const context = { ...validContext(), destinationCity: name, placementAgency: number };
        const check = checkDossier(dossier, context);
        expect(check.ok).toBe(false);
        const rendered = [
          JSON.stringify(check),
          ...check.issues.flatMap((issue) => [formatIssue(issue, "id"), formatIssue(issue, "en")]),
        ].join("\n");
        for (const value of [name, number, address]) {
          expect(rendered).not.toContain(value);
          expect(rendered).not.toContain(JSON.stringify(value).slice(1, -1));
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("never mutates its inputs (deep-frozen dossier and context)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...requiredKinds), fc.boolean(), (kind, married) => {
        const dossier = patch(validDossier(), {
          [kind]: undefined,
          MARITAL_STATUS: { status: married ? "MARRIED" : "SINGLE" },
        });
        const context: DossierContext = { ...validContext(), position: "HOUSEKEEPER", destination: "SA" };
        const snapshot = JSON.stringify([dossier, context]);
        deepFreeze(dossier);
        deepFreeze(context);
        checkDossier(dossier, context);
        redactDossier(dossier);
        requiredDocuments(context);
        expect(JSON.stringify([dossier, context])).toBe(snapshot);
      }),
      { numRuns: runs(40) },
    );
  });

  it("gives the same result for the same inputs (determinism)", () => {
    const a = checkDossier(validDossier(), validContext());
    const b = checkDossier(validDossier(), validContext());
    expect(a).toEqual(b);
  });
});
