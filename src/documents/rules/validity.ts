import { compareMonthsAfter } from "../../_lib/dates/windows.js";
import type { DocumentKind } from "../kinds.js";
import { ruleBasis } from "../rule-catalogue.js";
import { before, type RuleState, report } from "./state.js";

/**
 * Judges one document's dates: issued on or before `on`, and (when it has an end date) still valid
 * on it, the end date inclusive.
 */
function judgeDates(
  state: RuleState,
  kind: DocumentKind,
  from: string | undefined,
  until: string | undefined,
  issued: string,
  expires: string,
): void {
  const on = state.context.decisiveDate;
  if (from !== undefined && until !== undefined && before(until, from)) {
    report(
      state,
      "DOCUMENT_DATES_INCONSISTENT",
      ["documents", kind, expires],
      ruleBasis("DOCUMENT_DATES"),
      kind,
      { kind },
    );
    return;
  }
  if (from !== undefined && before(on, from)) {
    report(state, "DOCUMENT_NOT_YET_VALID", ["documents", kind, issued], ruleBasis("DOCUMENT_DATES"), kind, {
      kind,
    });
  }
  if (until !== undefined && before(until, on)) {
    report(state, "DOCUMENT_EXPIRED", ["documents", kind, expires], ruleBasis("DOCUMENT_DATES"), kind, {
      kind,
    });
  }
}

/**
 * Every dated document is issued on or before the decisive date and, when it has an end date, still
 * valid on it (an end date is inclusive: a visa valid until the departure day is valid). Written out
 * kind by kind, in catalogue order, so each field is read directly (no keyed lookups). @internal
 */
export function checkDocumentDates(state: RuleState): void {
  const d = state.docs;
  const u = undefined;
  const j = judgeDates;
  if (d.MARITAL_STATUS) j(state, "MARITAL_STATUS", d.MARITAL_STATUS.issueDate, u, "issueDate", "");
  if (d.FAMILY_CONSENT) j(state, "FAMILY_CONSENT", d.FAMILY_CONSENT.signedDate, u, "signedDate", "");
  if (d.COMPETENCY_CERT) {
    const c = d.COMPETENCY_CERT;
    j(state, "COMPETENCY_CERT", c.issueDate, c.expiryDate, "issueDate", "expiryDate");
  }
  if (d.HEALTH_CERT) {
    const c = d.HEALTH_CERT;
    j(state, "HEALTH_CERT", c.issueDate, c.validUntil, "issueDate", "validUntil");
  }
  if (d.PASSPORT) j(state, "PASSPORT", d.PASSPORT.issueDate, u, "issueDate", "");
  if (d.SKCK) j(state, "SKCK", d.SKCK.issueDate, d.SKCK.expiryDate, "issueDate", "expiryDate");
  if (d.WORK_VISA) {
    const v = d.WORK_VISA;
    j(state, "WORK_VISA", v.validFrom, v.validUntil, "validFrom", "validUntil");
  }
  if (d.REENTRY_VISA) j(state, "REENTRY_VISA", u, d.REENTRY_VISA.validUntil, "", "validUntil");
  if (d.PLACEMENT_AGREEMENT) {
    j(state, "PLACEMENT_AGREEMENT", d.PLACEMENT_AGREEMENT.signedDate, u, "signedDate", "");
  }
  if (d.EMPLOYMENT_CONTRACT) {
    j(state, "EMPLOYMENT_CONTRACT", d.EMPLOYMENT_CONTRACT.signedDate, u, "signedDate", "");
  }
  if (d.SOCSEC_CARD) {
    j(state, "SOCSEC_CARD", d.SOCSEC_CARD.registrationDate, u, "registrationDate", "");
  }
  if (d.OPP_CERT) j(state, "OPP_CERT", d.OPP_CERT.date, u, "date", "");
  if (d.E_KPMI) j(state, "E_KPMI", d.E_KPMI.issueDate, d.E_KPMI.expiryDate, "issueDate", "expiryDate");
  if (d.SIP3MI) j(state, "SIP3MI", d.SIP3MI.issueDate, d.SIP3MI.expiryDate, "issueDate", "expiryDate");
  if (d.SIP2MI) j(state, "SIP2MI", d.SIP2MI.issueDate, d.SIP2MI.expiryDate, "issueDate", "expiryDate");
  if (d.COOP_AGREEMENT) j(state, "COOP_AGREEMENT", d.COOP_AGREEMENT.signedDate, u, "signedDate", "");
  if (d.CALL_LETTER) j(state, "CALL_LETTER", d.CALL_LETTER.date, u, "date", "");
  if (d.RISK_STATEMENT) j(state, "RISK_STATEMENT", d.RISK_STATEMENT.signedDate, u, "signedDate", "");
}

