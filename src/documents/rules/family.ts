import { type RuleState, report } from "./state.js";

const HURUF_A = "UU 18/2017 Pasal 13 huruf a";
const HURUF_B = "UU 18/2017 Pasal 13 huruf b";

/**
 * UU 18/2017 Pasal 13 huruf a–b: a married worker attaches the marriage book and has the spouse's
 * consent; an unmarried one (single, divorced, widowed) a parent's or guardian's; the consent is
 * acknowledged (*diketahui*) by the village head or lurah. @internal
 */
export function checkMaritalStatusAndConsent(state: RuleState): void {
  const { MARITAL_STATUS: marital, FAMILY_CONSENT: consent } = state.docs;
  if (marital !== undefined && marital.status === "MARRIED" && marital.marriageBookCopy !== true) {
    report(
      state,
      "MARRIAGE_BOOK_MISSING",
      ["documents", "MARITAL_STATUS", "marriageBookCopy"],
      HURUF_A,
      "MARITAL_STATUS",
    );
  }
  if (consent === undefined) return;
  if (marital !== undefined) {
    const married = marital.status === "MARRIED";
    if (married && consent.relation !== "SPOUSE") {
      report(
        state,
        "CONSENT_NOT_FROM_SPOUSE",
        ["documents", "FAMILY_CONSENT", "relation"],
        HURUF_B,
        "FAMILY_CONSENT",
      );
    } else if (!married && consent.relation === "SPOUSE") {
      report(
        state,
        "CONSENT_NOT_FROM_PARENT_OR_GUARDIAN",
        ["documents", "FAMILY_CONSENT", "relation"],
        HURUF_B,
        "FAMILY_CONSENT",
      );
    }
  }
  if (consent.acknowledgedBy === undefined) {
    report(
      state,
      "CONSENT_NOT_ACKNOWLEDGED",
      ["documents", "FAMILY_CONSENT", "acknowledgedBy"],
      HURUF_B,
      "FAMILY_CONSENT",
    );
  }
}
