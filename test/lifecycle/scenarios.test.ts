import { describe, expect, it } from "vitest";
import {
  availableEvents,
  type Case,
  definePolicy,
  isProcedural,
  isTerminal,
  policyOn,
  type Result,
  replay,
} from "../../src/index.js";
import { GUARDS, RETURN_OUTCOMES } from "../../src/lifecycle/index.js";
import { RETURN_REASON_CODES } from "../../src/reference/index.js";
import { at, DOCUMENTS, EXTENSION_APPROVAL, events, PRE_PLACEMENT_ROWS } from "./fixtures.js";
import { caseOf, codesOf, mustApply, next } from "./helpers.js";

const departed = (): Case => caseOf(events(...PRE_PLACEMENT_ROWS, ["Departed", at("2025-03-03")]));
const working = (): Case => {
  let c = departed();
  c = mustApply(c, "ArrivalReported", at("2025-03-04"));
  return mustApply(c, "EmploymentStarted", at("2025-03-05"), {
    employerId: "EMP-TW-1",
    contractEndDate: "2027-03-04",
  });
};

describe("a complete procedural journey (P3MI caregiver to Taiwan)", () => {
  it("goes from registration to handover after the contract ends", () => {
    const beforeDeparture = caseOf(events(...PRE_PLACEMENT_ROWS));
    expect(beforeDeparture.state).toBe("READY_TO_DEPART");
    expect(beforeDeparture.phase).toBe("PRE_PLACEMENT");

    let c = working();
    expect([c.state, c.phase]).toEqual(["WORKING", "PLACEMENT"]);
    c = mustApply(c, "ReturnInitiated", at("2027-03-01"), {
      reason: "CONTRACT_ENDED",
      reportVerifiedByMission: true,
    });
    expect([c.state, c.phase, c.returnReason]).toEqual([
      "RETURN_IN_PROGRESS",
      "POST_PLACEMENT",
      "CONTRACT_ENDED",
    ]);
    c = mustApply(c, "ArrivedAtDebarkation", at("2027-03-05"));
    c = mustApply(c, "HandedOver", at("2027-03-06"), { recipient: "FAMILY", witnessedByGovernment: true });
    expect(c.state).toBe("RETURNED_HOME");
    expect(c.outcome).toBe("COMPLETED_RETURNED");
    expect(isTerminal(c.state)).toBe(false);
    c = mustApply(c, "RehabStarted", at("2027-03-10"));
    c = mustApply(c, "EmpowermentEnrolled", at("2027-04-01"));
    expect(c.state).toBe("PURNA_EMPOWERMENT");
    c = mustApply(c, "CaseClosed", at("2027-06-01"));
    expect(c.state).toBe("COMPLETED_RETURNED");
    expect(isTerminal(c.state)).toBe(true);

    expect(c.route).toBe("P3MI");
    expect(isProcedural(c)).toBe(true);
    expect(c.destination).toBe("TW");
    expect(c.position).toBe("CAREGIVER");
    expect(c.employerType).toBe("INDIVIDUAL_HOUSEHOLD");
    // UU 18/2017 Pasal 4 ayat (1): derived from the employer type when not given.
    expect(c.workerCategory).toBe("INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER");
    expect(c.worker).toEqual({ sex: "F", birthDate: "1999-01-01", provinceCode: "19", regencyCode: "1971" });
    for (const milestone of [
      "Registered",
      "SelectionPassed",
      "MedicalFit",
      "PlacementAgreementSigned",
      "SocialSecurityRegistered",
      "OppCompleted",
      "Departed",
      "ArrivalReported",
      "ReturnInitiated",
      "ArrivedAtDebarkation",
      "HandedOver",
    ] as const) {
      expect(c.milestones[milestone], milestone).toMatch(/^20\d\d-/);
    }
    expect(c.milestones.Departed).toBe(at("2025-03-03"));
    expect(c.history).toHaveLength(c.lastSeq);
    expect(c.lastSeq).toBe(PRE_PLACEMENT_ROWS.length + 9);
  });

  it("lists the reachable events and what stops the others", () => {
    const ready = caseOf(events(...PRE_PLACEMENT_ROWS));
    const list = availableEvents(ready, { at: at("2025-03-03") });
    if (!list.ok) expect.fail("availableEvents refused");
    const departure = list.value.find((e) => e.type === "Departed");
    expect(departure).toMatchObject({ available: true, to: "DEPARTED", issues: [] });
    const arrival = list.value.find((e) => e.type === "ArrivalReported");
    expect(arrival?.issues.map((i) => i.code)).toEqual(["TRANSITION_NOT_ALLOWED"]);

    const registered = caseOf(events(PRE_PLACEMENT_ROWS[0]));
    const early = availableEvents(registered);
    if (!early.ok) expect.fail("availableEvents refused");
    const blocked = early.value.find((e) => e.type === "Departed");
    expect(blocked?.available).toBe(false);
    expect(blocked?.issues.map((i) => i.code)).toEqual([
      "GUARD_SELECTION_NOT_PASSED",
      "GUARD_MEDICAL_NOT_FIT",
      "GUARD_PLACEMENT_AGREEMENT_MISSING",
      "GUARD_SOCIAL_SECURITY_MISSING",
      "GUARD_OPP_MISSING",
      "GUARD_PLACEMENT_DETAILS_MISSING",
      "GUARD_PLACEMENT_DETAILS_MISSING",
      "GUARD_PLACEMENT_DETAILS_MISSING",
    ]);
    for (const issue of blocked?.issues ?? []) expect(issue.basis).toBeTruthy();

    const extension = availableEvents(mustApply(working(), "ExtensionRequested", at("2026-12-01")));
    if (!extension.ok) expect.fail("availableEvents refused");
    const approved = extension.value.find((e) => e.type === "ExtensionApproved");
    expect(approved?.available).toBe(true);
    expect(approved?.pendingChecks).toContain("GUARD_EXTENSION_EMPLOYER_CHANGED");

    const openers = availableEvents(undefined);
    if (!openers.ok) expect.fail("availableEvents refused");
    expect(openers.value.filter((e) => e.available).map((e) => e.type)).toEqual([
      "InformationGiven",
      "Registered",
      "DeparturePrevented",
      "ComplaintFiled",
      "ReturnInitiated",
      "ArrivedAtDebarkation",
      "DeathReported",
    ]);
  });
});

