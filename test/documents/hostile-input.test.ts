import { describe, expect, it } from "vitest";
import {
  checkDossier,
  type DocumentKind,
  type DossierContext,
  type DossierDocument,
  redactDossier,
  requiredDocuments,
} from "../../src/index.js";
import { patch, validContext, validDossier } from "./fixtures.js";

describe("hostile input", () => {
  it("refuses a huge string cheaply with the schema's limit, never echoing it", () => {
    const huge = "A".repeat(1_000_000);
    const started = performance.now();
    const check = checkDossier(patch(validDossier(), { KTP_EL: { name: huge } }), validContext());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(check.issues).toEqual([
      expect.objectContaining({
        code: "SCHEMA_TOO_BIG",
        path: ["documents", "KTP_EL", "name"],
        params: { maximum: 200 },
      }),
    ]);
    expect(JSON.stringify(check).length).toBeLessThan(2000);
  });

  it("ignores __proto__, constructor and inherited keys, and survives cycles", () => {
    const documents = JSON.parse('{"__proto__": {"PASSPORT": {"number": "X"}}, "constructor": 1}');
    const inherited = Object.create({ PASSPORT: validDossier().documents?.PASSPORT });
    const cyclic: Record<string, unknown> = { ...validDossier() };
    cyclic.self = cyclic;
    (cyclic.documents as Record<string, unknown>).loop = cyclic;
    for (const dossier of [{ documents }, { documents: inherited }, cyclic]) {
      expect(() => checkDossier(dossier, validContext())).not.toThrow();
      expect(() => redactDossier(dossier)).not.toThrow();
    }
    expect(checkDossier({ documents }, validContext()).missing).toContain("PASSPORT");
    expect(checkDossier({ documents: inherited }, validContext()).missing).toContain("PASSPORT");
    // The cycle's keys are unknown keys, each named; the cycle itself is never followed.
    expect(checkDossier(cyclic, validContext()).issues).toEqual([
      expect.objectContaining({ code: "SCHEMA_UNKNOWN_KEY", severity: "error", path: ["self"] }),
      expect.objectContaining({ code: "SCHEMA_UNKNOWN_KEY", severity: "error", path: ["documents", "loop"] }),
    ]);
    expect(requiredDocuments(JSON.parse('{"__proto__": {"route": "P3MI"}}')).ok).toBe(false);
  });

  it("never takes a document from a polluted Object.prototype, and reads a null-prototype object", () => {
    const { PASSPORT, ...others } = validDossier().documents ?? {};
    const clean = checkDossier({ documents: others }, validContext());
    const polluted = Object.prototype as Record<string, unknown>;
    polluted.PASSPORT = PASSPORT;
    try {
      // Read into a copy that inherits no key: the inherited passport is neither a document nor an
      // unknown key of every document, so the verdict is the one without the pollution.
      const check = checkDossier({ documents: others }, validContext());
      expect(check).toEqual(clean);
      expect(check.ok).toBe(false);
      expect(check.missing).toContain("PASSPORT");
    } finally {
      delete polluted.PASSPORT;
    }
    const bare = Object.assign(Object.create(null), validDossier().documents);
    expect(checkDossier({ documents: bare }, validContext())).toEqual(
      checkDossier(validDossier(), validContext()),
    );
  });
});

describe("types", () => {
  it("keeps document kinds and context codes as literal unions", () => {
    const kind: DocumentKind = "E_KPMI";
    // @ts-expect-error not a document kind
    const wrongKind: DocumentKind = "DRIVING_LICENCE";
    const context: DossierContext = validContext();
    // @ts-expect-error not a placement route
    const wrongRoute: DossierContext = { ...context, route: "BOAT" };
    const visa: DossierDocument<"WORK_VISA"> = { number: "V", destination: "TW", validUntil: "2027-01-01" };
    // @ts-expect-error a work visa has no expiryDate field
    const wrongVisa: DossierDocument<"WORK_VISA"> = { ...visa, expiryDate: "2027-01-01" };
    expect([kind, wrongKind, wrongRoute.route, wrongVisa.number]).toHaveLength(4);
  });
});
