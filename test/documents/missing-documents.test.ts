import { describe, expect, it } from "vitest";
import { DOSSIER_STAGES, type DossierStage } from "../../src/documents/index.js";
import { DOCUMENT_REQUIREMENTS } from "../../src/documents/requirements.js";
import {
  basisText,
  checkDossier,
  type Dossier,
  type DossierContext,
  type Issue,
  POLICIES,
  type Policy,
  requiredDocuments,
} from "../../src/index.js";
import { PLACEMENT_ROUTE_CODES, type PlacementRoute } from "../../src/reference/index.js";
import { DEPARTURE, patch, validContext, validDossier } from "./fixtures.js";

// Which documents are missing, route by route and stage by stage, each required kind left out in
// turn: none may be hidden, whatever else the dossier holds.
const P2025 = POLICIES[2] as Policy;

/** The fixture plus every kind some route requires (individual and re-entry documents). */
function everyRequiredKind(): Dossier {
  return patch(validDossier(), {
    JKN_PROOF: { number: "JKN-1" },
    CALL_LETTER: { position: "CAREGIVER", date: "2025-11-01" },
    RISK_STATEMENT: { signedDate: "2025-11-02" },
    REENTRY_VISA: { validUntil: "2026-03-01" },
  });
}

/** The matrix rows for a route and stage, read from the catalogue. */
function rows(route: PlacementRoute, stage: DossierStage) {
  return DOCUMENT_REQUIREMENTS.filter(
    (row) =>
      (row.routes as readonly string[]).includes(route) && (row.stages as readonly string[]).includes(stage),
  );
}

function contextFor(route: PlacementRoute, stage: DossierStage): DossierContext {
  return { ...validContext(), route, stage };
}

describe("missing documents", () => {
  const full = everyRequiredKind();

  for (const route of PLACEMENT_ROUTE_CODES) {
    for (const stage of DOSSIER_STAGES) {
      it(`${route} at ${stage}: each required kind left out is reported, and only it`, () => {
        const context = contextFor(route, stage);
        expect(checkDossier(full, context).missing).toEqual([]);
        for (const row of rows(route, stage)) {
          const check = checkDossier(patch(full, { [row.kind]: undefined }), context);
          expect(check.missing, row.kind).toEqual([row.kind]);
          const missing: Issue = {
            code: "DOCUMENT_MISSING",
            severity: "error",
            path: ["documents", row.kind],
            params: { kind: row.kind },
            basis: basisText(row.basis),
            documentKind: row.kind,
            policyId: P2025.id,
          };
          expect(check.issues.filter((i) => i.code === "DOCUMENT_MISSING")).toEqual([missing]);
          expect(check.ok).toBe(false);
        }
      });
    }
  }

  it("does not count a malformed document as missing, yet reports the one really absent", () => {
    const dossier = patch(validDossier(), {
      PASSPORT: { expiryDate: "2030-02-30" },
      SKCK: undefined,
      OPP_CERT: undefined,
    });
    const check = checkDossier(dossier, validContext());
    expect(check.missing).toEqual(["OPP_CERT"]);
    expect(check.issues.map((i) => [i.code, i.documentKind])).toEqual([
      ["DATE_INVALID", "PASSPORT"],
      ["DOCUMENT_MISSING", "OPP_CERT"],
    ]);
  });

  it("refuses null and arrays as the dossier or its documents", () => {
    for (const dossier of [null, [], 5, "x"]) {
      const check = checkDossier(dossier, validContext());
      expect(check.issues[0], String(dossier)).toEqual({
        code: "INPUT_NOT_OBJECT",
        severity: "error",
        path: [],
      });
      expect(check.missing).toHaveLength(17);
    }
    for (const documents of [null, [], 5]) {
      const check = checkDossier({ documents }, validContext());
      expect(check.issues[0], String(documents)).toEqual({
        code: "INPUT_NOT_OBJECT",
        severity: "error",
        path: ["documents"],
      });
    }
  });
});

describe("requiredDocuments and the worker card", () => {
  const kpmi = DOCUMENT_REQUIREMENTS.find((row) => row.kind === "E_KPMI");

  it("names no card type without a date or a policy", () => {
    const result = requiredDocuments({ route: "P3MI" });
    expect(result.ok && result.value.find((r) => r.kind === "E_KPMI")).toEqual({
      kind: "E_KPMI",
      basis: basisText(kpmi?.basis ?? []),
    });
  });

  it("names the card types of the policy in force on the departure date, and changes no other entry", () => {
    const plain = requiredDocuments({ route: "P3MI" });
    const dated = requiredDocuments({ route: "P3MI", departureDate: DEPARTURE });
    if (!plain.ok || !dated.ok) throw new Error("requiredDocuments failed");
    const card = P2025.parameters.workerCard;
    expect(
      dated.value.map((r) => (r.kind === "E_KPMI" ? plain.value.find((p) => p.kind === r.kind) : r)),
    ).toEqual(plain.value);
    expect(dated.value.find((r) => r.kind === "E_KPMI")).toEqual({
      kind: "E_KPMI",
      basis: `${basisText(kpmi?.basis ?? [])}; ${card.basis}`,
      cardTypes: ["E_KPMI", "E_PMI"],
      policyId: P2025.id,
    });
    const older = POLICIES[1] as Policy;
    const old = requiredDocuments({ route: "P3MI", asOf: "2022-06-01" });
    expect(old.ok && old.value.find((r) => r.kind === "E_KPMI")).toMatchObject({
      cardTypes: ["E_PMI"],
      policyId: older.id,
    });
    const given = requiredDocuments({ route: "P3MI", policy: older });
    expect(given.ok && given.value.find((r) => r.kind === "E_KPMI")?.policyId).toBe(older.id);
  });

  it("refuses a malformed policy as checkDossier does, rather than using the one in force", () => {
    const codes = (policy: unknown) => {
      const result = requiredDocuments({ route: "P3MI", departureDate: DEPARTURE, policy });
      return result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path.join(".")}`);
    };
    expect(codes({ ...P2025, id: 42 })).toEqual(["POLICY_INVALID@policy"]);
    expect(codes("ID-2025-P2MI")).toEqual(["POLICY_INVALID@policy"]);
    expect(codes({ ...P2025, parameter: {} })).toEqual([
      "POLICY_INVALID@policy",
      "SCHEMA_UNKNOWN_KEY@policy.parameter",
    ]);
    const check = checkDossier(validDossier(), { ...validContext(), policy: "ID-2025-P2MI" } as never);
    expect(check.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual([
      "POLICY_INVALID@context.policy",
    ]);
    // A JSON copy of a policy is valid, and judges as the policy it copies.
    const copy = requiredDocuments({ route: "P3MI", policy: JSON.parse(JSON.stringify(P2025)) });
    expect(copy.ok && copy.value.find((r) => r.kind === "E_KPMI")?.policyId).toBe(P2025.id);
  });

  it("leaves a list without a worker card as the shared, read-only list", () => {
    const dated = requiredDocuments({ route: "REENTRY", departureDate: DEPARTURE });
    const plain = requiredDocuments({ route: "REENTRY" });
    if (!plain.ok || !dated.ok) throw new Error("requiredDocuments failed");
    expect(dated.value).toEqual(plain.value);
    expect(Object.isFrozen(dated.value)).toBe(true);
  });
});