describe("departure guard (dossier check as of the departure date)", () => {
  it("is refused while the visa is missing, then allowed once it is added", () => {
    const ready = caseOf(
      events(...PRE_PLACEMENT_ROWS, ["DocumentWithdrawn", at("2025-03-01"), { kind: "WORK_VISA" }]),
    );
    expect(ready.documents.WORK_VISA).toBeUndefined();
    const refused = next(ready, "Departed", at("2025-03-03"));
    expect(codesOf(refused)).toContain("GUARD_DOSSIER_INCOMPLETE");
    expect(codesOf(refused)).toContain("DOCUMENT_MISSING");
    if (!refused.ok) {
      const missing = refused.issues.find((i) => i.code === "DOCUMENT_MISSING");
      expect(missing?.documentKind).toBe("WORK_VISA");
      expect(missing?.basis).toBe("UU 18/2017 Pasal 13 huruf f");
      // The header names the date judged, the policy in force on it and the articles.
      const header = refused.issues.find((i) => i.code === "GUARD_DOSSIER_INCOMPLETE");
      const policy = policyOn("2025-03-03");
      expect(policy?.id).toEqual(expect.any(String));
      expect(header).toMatchObject({
        params: { date: "2025-03-03", policy: policy?.id },
        basis: "UU 18/2017 Pasal 5, Pasal 13",
        policyId: policy?.id,
      });
    }
    const withVisa = mustApply(ready, "DocumentSubmitted", at("2025-03-02"), {
      kind: "WORK_VISA",
      document: DOCUMENTS.WORK_VISA,
    });
    expect(mustApply(withVisa, "Departed", at("2025-03-03")).state).toBe("DEPARTED");
  });

  it("judges the documents on the departure date: a passport expiring that day is refused, the day before it is valid", () => {
    const base = caseOf(events(...PRE_PLACEMENT_ROWS));
    const expiring = mustApply(base, "DocumentSubmitted", at("2025-03-01"), {
      kind: "PASSPORT",
      document: { ...DOCUMENTS.PASSPORT, expiryDate: "2025-03-03" },
    });
    expect(codesOf(next(expiring, "Departed", at("2025-03-03")))).toContain("GUARD_DOSSIER_INCOMPLETE");
    expect(next(expiring, "Departed", at("2025-03-02")).ok).toBe(true);
  });

  it("refuses a departure once the pre-work social-security cover has run out, at the exact day", () => {
    const c = caseOf(events(...PRE_PLACEMENT_ROWS));
    const policy = policyOn("2025-07-01");
    expect(c.preWorkCoverFrom).toBe("2025-02-01");
    const probe = { type: "Departed", seq: c.lastSeq + 1, at: at("2025-07-01") } as const;
    // Registered 2025-02-01 + 5 months = 2025-07-01: still covered that day, not the next.
    expect(GUARDS.preWorkCoverActive.check(c, probe, { date: "2025-07-01", policy })).toBe(true);
    expect(GUARDS.preWorkCoverActive.check(c, probe, { date: "2025-07-02", policy })).toBe(false);
    const late = next(c, "Departed", at("2025-07-02"));
    expect(codesOf(late)).toContain("GUARD_PRE_WORK_COVER_EXPIRED");
    if (!late.ok) {
      const issue = late.issues.find((i) => i.code === "GUARD_PRE_WORK_COVER_EXPIRED");
      expect(issue?.params).toEqual({ months: 5 });
      expect(issue?.basis).toMatch(/Permenaker 4\/2023/);
    }
    // Registering again restarts the cover.
    const renewed = mustApply(c, "SocialSecurityRegistered", at("2025-06-30"), {
      programs: ["JKK", "JKM", "JHT"],
    });
    expect(codesOf(next(renewed, "Departed", at("2025-07-02")))).not.toContain(
      "GUARD_PRE_WORK_COVER_EXPIRED",
    );
    expect(renewed.milestones.SocialSecurityRegistered).toBe(at("2025-02-01"));
  });

  it("reports every failed guard of a refused departure, with its basis", () => {
    const registered = caseOf(events(PRE_PLACEMENT_ROWS[0], PRE_PLACEMENT_ROWS[1]));
    const result = next(registered, "Departed", at("2025-03-03"));
    expect(codesOf(result)).toEqual([
      "GUARD_SELECTION_NOT_PASSED",
      "GUARD_MEDICAL_NOT_FIT",
      "GUARD_PLACEMENT_AGREEMENT_MISSING",
      "GUARD_SOCIAL_SECURITY_MISSING",
      "GUARD_OPP_MISSING",
      "GUARD_DOSSIER_INCOMPLETE",
      ...codesOf(result).slice(6),
    ]);
    expect(codesOf(result).filter((c) => c === "DOCUMENT_MISSING").length).toBeGreaterThanOrEqual(8);
  });
});

