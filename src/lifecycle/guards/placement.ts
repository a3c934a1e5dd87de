import { checkCaseDossier, REENTRY_DOCUMENTS } from "../_lib/dossier.js";
import type { GuardDefinition } from "../guard-types.js";
import type { GuardName } from "../guards.js";
import type { EventOf } from "../schemas.js";

/**
 * The guards of the placement phase (UU 18/2017 Pasal 16–18; LIFECYCLE.md §2): the contract extension and
 * a home leave's re-entry. Part of {@link GUARDS}.
 * @internal
 */
export const PLACEMENT_GUARDS = {
  extensionEmployerKnown: {
    code: "GUARD_EXTENSION_EMPLOYER_UNKNOWN",
    description:
      "The original employer is known (from the job order or the start of work), so the same-employer rule can be judged.",
    basis: "Perban BP2MI 1/2020 (ringkasan sekunder)",
    verified: false,
    // The case alone decides it: availableEvents judges it, where the payload check stays pending.
    reads: [],
    check: (c) => c.employerId !== null,
  },
  extensionSameEmployer: {
    code: "GUARD_EXTENSION_EMPLOYER_CHANGED",
    description: "The extension is with the same employer.",
    // REGULATIONS.md §5.1 takes "same employer" from a secondary summary of Perban 1/2020, not from
    // UU 18/2017 Pasal 18 (which says only that the contract changes with both parties' consent).
    basis: "Perban BP2MI 1/2020 (ringkasan sekunder)",
    verified: false,
    reads: ["payload"],
    // An unknown original employer is extensionEmployerKnown's refusal.
    check: (c, e) => c.employerId === null || (e as EventOf<"ExtensionApproved">).employerId === c.employerId,
  },
  extensionBeforeMission: {
    code: "GUARD_EXTENSION_NOT_BEFORE_MISSION",
    description: "The extension is executed before the competent official of the Indonesian mission.",
    basis: "UU 18/2017 Pasal 17",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => (e as EventOf<"ExtensionApproved">).executedBeforeMissionOfficial,
  },
  extensionReportVerified: {
    code: "GUARD_EXTENSION_NOT_VERIFIED",
    description: "The mission verified the extension report.",
    basis: "UU 18/2017 Pasal 25–26",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => (e as EventOf<"ExtensionApproved">).reportVerifiedByMission,
  },
  extensionConsent: {
    code: "GUARD_EXTENSION_CONSENT_MISSING",
    description: "The family consent is renewed for the extension.",
    basis: "Perban BP2MI 1/2020 (ringkasan sekunder)",
    verified: false,
    reads: ["payload"],
    check: (_c, e) => (e as EventOf<"ExtensionApproved">).familyConsentRenewed,
  },
  extensionSocialSecurity: {
    code: "GUARD_EXTENSION_SOCIAL_SECURITY_MISSING",
    description: "Social security is extended for the extension period.",
    basis: "Perban BP2MI 1/2020 (ringkasan sekunder); Permenaker 4/2023",
    verified: false,
    reads: ["payload"],
    check: (_c, e) => (e as EventOf<"ExtensionApproved">).socialSecurityExtended,
  },
  extensionEndsLater: {
    code: "GUARD_EXTENSION_END_NOT_LATER",
    description: "The extended contract ends after the current end date (when that is known).",
    basis: "UU 18/2017 Pasal 16–17",
    verified: true,
    reads: ["payload"],
    check: (c, e) =>
      c.contractEndDate === null || (e as EventOf<"ExtensionApproved">).contractEndDate > c.contractEndDate,
  },
  reentryVisa: {
    code: "GUARD_REENTRY_VISA_MISSING",
    description: "A re-entry visa is in the dossier.",
    basis: "Surat BP2MI 16 Agustus 2023 (REGULATIONS.md §13)",
    verified: true,
    reads: [],
    check: (c) => Object.hasOwn(c.documents, "REENTRY_VISA"),
  },
  reentryDocumentsValid: {
    code: REENTRY_DOCUMENTS.code,
    description:
      "The passport and the re-entry visa pass the documents rules of the re-entry scheme on the event's date (a visa or passport that has expired is refused).",
    basis: `${REENTRY_DOCUMENTS.basis}; LIFECYCLE.md §1`,
    verified: true,
    reads: ["date", "policy"],
    // A missing visa is reentryVisa's refusal.
    check: (c, _e, context) =>
      !Object.hasOwn(c.documents, "REENTRY_VISA") || checkCaseDossier(c, context, REENTRY_DOCUMENTS),
  },
  contractRunning: {
    code: "GUARD_CONTRACT_ENDED",
    description: "The employment contract has not ended on the event's date (when its end date is known).",
    basis: "Surat BP2MI 16 Agustus 2023 (REGULATIONS.md §13); LIFECYCLE.md §1",
    verified: true,
    reads: ["date"],
    check: (c, _e, context) => c.contractEndDate === null || context.date <= c.contractEndDate,
    params: (c) => ({ date: c.contractEndDate as string }),
  },
} satisfies Partial<Record<GuardName, GuardDefinition>>;
