import { describe, expect, it } from "vitest";
import { addDaysToDate, addMonthsToDate } from "../../src/_lib/dates/add-to-date.js";
import {
  checkDossier,
  type DossierCheck,
  type DossierContext,
  definePolicy,
  type IssueCode,
  POLICIES,
  type Policy,
  policyOn,
} from "../../src/index.js";
import { bornOn, DEPARTURE, householdAbroad, patch, validContext, validDossier } from "./fixtures.js";

const codes = (check: DossierCheck): IssueCode[] => check.issues.map((issue) => issue.code);
const errors = (check: DossierCheck): IssueCode[] =>
  check.issues.filter((issue) => issue.severity === "error").map((issue) => issue.code);
const P2025 = POLICIES[2] as Policy;

describe("a complete, valid dossier", () => {
  it("has no issue under each shipped policy, judged on a departure in its period", () => {
    for (const policy of POLICIES) {
      const departure = addDaysToDate(policy.effectiveFrom, 200);
      const card = policy.parameters.workerCard.value.issued;
      const check = checkDossier(validDossier(departure, card), validContext(departure));
      expect(check.issues, policy.id).toEqual([]);
      expect(check).toMatchObject({ ok: true, missing: [], policy: policy.id });
    }
  });

  it("has no issue under each shipped policy given explicitly", () => {
    for (const policy of POLICIES) {
      const card = policy.parameters.workerCard.value.issued;
      const check = checkDossier(validDossier(DEPARTURE, card), { ...validContext(), policy });
      expect(check).toMatchObject({ ok: true, issues: [], policy: policy.id });
    }
  });
});

describe("age (UU 18/2017 Pasal 5 huruf a)", () => {
  it("refuses a 17-year-old at registration and at departure", () => {
    const check = checkDossier(bornOn(validDossier(), "2008-06-01"), validContext());
    expect(errors(check)).toEqual(["AGE_BELOW_MINIMUM_AT_REGISTRATION", "AGE_BELOW_MINIMUM_AT_DEPARTURE"]);
    const issue = check.issues.find((i) => i.code === "AGE_BELOW_MINIMUM_AT_DEPARTURE");
    expect(issue).toMatchObject({ params: { minimumAge: 18 }, basis: "UU 18/2017 Pasal 5 huruf a" });
  });

  it("accepts the 18th birthday on the departure day and refuses the day before it", () => {
    const birth = addMonthsToDate(DEPARTURE, -18 * 12);
    const { registrationDate: _, ...noRegistration } = validContext();
    expect(checkDossier(bornOn(validDossier(), birth), noRegistration).ok).toBe(true);
    const dayYounger = addDaysToDate(birth, 1);
    expect(errors(checkDossier(bornOn(validDossier(), dayYounger), noRegistration))).toEqual([
      "AGE_BELOW_MINIMUM_AT_DEPARTURE",
    ]);
  });

  it("accepts the 18th birthday on the registration day", () => {
    const registrationDate = "2025-09-10";
    const onBirthday = bornOn(validDossier(), "2007-09-10");
    expect(checkDossier(onBirthday, { ...validContext(), registrationDate }).ok).toBe(true);
    const dayBefore = { ...validContext(), registrationDate: "2025-09-09" };
    expect(errors(checkDossier(onBirthday, dayBefore))).toEqual(["AGE_BELOW_MINIMUM_AT_REGISTRATION"]);
  });

  it("judges the registration stage on the registration date", () => {
    const context: DossierContext = {
      ...validContext(),
      stage: "REGISTRATION",
      registrationDate: "2025-09-09",
    };
    const full = bornOn(validDossier(), "2007-09-10");
    const atRegistration = { documents: { KTP_EL: full.documents?.KTP_EL, KK: full.documents?.KK } };
    expect(errors(checkDossier(atRegistration, context))).toEqual(["AGE_BELOW_MINIMUM_AT_REGISTRATION"]);
    expect(checkDossier(atRegistration, { ...context, registrationDate: "2025-09-10" })).toMatchObject({
      ok: true,
      missing: [],
    });
  });

  it("says so when no birth date is available", () => {
    const dossier = patch(validDossier(), { KTP_EL: undefined, PASSPORT: undefined });
    const check = checkDossier(dossier, validContext());
    expect(check.issues).toContainEqual(
      expect.objectContaining({ code: "BIRTH_DATE_UNKNOWN", severity: "warning" }),
    );
  });

  it("applies an app's minimum age of 21 for household work when enabled", () => {
    const policy = definePolicy(P2025, {
      id: "HOUSEHOLD-21",
      parameters: {
        householdMinimumAge: { value: { enabled: true, age: 21 }, basis: "Perda (contoh)", verified: true },
      },
    });
    const twenty = bornOn(validDossier(), "2005-06-01");
    const household = { ...validContext(), employerType: "INDIVIDUAL_HOUSEHOLD" } as DossierContext;
    expect(codes(checkDossier(twenty, { ...household, policy }))).toContain("AGE_BELOW_HOUSEHOLD_MINIMUM");
    expect(checkDossier(twenty, { ...validContext(), policy }).ok).toBe(true);
    expect(checkDossier(twenty, household).issues.map((i) => i.code)).not.toContain(
      "AGE_BELOW_HOUSEHOLD_MINIMUM",
    );
  });
});

