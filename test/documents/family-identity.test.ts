import { describe, expect, it } from "vitest";
import { addDaysToDate, addMonthsToDate, addYearsToDate } from "../../src/_lib/dates/add-to-date.js";
import { DOCUMENT_REQUIREMENTS } from "../../src/documents/requirements.js";
import {
  basisText,
  checkDossier,
  DOCUMENT_KINDS,
  type Dossier,
  type DossierContext,
  definePolicy,
  type Issue,
  POLICIES,
  type Policy,
} from "../../src/index.js";
import {
  bornOn,
  DEPARTURE,
  householdAbroad,
  issuesOf,
  patch,
  validContext,
  validDossier,
} from "./fixtures.js";

const P2025 = POLICIES[2] as Policy;
const params = P2025.parameters;

describe("marital status and family consent", () => {
  const hurufA = basisText(DOCUMENT_KINDS.MARITAL_STATUS.basis);
  const hurufB = basisText(DOCUMENT_REQUIREMENTS.find((row) => row.kind === "FAMILY_CONSENT")?.basis ?? []);
  const familyIssue = (code: string, kind: string, field: string, basis: string): Issue => ({
    code: code as Issue["code"],
    severity: "error",
    path: ["documents", kind, field],
    basis,
    documentKind: kind,
    policyId: P2025.id,
  });

  it("asks a married worker for the marriage book and the spouse's consent", () => {
    const married = patch(validDossier(), { MARITAL_STATUS: { status: "MARRIED" } });
    expect(hurufA).toBe("UU 18/2017 Pasal 13 huruf a");
    expect(issuesOf("MARITAL_STATUS_AND_CONSENT", married)).toEqual([
      familyIssue("MARRIAGE_BOOK_MISSING", "MARITAL_STATUS", "marriageBookCopy", hurufA),
      familyIssue("CONSENT_NOT_FROM_SPOUSE", "FAMILY_CONSENT", "relation", hurufB),
    ]);
    const complete = patch(married, {
      MARITAL_STATUS: { marriageBookCopy: true },
      FAMILY_CONSENT: { relation: "SPOUSE" },
    });
    expect(issuesOf("MARITAL_STATUS_AND_CONSENT", complete)).toEqual([]);
  });

  it("refuses a spouse's consent for an unmarried worker", () => {
    for (const status of ["SINGLE", "DIVORCED", "WIDOWED"] as const) {
      const dossier = patch(validDossier(), {
        MARITAL_STATUS: { status },
        FAMILY_CONSENT: { relation: "SPOUSE" },
      });
      expect(issuesOf("MARITAL_STATUS_AND_CONSENT", dossier), status).toEqual([
        familyIssue("CONSENT_NOT_FROM_PARENT_OR_GUARDIAN", "FAMILY_CONSENT", "relation", hurufB),
      ]);
    }
  });

  it("asks for the village head's or lurah's acknowledgement", () => {
    const dossier = patch(validDossier(), { FAMILY_CONSENT: { acknowledgedBy: undefined } });
    expect(issuesOf("MARITAL_STATUS_AND_CONSENT", dossier)).toEqual([
      familyIssue("CONSENT_NOT_ACKNOWLEDGED", "FAMILY_CONSENT", "acknowledgedBy", hurufB),
    ]);
  });

  it("judges the consent's relation only against a marital-status document", () => {
    const noStatus = patch(validDossier(), {
      MARITAL_STATUS: undefined,
      FAMILY_CONSENT: { relation: "SPOUSE" },
    });
    const check = checkDossier(noStatus, validContext());
    expect(check.missing).toEqual(["MARITAL_STATUS"]);
    expect(issuesOf("MARITAL_STATUS_AND_CONSENT", noStatus)).toEqual([]);
    const noConsent = patch(validDossier(), {
      MARITAL_STATUS: { status: "MARRIED", marriageBookCopy: true },
    });
    expect(issuesOf("MARITAL_STATUS_AND_CONSENT", patch(noConsent, { FAMILY_CONSENT: undefined }))).toEqual(
      [],
    );
  });
});

