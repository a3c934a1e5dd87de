import * as z from "zod";
import { calendarDateSchema, codeSchema, countryCodeSchema, lazy } from "../policies/_lib/schemas.js";
import { COST_COMPONENT_CODES } from "../policies/index.js";
import { CONTRACT_CLAUSE_CODES } from "./contract-content.js";
import type { DocumentKind } from "./kinds.js";

// Bounded strings everywhere: outside data may be huge, and the bound makes zod refuse it cheaply.
// Names are compared after normalisation (case, whitespace, punctuation), so no trim transform here.
const name = () => z.string().min(1).max(200);
const text = () => z.string().max(2000);
const ref = () => z.string().min(1).max(64);
const address = () => z.string().max(500);
const amount = () => z.number().min(0).max(1e12);

function buildDocumentSchemas() {
  const date = calendarDateSchema();
  const country = countryCodeSchema();
  const sex = z.enum(["M", "F"]);
  const positions = z.array(codeSchema()).min(1).max(100).readonly();
  const licenceStatus = z.enum(["ACTIVE", "SUSPENDED", "REVOKED"]);
  return {
    KTP_EL: z
      .object({
        nik: z.string().max(64),
        name: name(),
        birthPlace: name().optional(),
        birthDate: date,
        sex: sex.optional(),
        address: address().optional(),
      })
      .readonly(),
    KK: z
      .object({
        number: z.string().max(64),
        headOfFamily: name().optional(),
        members: z
          .array(
            z
              .object({
                nik: z.string().max(64),
                name: name().optional(),
                birthDate: date.optional(),
                relation: codeSchema().optional(),
              })
              .readonly(),
          )
          .max(50)
          .readonly()
          .optional(),
      })
      .readonly(),
    MARITAL_STATUS: z
      .object({
        status: z.enum(["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"]),
        spouseName: name().optional(),
        issueDate: date.optional(),
        marriageBookCopy: z.boolean().optional(),
      })
      .readonly(),
    FAMILY_CONSENT: z
      .object({
        consenterName: name(),
        relation: z.enum(["SPOUSE", "FATHER", "MOTHER", "GUARDIAN"]),
        consenterNik: z.string().max(64).optional(),
        signedDate: date,
        acknowledgedBy: z
          .object({ role: z.enum(["KEPALA_DESA", "LURAH"]), name: name().optional(), date: date.optional() })
          .readonly()
          .optional(),
      })
      .readonly(),
    COMPETENCY_CERT: z
      .object({
        number: ref(),
        competency: text().optional(),
        scheme: text().optional(),
        issueDate: date,
        expiryDate: date.optional(),
      })
      .readonly(),
    HEALTH_CERT: z
      .object({
        facility: text().optional(),
        destination: country,
        issueDate: date,
        examinations: z.array(codeSchema()).max(50).readonly().optional(),
        conclusion: z.enum(["FIT", "UNFIT"]),
        validUntil: date.optional(),
        doctorName: name().optional(),
      })
      .readonly(),
    PASSPORT: z
      .object({
        number: z.string().min(1).max(32),
        name: name(),
        birthDate: date,
        sex: sex.optional(),
        issueDate: date,
        expiryDate: date,
        issuingOffice: text().optional(),
      })
      .readonly(),
    SKCK: z.object({ number: ref(), issueDate: date, expiryDate: date.optional() }).readonly(),
    WORK_VISA: z
      .object({
        number: ref(),
        type: text().optional(),
        destination: country,
        employerName: name().optional(),
        validFrom: date.optional(),
        validUntil: date,
      })
      .readonly(),
    REENTRY_VISA: z.object({ number: ref().optional(), validUntil: date }).readonly(),
    PLACEMENT_AGREEMENT: z
      .object({
        signedDate: date,
        implementer: text().optional(),
        jobOrderReference: ref().optional(),
        costs: z
          .array(z.object({ component: z.enum(COST_COMPONENT_CODES), chargedToWorker: amount() }).readonly())
          .max(COST_COMPONENT_CODES.length * 4)
          .readonly()
          .optional(),
      })
      .readonly(),
    EMPLOYMENT_CONTRACT: z
      .object({
        signedDate: date,
        employerName: name().optional(),
        employerProfile: text().optional(),
        employerAddress: address().optional(),
        workerName: name().optional(),
        workerIdNumber: z.string().max(64).optional(),
        workerAddress: address().optional(),
        position: codeSchema().optional(),
        jobDescription: text().optional(),
        destination: country.optional(),
        startDate: date.optional(),
        durationMonths: z.number().int().min(1).max(600).optional(),
        wage: z
          .object({
            amount: amount(),
            currency: z
              .string()
              .length(3)
              .regex(/^[A-Z]{3}$/),
            paymentMethod: text().optional(),
          })
          .readonly()
          .optional(),
        clauses: z.array(z.enum(CONTRACT_CLAUSE_CODES)).max(50).readonly().optional(),
      })
      .readonly(),
    SOCSEC_CARD: z
      .object({
        membershipNumber: ref(),
        programs: z
          .array(z.enum(["JKK", "JKM", "JHT"]))
          .max(3)
          .readonly(),
        registrationDate: date,
        preWorkContribution: amount().optional(),
      })
      .readonly(),
    JKN_PROOF: z.object({ number: ref() }).readonly(),
    OPP_CERT: z.object({ date, hours: z.number().min(0).max(1000).optional() }).readonly(),
    E_KPMI: z
      .object({
        number: ref(),
        cardType: z.enum(["E_PMI", "E_KPMI"]),
        issueDate: date,
        expiryDate: date.optional(),
        destination: country.optional(),
      })
      .readonly(),
    SIP3MI: z
      .object({
        number: ref(),
        status: licenceStatus,
        issueDate: date.optional(),
        expiryDate: date.optional(),
      })
      .readonly(),
    SIP2MI: z
      .object({
        number: ref(),
        status: licenceStatus,
        destination: country,
        positions,
        issueDate: date.optional(),
        expiryDate: date.optional(),
      })
      .readonly(),
    COOP_AGREEMENT: z.object({ signedDate: date }).readonly(),
    JOB_ORDER: z.object({ destination: country, positions, verifiedDate: date.optional() }).readonly(),
    CALL_LETTER: z.object({ position: codeSchema().optional(), date: date.optional() }).readonly(),
    RISK_STATEMENT: z.object({ signedDate: date }).readonly(),
    LEAVE_LETTER: z.object({ from: date, until: date }).readonly(),
    FIT_TO_RETURN: z.object({ date }).readonly(),
    HANDOVER_RECORD: z
      .object({
        date,
        recipientRelation: codeSchema().optional(),
        witnessedBy: z.enum(["REGIONAL_GOVERNMENT", "VILLAGE_GOVERNMENT"]).optional(),
      })
      .readonly(),
    DEATH_DOCS: z
      .object({
        date: date.optional(),
        documents: z
          .array(z.enum(["MCCD", "EXPORT_PERMIT", "EMBALMING_CERTIFICATE", "SEALING_CERTIFICATE"]))
          .max(10)
          .readonly()
          .optional(),
      })
      .readonly(),
  } as const satisfies Record<DocumentKind, z.ZodType>;
}

