import { deepFreeze } from "../_lib/deep-freeze.js";
import { createIssue, type Issue } from "../core/index.js";
import {
  meetsMinimumAge,
  missingMandatoryPrograms,
  preWorkCoverActive,
  preWorkCoverParameter,
  preWorkCoverSeverity,
} from "../documents/predicates.js";
import { POLICIES, type Policy } from "../policies/index.js";
import { checkCaseDossier, dossierMayPass, pasal13Kinds } from "./_lib/dossier.js";
import type { Case, Complaint } from "./case.js";
import {
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  type ComplaintStatus,
  type ComplaintTransition,
} from "./complaints.js";
import type { GuardContext, GuardDefinition, GuardVerdict } from "./guard-types.js";
import { RETURN_OUTCOMES, type ReturnOutcome } from "./return-outcomes.js";
import { ROUTE_REQUIREMENTS } from "./route-requirements.js";
import type { EventOf, LifecycleEvent } from "./schemas.js";

// The message names the earliest shipped policy, as `checkDossier` does (the date judged is the event's).
const noPolicy = (_context: GuardContext): readonly Issue[] => [
  createIssue("POLICY_NOT_IN_FORCE", [], { params: { earliest: (POLICIES[0] as Policy).effectiveFrom } }),
];

const requirementsOf = (current: Case) =>
  current.route === undefined ? undefined : ROUTE_REQUIREMENTS[current.route];

const complaintOf = (current: Case, event: LifecycleEvent) => {
  const id = (event as { complaintId?: string }).complaintId;
  for (const complaint of current.complaints) if (complaint.id === id) return complaint;
  return undefined;
};

const complaintFrom = (event: LifecycleEvent): readonly ComplaintStatus[] =>
  (COMPLAINT_TRANSITIONS.find((transition) => transition.event === event.type) as ComplaintTransition).from;

