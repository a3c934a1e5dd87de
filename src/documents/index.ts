export { checkDossier, type DossierCheck } from "./check-dossier.js";
export {
  DOSSIER_STAGES,
  type DossierContext,
  type DossierStage,
  dossierContextSchema,
} from "./context.js";
export {
  CONTRACT_CLAUSE_CODES,
  CONTRACT_MINIMUM_CONTENT,
  type ContractClause,
  type ContractContentItem,
} from "./contract-content.js";
export { DOCUMENT_KIND_CODES, DOCUMENT_KINDS, type DocumentKind, type DocumentKindEntry } from "./kinds.js";
export { type RedactedDossier, redactDossier } from "./redact-dossier.js";
export {
  DOCUMENT_REQUIREMENTS,
  type DocumentRequirement,
  type RequiredDocument,
  type RequirementGroup,
  requiredDocuments,
  requirementGroupKinds,
} from "./requirements.js";
export { DOSSIER_RULES, type DossierRule, type DossierRuleId, ruleBasisText } from "./rule-catalogue.js";
export { type Dossier, type DossierDocument, documentSchemas, dossierSchema } from "./schemas.js";
