import { sameName } from "../../_lib/normalise.js";
import type { BasisRef } from "../../core/index.js";
import { basisText } from "../../core/index.js";
import { defineRule } from "./rule.js";
import { before, type RuleState, report } from "./state.js";

const HURUF_A: readonly BasisRef[] = [["UU18_P13", "huruf a"]];
const HURUF_B: readonly BasisRef[] = [["UU18_P13", "huruf b"]];
const printed: { a?: string; b?: string } = {};

function hurufA(): string {
  if (printed.a === undefined) printed.a = basisText(HURUF_A);
  return printed.a;
}

function hurufB(): string {
  if (printed.b === undefined) printed.b = basisText(HURUF_B);
  return printed.b;
}

/**
 * UU 18/2017 Pasal 13 huruf a–b: a married worker attaches the marriage book and has the spouse's
 * consent, signed by the spouse the marital record names; an unmarried one (single, divorced,
 * widowed) a parent's or guardian's; the consent is acknowledged (*diketahui*) by the village head
 * or lurah.
 */
function checkMaritalStatusAndConsent(state: RuleState): void {
  const { MARITAL_STATUS: marital, FAMILY_CONSENT: consent } = state.docs;
  if (marital !== undefined && marital.status === "MARRIED" && marital.marriageBookCopy !== true) {
    report(state, "MARRIAGE_BOOK_MISSING", ["documents", "MARITAL_STATUS", "marriageBookCopy"], {
      basis: hurufA(),
      documentKind: "MARITAL_STATUS",
    });
  }
  if (consent === undefined) return;
  const basisB = hurufB();
  if (marital !== undefined) {
    const married = marital.status === "MARRIED";
    if (married && consent.relation !== "SPOUSE") {
      report(state, "CONSENT_NOT_FROM_SPOUSE", ["documents", "FAMILY_CONSENT", "relation"], {
        basis: basisB,
        documentKind: "FAMILY_CONSENT",
      });
    } else if (!married && consent.relation === "SPOUSE") {
      report(state, "CONSENT_NOT_FROM_PARENT_OR_GUARDIAN", ["documents", "FAMILY_CONSENT", "relation"], {
        basis: basisB,
        documentKind: "FAMILY_CONSENT",
      });
    } else if (
      married &&
      marital.spouseName !== undefined &&
      !sameName(consent.consenterName, marital.spouseName)
    ) {
      // The spouse's consent is signed by the spouse the marital record names.
      report(state, "CONSENT_SIGNER_NOT_SPOUSE", ["documents", "FAMILY_CONSENT", "consenterName"], {
        basis: basisB,
        documentKind: "FAMILY_CONSENT",
        params: { other: "MARITAL_STATUS" },
      });
    }
  }
  const acknowledged = consent.acknowledgedBy;
  if (acknowledged === undefined) {
    report(state, "CONSENT_NOT_ACKNOWLEDGED", ["documents", "FAMILY_CONSENT", "acknowledgedBy"], {
      basis: basisB,
      documentKind: "FAMILY_CONSENT",
    });
  } else if (acknowledged.date !== undefined && before(state.context.decisiveDate, acknowledged.date)) {
    // Acknowledged only after the date that matters: on that date it was not acknowledged yet.
    report(state, "CONSENT_NOT_ACKNOWLEDGED", ["documents", "FAMILY_CONSENT", "acknowledgedBy", "date"], {
      basis: basisB,
      documentKind: "FAMILY_CONSENT",
    });
  }
}

/** Marital status, marriage book and the family's consent. @internal */
export const MARITAL_STATUS_AND_CONSENT = defineRule({
  id: "MARITAL_STATUS_AND_CONSENT",
  title: {
    id: "Bila kawin: fotokopi buku nikah dan izin suami/istri yang tercatat; bila tidak: izin orang tua/wali; izin diketahui kepala desa/lurah.",
    en: "If married: marriage-book copy and consent signed by the recorded spouse; otherwise a parent's or guardian's; consent acknowledged by the village head or lurah.",
  },
  codes: [
    "MARRIAGE_BOOK_MISSING",
    "CONSENT_NOT_FROM_SPOUSE",
    "CONSENT_NOT_FROM_PARENT_OR_GUARDIAN",
    "CONSENT_SIGNER_NOT_SPOUSE",
    "CONSENT_NOT_ACKNOWLEDGED",
  ],
  basis: [
    ["UU18_P13", "huruf a"],
    ["UU18_P13", "huruf b"],
  ],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkMaritalStatusAndConsent,
});