describe("pre-placement milestones and their ordering constraints", () => {
  const registered = () => caseOf(events(PRE_PLACEMENT_ROWS[0]));

  it("refuses a selection that names another job order than the case's", () => {
    const assigned = caseOf(events(...PRE_PLACEMENT_ROWS.slice(0, 2)));
    expect(codesOf(next(assigned, "SelectionStarted", at("2025-01-08"), { jobOrderId: "JO-OTHER" }))).toEqual(
      ["GUARD_JOB_ORDER_MISMATCH"],
    );
    expect(next(assigned, "SelectionStarted", at("2025-01-08"), { jobOrderId: "JO-TW-2025-17" }).ok).toBe(
      true,
    );
    expect(next(assigned, "SelectionStarted", at("2025-01-08")).ok).toBe(true);
    // availableEvents cannot know the payload: it lists the check as pending.
    const menu = availableEvents(assigned);
    const entry = menu.ok ? menu.value.find((e) => e.type === "SelectionStarted") : undefined;
    expect(entry?.pendingChecks).toContain("GUARD_JOB_ORDER_MISMATCH");
  });

  describe("a job order assigned again before selection replaces the first", () => {
    const firstOrder = () => caseOf(events(...PRE_PLACEMENT_ROWS.slice(0, 2)));
    const factory = { jobOrderId: "JO-SA-1", destination: "SA", verifiedByMission: true, sip2miIssued: true };

    it("takes the new order's facts and its employer type's category; what it leaves out is unknown", () => {
      const household = firstOrder();
      expect(household.workerCategory).toBe("INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER");
      const replaced = mustApply(household, "JobOrderAssigned", at("2025-01-07", "12:00"), {
        ...factory,
        employerType: "LEGAL_ENTITY",
      });
      expect(replaced).toMatchObject({
        jobOrderId: "JO-SA-1",
        destination: "SA",
        employerType: "LEGAL_ENTITY",
        workerCategory: "LEGAL_ENTITY_EMPLOYER",
        position: null,
        sector: null,
        employerId: null,
      });
      // The first order's instant stays the milestone; both orders are in the history.
      expect(replaced.milestones.JobOrderAssigned).toBe(household.milestones.JobOrderAssigned);
      // An order that names no employer type leaves the category that followed the first one unknown.
      const bare = mustApply(household, "JobOrderAssigned", at("2025-01-07", "12:00"), factory);
      expect([bare.employerType, bare.workerCategory]).toEqual([null, null]);
    });

    it("keeps a category declared otherwise, and takes the one the order declares", () => {
      const seafarer = mustApply(
        caseOf(
          events(["Registered", at("2025-01-06"), { route: "P3MI", workerCategory: "SEAFARER_FISHING" }]),
        ),
        "JobOrderAssigned",
        at("2025-01-07"),
        { ...factory, employerType: "LEGAL_ENTITY" },
      );
      expect(seafarer.workerCategory).toBe("SEAFARER_FISHING");
      const again = mustApply(seafarer, "JobOrderAssigned", at("2025-01-07", "12:00"), {
        ...factory,
        employerType: "INDIVIDUAL_HOUSEHOLD",
      });
      expect(again.workerCategory).toBe("SEAFARER_FISHING");
      const declared = mustApply(again, "JobOrderAssigned", at("2025-01-07", "13:00"), {
        ...factory,
        employerType: "LEGAL_ENTITY",
        workerCategory: "SEAFARER_MERCHANT",
      });
      expect(declared.workerCategory).toBe("SEAFARER_MERCHANT");
    });

    it("departs for the factory job in Saudi Arabia once a household order in Taiwan is replaced", () => {
      const order = {
        ...factory,
        position: "PRODUCTION_OPERATOR",
        employerType: "LEGAL_ENTITY",
        employerId: "EMP-SA-1",
      };
      const rows = saudiJourney(order, { keepFirstOrder: true });
      const ready = caseOf(events(...rows));
      expect([ready.state, ready.workerCategory]).toEqual(["READY_TO_DEPART", "LEGAL_ENTITY_EMPLOYER"]);
      expect(next(ready, "Departed", at("2025-03-03")).ok).toBe(true);
    });
  });

  it("departs on the health certificate's last day (issued 20 January + 3 months), not the day after", () => {
    const ready = caseOf(events(...PRE_PLACEMENT_ROWS));
    expect(next(ready, "Departed", at("2025-04-20")).ok).toBe(true);
    const late = next(ready, "Departed", at("2025-04-21"));
    expect(codesOf(late)).toEqual(["GUARD_DOSSIER_INCOMPLETE", "HEALTH_CERT_WINDOW_EXCEEDED"]);
  });

  describe("the placement company's licences at selection (LIFECYCLE.md §3.2, §5)", () => {
    // Registered and JobOrderAssigned; the licence is submitted the day before SelectionStarted (2025-01-08).
    const opened = PRE_PLACEMENT_ROWS.slice(0, 2);
    const selection = PRE_PLACEMENT_ROWS[2] as (typeof PRE_PLACEMENT_ROWS)[number];
    const holding = (kind: "SIP2MI" | "SIP3MI", document: Record<string, unknown>) =>
      caseOf(events(...opened, ["DocumentSubmitted", at("2025-01-07", "10:00"), { kind, document }]));
    const select = (current: Case) =>
      next(current, "SelectionStarted", at("2025-01-08"), { jobOrderId: "JO-TW-2025-17" });
    const licenceIssues = (result: Result<Case>) =>
      result.ok ? [] : result.issues.map((i) => [i.code, i.documentKind ?? null, i.params ?? null]);

    it("refuses selection with a recruitment permit expired the day before, and accepts it on its last day", () => {
      const expired = holding("SIP2MI", {
        ...DOCUMENTS.SIP2MI,
        issueDate: "2024-01-01",
        expiryDate: "2025-01-07",
      });
      const refused = select(expired);
      expect(licenceIssues(refused).slice(0, 2)).toEqual([
        ["GUARD_LICENCE_INVALID", null, expect.objectContaining({ date: "2025-01-08" })],
        ["DOCUMENT_EXPIRED", "SIP2MI", { kind: "SIP2MI" }],
      ]);
      // The menu says the same, with the same codes.
      const menu = availableEvents(expired, { at: at("2025-01-08") });
      if (!menu.ok) expect.fail("availableEvents refused");
      const offered = menu.value.find((entry) => entry.type === "SelectionStarted");
      expect(offered?.available).toBe(false);
      expect(offered?.issues.map((i) => i.code)).toEqual(codesOf(refused));
      const lastDay = holding("SIP2MI", {
        ...DOCUMENTS.SIP2MI,
        issueDate: "2024-01-01",
        expiryDate: "2025-01-08",
      });
      expect(select(lastDay).ok).toBe(true);
    });

    it("refuses a permit issued after selection starts, and a revoked or suspended company licence", () => {
      const late = holding("SIP2MI", { ...DOCUMENTS.SIP2MI, issueDate: "2025-01-09" });
      expect(codesOf(select(late))).toEqual(["GUARD_LICENCE_INVALID", "DOCUMENT_NOT_YET_VALID"]);
      for (const status of ["REVOKED", "SUSPENDED"]) {
        const licence = holding("SIP3MI", { ...DOCUMENTS.SIP3MI, status });
        expect(licenceIssues(select(licence))).toEqual([
          ["GUARD_LICENCE_INVALID", null, expect.objectContaining({ date: "2025-01-08" })],
          ["LICENCE_NOT_ACTIVE", "SIP3MI", { kind: "SIP3MI" }],
        ]);
      }
    });

    it("refuses a permit that names another destination, and blames no permit for another document", () => {
      const elsewhere = holding("SIP2MI", { ...DOCUMENTS.SIP2MI, destination: "HK" });
      expect(licenceIssues(select(elsewhere))).toEqual([
        ["GUARD_LICENCE_INVALID", null, expect.objectContaining({ date: "2025-01-08" })],
        ["DESTINATION_MISMATCH", "SIP2MI", { kind: "SIP2MI" }],
      ]);
      // A contract for another position (or destination) held before selection is the departure
      // check's to judge: the matching permit is not refused for it.
      const permit = holding("SIP2MI", DOCUMENTS.SIP2MI);
      const contract = { ...DOCUMENTS.EMPLOYMENT_CONTRACT, position: "HOUSEKEEPER", destination: "HK" };
      const withContract = mustApply(permit, "DocumentSubmitted", at("2025-01-07", "11:00"), {
        kind: "EMPLOYMENT_CONTRACT",
        document: contract,
      });
      expect(select(withContract).ok).toBe(true);
    });

    it("judges nothing it does not hold: without the documents, the job order's SIP2MI flag decides", () => {
      expect(caseOf(events(...opened, selection)).state).toBe("IN_SELECTION");
      expect(select(holding("SIP3MI", DOCUMENTS.SIP3MI)).ok).toBe(true);
    });
  });

  describe("an SPSK placement to Saudi Arabia (Kepmenaker 291/2018)", () => {
    // The shipped policies designate no P3MI for SPSK: an app names the agencies in its policy.
    const base = policyOn("2025-03-03") as NonNullable<ReturnType<typeof policyOn>>;
    const policy = definePolicy(base, {
      id: "SPSK-DESIGNATED",
      parameters: {
        spsk: {
          ...base.parameters.spsk,
          value: { ...base.parameters.spsk.value, designatedAgencies: ["P3MI-SPSK-01"] },
        },
      },
    });
    const order = {
      jobOrderId: "JO-SPSK-1",
      destination: "SA",
      position: "HOUSEKEEPER",
      employerType: "SYARIKAH",
      employerId: "SYK-1",
      destinationCity: "Riyadh",
      placementAgency: "P3MI-SPSK-01",
      verifiedByMission: true,
      sip2miIssued: true,
    };
    const conditionsOf = (result: Result<unknown>) =>
      result.ok
        ? []
        : result.issues.filter((i) => i.code === "SPSK_CONDITION_NOT_MET").map((i) => i.params?.condition);
    /** The SPSK job order assigned (with `jobOrder`'s changes) and selection started under `options`. */
    const selection = (jobOrder: Record<string, unknown>, options: unknown = { policy }) => {
      const assigned = caseOf(
        events(PRE_PLACEMENT_ROWS[0], ["JobOrderAssigned", at("2025-01-07"), { ...order, ...jobOrder }]),
        options,
      );
      return next(assigned, "SelectionStarted", at("2025-01-08"), { jobOrderId: order.jobOrderId }, options);
    };

    it("departs when the job order names a listed city and a designated agency", () => {
      const ready = caseOf(events(...saudiJourney(order)), { policy });
      expect(ready).toMatchObject({
        state: "READY_TO_DEPART",
        destinationCity: "Riyadh",
        placementAgency: "P3MI-SPSK-01",
      });
      expect(next(ready, "Departed", at("2025-03-03"), {}, { policy }).ok).toBe(true);
      // The city is compared as the documents rule compares names.
      const dammam = caseOf(events(...saudiJourney({ ...order, destinationCity: " dammam " })), { policy });
      expect(next(dammam, "Departed", at("2025-03-03"), {}, { policy }).ok).toBe(true);
    });

    it("is refused at selection (LIFECYCLE.md §3.2), naming the condition, when the city or the agency is missing or not listed", () => {
      const refusals: [Record<string, unknown>, unknown[]][] = [
        [{ destinationCity: "Tabuk" }, ["CITY"]],
        [{ placementAgency: "P3MI-OTHER" }, ["DESIGNATED_AGENCY"]],
        [{ destinationCity: undefined, placementAgency: undefined }, ["DESIGNATED_AGENCY", "CITY"]],
      ];
      for (const [jobOrder, conditions] of refusals) {
        const refused = selection(jobOrder);
        expect(codesOf(refused), JSON.stringify(jobOrder)).toEqual([
          "GUARD_DESTINATION_NOT_ALLOWED",
          "MORATORIUM_HOUSEHOLD_PLACEMENT",
          ...conditions.map(() => "SPSK_CONDITION_NOT_MET"),
        ]);
        expect(conditionsOf(refused)).toEqual(conditions);
      }
      expect(selection({}).ok).toBe(true);
      // The shipped policy designates no agency.
      expect(conditionsOf(selection({}, {}))).toEqual(["DESIGNATED_AGENCY"]);
      // The same household job in Taiwan is not under the moratorium.
      expect(selection({ destination: "TW", destinationCity: undefined }, {}).ok).toBe(true);
    });

    it("is judged again at departure, on that day's policy", () => {
      // Selected under a policy that designates the agency, leaving under one that does not.
      const ready = caseOf(events(...saudiJourney(order)), { policy });
      const departed = next(ready, "Departed", at("2025-03-03"));
      expect(codesOf(departed)[0]).toBe("GUARD_DOSSIER_INCOMPLETE");
      expect(conditionsOf(departed)).toEqual(["DESIGNATED_AGENCY"]);
    });

    it("forgets the city and the agency when a job order assigned again leaves them out", () => {
      const { destinationCity: _, placementAgency: __, ...bare } = order;
      const first = mustApply(
        caseOf(events(PRE_PLACEMENT_ROWS[0])),
        "JobOrderAssigned",
        at("2025-01-07"),
        order,
      );
      const again = mustApply(first, "JobOrderAssigned", at("2025-01-07", "12:00"), bare);
      expect([first.destinationCity, first.placementAgency]).toEqual(["Riyadh", "P3MI-SPSK-01"]);
      expect([again.destinationCity, again.placementAgency]).toEqual([null, null]);
    });
  });

  it("refuses selection before a verified job order with its SIP2MI (P3MI)", () => {
    expect(codesOf(next(registered(), "SelectionStarted", at("2025-01-08")))).toEqual([
      "GUARD_JOB_ORDER_MISSING",
    ]);
    const unverified = mustApply(registered(), "JobOrderAssigned", at("2025-01-07"), {
      jobOrderId: "JO-1",
      destination: "TW",
      verifiedByMission: false,
      sip2miIssued: false,
    });
    expect(codesOf(next(unverified, "SelectionStarted", at("2025-01-08")))).toEqual([
      "GUARD_JOB_ORDER_NOT_VERIFIED",
      "GUARD_SIP2MI_MISSING",
    ]);
  });

  it("needs no SIP2MI on a government route", () => {
    let c = caseOf(events(["Registered", at("2025-01-06"), { route: "GOVERNMENT_G2G" }]));
    c = mustApply(c, "JobOrderAssigned", at("2025-01-07"), {
      jobOrderId: "G2G-KR-1",
      destination: "KR",
      verifiedByMission: true,
      sip2miIssued: false,
    });
    expect(mustApply(c, "SelectionStarted", at("2025-01-08")).state).toBe("IN_SELECTION");
  });

  it("refuses a selection started twice and a result without selection", () => {
    const c = caseOf(events(...PRE_PLACEMENT_ROWS.slice(0, 3)));
    expect(codesOf(next(c, "SelectionStarted", at("2025-01-08")))).toEqual([
      "GUARD_SELECTION_ALREADY_STARTED",
    ]);
    expect(codesOf(next(registered(), "SelectionPassed", at("2025-01-09")))).toEqual([
      "GUARD_SELECTION_NOT_IN_PROGRESS",
    ]);
  });

  it("refuses the placement agreement before selection is passed", () => {
    expect(codesOf(next(registered(), "PlacementAgreementSigned", at("2025-01-09")))).toEqual([
      "GUARD_SELECTION_NOT_PASSED",
    ]);
  });

  it("accepts steps in another order without moving the case back", () => {
    let c = registered();
    c = mustApply(c, "MedicalFit", at("2025-01-07"));
    expect(c.state).toBe("MEDICAL_CLEARED");
    c = mustApply(c, "JobOrderAssigned", at("2025-01-08"), {
      jobOrderId: "JO-1",
      destination: "TW",
      verifiedByMission: true,
      sip2miIssued: true,
    });
    c = mustApply(c, "SelectionStarted", at("2025-01-09"));
    expect(c.state).toBe("MEDICAL_CLEARED");
    expect(c.milestones.SelectionStarted).toBe(at("2025-01-09"));
  });

  it("refuses anything but registration before a prospect registers, and a non-procedural registration", () => {
    const prospect = caseOf(events(["InformationGiven", at("2025-01-02")]));
    expect(prospect.route).toBeNull();
    expect(isProcedural(prospect)).toBe(true);
    expect(codesOf(next(prospect, "SelectionStarted", at("2025-01-03")))).toEqual(["TRANSITION_NOT_ALLOWED"]);
    expect(codesOf(next(prospect, "Registered", at("2025-01-03"), { route: "NONPROCEDURAL" }))).toEqual([
      "GUARD_ROUTE_NONPROCEDURAL",
    ]);
  });

  it("checks the minimum age on the registration date, birthday included", () => {
    const register = (date: string) =>
      replay(events(["Registered", at(date), { route: "P3MI", worker: { birthDate: "2008-01-07" } }]));
    const young = register("2026-01-06");
    expect(codesOf(young)).toEqual(["GUARD_AGE_BELOW_MINIMUM"]);
    if (!young.ok) expect(young.issues[0]?.params).toEqual({ minimumAge: 18 });
    expect(register("2026-01-07").ok).toBe(true);
  });

  it("refuses social security without both mandatory programmes", () => {
    const result = next(registered(), "SocialSecurityRegistered", at("2025-02-01"), { programs: ["JKK"] });
    expect(codesOf(result)).toEqual(["GUARD_SOCIAL_SECURITY_PROGRAMS_MISSING"]);
    // The message names the programme left out, not every mandatory one.
    if (!result.ok) expect(result.issues[0]?.params).toEqual({ programs: "JKM" });
  });

  it("refuses the E-KPMI before the orientation and DocumentsCompleted with documents missing", () => {
    expect(codesOf(next(registered(), "EKpmiIssued", at("2025-02-01")))).toEqual(["GUARD_OPP_MISSING"]);
    const c = caseOf(events(...PRE_PLACEMENT_ROWS.slice(0, 8)));
    const codes = codesOf(next(c, "DocumentsCompleted", at("2025-02-21")));
    expect(codes[0]).toBe("GUARD_DOSSIER_INCOMPLETE");
    expect(codes.filter((code) => code === "DOCUMENT_MISSING")).toHaveLength(8);
  });

  it("ends a pre-placement case by withdrawal, failed selection, unfitness, failed or prevented departure", () => {
    const base = caseOf(events(...PRE_PLACEMENT_ROWS.slice(0, 3)));
    const outcomes = [
      ["Withdrawn", {}, "WITHDRAWN"],
      ["SelectionFailed", {}, "FAILED_SELECTION"],
      ["MedicalUnfit", {}, "DECLARED_UNFIT"],
      ["DepartureFailed", { reason: "VISA_REFUSED" }, "CANCELLED_FAILED_TO_DEPART"],
      ["DeparturePrevented", {}, "BLOCKED_NONPROCEDURAL"],
    ] as const;
    for (const [type, payload, outcome] of outcomes) {
      const c = mustApply(base, type, at("2025-01-10"), payload);
      expect([c.state, c.outcome, c.phase]).toEqual([outcome, outcome, "PRE_PLACEMENT"]);
      expect(isTerminal(c.state)).toBe(true);
      expect(codesOf(next(c, "MedicalFit", at("2025-01-11")))).toEqual(["TRANSITION_NOT_ALLOWED"]);
      // The case keeps the route it was registered on; a prevented departure is non-procedural (§15).
      expect([c.route, isProcedural(c)]).toEqual(["P3MI", type !== "DeparturePrevented"]);
    }
  });
});