const GUARD_TABLE = {
  routeProcedural: {
    code: "GUARD_ROUTE_NONPROCEDURAL",
    description: "The route of a registration is an official (procedural) route.",
    basis: "UU 18/2017 Pasal 1 angka 1; REGULATIONS.md §15",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => (e as EventOf<"Registered">).route !== "NONPROCEDURAL",
  },
  ageAtRegistration: {
    code: "GUARD_AGE_BELOW_MINIMUM",
    description:
      "The worker has the policy's minimum age on the registration date (when the birth date is known).",
    basis: "UU 18/2017 Pasal 5 huruf a",
    verified: true,
    reads: ["payload", "date", "policy"],
    check: (_c, e, context) => {
      const birthDate = (e as EventOf<"Registered">).worker?.birthDate;
      if (birthDate === undefined) return true;
      // No policy in force (before UU 18/2017): no minimum age to judge by, whatever the birth date.
      if (context.policy === undefined) return noPolicy(context);
      // The predicate the dossier rule MINIMUM_AGE uses (its own code: AGE_BELOW_MINIMUM_AT_REGISTRATION
      // names the document path of the birth date; this guard judges the event's payload).
      return meetsMinimumAge(birthDate, context.date, context.policy);
    },
    // Called only on a `false` verdict, which needs a policy.
    params: (_c, _e, context) => ({ minimumAge: (context.policy as Policy).parameters.minimumAge.value }),
  },
  destinationKnown: {
    code: "GUARD_DESTINATION_REQUIRED",
    description: "A case opened abroad or on return names the destination country.",
    basis: "UU 18/2017 Pasal 21 ayat (1)",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => (e as { destination?: string }).destination !== undefined,
  },
  jobOrderAssigned: {
    code: "GUARD_JOB_ORDER_MISSING",
    description: "A job order is assigned before selection (for the job order).",
    basis: "UU 18/2017 Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–b",
    verified: true,
    reads: [],
    check: (c) => c.jobOrderId !== undefined,
  },
  jobOrderVerified: {
    code: "GUARD_JOB_ORDER_NOT_VERIFIED",
    description: "The job order was verified by the mission (labour attaché) before selection.",
    basis: "UU 18/2017 Pasal 9 ayat (2), Pasal 10",
    verified: true,
    reads: [],
    check: (c) => c.jobOrderId === undefined || c.jobOrderVerified === true,
  },
  sip2miIssued: {
    code: "GUARD_SIP2MI_MISSING",
    description: "For a P3MI placement, the SIP2MI for the job order was issued before selection.",
    basis: "UU 18/2017 Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–b",
    verified: true,
    reads: [],
    check: (c) => c.jobOrderId === undefined || requirementsOf(c)?.sip2mi !== true || c.sip2miIssued === true,
  },
  selectionNotStarted: {
    code: "GUARD_SELECTION_ALREADY_STARTED",
    description: "Selection starts once per case.",
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c",
    verified: true,
    reads: [],
    check: (c) => c.milestones.SelectionStarted === null,
  },
  selectionInProgress: {
    code: "GUARD_SELECTION_NOT_IN_PROGRESS",
    description: "Selection was started and has no result yet.",
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c–d",
    verified: true,
    reads: [],
    check: (c) => c.milestones.SelectionStarted !== null && c.milestones.SelectionPassed === null,
  },
  selectionPassed: {
    code: "GUARD_SELECTION_NOT_PASSED",
    description: "Selection at the Disnaker/LTSA passed (routes with selection).",
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c–d",
    verified: true,
    reads: [],
    check: (c) => requirementsOf(c)?.selection !== true || c.milestones.SelectionPassed !== null,
  },
  medicalFit: {
    code: "GUARD_MEDICAL_NOT_FIT",
    description: "A medical and psychological examination concluded fit to work.",
    basis: "UU 18/2017 Pasal 5 huruf c, Pasal 13 huruf d",
    verified: true,
    reads: [],
    check: (c) => c.milestones.MedicalFit !== null,
  },
  placementAgreementSigned: {
    code: "GUARD_PLACEMENT_AGREEMENT_MISSING",
    description: "The placement agreement was signed (routes with an implementer).",
    basis: "UU 18/2017 Pasal 13 huruf g",
    verified: true,
    reads: [],
    check: (c) =>
      requirementsOf(c)?.placementAgreement !== true || c.milestones.PlacementAgreementSigned !== null,
  },
  mandatoryPrograms: {
    code: "GUARD_SOCIAL_SECURITY_PROGRAMS_MISSING",
    description: "The registration covers every mandatory programme of the policy (JKK and JKM).",
    basis: "UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023",
    verified: true,
    reads: ["payload", "policy"],
    check: (_c, e, context) => {
      if (context.policy === undefined) return noPolicy(context);
      // The predicate the dossier rule SOCIAL_SECURITY uses (which raises SOCSEC_PROGRAM_MISSING per
      // programme on the card's path; this guard judges the event's payload, once for all programmes).
      const programs: readonly string[] = (e as EventOf<"SocialSecurityRegistered">).programs;
      return missingMandatoryPrograms(programs, context.policy).length === 0;
    },
    params: (_c, _e, context) => ({
      programs: (context.policy as Policy).parameters.socialSecurity.value.mandatoryPrograms.join(", "),
    }),
  },
  socialSecurityRegistered: {
    code: "GUARD_SOCIAL_SECURITY_MISSING",
    description: "Social security (JKK, JKM) was registered before departure.",
    basis: "UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023",
    verified: true,
    reads: [],
    check: (c) => c.preWorkCoverFrom !== undefined,
  },
  preWorkCoverActive: {
    code: "GUARD_PRE_WORK_COVER_EXPIRED",
    description:
      "The latest social-security registration is at most the route's pre-work cover months before departure (a lapse the policy marks as a warning does not refuse).",
    basis: "Permenaker 4/2023 (masa perlindungan sebelum bekerja)",
    verified: false,
    reads: ["date", "policy"],
    check: (c, _e, context) => {
      if (c.preWorkCoverFrom === undefined) return true;
      if (context.policy === undefined) return noPolicy(context);
      // The predicate and parameter the dossier rule SOCIAL_SECURITY uses (SOCSEC_PRE_WORK_COVER_EXPIRED
      // there, on the card's path): the individual route's 1-month pre-departure JKM cover, else the
      // 5-month pre-work cover (REGULATIONS.md §11). The last day counts.
      if (preWorkCoverActive(c.preWorkCoverFrom, context.date, c.route, context.policy)) return true;
      // A lapse the policy marks as a warning (the individual route's, UNVERIFIED) does not refuse the
      // departure, as it does not make checkDossier's verdict false.
      return preWorkCoverSeverity(c.route, context.policy) === "warning";
    },
    params: (c, _e, context) => ({
      months: preWorkCoverParameter(c.route, context.policy as Policy).value,
    }),
  },
  oppCompleted: {
    code: "GUARD_OPP_MISSING",
    description: "The pre-departure orientation (OPP) was attended.",
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e",
    verified: true,
    reads: [],
    check: (c) => c.milestones.OppCompleted !== null,
  },
  placementDetailsKnown: {
    code: "GUARD_PLACEMENT_DETAILS_MISSING",
    description: "Destination, worker category and employer type are known, so the dossier can be judged.",
    basis: "UU 18/2017 Pasal 13",
    verified: true,
    reads: [],
    check: (c) => {
      const missing: Issue[] = [];
      for (const field of ["destination", "workerCategory", "employerType"] as const) {
        if (c[field] === undefined) {
          missing.push(
            createIssue("GUARD_PLACEMENT_DETAILS_MISSING", [], {
              params: { field },
              basis: "UU 18/2017 Pasal 13",
            }),
          );
        }
      }
      return missing.length === 0 ? true : missing;
    },
  },
  dossierComplete: {
    code: "GUARD_DOSSIER_INCOMPLETE",
    description:
      "The full dossier check (every Pasal 13 document, age, destination rules) passes on the event's date.",
    basis: "UU 18/2017 Pasal 5, Pasal 13",
    verified: true,
    reads: ["date", "policy"],
    // A dossier that lacks a required kind is refused (rule REQUIRED_DOCUMENTS) whatever the date.
    necessary: (c) => dossierMayPass(c),
    check: (c, _e, context) => checkCaseDossier(c, context),
  },
  pasal13Complete: {
    code: "GUARD_DOSSIER_INCOMPLETE",
    description: "The eight documents of UU 18/2017 Pasal 13 are present and valid on the event's date.",
    basis: "UU 18/2017 Pasal 13",
    verified: true,
    reads: ["date", "policy"],
    check: (c, _e, context) => checkCaseDossier(c, context, pasal13Kinds()),
  },
  employmentContract: {
    code: "GUARD_EMPLOYMENT_CONTRACT_MISSING",
    description: "A signed employment contract (Perjanjian Kerja) is in the dossier.",
    basis: "UU 18/2017 Pasal 13 huruf h, Pasal 15 ayat (1)",
    verified: true,
    reads: [],
    check: (c) => c.documents.EMPLOYMENT_CONTRACT !== undefined,
  },
  extensionSameEmployer: {
    code: "GUARD_EXTENSION_EMPLOYER_CHANGED",
    description: "The extension is with the same employer.",
    basis: "UU 18/2017 Pasal 18; Perban BP2MI 1/2020 (ringkasan sekunder)",
    verified: true,
    reads: ["payload"],
    check: (c, e): GuardVerdict => {
      if (c.employerId === undefined) {
        return [createIssue("GUARD_EXTENSION_EMPLOYER_UNKNOWN", [], { basis: "UU 18/2017 Pasal 18" })];
      }
      return (e as EventOf<"ExtensionApproved">).employerId === c.employerId;
    },
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
      c.contractEndDate === undefined ||
      (e as EventOf<"ExtensionApproved">).contractEndDate > c.contractEndDate,
  },
  reentryVisa: {
    code: "GUARD_REENTRY_VISA_MISSING",
    description: "A re-entry visa is in the dossier.",
    basis: "Surat BP2MI 16 Agustus 2023 (REGULATIONS.md §13)",
    verified: true,
    reads: [],
    check: (c) => c.documents.REENTRY_VISA !== undefined,
  },
  returnReasonIsReturn: {
    code: "GUARD_RETURN_REASON_NOT_A_RETURN",
    description: "The reason is a return (leave and death have their own events).",
    basis: "UU 18/2017 Pasal 27",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => {
      const reason = (e as { reason?: keyof typeof RETURN_OUTCOMES }).reason;
      return reason === undefined || RETURN_OUTCOMES[reason].outcome !== null;
    },
    params: (_c, e) => {
      const reason = (e as { reason: keyof typeof RETURN_OUTCOMES }).reason;
      const entry: ReturnOutcome = RETURN_OUTCOMES[reason];
      return { reason, useEvent: entry.recordedBy ?? "ReturnInitiated" };
    },
  },
  returnReasonGiven: {
    code: "GUARD_RETURN_REASON_REQUIRED",
    description: "A case opened at the debarkation point names the return reason.",
    basis: "UU 18/2017 Pasal 27",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => (e as { reason?: string }).reason !== undefined,
  },
  returnVerified: {
    code: "GUARD_RETURN_NOT_VERIFIED",
    description: "For a P3MI placement ending normally, the mission verified the P3MI's return report.",
    basis: "UU 18/2017 Pasal 25–26",
    verified: true,
    reads: ["payload"],
    check: (c, e) => {
      const event = e as EventOf<"ReturnInitiated">;
      return (
        c.route !== "P3MI" || event.reason !== "CONTRACT_ENDED" || event.reportVerifiedByMission === true
      );
    },
  },
  fitToReturn: {
    code: "GUARD_FIT_TO_RETURN_MISSING",
    description: "A sick or injured worker has a fit-to-return letter (in the event or the dossier).",
    basis: "Permen P2MI 32/2025 Pasal 13 huruf b",
    verified: true,
    reads: ["payload"],
    check: (c, e) => {
      const event = e as EventOf<"ReturnInitiated">;
      return (
        event.reason !== "ACCIDENT_OR_ILLNESS" ||
        event.fitToReturnLetter === true ||
        c.documents.FIT_TO_RETURN !== undefined
      );
    },
  },
  handoverWitnessed: {
    code: "GUARD_HANDOVER_NOT_WITNESSED",
    description: "A handover to the family is recorded and witnessed by the regional or village government.",
    basis: "Permen P2MI 32/2025 Pasal 13 huruf e",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => {
      const event = e as EventOf<"HandedOver">;
      return event.recipient !== "FAMILY" || event.witnessedByGovernment;
    },
  },
  remainsReported: {
    code: "GUARD_REMAINS_STEP_OUT_OF_ORDER",
    description: "The remains are still at the place of death (death reported, nothing sent yet).",
    basis: "PP 59/2021 Pasal 21 ayat (3)–(4)",
    verified: true,
    reads: [],
    check: (c) => c.remains === "REPORTED",
    params: (c) => ({ status: String(c.remains) }),
  },
  remainsInTransit: {
    code: "GUARD_REMAINS_STEP_OUT_OF_ORDER",
    description: "The remains were sent home and have not arrived yet.",
    basis: "Prosedur pemulangan jenazah (indonesia.go.id); Permen P2MI 32/2025",
    verified: true,
    reads: [],
    check: (c) => c.remains === "IN_TRANSIT",
    params: (c) => ({ status: String(c.remains) }),
  },
  remainsArrived: {
    code: "GUARD_REMAINS_STEP_OUT_OF_ORDER",
    description: "The remains arrived at the debarkation point and are not handed over yet.",
    basis: "Permen P2MI 32/2025 Pasal 13 huruf e",
    verified: true,
    reads: [],
    check: (c) => c.remains === "ARRIVED",
    params: (c) => ({ status: String(c.remains) }),
  },
  documentInCase: {
    code: "GUARD_DOCUMENT_NOT_IN_CASE",
    description: "The document to withdraw is in the dossier.",
    basis: "UU 18/2017 Pasal 13",
    verified: true,
    reads: ["payload"],
    target: "document",
    check: (c, e) => Object.hasOwn(c.documents, (e as EventOf<"DocumentWithdrawn">).kind),
    params: (_c, e) => ({ kind: (e as EventOf<"DocumentWithdrawn">).kind }),
  },
  complaintIdNew: {
    code: "COMPLAINT_DUPLICATE_ID",
    description: "The complaint's identifier is new in the case.",
    basis: "REGULATIONS.md §17",
    verified: true,
    reads: ["payload"],
    check: (c, e) => complaintOf(c, e) === undefined,
  },
  complaintExists: {
    code: "COMPLAINT_NOT_FOUND",
    description: "The complaint named by the event exists in the case.",
    basis: "REGULATIONS.md §17",
    verified: true,
    reads: ["payload"],
    target: "complaint",
    check: (c, e) => complaintOf(c, e) !== undefined,
  },
  complaintStatusAllows: {
    code: "COMPLAINT_TRANSITION_NOT_ALLOWED",
    description: "The complaint's status allows the event (see COMPLAINT_TRANSITIONS).",
    basis: "REGULATIONS.md §17",
    verified: true,
    reads: ["payload"],
    target: "complaint",
    check: (c, e) => {
      const complaint = complaintOf(c, e);
      return complaint === undefined || complaintFrom(e).includes(complaint.status);
    },
    params: (c, e) => ({ event: e.type, status: (complaintOf(c, e) as Complaint).status }),
  },
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
  | "jobOrderVerified"
  | "sip2miIssued"
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
  | "extensionSameEmployer"
  | "extensionBeforeMission"
  | "extensionReportVerified"
  | "extensionConsent"
  | "extensionSocialSecurity"
  | "extensionEndsLater"
  | "reentryVisa"
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

/** Whether a complaint status is final. @internal */
export const isFinalComplaintStatus = (status: ComplaintStatus): boolean => COMPLAINT_STATUSES[status].final;