describe("marital status and family consent (Pasal 13 huruf a–b)", () => {
  it("refuses a married woman whose consent is signed by her father", () => {
    const dossier = patch(validDossier(), { MARITAL_STATUS: { status: "MARRIED", marriageBookCopy: true } });
    const check = checkDossier(dossier, validContext());
    expect(errors(check)).toEqual(["CONSENT_NOT_FROM_SPOUSE"]);
    expect(check.issues[0]).toMatchObject({
      documentKind: "FAMILY_CONSENT",
      basis: "UU 18/2017 Pasal 13 huruf b",
      path: ["documents", "FAMILY_CONSENT", "relation"],
    });
  });

  it("accepts the husband's consent and requires the marriage book", () => {
    const married = patch(validDossier(), {
      MARITAL_STATUS: { status: "MARRIED" },
      FAMILY_CONSENT: { relation: "SPOUSE" },
    });
    expect(errors(checkDossier(married, validContext()))).toEqual(["MARRIAGE_BOOK_MISSING"]);
    const withBook = patch(married, { MARITAL_STATUS: { marriageBookCopy: true } });
    expect(checkDossier(withBook, validContext()).ok).toBe(true);
  });

  it("refuses a spouse's consent for an unmarried worker and accepts a guardian's", () => {
    const widowed = patch(validDossier(), { MARITAL_STATUS: { status: "WIDOWED" } });
    const spouse = patch(widowed, { FAMILY_CONSENT: { relation: "SPOUSE" } });
    expect(errors(checkDossier(spouse, validContext()))).toEqual(["CONSENT_NOT_FROM_PARENT_OR_GUARDIAN"]);
    expect(
      checkDossier(patch(widowed, { FAMILY_CONSENT: { relation: "GUARDIAN" } }), validContext()).ok,
    ).toBe(true);
  });

  it("refuses a consent letter nobody at the village acknowledged", () => {
    const dossier = patch(validDossier(), { FAMILY_CONSENT: { acknowledgedBy: undefined } });
    expect(errors(checkDossier(dossier, validContext()))).toEqual(["CONSENT_NOT_ACKNOWLEDGED"]);
  });
});