describe("during placement", () => {
  it("refuses employment without a signed contract in the dossier", () => {
    const c = mustApply(departed(), "DocumentWithdrawn", at("2025-03-04"), { kind: "EMPLOYMENT_CONTRACT" });
    expect(codesOf(next(c, "EmploymentStarted", at("2025-03-05")))).toEqual([
      "GUARD_EMPLOYMENT_CONTRACT_MISSING",
    ]);
  });

  it("refuses a contract extension when the employer changed, then accepts the same employer", () => {
    const pending = mustApply(working(), "ExtensionRequested", at("2027-01-10"));
    expect(pending.state).toBe("EXTENSION_PENDING");
    const extension = EXTENSION_APPROVAL;
    const changed = next(pending, "ExtensionApproved", at("2027-02-01"), {
      ...extension,
      employerId: "EMP-TW-2",
    });
    expect(codesOf(changed)).toEqual(["GUARD_EXTENSION_EMPLOYER_CHANGED"]);
    if (!changed.ok) expect(changed.issues[0]?.basis).toBe("Perban BP2MI 1/2020 (ringkasan sekunder)");
    const everything = next(pending, "ExtensionApproved", at("2027-02-01"), {
      employerId: "EMP-TW-2",
      contractEndDate: "2027-01-01",
      executedBeforeMissionOfficial: false,
      reportVerifiedByMission: false,
      familyConsentRenewed: false,
      socialSecurityExtended: false,
    });
    expect(codesOf(everything)).toEqual([
      "GUARD_EXTENSION_EMPLOYER_CHANGED",
      "GUARD_EXTENSION_NOT_BEFORE_MISSION",
      "GUARD_EXTENSION_NOT_VERIFIED",
      "GUARD_EXTENSION_CONSENT_MISSING",
      "GUARD_EXTENSION_SOCIAL_SECURITY_MISSING",
      "GUARD_EXTENSION_END_NOT_LATER",
    ]);
    const extended = mustApply(pending, "ExtensionApproved", at("2027-02-01"), extension);
    expect([extended.state, extended.contractEndDate, extended.flags.contractExtended]).toEqual([
      "WORKING",
      "2029-03-04",
      true,
    ]);
  });

  it("cannot check the same-employer rule when the employer was never recorded", () => {
    const withoutEmployer = events(...PRE_PLACEMENT_ROWS, ["Departed", at("2025-03-03")]).map((event) => {
      if (event.type !== "JobOrderAssigned") return event;
      const { employerId: _dropped, ...rest } = event;
      return rest;
    });
    let w = caseOf(withoutEmployer);
    w = mustApply(w, "EmploymentStarted", at("2025-03-05"));
    w = mustApply(w, "ExtensionRequested", at("2027-01-10"));
    const result = next(w, "ExtensionApproved", at("2027-02-01"), EXTENSION_APPROVAL);
    expect(codesOf(result)).toEqual(["GUARD_EXTENSION_EMPLOYER_UNKNOWN"]);
    // The case alone decides it, so the menu says so too (it offered the event, with the employer
    // check pending, whatever employer the payload named).
    const menu = availableEvents(w, { at: at("2027-02-01") });
    const entry = menu.ok ? menu.value.find((e) => e.type === "ExtensionApproved") : undefined;
    expect([entry?.available, entry?.issues.map((i) => i.code)]).toEqual([
      false,
      ["GUARD_EXTENSION_EMPLOYER_UNKNOWN"],
    ]);
  });

  it("returns at contract end when the extension is rejected", () => {
    let c = mustApply(working(), "ExtensionRequested", at("2027-01-10"));
    c = mustApply(c, "ExtensionRejected", at("2027-01-20"));
    expect([c.state, c.returnReason]).toEqual(["RETURN_IN_PROGRESS", "CONTRACT_ENDED"]);
  });

  it("goes on home leave and back only with a re-entry visa", () => {
    const leave = mustApply(working(), "LeaveStarted", at("2026-02-01"));
    expect([leave.state, leave.phase]).toEqual(["ON_LEAVE_IN_INDONESIA", "PLACEMENT"]);
    expect(codesOf(next(leave, "ReentryDeparted", at("2026-02-20")))).toEqual(["GUARD_REENTRY_VISA_MISSING"]);
    const visa = mustApply(leave, "DocumentSubmitted", at("2026-02-10"), {
      kind: "REENTRY_VISA",
      document: { validUntil: "2026-03-01" },
    });
    expect(mustApply(visa, "ReentryDeparted", at("2026-02-20")).state).toBe("WORKING");
    expect(mustApply(leave, "NewContractAbroad", at("2026-02-20")).outcome).toBe("TRANSFERRED_TO_NEW_CASE");
  });

  describe("the return to work after home leave (REGULATIONS.md §13: a valid re-entry visa and contract)", () => {
    const onLeave = () => {
      const leave = mustApply(working(), "LeaveStarted", at("2026-06-01"));
      return mustApply(leave, "DocumentSubmitted", at("2026-06-02"), {
        kind: "REENTRY_VISA",
        document: { validUntil: "2026-07-01" },
      });
    };

    it("goes back on the visa's last day and is refused the day after, naming the visa", () => {
      expect(mustApply(onLeave(), "ReentryDeparted", at("2026-07-01")).state).toBe("WORKING");
      const late = next(onLeave(), "ReentryDeparted", at("2026-07-02"));
      expect(codesOf(late)).toEqual(["GUARD_REENTRY_DOCUMENTS_INVALID", "DOCUMENT_EXPIRED"]);
      if (!late.ok) {
        expect(late.issues[0]?.params).toMatchObject({ date: "2026-07-02" });
        expect(late.issues[1]?.documentKind).toBe("REENTRY_VISA");
      }
    });

    it("is refused with a passport that expires before the day of travel", () => {
      const passport = { ...DOCUMENTS.PASSPORT, expiryDate: "2026-06-10" };
      const expired = mustApply(onLeave(), "DocumentSubmitted", at("2026-06-03"), {
        kind: "PASSPORT",
        document: passport,
      });
      expect(codesOf(next(expired, "ReentryDeparted", at("2026-06-20")))).toEqual([
        "GUARD_REENTRY_DOCUMENTS_INVALID",
        "PASSPORT_EXPIRES_BEFORE_DEPARTURE",
      ]);
    });

    it("is refused once the contract has ended, and allowed on its last day", () => {
      const visa = { validUntil: "2027-12-31" };
      const long = mustApply(onLeave(), "DocumentSubmitted", at("2026-06-03"), {
        kind: "REENTRY_VISA",
        document: visa,
      });
      expect(long.contractEndDate).toBe("2027-03-04");
      expect(mustApply(long, "ReentryDeparted", at("2027-03-04")).state).toBe("WORKING");
      const after = next(long, "ReentryDeparted", at("2027-03-05"));
      expect(codesOf(after)).toEqual(["GUARD_CONTRACT_ENDED"]);
      if (!after.ok) expect(after.issues[0]?.params).toEqual({ date: "2027-03-04" });
    });

    it("offers the return in availableEvents only when applyEvent accepts it, on the same day", () => {
      for (const [day, accepted] of [
        ["2026-07-01", true],
        ["2026-07-02", false],
      ] as const) {
        const menu = availableEvents(onLeave(), { at: at(day) });
        const entry = menu.ok ? menu.value.find((e) => e.type === "ReentryDeparted") : undefined;
        expect(entry?.available).toBe(accepted);
        expect(next(onLeave(), "ReentryDeparted", at(day)).ok).toBe(accepted);
      }
    });
  });
});

