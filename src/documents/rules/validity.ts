import { compareMonthsAfter } from "../../_lib/dates/windows.js";
import type { DocumentKind } from "../kinds.js";
import {
  missingMandatoryPrograms,
  preWorkCoverActive,
  preWorkCoverJudged,
  preWorkCoverParameter,
  preWorkCoverSeverity,
} from "../predicates.js";
import { defineRule, ruleBasisText } from "./rule.js";
import { before, type RuleState, report, severityOf } from "./state.js";

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
    report(state, "DOCUMENT_DATES_INCONSISTENT", ["documents", kind, expires], {
      basis: datesBasis(),
      documentKind: kind,
      params: { kind },
    });
    return;
  }
  if (from !== undefined && before(on, from)) {
    report(state, "DOCUMENT_NOT_YET_VALID", ["documents", kind, issued], {
      basis: datesBasis(),
      documentKind: kind,
      params: {
        kind,
      },
    });
  }
  if (until !== undefined && before(until, on)) {
    report(state, "DOCUMENT_EXPIRED", ["documents", kind, expires], {
      basis: datesBasis(),
      documentKind: kind,
      params: {
        kind,
      },
    });
  }
}

/**
 * Every dated document is issued on or before the decisive date and, when it has an end date, still
 * valid on it (an end date is inclusive: a visa valid until the departure day is valid). Written out
 * kind by kind, in catalogue order, so each field is read directly (no keyed lookups).
 */