/**
 * The zod schema of each document kind, built on first call and cached. Dates are `YYYY-MM-DD`
 * (issue `DATE_INVALID`), countries ISO 3166-1 alpha-2, every string bounded. Unknown keys are
 * dropped.
 *
 * @example
 * ```ts
 * documentSchemas().PASSPORT.safeParse({ number: "X1234567" }).success; //=> false
 * ```
 */
export const documentSchemas = lazy(buildDocumentSchemas);

/**
 * A parsed document of kind `K` (`z.infer` of its schema).
 *
 * @example
 * ```ts
 * const visa: DossierDocument<"WORK_VISA"> = {
 *   number: "V-1",
 *   destination: "TW",
 *   validUntil: "2027-01-31",
 * };
 * ```
 */
export type DossierDocument<K extends DocumentKind> = z.output<ReturnType<typeof documentSchemas>[K]>;

/**
 * Facts about the worker that no document carries, read by optional policy rules.
 * @internal
 */
export const workerFactsSchema = lazy(() =>
  z
    .object({
      pregnant: z.boolean().optional(),
      youngestChildBirthDate: calendarDateSchema().optional(),
    })
    .readonly(),
);

function buildDossierSchema() {
  const schemas = documentSchemas();
  return z
    .object({
      worker: workerFactsSchema().optional(),
      documents: z
        .object({
          KTP_EL: schemas.KTP_EL.optional(),
          KK: schemas.KK.optional(),
          MARITAL_STATUS: schemas.MARITAL_STATUS.optional(),
          FAMILY_CONSENT: schemas.FAMILY_CONSENT.optional(),
          COMPETENCY_CERT: schemas.COMPETENCY_CERT.optional(),
          HEALTH_CERT: schemas.HEALTH_CERT.optional(),
          PASSPORT: schemas.PASSPORT.optional(),
          SKCK: schemas.SKCK.optional(),
          WORK_VISA: schemas.WORK_VISA.optional(),
          REENTRY_VISA: schemas.REENTRY_VISA.optional(),
          PLACEMENT_AGREEMENT: schemas.PLACEMENT_AGREEMENT.optional(),
          EMPLOYMENT_CONTRACT: schemas.EMPLOYMENT_CONTRACT.optional(),
          SOCSEC_CARD: schemas.SOCSEC_CARD.optional(),
          JKN_PROOF: schemas.JKN_PROOF.optional(),
          OPP_CERT: schemas.OPP_CERT.optional(),
          E_KPMI: schemas.E_KPMI.optional(),
          SIP3MI: schemas.SIP3MI.optional(),
          SIP2MI: schemas.SIP2MI.optional(),
          COOP_AGREEMENT: schemas.COOP_AGREEMENT.optional(),
          JOB_ORDER: schemas.JOB_ORDER.optional(),
          CALL_LETTER: schemas.CALL_LETTER.optional(),
          RISK_STATEMENT: schemas.RISK_STATEMENT.optional(),
          LEAVE_LETTER: schemas.LEAVE_LETTER.optional(),
          FIT_TO_RETURN: schemas.FIT_TO_RETURN.optional(),
          HANDOVER_RECORD: schemas.HANDOVER_RECORD.optional(),
          DEATH_DOCS: schemas.DEATH_DOCS.optional(),
        })
        .readonly()
        .optional(),
    })
    .readonly();
}

/**
 * The zod schema of a whole dossier, built on first call and cached: optional `worker` facts that no
 * document carries (pregnancy, youngest child's birth date) and `documents` keyed by kind, at most one
 * of each. `checkDossier` validates the same shape document by document, so that one malformed
 * document does not hide the others' problems.
 *
 * @example
 * ```ts
 * dossierSchema().safeParse({ documents: {} }).success; //=> true
 * z.toJSONSchema(dossierSchema(), { io: "input" }); // for apps in other languages
 * ```
 */
export const dossierSchema = lazy(buildDossierSchema);

/**
 * A worker's dossier (`z.infer` of {@link dossierSchema}): what the lifecycle holds on a case and
 * what `checkDossier` judges.
 *
 * @example
 * ```ts
 * const dossier: Dossier = {
 *   documents: {
 *     PASSPORT: {
 *       number: "X1234567",
 *       name: "Siti Aminah",
 *       birthDate: "1998-04-02",
 *       issueDate: "2024-01-10",
 *       expiryDate: "2034-01-10",
 *     },
 *   },
 * };
 * ```
 */
export type Dossier = z.output<ReturnType<typeof dossierSchema>>;