describe("return, sickness and death", () => {
  it("sends a worker home sick from Malaysia (seed 004) only with a fit-to-return letter", () => {
    const toMalaysia = JSON.parse(
      JSON.stringify(events(...PRE_PLACEMENT_ROWS, ["Departed", at("2025-03-03")])).replaceAll(
        '"TW"',
        '"MY"',
      ),
    );
    let c = caseOf(toMalaysia);
    expect(c.destination).toBe("MY");
    c = mustApply(c, "EmploymentStarted", at("2025-03-05"));
    expect(codesOf(next(c, "ReturnInitiated", at("2025-10-01"), { reason: "ACCIDENT_OR_ILLNESS" }))).toEqual([
      "GUARD_FIT_TO_RETURN_MISSING",
    ]);
    c = mustApply(c, "ReturnInitiated", at("2025-10-01"), {
      reason: "ACCIDENT_OR_ILLNESS",
      fitToReturnLetter: true,
    });
    c = mustApply(c, "ArrivedAtDebarkation", at("2025-10-03"));
    c = mustApply(c, "HandedOver", at("2025-10-04"), { recipient: "FAMILY", witnessedByGovernment: true });
    c = mustApply(c, "CaseClosed", at("2025-10-04", "12:00"));
    expect([c.state, c.outcome, c.returnReason]).toEqual([
      "MEDICAL_REPATRIATED",
      "MEDICAL_REPATRIATED",
      "ACCIDENT_OR_ILLNESS",
    ]);
  });

  it("accepts the fit-to-return letter from the dossier", () => {
    const c = mustApply(working(), "DocumentSubmitted", at("2025-09-30"), {
      kind: "FIT_TO_RETURN",
      document: { date: "2025-09-30" },
    });
    expect(next(c, "ReturnInitiated", at("2025-10-01"), { reason: "ACCIDENT_OR_ILLNESS" }).ok).toBe(true);
  });

  it("refuses an unverified P3MI return at contract end, leave and death as return reasons", () => {
    const c = working();
    expect(codesOf(next(c, "ReturnInitiated", at("2027-03-01"), { reason: "CONTRACT_ENDED" }))).toEqual([
      "GUARD_RETURN_NOT_VERIFIED",
    ]);
    const leave = next(c, "ReturnInitiated", at("2027-03-01"), { reason: "LEAVE" });
    expect(codesOf(leave)).toEqual(["GUARD_RETURN_REASON_NOT_A_RETURN"]);
    if (!leave.ok) expect(leave.issues[0]?.params).toEqual({ reason: "LEAVE", useEvent: "LeaveStarted" });
    const death = next(c, "ReturnInitiated", at("2027-03-01"), { reason: "DEATH" });
    if (!death.ok) expect(death.issues[0]?.params).toEqual({ reason: "DEATH", useEvent: "DeathReported" });
  });

  it("refuses an unwitnessed handover to the family, accepts one to the social-affairs ministry", () => {
    let c = mustApply(working(), "ReturnInitiated", at("2026-01-01"), { reason: "EARLY_TERMINATION" });
    c = mustApply(c, "ArrivedAtDebarkation", at("2026-01-02"));
    expect(
      codesOf(next(c, "HandedOver", at("2026-01-03"), { recipient: "FAMILY", witnessedByGovernment: false })),
    ).toEqual(["GUARD_HANDOVER_NOT_WITNESSED"]);
    const handed = mustApply(c, "HandedOver", at("2026-01-03"), {
      recipient: "SOCIAL_AFFAIRS_MINISTRY",
      witnessedByGovernment: false,
    });
    expect(handed.outcome).toBe("EARLY_TERMINATED_RETURNED");
  });

  it("records a death abroad and the repatriation of the remains, in order", () => {
    let c = mustApply(working(), "DeathReported", at("2026-05-01"));
    expect([c.state, c.phase, c.outcome, c.returnReason, c.remains]).toEqual([
      "DIED_ABROAD",
      "POST_PLACEMENT",
      "DIED_ABROAD",
      "DEATH",
      "REPORTED",
    ]);
    expect(isTerminal(c.state)).toBe(true);
    expect(
      codesOf(next(c, "HandedOver", at("2026-05-02"), { recipient: "FAMILY", witnessedByGovernment: true })),
    ).toEqual(["GUARD_REMAINS_STEP_OUT_OF_ORDER"]);
    c = mustApply(c, "DocumentSubmitted", at("2026-05-02"), {
      kind: "DEATH_DOCS",
      document: { documents: ["MCCD", "EXPORT_PERMIT"] },
    });
    c = mustApply(c, "RemainsRepatriationStarted", at("2026-05-05"));
    expect(c.remains).toBe("IN_TRANSIT");
    expect(codesOf(next(c, "BuriedAbroad", at("2026-05-06")))).toEqual(["GUARD_REMAINS_STEP_OUT_OF_ORDER"]);
    c = mustApply(c, "ArrivedAtDebarkation", at("2026-05-06"));
    c = mustApply(c, "HandedOver", at("2026-05-07"), { recipient: "FAMILY", witnessedByGovernment: true });
    expect([c.state, c.remains]).toEqual(["DIED_ABROAD", "HANDED_OVER"]);
    expect(c.milestones.DeathReported).toBe(at("2026-05-01"));
    expect(c.milestones.HandedOver).toBe(at("2026-05-07"));
    expect(codesOf(next(c, "ReturnInitiated", at("2026-05-08"), { reason: "DEATH" }))).toEqual([
      "TRANSITION_NOT_ALLOWED",
    ]);
    const buried = mustApply(
      mustApply(working(), "DeathReported", at("2026-05-01")),
      "BuriedAbroad",
      at("2026-05-03"),
    );
    expect(buried.remains).toBe("BURIED_ABROAD");
  });

  it("closes a return for each reason of Pasal 27 in its terminal outcome", () => {
    for (const reason of RETURN_REASON_CODES) {
      const outcome = RETURN_OUTCOMES[reason].outcome;
      const opened = replay(
        events(
          ["ReturnInitiated", at("2025-05-01"), { reason, destination: "MY", fitToReturnLetter: true }],
          ["ArrivedAtDebarkation", at("2025-05-02")],
          ["HandedOver", at("2025-05-03"), { recipient: "FAMILY", witnessedByGovernment: true }],
          ["CaseClosed", at("2025-05-04")],
        ),
      );
      if (outcome === null) {
        expect(codesOf(opened), reason).toEqual(["GUARD_RETURN_REASON_NOT_A_RETURN"]);
        continue;
      }
      if (!opened.ok) expect.fail(reason);
      expect([opened.value.state, opened.value.outcome, opened.value.returnReason]).toEqual([
        outcome,
        outcome,
        reason,
      ]);
    }
  });
});

