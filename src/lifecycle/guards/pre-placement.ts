import { createIssue, type Issue } from "../../core/index.js";
import {
  meetsMinimumAge,
  missingMandatoryPrograms,
  preWorkCoverActive,
  preWorkCoverParameter,
  preWorkCoverSeverity,
} from "../../documents/predicates.js";
import type { Policy } from "../../policies/index.js";
import {
  checkCaseDossier,
  DESTINATION_RULES,
  dossierMayPass,
  LICENCE_RULES,
  pasal13Documents,
} from "../_lib/dossier.js";
import { given } from "../_lib/given.js";
import { policyNotInForce } from "../_lib/no-policy.js";
import type { Case } from "../case.js";
import type { GuardDefinition } from "../guard-types.js";
import type { GuardName } from "../guards.js";
import { ROUTE_REQUIREMENTS } from "../route-requirements.js";
import type { EventOf } from "../schemas.js";

const requirementsOf = (current: Case) =>
  current.route === null ? undefined : ROUTE_REQUIREMENTS[current.route];

/**
 * The guards of the pre-placement phase (UU 18/2017 Pasal 5, Pasal 13; LIFECYCLE.md §2): registration,
 * the job order, selection, the medical check, the placement agreement, social security, the
 * orientation and the departure dossier. Part of {@link GUARDS}.
 * @internal
 */
