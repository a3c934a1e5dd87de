import { createBrand } from "../../_lib/brand.js";
import { dateOfInstant } from "../../_lib/dates/instant.js";
import { objectPrototypeIsPristine, readOnce } from "../../_lib/read-once.js";
import { createIssue, type Issue, type IssueCode } from "../../core/index.js";
import { checkValidatedDossier, emptyDocuments } from "../../documents/check-dossier.js";
import type { ResolvedContext } from "../../documents/context.js";
import { type DocumentKind, type DossierRuleId, requirementGroupKinds } from "../../documents/index.js";
import { holdsEveryRequiredKind } from "../../documents/predicates.js";
import type { PlacementRoute } from "../../reference/index.js";
import type { Case } from "../case.js";
import type { GuardContext } from "../guard-types.js";
import { policyNotInForce } from "./no-policy.js";

/**
 * What a dossier guard judges: the documents of a route's requirement set (the case's own route
 * unless `route` names another) at the departure stage, all their issues or only those about
 * `only`'s kinds, refused under `code` with `basis`.
 * @internal
 */
export interface DossierScope {
  readonly name: string;
  // Every field present (`undefined` when not used): a scope is read, never looked up on a prototype.
  readonly route: PlacementRoute | undefined;
  readonly only: ReadonlySet<string> | undefined;
  /** Only these rules of documents/ run (all of them when `undefined`). */
  readonly rules: ReadonlySet<DossierRuleId> | undefined;
  readonly code: IssueCode;
  readonly basis: string;
}

/** The full departure check (`dossierComplete`). @internal */
export const WHOLE_DOSSIER: DossierScope = {
  name: "all",
  route: undefined,
  only: undefined,
  rules: undefined,
  code: "GUARD_DOSSIER_INCOMPLETE",
  basis: "UU 18/2017 Pasal 5, Pasal 13",
};

/**
 * Runs documents/ `checkDossier` (through `checkValidatedDossier`) on the case's documents at the departure stage, as of the guard's
 * date (the date of the event's `at`), with the registration date when known and the guard's policy.
 * When the placement details the check needs are unknown it passes: `placementDetailsKnown` reports
 * those, and the dossier cannot be judged without them.
 * @internal
 */
export function checkCaseDossier(
  current: Case,
  context: GuardContext,
  scope: DossierScope = WHOLE_DOSSIER,
): true | readonly Issue[] {
  // The verdict depends on the (frozen, never changed) documents object and the facts below only:
  // the last verdict per documents object is remembered, so the readiness check that follows each
  // event before departure does not judge the same dossier twice on the same date.
  const key = memoKey(current, context, scope);
  const memo = remembered.get(current.documents);
  if (memo !== undefined && memo.key === key && memo.policy === context.policy) return memo.verdict;
  const verdict = judgeCaseDossier(current, context, scope);
  if (Object.isFrozen(current.documents)) {
    remembered.set(current.documents, { key, policy: context.policy, verdict });
  }
  return verdict;
}

/**
 * Whether the case's dossier may pass {@link checkCaseDossier}: `false` only when the placement is
 * known and a kind required for departure is missing (which the check refuses on any date). The
 * readiness verdict asks it first, so most events before departure need no dossier check.
 * @internal
 */
export function dossierMayPass(current: Case): boolean {
  const placement = placementOf(current);
  return placement === undefined || holdsEveryRequiredKind(current.documents, placement.route, "DEPARTURE");
}

/** The facts the dossier check needs, when all are known (else it passes: see placementDetailsKnown). */
function placementOf(current: Case) {
  const { route, workerCategory, employerType, destination } = current;
  if (route === null || workerCategory === null || employerType === null || destination === null) {
    return undefined;
  }
  return { route, workerCategory, employerType, destination };
}

// The dossiers (a case's `documents` objects) the engine built, every document in them validated by
// documents/ when its event was parsed (deep-frozen, so still valid). One mark per dossier the
// engine copies, not one per document; a brand, as a weak collection's insertion was the dearest
// step of a submission.
const VALIDATED = createBrand<true>();

