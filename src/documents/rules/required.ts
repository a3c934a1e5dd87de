import { HOLDS_EVERY_REQUIRED_KIND } from "../_lib/fast-paths.generated.js";
import { holdsKind } from "../predicates.js";
import { defineRule } from "./rule.js";
import { type RuleState, report } from "./state.js";

/**
 * Reports each required kind that is absent (and not malformed), in the requirements' order, each
 * with the basis of its row of the requirement matrix.
 */
function checkRequiredDocuments(state: RuleState): void {
  const { docs, malformed, missing } = state;
  // The usual case, nothing missing, decided by named reads (code generated from the matrix).
  if (HOLDS_EVERY_REQUIRED_KIND[state.context.route][state.context.stage](docs)) return;
  for (const required of state.requirements) {
    if (holdsKind(docs, required.kind) || (malformed.length > 0 && malformed.includes(required.kind)))
      continue;
    missing.push(required.kind);
    report(state, "DOCUMENT_MISSING", ["documents", required.kind], {
      basis: required.basis,
      documentKind: required.kind,
      params: {
        kind: required.kind,
      },
    });
  }
}

/** Every document the requirement matrix requires. @internal */
export const REQUIRED_DOCUMENTS = defineRule({
  id: "REQUIRED_DOCUMENTS",
  title: {
    id: "Setiap dokumen yang diwajibkan matriks persyaratan ada (dasar hukum tiap dokumen menurut barisnya).",
    en: "Every document the requirement matrix requires is present (each with the basis of its row).",
  },
  codes: ["DOCUMENT_MISSING"],
  basis: ["UU18_P13", ["UU18_P5", "huruf e"]],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkRequiredDocuments,
});