describe("passport (Pasal 13 huruf e; LIFECYCLE §5 expiryDate > departureDate)", () => {
  const noMargin = definePolicy(P2025, {
    id: "NO-MARGIN",
    parameters: {
      passportMinimumRemaining: {
        ...P2025.parameters.passportMinimumRemaining,
        value: { months: 0, severity: "error" },
      },
    },
  });
  const withPassportExpiring = (expiryDate: string) => patch(validDossier(), { PASSPORT: { expiryDate } });

  it("refuses a passport that expires the day before departure", () => {
    const check = checkDossier(withPassportExpiring(addDaysToDate(DEPARTURE, -1)), validContext());
    expect(errors(check)).toEqual(["PASSPORT_EXPIRES_BEFORE_DEPARTURE"]);
  });

  it("refuses a passport that expires on the departure day (expiry must be after it)", () => {
    const check = checkDossier(withPassportExpiring(DEPARTURE), { ...validContext(), policy: noMargin });
    expect(errors(check)).toEqual(["PASSPORT_EXPIRES_BEFORE_DEPARTURE"]);
  });

  it("accepts a passport that expires the day after departure when the policy sets no margin", () => {
    const check = checkDossier(withPassportExpiring(addDaysToDate(DEPARTURE, 1)), {
      ...validContext(),
      policy: noMargin,
    });
    expect(check).toMatchObject({ ok: true, issues: [] });
  });

  it("warns, by default, when less than 6 months remain, and not on the 6-month day", () => {
    const short = checkDossier(
      withPassportExpiring(addDaysToDate(addMonthsToDate(DEPARTURE, 6), -1)),
      validContext(),
    );
    expect(short.ok).toBe(true);
    expect(short.issues).toEqual([
      expect.objectContaining({
        code: "PASSPORT_REMAINING_VALIDITY_SHORT",
        severity: "warning",
        params: { months: 6 },
      }),
    ]);
    expect(checkDossier(withPassportExpiring(addMonthsToDate(DEPARTURE, 6)), validContext()).issues).toEqual(
      [],
    );
  });
});

describe("health certificate (Pasal 13 huruf d; Perpres 64/2011 Pasal 14)", () => {
  it("accepts a certificate on the last day of its 3-month window and refuses one a day past it", () => {
    const lastDay = patch(validDossier(), { HEALTH_CERT: { issueDate: addMonthsToDate(DEPARTURE, -3) } });
    expect(checkDossier(lastDay, validContext()).ok).toBe(true);
    const dayPast = patch(validDossier(), {
      HEALTH_CERT: { issueDate: addDaysToDate(addMonthsToDate(DEPARTURE, -3), -1) },
    });
    const check = checkDossier(dayPast, validContext());
    expect(errors(check)).toEqual(["HEALTH_CERT_WINDOW_EXCEEDED"]);
    expect(check.issues[0]?.params).toEqual({ months: 3 });
  });

  it("refuses a certificate that does not conclude fit, or names another country", () => {
    const unfit = patch(validDossier(), { HEALTH_CERT: { conclusion: "UNFIT" } });
    expect(errors(checkDossier(unfit, validContext()))).toEqual(["HEALTH_CERT_NOT_FIT"]);
    const elsewhere = patch(validDossier(), { HEALTH_CERT: { destination: "MY" } });
    expect(errors(checkDossier(elsewhere, validContext()))).toEqual(["DESTINATION_MISMATCH"]);
  });

  it("voids it for pregnancy only when the policy enables that unverified rule", () => {
    const pregnant = { ...validDossier(), worker: { pregnant: true } };
    expect(checkDossier(pregnant, validContext()).ok).toBe(true);
    const policy = definePolicy(P2025, {
      id: "PREGNANCY",
      parameters: {
        pregnancyVoidsHealthCertificate: { ...P2025.parameters.pregnancyVoidsHealthCertificate, value: true },
      },
    });
    expect(errors(checkDossier(pregnant, { ...validContext(), policy }))).toEqual([
      "HEALTH_CERT_VOID_PREGNANCY",
    ]);
  });
});

