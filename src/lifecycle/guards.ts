import { deepFreeze } from "../_lib/deep-freeze.js";
import type { GuardDefinition } from "./guard-types.js";
import { CASE_RECORD_GUARDS } from "./guards/case-records.js";
import { PLACEMENT_GUARDS } from "./guards/placement.js";
import { POST_PLACEMENT_GUARDS } from "./guards/post-placement.js";
import { PRE_PLACEMENT_GUARDS } from "./guards/pre-placement.js";

// One table, written in four modules by phase (guards/); every name of GuardName has exactly one
// entry (the `satisfies` below fails on a missing one, and a name's type on a misspelt one).
const GUARD_TABLE = {
  ...PRE_PLACEMENT_GUARDS,
  ...PLACEMENT_GUARDS,
  ...POST_PLACEMENT_GUARDS,
  ...CASE_RECORD_GUARDS,
} satisfies Record<GuardName, GuardDefinition>;

/**
 * The name of a guard in {@link GUARDS}.
 *
 * @example
 * ```ts
 * const guard: GuardName = "dossierComplete";
 * ```
 */
export type GuardName =
  | "routeProcedural"
  | "ageAtRegistration"
  | "destinationKnown"
  | "jobOrderAssigned"
  | "jobOrderMatches"
  | "jobOrderVerified"
  | "sip2miIssued"
  | "destinationAllowed"
  | "licencesValid"
  | "selectionNotStarted"
  | "selectionInProgress"
  | "selectionPassed"
  | "medicalFit"
  | "placementAgreementSigned"
  | "mandatoryPrograms"
  | "socialSecurityRegistered"
  | "preWorkCoverActive"
  | "oppCompleted"
  | "placementDetailsKnown"
  | "dossierComplete"
  | "pasal13Complete"
  | "employmentContract"
  | "extensionEmployerKnown"
  | "extensionSameEmployer"
  | "extensionBeforeMission"
  | "extensionReportVerified"
  | "extensionConsent"
  | "extensionSocialSecurity"
  | "extensionEndsLater"
  | "reentryVisa"
  | "reentryDocumentsValid"
  | "contractRunning"
  | "returnReasonIsReturn"
  | "returnReasonGiven"
  | "returnVerified"
  | "fitToReturn"
  | "handoverWitnessed"
  | "remainsReported"
  | "remainsInTransit"
  | "remainsArrived"
  | "documentInCase"
  | "complaintIdNew"
  | "complaintFromAbroad"
  | "complaintExists"
  | "complaintStatusAllows";

/**
 * The guards of the transition table, by name. Each carries the issue code it raises, its legal
 * basis, whether the rule is verified, and whether it reads the event's payload. The table
 * ({@link TRANSITIONS}) refers to them by name, so the guide and the diagram list the same rules the
 * engine runs.
 *
 * @example
 * ```ts
 * GUARDS.preWorkCoverActive.basis; //=> "Permenaker 4/2023 (masa perlindungan sebelum bekerja)"
 * ```
 */
export const GUARDS: Readonly<Record<GuardName, GuardDefinition>> = /* @__PURE__ */ deepFreeze(GUARD_TABLE);
