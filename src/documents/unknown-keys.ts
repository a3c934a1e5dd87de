import type * as z from "zod";
import type { Severity } from "../core/index.js";
import type { DocumentKind } from "./kinds.js";
import { rawDocumentSchemas } from "./schemas.js";

/**
 * How serious an unknown key inside a document of each kind is, in `checkDossier`.
 *
 * An `error` wherever the kind (or an object in it) has an optional field: a misspelt optional field
 * (`validUntill`, `expiryDat`) would be dropped, and the rule that reads it would judge as if it were
 * absent, so the verdict could change without a word. A `warning` only for the kinds whose fields
 * are all required: there a misspelt field already fails as required, so an unknown key carries
 * only extra data and cannot change the verdict (a test holds this table to that rule).
 *
 * Outside the documents every unknown key is an error: in the context (each field steers the
 * verdict: a misspelt date moves the judging day), at the top of the dossier and in its `worker`
 * facts (a misspelt `worker` or `pregnant` drops a fact a policy rule reads), and among the
 * document kinds (a misspelt kind drops a document whose validity is judged). A lifecycle event is
 * recorded, so every unknown key in it, its document included, is an error: a stored history must
 * not lose data silently.
 * @internal
 */
export const UNKNOWN_KEY_SEVERITY: { readonly [K in DocumentKind]: Severity } = {
  KTP_EL: "error",
  KK: "error",
  MARITAL_STATUS: "error",
  FAMILY_CONSENT: "error",
  COMPETENCY_CERT: "error",
  HEALTH_CERT: "error",
  PASSPORT: "error",
  SKCK: "error",
  WORK_VISA: "error",
  REENTRY_VISA: "error",
  PLACEMENT_AGREEMENT: "error",
  EMPLOYMENT_CONTRACT: "error",
  SOCSEC_CARD: "error",
  JKN_PROOF: "warning",
  OPP_CERT: "error",
  E_KPMI: "error",
  SIP3MI: "error",
  SIP2MI: "error",
  COOP_AGREEMENT: "warning",
  JOB_ORDER: "error",
  CALL_LETTER: "error",
  RISK_STATEMENT: "warning",
  LEAVE_LETTER: "warning",
  FIT_TO_RETURN: "warning",
  HANDOVER_RECORD: "error",
  DEATH_DOCS: "error",
};

const lenient: Partial<Record<DocumentKind, z.ZodType>> = {};

/**
 * The schema of `kind` that drops unknown keys instead of failing, to read a document whose only
 * problems are unknown keys of `warning` severity. Used on that slow path only; built on first use.
 * @internal
 */
export function lenientDocumentSchema(kind: DocumentKind): z.ZodType {
  let schema = lenient[kind];
  if (schema === undefined) {
    // The warning kinds are flat objects, so stripping the top level strips every unknown key.
    schema = (rawDocumentSchemas()[kind] as z.ZodObject).strip();
    lenient[kind] = schema;
  }
  return schema;
}