describe("non-procedural workers (never registered)", () => {
  it("records a worker deported from Myanmar who never registered (seed 000, March 2025)", () => {
    const c = caseOf(
      events(
        [
          "ArrivedAtDebarkation",
          at("2025-03-20"),
          { reason: "DEPORTED", destination: "MM", worker: { provinceCode: "19", regencyCode: "1971" } },
        ],
        ["HandedOver", at("2025-03-22"), { recipient: "FAMILY", witnessedByGovernment: true }],
        ["CaseClosed", at("2025-03-22", "15:00")],
      ),
    );
    expect([c.route, c.state, c.outcome, c.destination, c.returnReason]).toEqual([
      "NONPROCEDURAL",
      "DEPORTED_RETURNED",
      "DEPORTED_RETURNED",
      "MM",
      "DEPORTED",
    ]);
    expect(isProcedural(c)).toBe(false);
    expect(c.milestones.Registered).toBeNull();
    expect(c.worker).toEqual({ sex: null, birthDate: null, provinceCode: "19", regencyCode: "1971" });
  });

  it("opens a case abroad at a complaint, a deportation or a death, and needs the destination", () => {
    const complaint = caseOf(
      events([
        "ComplaintFiled",
        at("2025-04-01"),
        { complaintId: "ADU-1", category: "WANTS_REPATRIATION", channel: "SOCIAL_MEDIA", destination: "KH" },
      ]),
    );
    expect([complaint.state, complaint.phase, complaint.route, complaint.flags.openComplaint]).toEqual([
      "IN_DISTRESS",
      "PLACEMENT",
      "NONPROCEDURAL",
      true,
    ]);
    expect(mustApply(complaint, "ReturnInitiated", at("2025-04-10"), { reason: "OTHER" }).state).toBe(
      "RETURN_IN_PROGRESS",
    );
    const death = caseOf(events(["DeathReported", at("2025-04-01"), { destination: "MY" }]));
    expect([death.state, death.route]).toEqual(["DIED_ABROAD", "NONPROCEDURAL"]);
    expect(codesOf(replay(events(["DeathReported", at("2025-04-01")])))).toEqual([
      "GUARD_DESTINATION_REQUIRED",
    ]);
    expect(
      codesOf(replay(events(["ArrivedAtDebarkation", at("2025-04-01"), { destination: "MY" }]))),
    ).toEqual(["GUARD_RETURN_REASON_REQUIRED"]);
    expect(codesOf(replay(events(["Departed", at("2025-04-01")])))).toEqual(["EVENT_CANNOT_OPEN_CASE"]);
    const prevented = caseOf(events(["DeparturePrevented", at("2025-04-01"), { destination: "TR" }]));
    expect([prevented.state, prevented.route]).toEqual(["BLOCKED_NONPROCEDURAL", "NONPROCEDURAL"]);
  });

  it("opens no case abroad for a failed departure: the complaint goes on the worker's pre-placement case", () => {
    const failed = {
      complaintId: "ADU-9",
      category: "FAILED_DEPARTURE",
      channel: "WALK_IN",
      destination: "TW",
    };
    // A worker who never left is not in distress abroad (IN_DISTRESS is a state of the placement phase).
    expect(codesOf(replay(events(["ComplaintFiled", at("2025-04-01"), failed])))).toEqual([
      "GUARD_COMPLAINT_NOT_ABROAD",
    ]);
    const registered = caseOf(events(["Registered", at("2025-03-01"), { route: "P3MI" }]));
    const filed = mustApply(registered, "ComplaintFiled", at("2025-04-01"), failed);
    expect([filed.state, filed.phase, filed.flags.openComplaint]).toEqual([
      "REGISTERED",
      "PRE_PLACEMENT",
      true,
    ]);
    // Any other category still opens a case abroad, job fraud included (it happens abroad too).
    expect(
      replay(events(["ComplaintFiled", at("2025-04-01"), { ...failed, category: "JOB_FRAUD" }])).ok,
    ).toBe(true);
  });
});