describe("minimum age", () => {
  const minimum = params.minimumAge;

  it("reports an age below the minimum under the KTP-el's birth date, or the passport's without a KTP-el", () => {
    // No registration date: only the departure is judged.
    const { registrationDate: _, ...context } = validContext();
    const young = bornOn(validDossier(), addDaysToDate(addYearsToDate(DEPARTURE, -minimum.value), 1));
    const expected = (kind: string): Issue => ({
      code: "AGE_BELOW_MINIMUM_AT_DEPARTURE",
      severity: "error",
      path: ["documents", kind, "birthDate"],
      params: { minimumAge: minimum.value },
      basis: minimum.basis,
      policyId: P2025.id,
    });
    expect(issuesOf("MINIMUM_AGE", young, context)).toEqual([expected("KTP_EL")]);
    expect(issuesOf("MINIMUM_AGE", patch(young, { KTP_EL: undefined }), context)).toEqual([
      expected("PASSPORT"),
    ]);
    const birthday = bornOn(validDossier(), addYearsToDate(DEPARTURE, -minimum.value));
    expect(issuesOf("MINIMUM_AGE", birthday, context)).toEqual([]);
  });

  it("reports an age below the minimum at registration with its params", () => {
    const registration = validContext().registrationDate as string;
    const young = bornOn(validDossier(), addDaysToDate(addYearsToDate(registration, -minimum.value), 1));
    expect(issuesOf("MINIMUM_AGE", young)).toEqual([
      {
        code: "AGE_BELOW_MINIMUM_AT_REGISTRATION",
        severity: "error",
        path: ["documents", "KTP_EL", "birthDate"],
        params: { minimumAge: minimum.value },
        basis: minimum.basis,
        policyId: P2025.id,
      },
    ]);
  });

  it("warns of an unknown birth date whenever a registration or departure date is judged", () => {
    const unknown: Issue = {
      code: "BIRTH_DATE_UNKNOWN",
      severity: "warning",
      path: ["documents"],
      basis: minimum.basis,
      policyId: P2025.id,
    };
    const empty = { documents: {} };
    const selection = { ...validContext(), stage: "SELECTION" } as DossierContext;
    expect(issuesOf("MINIMUM_AGE", empty, selection)).toEqual([unknown]);
    const { registrationDate: _, ...noRegistration } = validContext();
    expect(issuesOf("MINIMUM_AGE", empty, noRegistration)).toEqual([unknown]);
    expect(issuesOf("MINIMUM_AGE", empty, { ...noRegistration, stage: "SELECTION" })).toEqual([]);
  });

  describe("household minimum", () => {
    const household = params.householdMinimumAge;
    const on = definePolicy(P2025, {
      id: "HOUSEHOLD-ON",
      parameters: { householdMinimumAge: { ...household, value: { enabled: true, age: 21 } } },
    });
    const twenty = bornOn(validDossier(), addYearsToDate(DEPARTURE, -20));
    const formalHousehold: DossierContext = { ...validContext(), employerType: "INDIVIDUAL_HOUSEHOLD" };

    it("applies only when the policy enables it, at departure, to household work", () => {
      expect(household.value.enabled).toBe(false);
      expect(issuesOf("HOUSEHOLD_MINIMUM_AGE", twenty, formalHousehold)).toEqual([]);
      expect(issuesOf("HOUSEHOLD_MINIMUM_AGE", twenty, { ...formalHousehold, policy: on })).toEqual([
        {
          code: "AGE_BELOW_HOUSEHOLD_MINIMUM",
          severity: "error",
          path: ["documents", "KTP_EL", "birthDate"],
          params: { minimumAge: 21 },
          basis: household.basis,
          policyId: "HOUSEHOLD-ON",
        },
      ]);
      const selection = { ...formalHousehold, policy: on, stage: "SELECTION" } as DossierContext;
      expect(issuesOf("HOUSEHOLD_MINIMUM_AGE", twenty, selection)).toEqual([]);
      expect(issuesOf("HOUSEHOLD_MINIMUM_AGE", twenty, { ...validContext(), policy: on })).toEqual([]);
    });
  });
});

