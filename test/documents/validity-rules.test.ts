import { describe, expect, it } from "vitest";
import { addDaysToDate, addMonthsToDate } from "../../src/_lib/dates/add-to-date.js";
import {
  checkDossier,
  type Dossier,
  type DossierContext,
  definePolicy,
  type Issue,
  POLICIES,
  type Policy,
} from "../../src/index.js";
import { basisOf, DEPARTURE, issuesOf, patch, validContext, validDossier } from "./fixtures.js";

// Health certificate, passport, social security, worker card and licences: each issue's code, path,
// params, basis (the rule's, or the policy parameter's), severity and document kind.
const P2021 = POLICIES[1] as Policy;
const P2025 = POLICIES[2] as Policy;
const params = P2025.parameters;

describe("health certificate", () => {
  it("refuses an UNFIT conclusion under the conclusion's path with the rule's basis", () => {
    const dossier = patch(validDossier(), { HEALTH_CERT: { conclusion: "UNFIT" } });
    expect(issuesOf("HEALTH_CERTIFICATE", dossier)).toEqual([
      {
        code: "HEALTH_CERT_NOT_FIT",
        severity: "error",
        path: ["documents", "HEALTH_CERT", "conclusion"],
        basis: basisOf("HEALTH_CERTIFICATE"),
        documentKind: "HEALTH_CERT",
        policyId: P2025.id,
      },
    ]);
  });

  it("keeps the certificate valid through issue date + N months, the last day included", () => {
    const months = params.healthCertificateValidityMonths.value;
    const lastDay = addMonthsToDate(DEPARTURE, -months);
    const onLastDay = patch(validDossier(), { HEALTH_CERT: { issueDate: lastDay } });
    expect(issuesOf("HEALTH_CERTIFICATE", onLastDay)).toEqual([]);
    const dayBefore = patch(validDossier(), { HEALTH_CERT: { issueDate: addDaysToDate(lastDay, -1) } });
    expect(issuesOf("HEALTH_CERTIFICATE", dayBefore)).toEqual([
      {
        code: "HEALTH_CERT_WINDOW_EXCEEDED",
        severity: "error",
        path: ["documents", "HEALTH_CERT", "issueDate"],
        params: { months },
        basis: params.healthCertificateValidityMonths.basis,
        documentKind: "HEALTH_CERT",
        policyId: P2025.id,
      },
    ]);
  });

  describe("pregnancy", () => {
    const voids = definePolicy(P2025, {
      id: "PREGNANCY-VOIDS",
      parameters: {
        pregnancyVoidsHealthCertificate: { ...params.pregnancyVoidsHealthCertificate, value: true },
      },
    });
    const pregnant: Dossier = { ...validDossier(), worker: { pregnant: true } };

    it("voids the certificate of a pregnant worker only when the policy says so", () => {
      expect(params.pregnancyVoidsHealthCertificate.value).toBe(false);
      expect(issuesOf("HEALTH_CERTIFICATE", pregnant)).toEqual([]);
      expect(issuesOf("HEALTH_CERTIFICATE", pregnant, { ...validContext(), policy: voids })).toEqual([
        {
          code: "HEALTH_CERT_VOID_PREGNANCY",
          severity: "error",
          path: ["worker", "pregnant"],
          basis: params.pregnancyVoidsHealthCertificate.basis,
          documentKind: "HEALTH_CERT",
          policyId: "PREGNANCY-VOIDS",
        },
      ]);
    });

    it("does not void it for a worker not pregnant or with no worker facts", () => {
      const context = { ...validContext(), policy: voids };
      expect(issuesOf("HEALTH_CERTIFICATE", validDossier(), context)).toEqual([]);
      const { worker: _, ...noWorker } = validDossier();
      expect(issuesOf("HEALTH_CERTIFICATE", noWorker, context)).toEqual([]);
      expect(checkDossier(noWorker, context).ok).toBe(true);
    });
  });
});