describe("complaints", () => {
  const filed = () =>
    mustApply(working(), "ComplaintFiled", at("2025-06-01"), {
      complaintId: "ADU-7",
      category: "LOST_CONTACT",
      channel: "PHONE",
    });

  it("runs each complaint through its own lifecycle and keeps the lost-contact flag until resolved", () => {
    let c = filed();
    expect(c.flags).toEqual({ openComplaint: true, lostContact: true, contractExtended: false });
    expect(c.state).toBe("WORKING");
    c = mustApply(c, "ComplaintFiled", at("2025-06-02"), {
      complaintId: "ADU-8",
      category: "UNPAID_WAGES",
      channel: "E_PENGADUAN",
    });
    c = mustApply(c, "ComplaintVerified", at("2025-06-03"), { complaintId: "ADU-7" });
    c = mustApply(c, "ComplaintHandlingStarted", at("2025-06-04"), { complaintId: "ADU-7" });
    c = mustApply(c, "ComplaintClosedUnresolved", at("2025-06-05"), { complaintId: "ADU-8" });
    expect(c.flags.lostContact).toBe(true);
    c = mustApply(c, "ComplaintResolved", at("2025-06-06"), { complaintId: "ADU-7" });
    expect(c.flags).toEqual({ openComplaint: false, lostContact: false, contractExtended: false });
    expect(c.complaints).toEqual([
      {
        id: "ADU-7",
        category: "LOST_CONTACT",
        channel: "PHONE",
        status: "RESOLVED",
        receivedAt: at("2025-06-01"),
        closedAt: at("2025-06-06"),
      },
      {
        id: "ADU-8",
        category: "UNPAID_WAGES",
        channel: "E_PENGADUAN",
        status: "CLOSED_UNRESOLVED",
        receivedAt: at("2025-06-02"),
        closedAt: at("2025-06-05"),
      },
    ]);
  });

  it("keeps the lost-contact flag when the complaint is referred", () => {
    let c = mustApply(filed(), "ComplaintVerified", at("2025-06-03"), { complaintId: "ADU-7" });
    c = mustApply(c, "ComplaintReferred", at("2025-06-04"), { complaintId: "ADU-7" });
    expect(c.flags).toMatchObject({ openComplaint: false, lostContact: true });
  });

  it("refuses a duplicate id, an unknown complaint and a step out of order", () => {
    const c = filed();
    const again = { complaintId: "ADU-7", category: "ILLNESS", channel: "PHONE" };
    expect(codesOf(next(c, "ComplaintFiled", at("2025-06-02"), again))).toEqual(["COMPLAINT_DUPLICATE_ID"]);
    expect(codesOf(next(c, "ComplaintVerified", at("2025-06-02"), { complaintId: "ADU-9" }))).toEqual([
      "COMPLAINT_NOT_FOUND",
    ]);
    const early = next(c, "ComplaintResolved", at("2025-06-02"), { complaintId: "ADU-7" });
    expect(codesOf(early)).toEqual(["COMPLAINT_TRANSITION_NOT_ALLOWED"]);
    if (!early.ok)
      expect(early.issues[0]?.params).toEqual({ event: "ComplaintResolved", status: "RECEIVED" });
  });

  it("accepts complaints on a closed case (e.g. unpaid wages after return)", () => {
    const closed = mustApply(departed(), "DeathReported", at("2025-04-01"));
    const c = mustApply(closed, "ComplaintFiled", at("2025-04-03"), {
      complaintId: "ADU-1",
      category: "DIED_ABROAD",
      channel: "WALK_IN",
    });
    expect([c.state, c.flags.openComplaint]).toEqual(["DIED_ABROAD", true]);
  });
});