describe("Middle-East moratorium (Kepmenaker 260/2015) and SPSK", () => {
  const spskPolicy = definePolicy(P2025, {
    id: "SPSK-DESIGNATED",
    parameters: {
      spsk: {
        ...P2025.parameters.spsk,
        value: { ...P2025.parameters.spsk.value, designatedAgencies: ["P3MI-SPSK-01"] },
      },
    },
  });
  const spskContext: DossierContext = {
    ...validContext(),
    destination: "SA",
    destinationCity: "Riyadh",
    placementAgency: "P3MI-SPSK-01",
    employerType: "SYARIKAH",
    workerCategory: "LEGAL_ENTITY_EMPLOYER",
    position: "HOUSEKEEPER",
    policy: spskPolicy,
  };
  const saudi = householdAbroad(validDossier());

  it("refuses household work for an individual employer in a moratorium country", () => {
    const context: DossierContext = {
      ...validContext(),
      destination: "KW",
      employerType: "INDIVIDUAL_HOUSEHOLD",
      workerCategory: "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER",
      position: "HOUSEKEEPER",
    };
    const check = checkDossier(householdAbroad(validDossier(), "KW"), context);
    expect(errors(check)).toEqual(["MORATORIUM_HOUSEHOLD_PLACEMENT"]);
    expect(check.issues[0]).toMatchObject({
      params: { country: "KW" },
      basis: expect.stringContaining("260/2015"),
    });
  });

  it("allows the same work to Saudi Arabia when every SPSK condition holds", () => {
    expect(checkDossier(saudi, spskContext)).toMatchObject({
      ok: true,
      issues: [],
      policy: "SPSK-DESIGNATED",
    });
    expect(checkDossier(saudi, { ...spskContext, destinationCity: " dammam " }).ok).toBe(true);
  });

  it("refuses it when any single SPSK condition fails, naming that condition", () => {
    const failures: [string, DossierContext, typeof saudi][] = [
      ["DESIGNATED_AGENCY", { ...spskContext, placementAgency: "P3MI-OTHER" }, saudi],
      ["CITY", { ...spskContext, destinationCity: "Tabuk" }, saudi],
      [
        "POSITION",
        { ...spskContext, position: "HOUSE_MAID" },
        patch(saudi, {
          EMPLOYMENT_CONTRACT: { position: "HOUSE_MAID" },
          SIP2MI: { positions: ["HOUSE_MAID"] },
          JOB_ORDER: { positions: ["HOUSE_MAID"] },
        }),
      ],
      ["EMPLOYER_TYPE", { ...spskContext, employerType: "INDIVIDUAL_HOUSEHOLD" }, saudi],
    ];
    for (const [condition, context, dossier] of failures) {
      const check = checkDossier(dossier, context);
      expect(errors(check), condition).toEqual(["MORATORIUM_HOUSEHOLD_PLACEMENT", "SPSK_CONDITION_NOT_MET"]);
      expect(check.issues[1]?.params, condition).toEqual({ condition });
    }
    const { destinationCity: _, placementAgency: __, ...bare } = spskContext;
    expect(
      checkDossier(saudi, bare)
        .issues.map((i) => i.params?.condition)
        .filter(Boolean),
    ).toEqual(["DESIGNATED_AGENCY", "CITY"]);
  });

  it("refuses SPSK outside Saudi Arabia, under the default list of designated agencies, and before SPSK", () => {
    const kuwait = householdAbroad(validDossier(), "KW");
    expect(errors(checkDossier(kuwait, { ...spskContext, destination: "KW" }))).toEqual([
      "MORATORIUM_HOUSEHOLD_PLACEMENT",
    ]);
    const { policy: _, ...defaultPolicy } = spskContext;
    expect(
      checkDossier(saudi, defaultPolicy)
        .issues.map((i) => i.params?.condition)
        .filter(Boolean),
    ).toEqual(["DESIGNATED_AGENCY"]);
    const before = definePolicy(POLICIES[0], {
      id: "UU18-WITH-LIST",
      parameters: {
        spsk: {
          ...POLICIES[0].parameters.spsk,
          value: { ...spskPolicy.parameters.spsk.value, enabled: false },
        },
      },
    });
    const saudiEpmi = householdAbroad(validDossier(DEPARTURE, "E_PMI"));
    expect(errors(checkDossier(saudiEpmi, { ...spskContext, policy: before }))).toEqual([
      "MORATORIUM_HOUSEHOLD_PLACEMENT",
    ]);
  });

  it("leaves formal-sector work in the Middle East alone", () => {
    const formal = patch(validDossier(), {
      HEALTH_CERT: { destination: "AE" },
      WORK_VISA: { destination: "AE" },
      EMPLOYMENT_CONTRACT: { destination: "AE" },
      E_KPMI: { destination: "AE" },
      SIP2MI: { destination: "AE" },
      JOB_ORDER: { destination: "AE" },
    });
    expect(checkDossier(formal, { ...validContext(), destination: "AE" }).ok).toBe(true);
  });
});

