import { invalidArgument } from "../../_lib/invalid-argument.js";
import { type BasisRef, basisText, type IssueCode } from "../../core/index.js";
import type { RuleState } from "./state.js";

/**
 * One rule of {@link DOSSIER_RULES}: its id, title, the issue codes it can raise, the legal bases it
 * rests on (ids of `LEGAL_BASES`, printed by `basisText`), whether the notes verify it, and the
 * check that `checkDossier` runs. The catalogue is the run list: `checkDossier` runs exactly these
 * checks, in this order.
 *
 * @example
 * ```ts
 * const rule: DossierRule | undefined = DOSSIER_RULES.find((r) => r.id === "PASSPORT_VALIDITY");
 * rule?.codes; //=> ["PASSPORT_EXPIRES_BEFORE_DEPARTURE", "PASSPORT_REMAINING_VALIDITY_SHORT"]
 * ```
 */
export interface DossierRule {
  readonly id: string;
  readonly title: { readonly id: string; readonly en: string };
  /** The issue codes the rule can raise. */
  readonly codes: readonly IssueCode[];
  /** The legal bases, by id of `LEGAL_BASES` (with an optional point such as `"huruf e"`). */
  readonly basis: readonly BasisRef[];
  /** `false` when the rule, or a basis or parameter it reads, is UNVERIFIED in the domain notes. */
  readonly verified: boolean;
  /** Appends the rule's issues for one dossier. @internal */
  readonly check: (state: RuleState) => void;
}

const printed = new WeakMap<DossierRule, string>();

/**
 * The printed basis of a rule (`basisText` of its references), computed once per rule.
 *
 * @example
 * ```ts
 * ruleBasisText(DOSSIER_RULES.find((rule) => rule.id === "MINIMUM_AGE")!);
 * //=> "UU 18/2017 Pasal 5 huruf a; UU 18/2017 Pasal 80"
 * ```
 */
export function ruleBasisText(rule: DossierRule): string {
  if (rule === null || typeof rule !== "object")
    throw invalidArgument("ruleBasisText", "rule", "a dossier rule");
  let text = printed.get(rule);
  if (text === undefined) {
    text = basisText(rule.basis);
    printed.set(rule, text);
  }
  return text;
}

/** Declares a rule, keeping its literal id and codes in its type. @internal */
export function defineRule<const R extends DossierRule>(rule: R): R {
  return rule;
}