/**
 * The fixture journey moved to a job in Saudi Arabia: `order` assigned (after the Taiwan order when
 * `keepFirstOrder`), the selection naming it, and the documents naming its country, position and a
 * wage in riyals.
 */
function saudiJourney(
  order: Record<string, unknown> & { jobOrderId: string; position: string },
  { keepFirstOrder = false } = {},
): (readonly [string, string, Record<string, unknown>?])[] {
  const position = order.position;
  const forSaudi = (document: Record<string, unknown>) => ({
    ...document,
    ...("destination" in document ? { destination: "SA" } : {}),
    ...("positions" in document ? { positions: [position] } : {}),
    ...("position" in document ? { position, employerName: "Employer Co" } : {}),
    ...("wage" in document
      ? { wage: { amount: 2000, currency: "SAR", paymentMethod: "Bank transfer" } }
      : {}),
  });
  return PRE_PLACEMENT_ROWS.flatMap((row): (readonly [string, string, Record<string, unknown>?])[] => {
    const [type, when, payload] = row as readonly [string, string, Record<string, unknown>?];
    if (type === "JobOrderAssigned") {
      const assigned = [type, keepFirstOrder ? at("2025-01-07", "12:00") : when, order] as const;
      return keepFirstOrder ? [row, assigned] : [assigned];
    }
    if (type === "SelectionStarted") return [[type, when, { jobOrderId: order.jobOrderId }]];
    if (type === "DocumentSubmitted" && payload !== undefined) {
      return [[type, when, { ...payload, document: forSaudi(payload.document as Record<string, unknown>) }]];
    }
    return [row];
  });
}
