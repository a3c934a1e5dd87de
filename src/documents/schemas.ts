import * as z from "zod";
import { calendarDateSchema, codeSchema, countryCodeSchema, lazy } from "../_lib/schemas.js";
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
  // Each field gets its own schema instance: pekerja-migran/json-schema describes fields by instance.
  const date = calendarDateSchema;
  const country = countryCodeSchema;
  const sex = () => z.enum(["M", "F"]);
  const positions = () => z.array(codeSchema()).min(1).max(100);
  const licenceStatus = () => z.enum(["ACTIVE", "SUSPENDED", "REVOKED"]);
  return {
    KTP_EL: z.strictObject({
      nik: z.string().max(64),
      name: name(),
      birthPlace: name().optional(),
      birthDate: date(),
      sex: sex().optional(),
      address: address().optional(),
    }),
    KK: z.strictObject({
      number: z.string().max(64),
      headOfFamily: name().optional(),
      members: z
        .array(
          z.strictObject({
            nik: z.string().max(64),
            name: name().optional(),
            birthDate: date().optional(),
            relation: codeSchema().optional(),
          }),
        )
        .max(50)
        .optional(),
    }),
    MARITAL_STATUS: z.strictObject({
      status: z.enum(["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"]),
      spouseName: name().optional(),
      issueDate: date().optional(),
      marriageBookCopy: z.boolean().optional(),
    }),
    FAMILY_CONSENT: z.strictObject({
      consenterName: name(),
      relation: z.enum(["SPOUSE", "FATHER", "MOTHER", "GUARDIAN"]),
      consenterNik: z.string().max(64).optional(),
      signedDate: date(),
      acknowledgedBy: z
        .strictObject({
          role: z.enum(["KEPALA_DESA", "LURAH"]),
          name: name().optional(),
          date: date().optional(),
        })
        .optional(),
    }),
    COMPETENCY_CERT: z.strictObject({
      number: ref(),
      competency: text().optional(),
      scheme: text().optional(),
      issueDate: date(),
      expiryDate: date().optional(),
    }),
    HEALTH_CERT: z.strictObject({
      facility: text().optional(),
      destination: country(),
      issueDate: date(),
      examinations: z.array(codeSchema()).max(50).optional(),
      conclusion: z.enum(["FIT", "UNFIT"]),
      validUntil: date().optional(),
      doctorName: name().optional(),
    }),
    PASSPORT: z.strictObject({
      number: z.string().min(1).max(32),
      name: name(),
      birthDate: date(),
      sex: sex().optional(),
      issueDate: date(),
      expiryDate: date(),
      issuingOffice: text().optional(),
    }),
    SKCK: z.strictObject({ number: ref(), issueDate: date(), expiryDate: date().optional() }),
    WORK_VISA: z.strictObject({
      number: ref(),
      type: text().optional(),
      destination: country(),
      employerName: name().optional(),
      validFrom: date().optional(),
      validUntil: date(),
    }),
    REENTRY_VISA: z.strictObject({ number: ref().optional(), validUntil: date() }),
    PLACEMENT_AGREEMENT: z.strictObject({
      signedDate: date(),
      implementer: text().optional(),
      employerName: name().optional(),
      jobOrderReference: ref().optional(),
      costs: z
        .array(z.strictObject({ component: z.enum(COST_COMPONENT_CODES), chargedToWorker: amount() }))
        .max(COST_COMPONENT_CODES.length * 4)
        .optional(),
    }),
    EMPLOYMENT_CONTRACT: z.strictObject({
      signedDate: date(),
      employerName: name().optional(),
      employerProfile: text().optional(),
      employerAddress: address().optional(),
      workerName: name().optional(),
      workerIdNumber: z.string().max(64).optional(),
      workerAddress: address().optional(),
      position: codeSchema().optional(),
      jobDescription: text().optional(),
      destination: country().optional(),
      startDate: date().optional(),
      durationMonths: z.number().int().min(1).max(600).optional(),
      wage: z
        .strictObject({
          amount: amount(),
          currency: z
            .string()
            .length(3)
            .regex(/^[A-Z]{3}$/),
          paymentMethod: text().optional(),
        })
        .optional(),
      clauses: z.array(z.enum(CONTRACT_CLAUSE_CODES)).max(50).optional(),
    }),
    SOCSEC_CARD: z.strictObject({
      membershipNumber: ref(),
      programs: z.array(z.enum(["JKK", "JKM", "JHT"])).max(3),
      registrationDate: date(),
      preWorkContribution: amount().optional(),
    }),
    JKN_PROOF: z.strictObject({ number: ref() }),
    OPP_CERT: z.strictObject({ date: date(), hours: z.number().min(0).max(1000).optional() }),
    E_KPMI: z.strictObject({
      number: ref(),
      cardType: z.enum(["E_PMI", "E_KPMI"]),
      issueDate: date(),
      expiryDate: date().optional(),
      destination: country().optional(),
    }),
    SIP3MI: z.strictObject({
      number: ref(),
      status: licenceStatus(),
      issueDate: date().optional(),
      expiryDate: date().optional(),
    }),
    SIP2MI: z.strictObject({
      number: ref(),
      status: licenceStatus(),
      destination: country(),
      positions: positions(),
      issueDate: date().optional(),
      expiryDate: date().optional(),
    }),
    COOP_AGREEMENT: z.strictObject({ signedDate: date() }),
    JOB_ORDER: z.strictObject({
      destination: country(),
      positions: positions(),
      verifiedDate: date().optional(),
    }),
    CALL_LETTER: z.strictObject({ position: codeSchema().optional(), date: date().optional() }),
    RISK_STATEMENT: z.strictObject({ signedDate: date() }),
    LEAVE_LETTER: z.strictObject({ from: date(), until: date() }),
    FIT_TO_RETURN: z.strictObject({ date: date() }),
    HANDOVER_RECORD: z.strictObject({
      date: date(),
      recipientRelation: codeSchema().optional(),
      witnessedBy: z.enum(["REGIONAL_GOVERNMENT", "VILLAGE_GOVERNMENT"]).optional(),
    }),
    DEATH_DOCS: z.strictObject({
      date: date().optional(),
      documents: z
        .array(z.enum(["MCCD", "EXPORT_PERMIT", "EMBALMING_CERTIFICATE", "SEALING_CERTIFICATE"]))
        .max(10)
        .optional(),
    }),
  } as const satisfies Record<DocumentKind, z.ZodType>;
}