describe("passport", () => {
  const expiring = (expiryDate: string) => patch(validDossier(), { PASSPORT: { expiryDate } });
  const margin = params.passportMinimumRemaining;

  it("refuses a passport expiring on the departure day, and then skips the margin", () => {
    const expected: Issue = {
      code: "PASSPORT_EXPIRES_BEFORE_DEPARTURE",
      severity: "error",
      path: ["documents", "PASSPORT", "expiryDate"],
      basis: basisOf("PASSPORT_VALIDITY"),
      documentKind: "PASSPORT",
      policyId: P2025.id,
    };
    expect(issuesOf("PASSPORT_VALIDITY", expiring(DEPARTURE))).toEqual([expected]);
    expect(issuesOf("PASSPORT_VALIDITY", expiring(addDaysToDate(DEPARTURE, -1)))).toEqual([expected]);
  });

  it("warns of a remaining validity shorter than the policy's margin, the margin's last day included", () => {
    const { months, severity } = margin.value;
    expect([months, severity]).toEqual([6, "warning"]);
    const shortIssue: Issue = {
      code: "PASSPORT_REMAINING_VALIDITY_SHORT",
      severity,
      path: ["documents", "PASSPORT", "expiryDate"],
      params: { months },
      basis: margin.basis,
      documentKind: "PASSPORT",
      policyId: P2025.id,
    };
    expect(issuesOf("PASSPORT_VALIDITY", expiring(addDaysToDate(DEPARTURE, 1)))).toEqual([shortIssue]);
    const exact = addMonthsToDate(DEPARTURE, months);
    expect(issuesOf("PASSPORT_VALIDITY", expiring(exact))).toEqual([]);
    expect(issuesOf("PASSPORT_VALIDITY", expiring(addDaysToDate(exact, -1)))).toEqual([shortIssue]);
    const check = checkDossier(expiring(addDaysToDate(exact, -1)), validContext());
    expect(check.ok).toBe(true);
  });

  it("applies the margin only at the departure stage", () => {
    const short = expiring(addDaysToDate(DEPARTURE, 30));
    expect(issuesOf("PASSPORT_VALIDITY", short, { ...validContext(), stage: "SELECTION" })).toEqual([]);
    expect(issuesOf("PASSPORT_VALIDITY", short, { ...validContext(), stage: "REGISTRATION" })).toEqual([]);
    expect(issuesOf("PASSPORT_VALIDITY", short, { ...validContext(), stage: "DEPARTURE" })).toHaveLength(1);
  });

  it("uses the policy's severity and months, and no margin at zero months", () => {
    const strict = definePolicy(P2025, {
      id: "STRICT-PASSPORT",
      parameters: { passportMinimumRemaining: { ...margin, value: { months: 24, severity: "error" } } },
    });
    const context = { ...validContext(), policy: strict };
    const check = checkDossier(expiring(addMonthsToDate(DEPARTURE, 23)), context);
    expect(check.ok).toBe(false);
    expect(issuesOf("PASSPORT_VALIDITY", expiring(addMonthsToDate(DEPARTURE, 23)), context)).toEqual([
      expect.objectContaining({ severity: "error", params: { months: 24 }, policyId: "STRICT-PASSPORT" }),
    ]);
    const none = definePolicy(P2025, {
      id: "NO-MARGIN",
      parameters: { passportMinimumRemaining: { ...margin, value: { months: 0, severity: "error" } } },
    });
    const tomorrow = expiring(addDaysToDate(DEPARTURE, 1));
    expect(issuesOf("PASSPORT_VALIDITY", tomorrow, { ...validContext(), policy: none })).toEqual([]);
  });
});

describe("social security", () => {
  const social = params.socialSecurity;

  it("names each missing programme under the programmes' path", () => {
    const dossier = patch(validDossier(), { SOCSEC_CARD: { programs: [] } });
    expect(issuesOf("SOCIAL_SECURITY", dossier)).toEqual(
      social.value.mandatoryPrograms.map((program) => ({
        code: "SOCSEC_PROGRAM_MISSING",
        severity: "error",
        path: ["documents", "SOCSEC_CARD", "programs"],
        params: { program },
        basis: social.basis,
        documentKind: "SOCSEC_CARD",
        policyId: P2025.id,
      })),
    );
  });

  it("reports an expired pre-work cover under the registration date with the cover's basis", () => {
    const cover = params.preWorkCoverMonths;
    const lastDay = addMonthsToDate(DEPARTURE, -cover.value);
    const late = patch(validDossier(), { SOCSEC_CARD: { registrationDate: addDaysToDate(lastDay, -1) } });
    expect(issuesOf("SOCIAL_SECURITY", late)).toEqual([
      {
        code: "SOCSEC_PRE_WORK_COVER_EXPIRED",
        severity: "error",
        path: ["documents", "SOCSEC_CARD", "registrationDate"],
        params: { months: cover.value },
        basis: cover.basis,
        documentKind: "SOCSEC_CARD",
        policyId: P2025.id,
      },
    ]);
  });

  it("judges no pre-work cover or contribution for a re-entry, whose worker is already placed", () => {
    const firstCard = patch(validDossier(), {
      SOCSEC_CARD: { registrationDate: "2023-11-20", preWorkContribution: 0 },
    });
    const reentry: DossierContext = { ...validContext(), route: "REENTRY" };
    expect(issuesOf("SOCIAL_SECURITY", firstCard, reentry)).toEqual([]);
    expect(issuesOf("SOCIAL_SECURITY", firstCard).map((i) => i.code)).toEqual([
      "SOCSEC_PRE_WORK_COVER_EXPIRED",
      "SOCSEC_CONTRIBUTION_BELOW_TARIFF",
    ]);
    // JKK and JKM are still required of the card.
    const noJkm = patch(firstCard, { SOCSEC_CARD: { programs: ["JKK"] } });
    expect(issuesOf("SOCIAL_SECURITY", noJkm, reentry).map((i) => i.code)).toEqual([
      "SOCSEC_PROGRAM_MISSING",
    ]);
  });

  it("uses the individual route's own cover, with no staged contribution", () => {
    const cover = params.individualPreDepartureCoverMonths;
    const context: DossierContext = { ...validContext(), route: "INDIVIDUAL" };
    const lastDay = addMonthsToDate(DEPARTURE, -cover.value);
    const onLastDay = patch(validDossier(), {
      SOCSEC_CARD: { registrationDate: lastDay, preWorkContribution: 0 },
    });
    expect(issuesOf("SOCIAL_SECURITY", onLastDay, context)).toEqual([]);
    const dayBefore = patch(onLastDay, { SOCSEC_CARD: { registrationDate: addDaysToDate(lastDay, -1) } });
    expect(issuesOf("SOCIAL_SECURITY", dayBefore, context)).toEqual([
      expect.objectContaining({ code: "SOCSEC_PRE_WORK_COVER_EXPIRED", params: { months: cover.value } }),
    ]);
    expect(issuesOf("SOCIAL_SECURITY", dayBefore, context)[0]?.basis).toBe(cover.basis);
  });

  it("compares the contribution with the tariff: below refused, equal or absent accepted", () => {
    const tariff = social.value.preWorkContribution;
    const paying = (preWorkContribution: number | undefined) =>
      patch(validDossier(), { SOCSEC_CARD: { preWorkContribution } });
    expect(issuesOf("SOCIAL_SECURITY", paying(tariff))).toEqual([]);
    expect(issuesOf("SOCIAL_SECURITY", paying(undefined))).toEqual([]);
    expect(issuesOf("SOCIAL_SECURITY", paying(tariff - 1))).toEqual([
      {
        code: "SOCSEC_CONTRIBUTION_BELOW_TARIFF",
        severity: "error",
        path: ["documents", "SOCSEC_CARD", "preWorkContribution"],
        params: { tariff },
        basis: social.basis,
        documentKind: "SOCSEC_CARD",
        policyId: P2025.id,
      },
    ]);
  });
});

