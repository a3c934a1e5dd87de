import { compareMonthsAfter, isAtLeastAge } from "../_lib/dates/windows.js";
import type { Policy, PolicyParam } from "../policies/index.js";
import type { PlacementRoute } from "../reference/index.js";
import { HOLDS_EVERY_REQUIRED_KIND } from "./_lib/fast-paths.generated.js";
import type { DossierStage } from "./context.js";
import type { DocumentKind } from "./kinds.js";

// The predicates that the dossier rules and the lifecycle guards share, so that the same facts give
// the same verdict wherever they are asked (`checkDossier`, a guard of `replay`, `requiredDocuments`).

/**
 * UU 18/2017 Pasal 5 huruf a: whether a person born on `birthDate` has the policy's minimum age on
 * `on` (a birthday counts on the day; 29 February birthdays turn a year older on 1 March in a common
 * year, as core's `ageOn` counts). Both dates are valid `YYYY-MM-DD`.
 * @internal
 */
export function meetsMinimumAge(birthDate: string, on: string, policy: Policy): boolean {
  return isAtLeastAge(birthDate, on, policy.parameters.minimumAge.value);
}

/**
 * UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023: the mandatory programmes of the policy (JKK and JKM)
 * that `programs` lacks, in the policy's order; empty when every one is there.
 * @internal
 */
export function missingMandatoryPrograms(
  programs: readonly string[],
  policy: Policy,
): readonly ("JKK" | "JKM" | "JHT")[] {
  const mandatory = policy.parameters.socialSecurity.value.mandatoryPrograms;
  let missing: ("JKK" | "JKM" | "JHT")[] | undefined;
  for (const program of mandatory) {
    if (programs.includes(program)) continue;
    if (missing === undefined) missing = [];
    missing.push(program);
  }
  return missing ?? NONE;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The pre-work cover parameter that applies on a route: the individual route's pre-departure JKM
 * cover, else the implementer routes' pre-work cover (Permenaker 4/2023, BPJS business process).
 * @internal
 */
export function preWorkCoverParameter(
  route: PlacementRoute | undefined,
  policy: Policy,
): PolicyParam<number> & { readonly severity?: "error" | "warning" | undefined } {
  return route === "INDIVIDUAL"
    ? policy.parameters.individualPreDepartureCoverMonths
    : policy.parameters.preWorkCoverMonths;
}

/**
 * Whether the pre-work cover and its contribution are judged on a route: not on a re-entry, whose
 * worker is already placed (REGULATIONS.md §11: the pre-work cover is the CPMI's before the first
 * departure; during work the cover runs until the contract ends, and JKM covers home leave).
 * @internal
 */
export function preWorkCoverJudged(route: PlacementRoute | undefined): boolean {
  return route !== "REENTRY";
}

/**
 * Whether pre-work cover registered on `registrationDate` still runs on `on`: `on` is at most the
 * route's months after registration (the last day counts).
 * @internal
 */
export function preWorkCoverActive(
  registrationDate: string,
  on: string,
  route: PlacementRoute | undefined,
  policy: Policy,
): boolean {
  return compareMonthsAfter(registrationDate, preWorkCoverParameter(route, policy).value, on) >= 0;
}

/**
 * Whether a lapsed pre-work cover refuses the departure (`"error"`) or only warns: the parameter's
 * own severity, decided in the policy with its reason.
 * @internal
 */
export function preWorkCoverSeverity(route: PlacementRoute | undefined, policy: Policy): "error" | "warning" {
  return preWorkCoverParameter(route, policy).severity ?? "error";
}

/**
 * UU 18/2017 Pasal 13: whether a dossier holds a document of `kind`, valid or not. The rule
 * REQUIRED_DOCUMENTS reports each required kind a dossier does not hold as `DOCUMENT_MISSING`, an
 * error.
 * @internal
 */
export function holdsKind(docs: Readonly<Record<string, unknown>>, kind: DocumentKind): boolean {
  return docs[kind] !== undefined;
}

/**
 * Whether a dossier holds every kind the requirement matrix requires on `route` at `stage`. When it
 * does not, `checkDossier` refuses it (REQUIRED_DOCUMENTS), so this cheap test may answer "not ready"
 * without the full check.
 * @internal
 */
export function holdsEveryRequiredKind(
  docs: Readonly<Record<string, unknown>>,
  route: PlacementRoute,
  stage: DossierStage,
): boolean {
  return HOLDS_EVERY_REQUIRED_KIND[route][stage](docs);
}
