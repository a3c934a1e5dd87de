import { describe, expect, it } from "vitest";
import { checkDossier, POLICIES } from "../../src/index.js";
import { validContext, validDossier } from "./fixtures.js";

describe("checkDossier: a complete, valid dossier", () => {
  it("passes with no issue and names the policy in force on the departure date", () => {
    const check = checkDossier(validDossier(), validContext());
    expect(check.issues).toEqual([]);
    expect(check).toMatchObject({ ok: true, missing: [], policy: "ID-2025-P2MI" });
  });

  it("reports a missing passport with its basis", () => {
    const dossier = validDossier();
    const { PASSPORT: _, ...documents } = dossier.documents ?? {};
    const check = checkDossier({ ...dossier, documents }, validContext());
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(["PASSPORT"]);
    expect(check.issues).toContainEqual(
      expect.objectContaining({
        code: "DOCUMENT_MISSING",
        documentKind: "PASSPORT",
        basis: "UU 18/2017 Pasal 13 huruf e",
        policyId: "ID-2025-P2MI",
      }),
    );
  });

  it("never throws on garbage and reports the context problems", () => {
    const check = checkDossier(42, null);
    expect(check.ok).toBe(false);
    expect(check.policy).toBeNull();
    expect(POLICIES.length).toBeGreaterThan(1);
  });
});