describe("the same dossier on both sides of a policy change", () => {
  const skckCharged = (departure: string) =>
    patch(validDossier(departure, "E_PMI"), {
      E_KPMI: { issueDate: "2025-08-20" },
      PLACEMENT_AGREEMENT: { costs: [{ component: "SKCK", chargedToWorker: 150_000 }] },
    });

  it("refuses a worker-paid SKCK under Perban 9/2020 and accepts it under Permen P2MI 17/2025", () => {
    const before = checkDossier(skckCharged("2025-08-31"), validContext("2025-08-31"));
    const after = checkDossier(skckCharged("2025-09-01"), validContext("2025-09-01"));
    expect(before.policy).toBe("ID-2021-ZERO-COST");
    expect(after.policy).toBe("ID-2025-P2MI");
    expect(errors(before)).toEqual(["COST_CHARGED_TO_WORKER"]);
    expect(before.issues[0]).toMatchObject({ params: { component: "SKCK" }, policyId: "ID-2021-ZERO-COST" });
    expect(after).toMatchObject({ ok: true, issues: [] });
  });

  it("still refuses a worker-paid service fee under both (conservative default)", () => {
    for (const departure of ["2025-08-31", "2025-09-01"]) {
      const dossier = patch(skckCharged(departure), {
        PLACEMENT_AGREEMENT: { costs: [{ component: "SERVICE_FEE", chargedToWorker: 1 }] },
      });
      expect(errors(checkDossier(dossier, validContext(departure)))).toEqual(["COST_CHARGED_TO_WORKER"]);
    }
  });

  it("accepts an E-PMI issued before the E-KPMI switch and refuses one issued on or after it", () => {
    const departure = "2025-09-20";
    const late = patch(validDossier(departure, "E_PMI"), { E_KPMI: { issueDate: "2025-09-01" } });
    expect(errors(checkDossier(late, validContext(departure)))).toEqual(["WORKER_CARD_TYPE_NOT_ACCEPTED"]);
    const early = patch(late, { E_KPMI: { issueDate: "2025-08-31" } });
    expect(checkDossier(early, validContext(departure)).ok).toBe(true);
    const eKpmiTooEarly = validDossier("2025-08-31", "E_KPMI");
    expect(errors(checkDossier(eKpmiTooEarly, validContext("2025-08-31")))).toEqual([
      "WORKER_CARD_TYPE_NOT_ACCEPTED",
    ]);
  });

  it("has no policy before UU 18/2017", () => {
    const check = checkDossier(validDossier("2017-11-21"), validContext("2017-11-21"));
    expect(check).toMatchObject({ ok: false, policy: null, missing: [] });
    expect(check.issues).toEqual([
      expect.objectContaining({ code: "POLICY_NOT_IN_FORCE", params: { earliest: "2017-11-22" } }),
    ]);
    expect(policyOn("2017-11-22")?.id).toBe("ID-2017-UU18");
  });
});