describe("household work (moratorium)", () => {
  const formal = (country: string) =>
    patch(validDossier(), {
      HEALTH_CERT: { destination: country },
      WORK_VISA: { destination: country },
      EMPLOYMENT_CONTRACT: { destination: country },
      E_KPMI: { destination: country },
      SIP2MI: { destination: country },
      JOB_ORDER: { destination: country },
    });
  const kuwait: DossierContext = { ...validContext(), destination: "KW" };
  const codes = (dossier: Dossier, context: DossierContext) =>
    issuesOf("MORATORIUM_AND_SPSK", dossier, context).map((i) => i.code);

  it("counts the worker category alone as household work", () => {
    expect(codes(formal("KW"), kuwait)).toEqual([]);
    const category = { ...kuwait, workerCategory: "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER" } as DossierContext;
    expect(codes(formal("KW"), category)).toEqual(["MORATORIUM_HOUSEHOLD_PLACEMENT"]);
  });

  it("takes the contract's position before the context's, and the context's without a contract", () => {
    const housekeeper = householdAbroad(validDossier(), "KW");
    expect(codes(housekeeper, kuwait)).toEqual(["MORATORIUM_HOUSEHOLD_PLACEMENT"]);
    const asHousekeeper: DossierContext = { ...kuwait, position: "HOUSEKEEPER" };
    expect(codes(formal("KW"), asHousekeeper)).toEqual([]);
    const noContract = patch(formal("KW"), { EMPLOYMENT_CONTRACT: undefined });
    expect(codes(noContract, asHousekeeper)).toEqual(["MORATORIUM_HOUSEHOLD_PLACEMENT"]);
  });
});

describe("NIK against the declaration", () => {
  it("gives no sex warning when no document declares the sex", () => {
    const noSex = patch(validDossier(), { KTP_EL: { sex: undefined }, PASSPORT: undefined });
    expect(checkDossier(noSex, validContext()).issues.filter((i) => i.severity === "warning")).toEqual([]);
    const passportOnly = patch(validDossier(), { KTP_EL: { sex: undefined }, PASSPORT: { sex: "M" } });
    expect(
      checkDossier(passportOnly, validContext())
        .issues.filter((i) => i.severity === "warning")
        .map((i) => [i.code, i.path]),
    ).toEqual([["NIK_SEX_MISMATCH", ["documents", "KTP_EL", "nik"]]]);
  });
});

describe("infant rule", () => {
  const infant = params.infantRule;
  const policy = definePolicy(P2025, {
    id: "INFANT-ON",
    parameters: { infantRule: { ...infant, value: { enabled: true, minimumChildAgeMonths: 12 } } },
  });
  const context: DossierContext = { ...validContext(), policy };
  const child = addDaysToDate(addMonthsToDate(DEPARTURE, -12), 1);
  const mother: Dossier = { ...validDossier(), worker: { youngestChildBirthDate: child } };
  const expected: Issue = {
    code: "INFANT_BELOW_MINIMUM_AGE",
    severity: "error",
    path: ["worker", "youngestChildBirthDate"],
    params: { months: 12 },
    basis: infant.basis,
    policyId: "INFANT-ON",
  };

  it("reports a child under the limit at departure under the worker's facts", () => {
    expect(issuesOf("INFANT", mother, context)).toEqual([expected]);
  });

  it("reads the sex from the passport without a KTP-el", () => {
    expect(issuesOf("INFANT", patch(mother, { KTP_EL: undefined }), context)).toEqual([expected]);
    const man = patch(mother, { KTP_EL: undefined, PASSPORT: { sex: "M" } });
    expect(issuesOf("INFANT", man, context)).toEqual([]);
  });

  it("applies only at departure, and only with a child's birth date", () => {
    expect(issuesOf("INFANT", mother, { ...context, stage: "SELECTION" })).toEqual([]);
    expect(issuesOf("INFANT", validDossier(), context)).toEqual([]);
    const { worker: _, ...noWorker } = validDossier();
    expect(issuesOf("INFANT", noWorker, context)).toEqual([]);
  });
});
