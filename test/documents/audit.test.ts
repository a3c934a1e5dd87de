import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDate } from "../../src/_lib/dates/add-to-date.js";
import {
  meetsMinimumAge,
  missingMandatoryPrograms,
  preWorkCoverActive,
} from "../../src/documents/predicates.js";
import {
  basisText,
  checkDossier,
  definePolicy,
  LEGAL_BASES,
  POLICIES,
  type Policy,
  policyOn,
} from "../../src/index.js";
import { isPolicy, policySchema } from "../../src/policies/index.js";
import { DEPARTURE, issuesOf, patch, validContext, validDossier } from "./fixtures.js";

const P2025 = POLICIES[2] as Policy;

describe("consistency pairs found by the audit", () => {
  it("employer: visa and placement agreement against the contract, matching up to case and punctuation", () => {
    const same = patch(validDossier(), {
      WORK_VISA: { employerName: "CHEN FAMILY CARE LTD" },
      PLACEMENT_AGREEMENT: { employerName: "chen family-care ltd." },
    });
    expect(issuesOf("EMPLOYER_CONSISTENCY", same)).toEqual([]);
    const other = patch(validDossier(), {
      WORK_VISA: { employerName: "Lin Trading Co." },
      PLACEMENT_AGREEMENT: { employerName: "Chen Family Care Ltd." },
    });
    expect(issuesOf("EMPLOYER_CONSISTENCY", other)).toEqual([
      expect.objectContaining({
        code: "EMPLOYER_MISMATCH",
        severity: "error",
        path: ["documents", "WORK_VISA", "employerName"],
        params: { kind: "WORK_VISA", other: "EMPLOYMENT_CONTRACT" },
      }),
    ]);
  });

  it("employer: without a contract, the placement agreement is compared with the work visa", () => {
    const noContract = (agreementEmployer: string) =>
      patch(validDossier(), {
        EMPLOYMENT_CONTRACT: undefined,
        WORK_VISA: { employerName: "Chen Family Care Ltd." },
        PLACEMENT_AGREEMENT: { employerName: agreementEmployer },
      });
    expect(issuesOf("EMPLOYER_CONSISTENCY", noContract("CHEN FAMILY CARE LTD"))).toEqual([]);
    expect(issuesOf("EMPLOYER_CONSISTENCY", noContract("Lin Trading Co."))).toEqual([
      expect.objectContaining({
        code: "EMPLOYER_MISMATCH",
        path: ["documents", "PLACEMENT_AGREEMENT", "employerName"],
        params: { kind: "PLACEMENT_AGREEMENT", other: "WORK_VISA" },
      }),
    ]);
  });

  it("spouse's consent: signed by the spouse the marital record names", () => {
    const married = (consenter: string) =>
      patch(validDossier(), {
        MARITAL_STATUS: { status: "MARRIED", marriageBookCopy: true, spouseName: "Budi Santoso" },
        FAMILY_CONSENT: { relation: "SPOUSE", consenterName: consenter },
      });
    expect(issuesOf("MARITAL_STATUS_AND_CONSENT", married("BUDI  SANTOSO"))).toEqual([]);
    expect(issuesOf("MARITAL_STATUS_AND_CONSENT", married("Agus Salim"))).toEqual([
      expect.objectContaining({
        code: "CONSENT_SIGNER_NOT_SPOUSE",
        path: ["documents", "FAMILY_CONSENT", "consenterName"],
        basis: "UU 18/2017 Pasal 13 huruf b",
      }),
    ]);
  });

  it("family consent: acknowledged on or before the date that matters", () => {
    const acknowledgedOn = (date: string) =>
      patch(validDossier(), { FAMILY_CONSENT: { acknowledgedBy: { role: "KEPALA_DESA", date } } });
    const context = validContext();
    const decisive = context.departureDate as string;
    expect(issuesOf("MARITAL_STATUS_AND_CONSENT", acknowledgedOn(decisive), context)).toEqual([]);
    expect(
      issuesOf("MARITAL_STATUS_AND_CONSENT", acknowledgedOn(addDaysToDate(decisive, 1)), context),
    ).toEqual([
      expect.objectContaining({
        code: "CONSENT_NOT_ACKNOWLEDGED",
        path: ["documents", "FAMILY_CONSENT", "acknowledgedBy", "date"],
        basis: "UU 18/2017 Pasal 13 huruf b",
      }),
    ]);
  });

  it("KK number: its own format inside a dossier (parseKkNumber)", () => {
    expect(issuesOf("KK_NUMBER_STRUCTURE", validDossier())).toEqual([]);
    const short = patch(validDossier(), { KK: { number: "320101010110" } });
    expect(issuesOf("KK_NUMBER_STRUCTURE", short).map((i) => [i.code, i.path, i.documentKind])).toEqual([
      ["ID_NUMBER_LENGTH", ["documents", "KK", "number"], "KK"],
    ]);
    const province = patch(validDossier(), { KK: { number: "9901010101100002" } });
    expect(issuesOf("KK_NUMBER_STRUCTURE", province).map((i) => i.code)).toEqual([
      "ID_PROVINCE_CODE_UNKNOWN",
    ]);
  });

  it("names that differ only by an apostrophe are the same person", () => {
    const dossier = patch(validDossier(), { PASSPORT: { name: "Siti A'minah" } });
    const plain = patch(dossier, { KTP_EL: { name: "Siti Aminah" } });
    expect(issuesOf("IDENTITY_CONSISTENCY", plain)).toEqual([]);
  });
});

