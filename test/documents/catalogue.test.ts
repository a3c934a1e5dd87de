import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  CONTRACT_CLAUSE_CODES,
  CONTRACT_MINIMUM_CONTENT,
  DOCUMENT_KIND_CODES,
  DOCUMENT_REQUIREMENTS,
  DOSSIER_RULES,
  documentSchemas,
  dossierContextSchema,
  requirementGroupKinds,
  ruleBasisText,
} from "../../src/documents/index.js";
import {
  basisText,
  DOCUMENT_KINDS,
  type DocumentKind,
  dossierSchema,
  ISSUE_CODES,
  POLICIES,
  requiredDocuments,
} from "../../src/index.js";
import { COST_COMPONENT_CODES, COST_COMPONENTS } from "../../src/policies/index.js";
import { PLACEMENT_ROUTE_CODES } from "../../src/reference/index.js";
import { validContext, validDossier } from "./fixtures.js";

const kindsOf = (route: string, stage?: string): DocumentKind[] => {
  const result = requiredDocuments(stage === undefined ? { route } : { route, stage });
  if (!result.ok) throw new Error("unexpected issues");
  return result.value.map((r) => r.kind);
};

describe("DOCUMENT_KINDS", () => {
  it("has one entry per code of LIFECYCLE §4, keyed by its own code, with names and basis", () => {
    expect(Object.keys(DOCUMENT_KINDS)).toEqual([...DOCUMENT_KIND_CODES]);
    for (const code of DOCUMENT_KIND_CODES) {
      const entry = DOCUMENT_KINDS[code];
      expect(entry.code).toBe(code);
      expect(entry.name.id.length).toBeGreaterThan(3);
      expect(entry.name.en.length).toBeGreaterThan(3);
      expect(basisText(entry.basis).length).toBeGreaterThan(3);
      expect(entry.fields.length).toBeGreaterThan(0);
    }
    expect(DOCUMENT_KIND_CODES).toHaveLength(26);
  });

  it("has a schema per kind", () => {
    expect(Object.keys(documentSchemas()).sort()).toEqual([...DOCUMENT_KIND_CODES].sort());
    expect(documentSchemas()).toBe(documentSchemas());
  });

  it("has cost components keyed by their own code", () => {
    for (const code of COST_COMPONENT_CODES) expect(COST_COMPONENTS[code].code).toBe(code);
  });
});

describe("requirement matrix", () => {
  it("requires the eight documents of UU 18/2017 Pasal 13 before a P3MI departure, with letters a–h", () => {
    const required = requiredDocuments({ route: "P3MI" });
    expect(required.ok).toBe(true);
    const group = requirementGroupKinds("PASAL_13");
    const pasal13 = required.ok ? required.value.filter((r) => group.includes(r.kind)) : [];
    expect(pasal13.map((r) => r.kind)).toEqual([
      "MARITAL_STATUS",
      "FAMILY_CONSENT",
      "COMPETENCY_CERT",
      "HEALTH_CERT",
      "PASSPORT",
      "WORK_VISA",
      "PLACEMENT_AGREEMENT",
      "EMPLOYMENT_CONTRACT",
    ]);
    expect(pasal13.map((r) => r.basis.slice(-1))).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });

  it("differs by route and stage", () => {
    expect(kindsOf("INDIVIDUAL")).toEqual(
      expect.arrayContaining(["JKN_PROOF", "CALL_LETTER", "RISK_STATEMENT"]),
    );
    expect(kindsOf("INDIVIDUAL")).not.toContain("PLACEMENT_AGREEMENT");
    expect(kindsOf("GOVERNMENT_G2G")).not.toContain("SIP2MI");
    expect(kindsOf("REENTRY")).toEqual(["PASSPORT", "WORK_VISA", "REENTRY_VISA", "EMPLOYMENT_CONTRACT"]);
    expect(kindsOf("NONPROCEDURAL")).toEqual([]);
    expect(kindsOf("P3MI", "REGISTRATION")).toEqual(["KTP_EL", "KK"]);
    for (const route of PLACEMENT_ROUTE_CODES) {
      const kinds = kindsOf(route);
      expect(new Set(kinds).size, route).toBe(kinds.length);
    }
  });

  it("accepts a full checkDossier context and refuses an invalid one with issues", () => {
    expect(requiredDocuments(validContext()).ok).toBe(true);
    const bad = requiredDocuments({ route: "BOAT" });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual([["route"]]);
    expect(requiredDocuments(undefined).ok).toBe(false);
  });

  it("names only catalogue kinds and gives every row a basis", () => {
    for (const row of DOCUMENT_REQUIREMENTS) {
      expect(DOCUMENT_KIND_CODES).toContain(row.kind);
      expect(row.basis.length).toBeGreaterThan(0);
      expect(basisText(row.basis).length).toBeGreaterThan(5);
    }
  });
});