/**
 * Each schema compiled by `z.compile`: a valid document is parsed by generated code (several times
 * faster than zod's interpreter); an invalid one falls back to the interpreter, so the issues are
 * zod's own, unchanged. Objects are not frozen at run time (`.readonly()` froze every parsed
 * object and cost a quarter of the parse); the types stay deeply readonly.
 */
function compileAll<T extends Record<string, z.ZodType>>(schemas: T): T {
  const out: Record<string, z.ZodType> = {};
  for (const key of Object.keys(schemas)) out[key] = z.compile(schemas[key] as z.ZodType);
  return out as T;
}

/**
 * The zod schema of each document kind, built on first call and cached, and compiled by `z.compile`
 * (valid input takes generated code; invalid input zod's interpreter, with its usual issues). Parsed
 * documents are plain objects, not frozen (their types are readonly). Dates are `YYYY-MM-DD`
 * (issue `DATE_INVALID`), countries ISO 3166-1 alpha-2, every string bounded. Objects are strict:
 * an unknown key fails the parse (`SCHEMA_UNKNOWN_KEY` in `checkDossier`), since a misspelt optional
 * field would otherwise vanish and change the verdict without a word.
 *
 * @example
 * ```ts
 * documentSchemas().PASSPORT.safeParse({ number: "X1234567" }).success; //=> false
 * ```
 */
export const documentSchemas = lazy(() => compileAll(rawDocumentSchemas()));

/**
 * The interpreted schemas, from which the compiled ones are made.
 * @internal
 */
export const rawDocumentSchemas = lazy(buildDocumentSchemas);

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
export type DossierDocument<K extends DocumentKind> = ReadonlyDeep<
  z.output<ReturnType<typeof documentSchemas>[K]>
>;

/** The parsed types, readonly all the way down (the parsed objects themselves are not frozen). */
type ReadonlyDeep<T> = T extends readonly (infer E)[]
  ? readonly ReadonlyDeep<E>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
    : T;

/**
 * Facts about the worker that no document carries, read by optional policy rules.
 * @internal
 */
export const workerFactsSchema = lazy(() => z.compile(buildWorkerFactsSchema()));

function buildWorkerFactsSchema() {
  return z.strictObject({
    pregnant: z.boolean().optional(),
    youngestChildBirthDate: calendarDateSchema().optional(),
  });
}

/** The `documents` object of a dossier: every kind optional, at most one of each. */
function buildDocumentsSchema() {
  // From the interpreted schemas: compiling the whole object at once yields one generated parser.
  const schemas = rawDocumentSchemas();
  return z.strictObject({
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
  });
}

/**
 * The `documents` object of a dossier, compiled: `checkDossier` parses a dossier's documents with it
 * in one call, and document by document only when it fails (to report each one's issues).
 * @internal
 */
export const documentsSchema = lazy(() => z.compile(buildDocumentsSchema()));

function buildDossierSchema() {
  return z.strictObject({
    worker: buildWorkerFactsSchema().optional(),
    documents: buildDocumentsSchema().optional(),
  });
}

/**
 * The zod schema of a whole dossier, built on first call, compiled by `z.compile` and cached (the
 * parsed dossier is a plain object, not frozen): optional `worker` facts that no
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
export const dossierSchema = lazy(() => z.compile(buildDossierSchema()));

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
export type Dossier = ReadonlyDeep<z.output<ReturnType<typeof dossierSchema>>>;
