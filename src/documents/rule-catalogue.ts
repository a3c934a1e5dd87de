import { deepFreeze } from "../_lib/deep-freeze.js";
import { EMPLOYER_CONSISTENCY, IDENTITY_CONSISTENCY } from "./rules/consistency.js";
import { CONTRACT_MINIMUM_CONTENT_RULE, CONTRACT_SIGNED_BEFORE_START } from "./rules/contract.js";
import { MORATORIUM_AND_SPSK, PERMITTED_DESTINATION } from "./rules/destination.js";
import { MARITAL_STATUS_AND_CONSENT } from "./rules/family.js";
import {
  HOUSEHOLD_MINIMUM_AGE,
  INFANT,
  KK_NUMBER_STRUCTURE,
  MINIMUM_AGE,
  NIK_STRUCTURE,
  PASSPORT_NUMBER_FORMAT,
} from "./rules/identity.js";
import {
  DESTINATION_CONSISTENCY,
  INDIVIDUAL_ROUTE_EMPLOYER,
  PLACEMENT_COSTS,
  POSITION_CONSISTENCY,
  PROCEDURAL_ROUTE,
} from "./rules/placement.js";
import { REQUIRED_DOCUMENTS } from "./rules/required.js";
import type { DossierRule } from "./rules/rule.js";
import {
  DOCUMENT_DATES,
  HEALTH_CERTIFICATE,
  LICENCES,
  PASSPORT_VALIDITY,
  SOCIAL_SECURITY,
  WORKER_CARD,
} from "./rules/validity.js";

export { type DossierRule, ruleBasisText } from "./rules/rule.js";

/**
 * Every rule `checkDossier` applies, in the order it applies them: the catalogue *is* the run list
 * (`checkDossier` calls each entry's `check`, and nothing else). Each rule has its id, title (id/en),
 * the issue codes it raises, its legal bases (ids of `LEGAL_BASES`, printed by `ruleBasisText`) and
 * whether the notes verify it. Issues carry the basis of the rule, or of the more specific clause
 * (a row of the requirement matrix, an item of the contract's minimum content, a policy parameter).
 * The guide and the traceability table are generated from this list.
 *
 * @example
 * ```ts
 * DOSSIER_RULES.map((r) => r.id).includes("PASSPORT_VALIDITY"); //=> true
 * ruleBasisText(DOSSIER_RULES.find((r) => r.id === "PASSPORT_VALIDITY")!);
 * //=> "UU 18/2017 Pasal 13 huruf e; Permenkumham 18/2022 Pasal 2A"
 * ```
 */
export const DOSSIER_RULES = /* @__PURE__ */ deepFreeze([
  PROCEDURAL_ROUTE,
  REQUIRED_DOCUMENTS,
  INDIVIDUAL_ROUTE_EMPLOYER,
  MINIMUM_AGE,
  HOUSEHOLD_MINIMUM_AGE,
  NIK_STRUCTURE,
  KK_NUMBER_STRUCTURE,
  PASSPORT_NUMBER_FORMAT,
  IDENTITY_CONSISTENCY,
  MARITAL_STATUS_AND_CONSENT,
  HEALTH_CERTIFICATE,
  PASSPORT_VALIDITY,
  DOCUMENT_DATES,
  SOCIAL_SECURITY,
  WORKER_CARD,
  LICENCES,
  DESTINATION_CONSISTENCY,
  EMPLOYER_CONSISTENCY,
  POSITION_CONSISTENCY,
  CONTRACT_MINIMUM_CONTENT_RULE,
  CONTRACT_SIGNED_BEFORE_START,
  MORATORIUM_AND_SPSK,
  PERMITTED_DESTINATION,
  PLACEMENT_COSTS,
  INFANT,
] as const satisfies readonly DossierRule[]);

/**
 * The id of a rule of {@link DOSSIER_RULES}.
 *
 * @example
 * ```ts
 * const rule: DossierRuleId = "PASSPORT_VALIDITY";
 * ```
 */
export type DossierRuleId = (typeof DOSSIER_RULES)[number]["id"];