describe("rule catalogue and contract content", () => {
  it("lists only known issue codes, each rule with a basis", () => {
    for (const rule of DOSSIER_RULES) {
      expect(rule.basis.length).toBeGreaterThan(0);
      expect(ruleBasisText(rule).length).toBeGreaterThan(5);
      for (const code of rule.codes) expect(Object.hasOwn(ISSUE_CODES, code), code).toBe(true);
    }
    expect(new Set(DOSSIER_RULES.map((r) => r.id)).size).toBe(DOSSIER_RULES.length);
  });

  it("covers every clause code in the minimum content", () => {
    const clauses = CONTRACT_MINIMUM_CONTENT.flatMap((c) => ("clause" in c ? [c.clause] : []));
    expect(clauses.sort()).toEqual([...CONTRACT_CLAUSE_CODES].sort());
  });
});

describe("schemas", () => {
  it("accept the fixture dossier and context, and export JSON Schema", () => {
    expect(dossierSchema().safeParse(validDossier()).success).toBe(true);
    expect(dossierContextSchema().safeParse(validContext()).success).toBe(true);
    expect(dossierSchema()).toBe(dossierSchema());
    const json = z.toJSONSchema(dossierSchema(), { io: "input", unrepresentable: "any" }) as {
      properties?: Record<string, unknown>;
    };
    expect(Object.keys(json.properties ?? {})).toEqual(["worker", "documents"]);
  });

  it("emit DATE_INVALID for impossible dates", () => {
    const parsed = documentSchemas().OPP_CERT.safeParse({ date: "2025-02-29" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ code: "custom", params: { code: "DATE_INVALID" } });
  });
});

describe("requiredDocuments and the worker card by date", () => {
  const card = (context: unknown) => {
    const result = requiredDocuments(context);
    return result.ok ? result.value.find((r) => r.kind === "E_KPMI") : undefined;
  };

  it("names the card types the policy in force accepts, on each side of the E-KPMI switch", () => {
    expect(card({ route: "P3MI" })?.cardTypes).toBeUndefined();
    expect(card({ route: "P3MI", departureDate: "2025-08-31" })).toMatchObject({
      cardTypes: ["E_PMI"],
      policyId: "ID-2021-ZERO-COST",
    });
    expect(card({ route: "P3MI", departureDate: "2025-09-01" })).toMatchObject({
      cardTypes: ["E_KPMI", "E_PMI"],
      policyId: "ID-2025-P2MI",
      basis: expect.stringContaining("Permen P2MI 34/2025 Pasal 14"),
    });
    expect(card({ route: "P3MI", asOf: "2025-09-01", stage: "SELECTION" })).toBeUndefined();
    expect(card({ ...validContext(), policy: POLICIES[0] })?.policyId).toBe("ID-2017-UU18");
    expect(card({ route: "P3MI", departureDate: "2010-01-01" })?.cardTypes).toBeUndefined();
    const registration = requiredDocuments({
      route: "P3MI",
      stage: "REGISTRATION",
      registrationDate: "2025-09-01",
    });
    expect(registration.ok && registration.value.map((r) => r.kind)).toEqual(["KTP_EL", "KK"]);
  });
});