/**
 * A new empty dossier, known to hold only validated documents.
 * @internal
 */
export function emptyValidatedDossier(): Case["documents"] {
  const documents = {};
  VALIDATED.mark(documents, true);
  return documents;
}

/**
 * A copy of a dossier for the engine to change in place, with `kind` left out when given: validated
 * when `source` is (the engine then sets only documents validated when their event was parsed).
 * @internal
 */
export function copyDossier(source: Case["documents"], without?: string): Case["documents"] {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source))
    if (key !== without) defineKind(copy, key, source[key as DocumentKind]);
  if (VALIDATED.has(source)) VALIDATED.mark(copy, true);
  return copy as Case["documents"];
}

/**
 * Sets a kind in a dossier the engine builds: assigned, unless Object.prototype holds the kind and
 * the dossier does not (an assignment would then throw if it is read-only there, or run a setter).
 * Not always defined: V8 serves `Object.defineProperty` through a slow path.
 * @internal
 */
export function defineKind(dossier: Record<string, unknown>, kind: string, document: unknown): void {
  if (Object.hasOwn(dossier, kind) || !(kind in Object.prototype)) dossier[kind] = document;
  else
    Object.defineProperty(dossier, kind, {
      value: document,
      writable: true,
      enumerable: true,
      configurable: true,
    });
}

interface Memo {
  readonly key: string;
  readonly policy: GuardContext["policy"];
  readonly verdict: true | readonly Issue[];
}
const remembered = new WeakMap<object, Memo>();

function memoKey(current: Case, context: GuardContext, scope: DossierScope): string {
  return `${context.date}|${current.route}|${current.workerCategory}|${current.employerType}|${current.destination}|${current.position}|${current.destinationCity}|${current.placementAgency}|${current.milestones.Registered}|${scope.name}`;
}

function judgeCaseDossier(
  current: Case,
  context: GuardContext,
  scope: DossierScope,
): true | readonly Issue[] {
  const placement = placementOf(current);
  if (placement === undefined) return true;
  // Judged by the options' policies only: documents/ would otherwise pick one from the shipped list.
  // Unjudged, not refused: the guard claims nothing it could not check.
  if (context.policy === undefined) return policyNotInForce(context);
  const only = scope.only;
  const registered = current.milestones.Registered;
  // Built from the case's validated facts, so documents/ judges it without parsing it again.
  const dossierContext: ResolvedContext = {
    route: scope.route ?? placement.route,
    workerCategory: placement.workerCategory,
    employerType: placement.employerType,
    destination: placement.destination,
    destinationCity: current.destinationCity ?? undefined,
    placementAgency: current.placementAgency ?? undefined,
    position: current.position ?? undefined,
    stage: "DEPARTURE",
    asOf: context.date,
    registrationDate: registered === null ? undefined : dateOfInstant(registered),
    departureDate: context.date,
    decisiveDate: context.date,
    policy: context.policy,
  };
  // A dossier the engine built holds only documents validated when submitted: they are judged
  // without parsing them again (a case from outside's dossier is parsed as checkDossier does).
  // The rules read its kinds by name: from a copy that holds every kind, those the case does not
  // hold `undefined` (a kind set on Object.prototype is not a document the case holds).
  const check = checkValidatedDossier(
    everyKind(current.documents, objectPrototypeIsPristine()),
    dossierContext,
    VALIDATED.has(current.documents),
    only,
    scope.rules,
  );
  // Filtered again: a stored case's malformed documents are reported by the read, not by a rule.
  const issues =
    only === undefined ? check.issues : check.issues.filter((issue) => only.has(issue.documentKind ?? ""));
  if (!issues.some((issue) => issue.severity === "error")) return true;
  return [refusal(scope, context.date, check.policy), ...issues];
}