describe("worker card", () => {
  const card = params.workerCard;
  const legacyBefore = card.value.legacyIssuedBefore as string;
  const legacy = (issueDate: string) => patch(validDossier(DEPARTURE, "E_PMI"), { E_KPMI: { issueDate } });

  it("accepts the legacy card issued before the switch, and refuses one issued on the switch day", () => {
    expect(card.value).toEqual({ issued: "E_KPMI", legacy: "E_PMI", legacyIssuedBefore: "2025-09-01" });
    expect(issuesOf("WORKER_CARD", legacy(addDaysToDate(legacyBefore, -1)))).toEqual([]);
    expect(checkDossier(legacy(addDaysToDate(legacyBefore, -1)), validContext()).ok).toBe(true);
    expect(issuesOf("WORKER_CARD", legacy(legacyBefore))).toEqual([
      {
        code: "WORKER_CARD_TYPE_NOT_ACCEPTED",
        severity: "error",
        path: ["documents", "E_KPMI", "cardType"],
        params: { cardType: "E_PMI" },
        basis: card.basis,
        documentKind: "E_KPMI",
        policyId: P2025.id,
      },
    ]);
  });

  it("refuses the new card under a policy that issues only the old one", () => {
    const context = { ...validContext(), policy: P2021 };
    expect(P2021.parameters.workerCard.value.legacy).toBeNull();
    expect(issuesOf("WORKER_CARD", validDossier(), context)).toEqual([
      expect.objectContaining({ params: { cardType: "E_KPMI" }, basis: P2021.parameters.workerCard.basis }),
    ]);
    expect(issuesOf("WORKER_CARD", validDossier(DEPARTURE, "E_PMI"), context)).toEqual([]);
  });

  it("accepts a legacy card of any date when the policy sets no switch date", () => {
    const open = definePolicy(P2025, {
      id: "OPEN-LEGACY",
      parameters: { workerCard: { ...card, value: { ...card.value, legacyIssuedBefore: null } } },
    });
    const context = { ...validContext(), policy: open };
    expect(issuesOf("WORKER_CARD", legacy(addDaysToDate(DEPARTURE, -12)), context)).toEqual([]);
  });
});

describe("licences", () => {
  it("refuses each inactive licence under its status path with the rule's basis", () => {
    const dossier = patch(validDossier(), { SIP3MI: { status: "SUSPENDED" }, SIP2MI: { status: "REVOKED" } });
    expect(issuesOf("LICENCES", dossier)).toEqual(
      (["SIP3MI", "SIP2MI"] as const).map((kind) => ({
        code: "LICENCE_NOT_ACTIVE",
        severity: "error",
        path: ["documents", kind, "status"],
        params: { kind },
        basis: basisOf("LICENCES"),
        documentKind: kind,
        policyId: P2025.id,
      })),
    );
    expect(issuesOf("LICENCES", patch(validDossier(), { SIP2MI: { status: "REVOKED" } }))).toHaveLength(1);
  });
});
