import { describe, expect, it } from "vitest";
import { checkDossier, type DossierContext, requiredDocuments } from "../../src/index.js";
import { patch, validContext, validDossier } from "./fixtures.js";

// Scenarios from the news seeds the project started from (/work/shared/seeds).
describe("seeds", () => {
  it("Pekalongan, 2024 (seed 004): KTP and KK at registration; family consent known to the kelurahan", () => {
    const atRegistration = requiredDocuments({ route: "P3MI", stage: "REGISTRATION" });
    expect(atRegistration.ok && atRegistration.value.map((r) => r.kind)).toEqual(["KTP_EL", "KK"]);
    const lurah = patch(validDossier(), { FAMILY_CONSENT: { acknowledgedBy: { role: "LURAH" } } });
    expect(checkDossier(lurah, validContext())).toMatchObject({ ok: true, issues: [] });
    const unknownToKelurahan = patch(validDossier(), { FAMILY_CONSENT: { acknowledgedBy: undefined } });
    expect(checkDossier(unknownToKelurahan, validContext()).issues.map((i) => i.code)).toEqual([
      "CONSENT_NOT_ACKNOWLEDGED",
    ]);
  });

  it("Pangkalpinang, 2025 (seed 000): no departure without a competency certificate", () => {
    const check = checkDossier(patch(validDossier(), { COMPETENCY_CERT: undefined }), validContext());
    expect(check.missing).toEqual(["COMPETENCY_CERT"]);
    expect(check.issues[0]?.basis).toBe("UU 18/2017 Pasal 13 huruf c");
  });

  it("Kubu Raya, 2025 (seed 003): a non-procedural departure is recorded, not judged for documents", () => {
    const context: DossierContext = { ...validContext(), route: "NONPROCEDURAL" };
    expect(checkDossier({ documents: {} }, context).missing).toEqual([]);
  });
});