function checkDocumentDates(state: RuleState): void {
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

/** Health certificate: fit, inside its window, not void by pregnancy when the policy says so. */
function checkHealthCertificate(state: RuleState): void {
  const cert = state.docs.HEALTH_CERT;
  if (cert === undefined) return;
  const { healthCertificateValidityMonths: window, pregnancyVoidsHealthCertificate: pregnancy } =
    state.policy.parameters;
  if (cert.conclusion !== "FIT") {
    report(state, "HEALTH_CERT_NOT_FIT", ["documents", "HEALTH_CERT", "conclusion"], {
      basis: healthBasis(),
      documentKind: "HEALTH_CERT",
    });
  }
  // Valid through issue date + N months: the day N months later is the last valid day.
  if (compareMonthsAfter(cert.issueDate, window.value, state.context.decisiveDate) < 0) {
    report(state, "HEALTH_CERT_WINDOW_EXCEEDED", ["documents", "HEALTH_CERT", "issueDate"], {
      basis: window.basis,
      documentKind: "HEALTH_CERT",
      params: { months: window.value },
      severity: severityOf(window),
    });
  }
  if (pregnancy.value && state.worker?.pregnant === true) {
    report(state, "HEALTH_CERT_VOID_PREGNANCY", ["worker", "pregnant"], {
      basis: pregnancy.basis,
      documentKind: "HEALTH_CERT",
      severity: severityOf(pregnancy),
    });
  }
}

/**
 * Passport: expiry strictly after the decisive date (LIFECYCLE §5 `expiryDate > departureDate`, so
 * a passport expiring on the departure day is refused), then at departure the policy's minimum
 * remaining validity.
 */
function checkPassport(state: RuleState): void {
  const passport = state.docs.PASSPORT;
  if (passport === undefined) return;
  const on = state.context.decisiveDate;
  if (!before(on, passport.expiryDate)) {
    report(state, "PASSPORT_EXPIRES_BEFORE_DEPARTURE", ["documents", "PASSPORT", "expiryDate"], {
      basis: ruleBasisText(PASSPORT_VALIDITY),
      documentKind: "PASSPORT",
    });
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
    report(state, "PASSPORT_REMAINING_VALIDITY_SHORT", path, {
      basis: margin.basis,
      documentKind: "PASSPORT",
      params: { months },
      severity: severity,
    });
  }
}

/**
 * Social security: mandatory programmes, pre-work cover window, pre-work contribution. The
 * programmes and the cover window are the predicates the lifecycle's `mandatoryPrograms` and
 * `preWorkCoverActive` guards share.
 */
function checkSocialSecurity(state: RuleState): void {
  const card = state.docs.SOCSEC_CARD;
  if (card === undefined) return;
  const { policy, context } = state;
  const { socialSecurity } = policy.parameters;
  const missing = missingMandatoryPrograms(card.programs, policy);
  for (const program of missing) {
    report(state, "SOCSEC_PROGRAM_MISSING", ["documents", "SOCSEC_CARD", "programs"], {
      basis: socialSecurity.basis,
      documentKind: "SOCSEC_CARD",
      params: { program },
    });
  }
  if (!preWorkCoverJudged(context.route)) return;
  if (!preWorkCoverActive(card.registrationDate, context.decisiveDate, context.route, policy)) {
    const cover = preWorkCoverParameter(context.route, policy);
    report(state, "SOCSEC_PRE_WORK_COVER_EXPIRED", ["documents", "SOCSEC_CARD", "registrationDate"], {
      basis: cover.basis,
      documentKind: "SOCSEC_CARD",
      params: { months: cover.value },
      severity: preWorkCoverSeverity(context.route, policy),
    });
  }
  const tariff = socialSecurity.value.preWorkContribution;
  // An individual PMI pays during+after at once, with no staged pre-work contribution.
  if (
    context.route !== "INDIVIDUAL" &&
    card.preWorkContribution !== undefined &&
    card.preWorkContribution < tariff
  ) {
    report(state, "SOCSEC_CONTRIBUTION_BELOW_TARIFF", ["documents", "SOCSEC_CARD", "preWorkContribution"], {
      basis: socialSecurity.basis,
      documentKind: "SOCSEC_CARD",
      params: { tariff },
    });
  }
}

/** The card type is the one the policy issues, or an older card issued before the switch. */
function checkWorkerCard(state: RuleState): void {
  const card = state.docs.E_KPMI;
  if (card === undefined) return;
  const param = state.policy.parameters.workerCard;
  const { issued, legacy, legacyIssuedBefore } = param.value;
  if (card.cardType === issued) return;
  const legacyOk =
    card.cardType === legacy && (legacyIssuedBefore === null || before(card.issueDate, legacyIssuedBefore));
  if (!legacyOk) {
    report(state, "WORKER_CARD_TYPE_NOT_ACCEPTED", ["documents", "E_KPMI", "cardType"], {
      basis: param.basis,
      documentKind: "E_KPMI",
      params: {
        cardType: card.cardType,
      },
    });
  }
}

/** SIP3MI and SIP2MI are active. */
function checkLicences(state: RuleState): void {
  for (const kind of ["SIP3MI", "SIP2MI"] as const) {
    const licence = state.docs[kind];
    if (licence !== undefined && licence.status !== "ACTIVE") {
      report(state, "LICENCE_NOT_ACTIVE", ["documents", kind, "status"], {
        basis: licencesBasis(),
        documentKind: kind,
        params: { kind },
      });
    }
  }
}

/** The rules' bases, looked up only when an issue is reported. */
function healthBasis(): string {
  return ruleBasisText(HEALTH_CERTIFICATE);
}

function licencesBasis(): string {
  return ruleBasisText(LICENCES);
}

function datesBasis(): string {
  return ruleBasisText(DOCUMENT_DATES);
}

/** The health certificate. @internal */
export const HEALTH_CERTIFICATE = defineRule({
  id: "HEALTH_CERTIFICATE",
  title: {
    id: "Surat keterangan sehat menyatakan fit, diterbitkan paling lama N bulan sebelum tanggal yang menentukan (hari terakhir masih berlaku).",
    en: "The health certificate concludes fit and was issued at most N months before the decisive date (the last day still counts).",
  },
  codes: ["HEALTH_CERT_NOT_FIT", "HEALTH_CERT_WINDOW_EXCEEDED", "HEALTH_CERT_VOID_PREGNANCY"],
  basis: [["UU18_P5", "huruf c"], ["UU18_P13", "huruf d"], "PERPRES_64_2011_P14"],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkHealthCertificate,
});

/** The passport's validity at departure. @internal */
export const PASSPORT_VALIDITY = defineRule({
  id: "PASSPORT_VALIDITY",
  title: {
    id: "Paspor habis berlaku sesudah tanggal keberangkatan (habis pada hari keberangkatan ditolak); sisa masa berlaku minimal sesuai kebijakan.",
    en: "The passport expires after the departure date (expiring on the departure day is refused); minimum remaining validity per policy.",
  },
  codes: ["PASSPORT_EXPIRES_BEFORE_DEPARTURE", "PASSPORT_REMAINING_VALIDITY_SHORT"],
  basis: [["UU18_P13", "huruf e"], "PERMENKUMHAM_18_2022"],
  // It reads an unverified parameter: the remaining-validity margin (passportMinimumRemaining).
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkPassport,
});

/** Every dated document's dates. @internal */
export const DOCUMENT_DATES = defineRule({
  id: "DOCUMENT_DATES",
  title: {
    id: "Dokumen sudah diterbitkan dan masih berlaku pada tanggal yang menentukan (berlaku sampai dengan tanggal akhirnya).",
    en: "Documents are issued and still valid on the decisive date (valid through their end date).",
  },
  codes: ["DOCUMENT_NOT_YET_VALID", "DOCUMENT_EXPIRED", "DOCUMENT_DATES_INCONSISTENT"],
  basis: [["UU18_P8", "huruf a"]],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkDocumentDates,
});

/** Social-security programmes, cover and contribution. @internal */
export const SOCIAL_SECURITY = defineRule({
  id: "SOCIAL_SECURITY",
  title: {
    id: "JKK dan JKM terdaftar; perlindungan sebelum bekerja masih berjalan pada tanggal yang menentukan dan iurannya sesuai tarif (tidak untuk re-entry).",
    en: "JKK and JKM registered; pre-work cover still running on the decisive date, its contribution per tariff (not for a re-entry).",
  },
  codes: ["SOCSEC_PROGRAM_MISSING", "SOCSEC_PRE_WORK_COVER_EXPIRED", "SOCSEC_CONTRIBUTION_BELOW_TARIFF"],
  basis: [["UU18_P5", "huruf d"], "PERMENAKER_4_2023_P18", "PERMENAKER_4_2023_COVER"],
  // It reads an unverified parameter: the individual route's cover (individualPreDepartureCoverMonths).
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkSocialSecurity,
});

/** The worker card type. @internal */
export const WORKER_CARD = defineRule({
  id: "WORKER_CARD",
  title: {
    id: "Jenis kartu PMI (E-PMI/E-KPMI) diterima oleh kebijakan yang berlaku.",
    en: "The worker card type (E-PMI/E-KPMI) is accepted by the policy in force.",
  },
  codes: ["WORKER_CARD_TYPE_NOT_ACCEPTED"],
  basis: ["PERMEN_P2MI_34_2025_P14"],
  // It reads an unverified parameter: ID-2025-P2MI's card switch day is a placeholder (workerCard).
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkWorkerCard,
});

/** The placement company's licences. @internal */
export const LICENCES = defineRule({
  id: "LICENCES",
  title: {
    id: "SIP3MI dan SIP2MI aktif (tidak dicabut atau dibekukan).",
    en: "SIP3MI and SIP2MI are active (not revoked or suspended).",
  },
  codes: ["LICENCE_NOT_ACTIVE"],
  basis: ["UU18_P51", "UU18_P57_58", "UU18_P59", ["PERMEN_P2MI_4_2025_P9", "huruf a–b"]],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkLicences,
});