/** The scope's own issue, ahead of the documents rules' issues: the day judged and the policy that judged. */
function refusal(scope: DossierScope, date: string, policy: string | null): Issue {
  return policy === null
    ? createIssue(scope.code, [], { params: { date }, basis: scope.basis })
    : createIssue(scope.code, [], { params: { date, policy }, basis: scope.basis, policyId: policy });
}

/**
 * A dossier's own kinds in the plain object the documents rules are written for, which holds every
 * kind (absent ones `undefined`): a read of a kind by name never reaches the prototype. (An object
 * that inherits no key, as `readOwnFields` makes, would make every read of an absent kind slow.)
 * The documents themselves are plain objects without the optional fields they were not given: on
 * a polluted Object.prototype the rules judge read-once copies of them, which inherit no field (a
 * `validUntil` there must not make a visa without one look valid).
 */
function everyKind(documents: Case["documents"], pristine: boolean): Case["documents"] {
  const held = emptyDocuments() as Record<string, unknown>;
  for (const kind of Object.keys(documents)) {
    const document = documents[kind as DocumentKind];
    held[kind] = pristine ? document : readOnce(document);
  }
  return held as Case["documents"];
}

let pasal13: DossierScope | undefined;

/**
 * The check of the eight placement documents of UU 18/2017 Pasal 13 (`pasal13Complete`), their
 * kinds from documents/' requirement matrix.
 * @internal
 */
export function pasal13Documents(): DossierScope {
  pasal13 ??= { ...WHOLE_DOSSIER, name: "pasal13", only: new Set(requirementGroupKinds("PASAL_13")) };
  return pasal13;
}

/**
 * The check of a return to work after home leave (`reentryDocumentsValid`): the passport and the
 * re-entry visa of the re-entry scheme's requirement set, judged by the documents rules on the day
 * the worker leaves again. (The work visa is left out: the first entry's visa has usually made way
 * for a residence permit, which the dossier does not model.)
 * @internal
 */
export const REENTRY_DOCUMENTS: DossierScope = {
  name: "reentry",
  route: "REENTRY",
  only: new Set(["PASSPORT", "REENTRY_VISA"]),
  rules: undefined,
  code: "GUARD_REENTRY_DOCUMENTS_INVALID",
  basis: "Surat BP2MI 16 Agustus 2023 (REGULATIONS.md §13)",
};

/**
 * The check of the destination at selection (`destinationAllowed`, LIFECYCLE.md §3.2): the rules of
 * documents/ that judge where a placement may go, alone (the permitted list, the Middle-East
 * moratorium with its SPSK exception), on the day selection starts. The departure check runs them
 * again on the day of departure, as the list is effective-dated.
 * @internal
 */
export const DESTINATION_RULES: DossierScope = {
  name: "destination",
  route: undefined,
  only: undefined,
  rules: new Set<DossierRuleId>(["PERMITTED_DESTINATION", "MORATORIUM_AND_SPSK"]),
  code: "GUARD_DESTINATION_NOT_ALLOWED",
  basis: "UU 18/2017 Pasal 31–32; Kepmenaker 260/2015; Kepmenaker 291/2018",
};

/**
 * The check of the placement company's licences at selection (`licencesValid`, LIFECYCLE.md §3.2:
 * "SIP3MI active (not revoked/suspended), and SIP2MI active for this job order, non-transferable,
 * listing the destination country"; §5: "active on recruitment and departure dates;
 * destinationCountry = case destination"): the held SIP3MI and SIP2MI, judged by the documents rules
 * of their dates, their status and their destination (against the case's), on the day selection
 * starts. The positions are left to the departure check, whose rule compares them with the contract
 * (which may not be signed yet). The departure check judges them all again on the day of departure.
 * @internal
 */
export const LICENCE_RULES: DossierScope = {
  name: "licences",
  route: undefined,
  only: new Set(["SIP3MI", "SIP2MI"]),
  rules: new Set<DossierRuleId>(["DOCUMENT_DATES", "LICENCES", "DESTINATION_CONSISTENCY"]),
  code: "GUARD_LICENCE_INVALID",
  basis: "UU 18/2017 Pasal 51, Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–b",
};