/** Health certificate: fit, inside its window, not void by pregnancy when the policy says so. @internal */
export function checkHealthCertificate(state: RuleState): void {
  const cert = state.docs.HEALTH_CERT;
  if (cert === undefined) return;
  const { healthCertificateValidityMonths: window, pregnancyVoidsHealthCertificate: pregnancy } =
    state.policy.parameters;
  if (cert.conclusion !== "FIT") {
    report(
      state,
      "HEALTH_CERT_NOT_FIT",
      ["documents", "HEALTH_CERT", "conclusion"],
      healthBasis(),
      "HEALTH_CERT",
    );
  }
  // Valid through issue date + N months: the day N months later is the last valid day.
  if (compareMonthsAfter(cert.issueDate, window.value, state.context.decisiveDate) < 0) {
    report(
      state,
      "HEALTH_CERT_WINDOW_EXCEEDED",
      ["documents", "HEALTH_CERT", "issueDate"],
      window.basis,
      "HEALTH_CERT",
      {
        months: window.value,
      },
    );
  }
  if (pregnancy.value && state.worker?.pregnant === true) {
    report(state, "HEALTH_CERT_VOID_PREGNANCY", ["worker", "pregnant"], pregnancy.basis, "HEALTH_CERT");
  }
}

/**
 * Passport: expiry strictly after the decisive date (LIFECYCLE §5 `expiryDate > departureDate`, so
 * a passport expiring on the departure day is refused), then at departure the policy's minimum
 * remaining validity. @internal
 */
export function checkPassport(state: RuleState): void {
  const passport = state.docs.PASSPORT;
  if (passport === undefined) return;
  const on = state.context.decisiveDate;
  if (!before(on, passport.expiryDate)) {
    report(
      state,
      "PASSPORT_EXPIRES_BEFORE_DEPARTURE",
      ["documents", "PASSPORT", "expiryDate"],
      ruleBasis("PASSPORT_VALIDITY"),
      "PASSPORT",
    );
    return;
  }
  const margin = state.policy.parameters.passportMinimumRemaining;
  const { months, severity } = margin.value;
  if (
    state.context.stage === "DEPARTURE" &&
    months > 0 &&
    compareMonthsAfter(on, months, passport.expiryDate) > 0
  ) {
    const path = ["documents", "PASSPORT", "expiryDate"];
    report(state, "PASSPORT_REMAINING_VALIDITY_SHORT", path, margin.basis, "PASSPORT", { months }, severity);
  }
}

/** Social security: mandatory programmes, pre-work cover window, pre-work contribution. @internal */
export function checkSocialSecurity(state: RuleState): void {
  const card = state.docs.SOCSEC_CARD;
  if (card === undefined) return;
  const { socialSecurity, preWorkCoverMonths, individualPreDepartureCoverMonths } = state.policy.parameters;
  for (const program of socialSecurity.value.mandatoryPrograms) {
    if (!card.programs.includes(program)) {
      report(
        state,
        "SOCSEC_PROGRAM_MISSING",
        ["documents", "SOCSEC_CARD", "programs"],
        socialSecurity.basis,
        "SOCSEC_CARD",
        { program },
      );
    }
  }
  const cover = state.context.route === "INDIVIDUAL" ? individualPreDepartureCoverMonths : preWorkCoverMonths;
  if (compareMonthsAfter(card.registrationDate, cover.value, state.context.decisiveDate) < 0) {
    report(
      state,
      "SOCSEC_PRE_WORK_COVER_EXPIRED",
      ["documents", "SOCSEC_CARD", "registrationDate"],
      cover.basis,
      "SOCSEC_CARD",
      { months: cover.value },
    );
  }
  const tariff = socialSecurity.value.preWorkContribution;
  // An individual PMI pays during+after at once, with no staged pre-work contribution.
  if (
    state.context.route !== "INDIVIDUAL" &&
    card.preWorkContribution !== undefined &&
    card.preWorkContribution < tariff
  ) {
    report(
      state,
      "SOCSEC_CONTRIBUTION_BELOW_TARIFF",
      ["documents", "SOCSEC_CARD", "preWorkContribution"],
      socialSecurity.basis,
      "SOCSEC_CARD",
      { tariff },
    );
  }
}

/** The card type is the one the policy issues, or an older card issued before the switch. @internal */
export function checkWorkerCard(state: RuleState): void {
  const card = state.docs.E_KPMI;
  if (card === undefined) return;
  const param = state.policy.parameters.workerCard;
  const { issued, legacy, legacyIssuedBefore } = param.value;
  if (card.cardType === issued) return;
  const legacyOk =
    card.cardType === legacy && (legacyIssuedBefore === null || before(card.issueDate, legacyIssuedBefore));
  if (!legacyOk) {
    report(
      state,
      "WORKER_CARD_TYPE_NOT_ACCEPTED",
      ["documents", "E_KPMI", "cardType"],
      param.basis,
      "E_KPMI",
      {
        cardType: card.cardType,
      },
    );
  }
}

/** SIP3MI and SIP2MI are active. @internal */
export function checkLicences(state: RuleState): void {
  for (const kind of ["SIP3MI", "SIP2MI"] as const) {
    const licence = state.docs[kind];
    if (licence !== undefined && licence.status !== "ACTIVE") {
      report(state, "LICENCE_NOT_ACTIVE", ["documents", kind, "status"], licencesBasis(), kind, { kind });
    }
  }
}

/** The rules' bases, looked up only when an issue is reported. */
function healthBasis(): string {
  return ruleBasis("HEALTH_CERTIFICATE");
}

function licencesBasis(): string {
  return ruleBasis("LICENCES");
}