describe("UNVERIFIED parameters: error or warning, decided in the policy", () => {
  it("the individual route's lapsed pre-departure cover is a warning; the implementer route's an error", () => {
    const context = {
      ...validContext(),
      route: "INDIVIDUAL" as const,
      employerType: "LEGAL_ENTITY" as const,
    };
    const lapsed = patch(validDossier(), { SOCSEC_CARD: { registrationDate: "2025-12-31" } });
    const individual = issuesOf("SOCIAL_SECURITY", lapsed, context);
    expect(individual.map((i) => [i.code, i.severity])).toEqual([
      ["SOCSEC_PRE_WORK_COVER_EXPIRED", "warning"],
    ]);
    expect(P2025.parameters.individualPreDepartureCoverMonths.note).toMatch(/warning/);
    // One month to the day: registered 2026-01-01, departing 2026-02-01, still covered.
    const onTheDay = patch(validDossier(), { SOCSEC_CARD: { registrationDate: "2026-01-01" } });
    expect(issuesOf("SOCIAL_SECURITY", onTheDay, context)).toEqual([]);
    const p3mi = patch(validDossier(), { SOCSEC_CARD: { registrationDate: "2025-08-31" } });
    expect(issuesOf("SOCIAL_SECURITY", p3mi).map((i) => i.severity)).toEqual(["error"]);
  });
});

describe("stored policies", () => {
  it("a JSON copy of each shipped policy is accepted by isPolicy, policyOn and checkDossier", () => {
    for (const policy of POLICIES) {
      const copy = JSON.parse(JSON.stringify(policy)) as unknown;
      expect(policySchema().safeParse(copy).success).toBe(true);
      expect(isPolicy(copy)).toBe(true);
      expect(policyOn(policy.effectiveFrom, [copy as Policy])?.id).toBe(policy.id);
    }
    const copy = JSON.parse(JSON.stringify(P2025)) as Policy;
    expect(checkDossier(validDossier(), { ...validContext(), policy: copy })).toMatchObject({
      ok: true,
      policy: P2025.id,
    });
    expect(isPolicy({ ...copy, id: "" })).toBe(false);
  });

  it("definePolicy takes the guide's id with '+', and says which characters an id may use", () => {
    const base = P2025;
    expect(definePolicy(base, { id: "ID-2025-P2MI+SPSK-AGENCIES" }).id).toBe("ID-2025-P2MI+SPSK-AGENCIES");
    expect(() => definePolicy(base, { id: "ID 2025/bad" })).toThrow(
      /letters, digits, '\.', '_', '\+' or '-'/,
    );
    expect(() => definePolicy(base, { id: "ID 2025/bad" })).not.toThrow(/2025\/bad/);
  });
});

describe("legal bases", () => {
  it("no printed basis cites the internal notes; every entry names its note apart", () => {
    for (const [id, entry] of Object.entries(LEGAL_BASES)) {
      const printed = basisText([id as keyof typeof LEGAL_BASES]);
      expect(printed, id).not.toMatch(/REGULATIONS|LIFECYCLE|\.md/);
      expect(entry.note, id).toMatch(/^(REGULATIONS|LIFECYCLE) §/);
    }
  });
});

describe("the guards' predicates and the dossier rule agree", () => {
  const date = fc
    .date({
      min: new Date("1990-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it("minimum age: AGE_BELOW_MINIMUM_AT_DEPARTURE exactly when the predicate fails", () => {
    fc.assert(
      fc.property(date, (birthDate) => {
        const dossier = patch(validDossier(), { KTP_EL: { birthDate }, PASSPORT: { birthDate } });
        const below = issuesOf("MINIMUM_AGE", dossier).some(
          (i) => i.code === "AGE_BELOW_MINIMUM_AT_DEPARTURE",
        );
        return below === !meetsMinimumAge(birthDate, DEPARTURE, P2025);
      }),
      { numRuns: 200 },
    );
  });

  it("pre-work cover and programmes: the rule's errors exactly when the predicates fail", () => {
    const programs = fc.subarray(["JKK", "JKM", "JHT"] as const);
    fc.assert(
      fc.property(date, programs, (registrationDate, chosen) => {
        if (registrationDate > DEPARTURE) return true;
        const dossier = patch(validDossier(), { SOCSEC_CARD: { registrationDate, programs: chosen } });
        const codes = issuesOf("SOCIAL_SECURITY", dossier).map((i) => i.code);
        const lapsed = codes.includes("SOCSEC_PRE_WORK_COVER_EXPIRED");
        const missing = codes.filter((c) => c === "SOCSEC_PROGRAM_MISSING").length;
        return (
          lapsed === !preWorkCoverActive(registrationDate, DEPARTURE, "P3MI", P2025) &&
          missing === missingMandatoryPrograms(chosen, P2025).length
        );
      }),
      { numRuns: 200 },
    );
  });
});