export const PRE_PLACEMENT_GUARDS = {
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
      const worker = given(e as EventOf<"Registered">, "worker");
      const birthDate = worker === undefined ? undefined : given(worker, "birthDate");
      if (birthDate === undefined) return true;
      // No policy in force (before UU 18/2017): no minimum age to judge by, whatever the birth date.
      if (context.policy === undefined) return policyNotInForce(context);
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
    check: (_c, e) => given(e as EventOf<"ComplaintFiled">, "destination") !== undefined,
  },
  jobOrderAssigned: {
    code: "GUARD_JOB_ORDER_MISSING",
    description: "A job order is assigned before selection (for the job order).",
    basis: "UU 18/2017 Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–b",
    verified: true,
    reads: [],
    check: (c) => c.jobOrderId !== null,
  },
  jobOrderMatches: {
    code: "GUARD_JOB_ORDER_MISMATCH",
    description: "A selection that names its job order names the one assigned to the case.",
    basis: "UU 18/2017 Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–c",
    verified: true,
    reads: ["payload"],
    // The assigned order's verification and SIP2MI are what the other guards judge.
    check: (c, e) => {
      const named = given(e as EventOf<"SelectionStarted">, "jobOrderId");
      return named === undefined || c.jobOrderId === null || named === c.jobOrderId;
    },
  },
  jobOrderVerified: {
    code: "GUARD_JOB_ORDER_NOT_VERIFIED",
    description: "The job order was verified by the mission (labour attaché) before selection.",
    basis: "UU 18/2017 Pasal 9 ayat (2), Pasal 10",
    verified: true,
    reads: [],
    check: (c) => c.jobOrderId === null || c.jobOrderVerified === true,
  },
  destinationAllowed: {
    code: DESTINATION_RULES.code,
    description:
      "On the day selection starts, the destination is on the permitted list (when the policy has one) and household-sector work is not under the Middle-East moratorium, unless every SPSK condition holds (the documents rules MORATORIUM_AND_SPSK and PERMITTED_DESTINATION). Judged when the job order's destination, employer type and worker category are known.",
    basis: DESTINATION_RULES.basis,
    verified: false,
    reads: ["date", "policy"],
    check: (c, _e, context) => checkCaseDossier(c, context, DESTINATION_RULES),
  },
  licencesValid: {
    code: LICENCE_RULES.code,
    description:
      "On the day selection starts, the placement company's licence (SIP3MI) and the recruitment permit (SIP2MI), when the case holds them, are issued, not expired and active (not revoked or suspended), and the SIP2MI names the case's destination: the documents rules DOCUMENT_DATES, LICENCES and DESTINATION_CONSISTENCY on those two documents. Judged when the job order's destination, employer type and worker category are known.",
    basis: LICENCE_RULES.basis,
    verified: true,
    reads: ["date", "policy"],
    check: (c, _e, context) =>
      Object.hasOwn(c.documents, "SIP3MI") || Object.hasOwn(c.documents, "SIP2MI")
        ? checkCaseDossier(c, context, LICENCE_RULES)
        : true,
  },
  sip2miIssued: {
    code: "GUARD_SIP2MI_MISSING",
    description: "For a P3MI placement, the SIP2MI for the job order was issued before selection.",
    basis: "UU 18/2017 Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–b",
    verified: true,
    reads: [],
    check: (c) => c.jobOrderId === null || requirementsOf(c)?.sip2mi !== true || c.sip2miIssued === true,
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
      if (context.policy === undefined) return policyNotInForce(context);
      // The predicate the dossier rule SOCIAL_SECURITY uses (which raises SOCSEC_PROGRAM_MISSING per
      // programme on the card's path; this guard judges the event's payload, once for all programmes).
      const programs: readonly string[] = (e as EventOf<"SocialSecurityRegistered">).programs;
      return missingMandatoryPrograms(programs, context.policy).length === 0;
    },
    // The programmes the registration left out, as the message names them.
    params: (_c, e, context) => ({
      programs: missingMandatoryPrograms(
        (e as EventOf<"SocialSecurityRegistered">).programs,
        context.policy as Policy,
      ).join(", "),
    }),
  },
  socialSecurityRegistered: {
    code: "GUARD_SOCIAL_SECURITY_MISSING",
    description: "Social security (JKK, JKM) was registered before departure.",
    basis: "UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023",
    verified: true,
    reads: [],
    check: (c) => c.preWorkCoverFrom !== null,
  },
  preWorkCoverActive: {
    code: "GUARD_PRE_WORK_COVER_EXPIRED",
    description:
      "The latest social-security registration is at most the route's pre-work cover months before departure (a lapse the policy marks as a warning does not refuse).",
    basis: "Permenaker 4/2023 (masa perlindungan sebelum bekerja)",
    verified: false,
    reads: ["date", "policy"],
    check: (c, _e, context) => {
      if (c.preWorkCoverFrom === null) return true;
      const route = c.route ?? undefined;
      if (context.policy === undefined) return policyNotInForce(context);
      // The predicate and parameter the dossier rule SOCIAL_SECURITY uses (SOCSEC_PRE_WORK_COVER_EXPIRED
      // there, on the card's path): the individual route's 1-month pre-departure JKM cover, else the
      // 5-month pre-work cover (REGULATIONS.md §11). The last day counts.
      if (preWorkCoverActive(c.preWorkCoverFrom, context.date, route, context.policy)) return true;
      // A lapse the policy marks as a warning (the individual route's, UNVERIFIED) does not refuse the
      // departure, as it does not make checkDossier's verdict false.
      return preWorkCoverSeverity(route, context.policy) === "warning";
    },
    params: (c, _e, context) => ({
      months: preWorkCoverParameter(c.route ?? undefined, context.policy as Policy).value,
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
        if (c[field] === null) {
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
    check: (c, _e, context) => checkCaseDossier(c, context, pasal13Documents()),
  },
  employmentContract: {
    code: "GUARD_EMPLOYMENT_CONTRACT_MISSING",
    description: "A signed employment contract (Perjanjian Kerja) is in the dossier.",
    basis: "UU 18/2017 Pasal 13 huruf h, Pasal 15 ayat (1)",
    verified: true,
    reads: [],
    check: (c) => Object.hasOwn(c.documents, "EMPLOYMENT_CONTRACT"),
  },
} satisfies Partial<Record<GuardName, GuardDefinition>>;
