// What `redactDossier` does with each field of each document kind: the allow-list, as data.
import { COST_COMPONENT_CODES } from "../policies/index.js";
import { COUNTRY_CODES, CURRENCY_CODES, POSITION_CODES } from "../reference/index.js";
import { CONTRACT_CLAUSE_CODES } from "./contract-content.js";
import { DOCUMENT_KIND_CODES, type DocumentKind } from "./kinds.js";

// Redaction is by allow-list: a value is printed only when it is a member of its field's code table,
// a real calendar date, a boolean, or an amount inside the field's plausible range. Anything else in
// a known field (a passport number in `sex`, a NIK typed as a number in `hours`: column-shifted
// imports put data exactly there) becomes INVALID, and a personal field becomes REDACTED. The code
// tables below repeat the enums of the document schemas (schemas.ts); a test holds them equal, and
// they are kept here so that redacting pulls no zod into a bundle.

const SEX = ["M", "F"] as const;
const MARITAL_STATUSES = ["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"] as const;
const CONSENT_RELATIONS = ["SPOUSE", "FATHER", "MOTHER", "GUARDIAN"] as const;
const ACKNOWLEDGING_ROLES = ["KEPALA_DESA", "LURAH"] as const;
const HEALTH_CONCLUSIONS = ["FIT", "UNFIT"] as const;
const WORKER_CARD_TYPES = ["E_PMI", "E_KPMI"] as const;
const LICENCE_STATUSES = ["ACTIVE", "SUSPENDED", "REVOKED"] as const;
const SOCIAL_SECURITY_PROGRAMS = ["JKK", "JKM", "JHT"] as const;
const HANDOVER_WITNESSES = ["REGIONAL_GOVERNMENT", "VILLAGE_GOVERNMENT"] as const;
const DEATH_DOCUMENTS = ["MCCD", "EXPORT_PERMIT", "EMBALMING_CERTIFICATE", "SEALING_CERTIFICATE"] as const;

/**
 * How a field is redacted.
 * - `date`: kept when a real `YYYY-MM-DD` date (dates of issue and validity, never birth dates);
 * - `{ code }` / `{ codes }`: a code / a list of codes, each kept only when a member of the table;
 * - `{ amount }`: a number kept only inside `[min, max]` (and whole when `integer`);
 * - `boolean`: kept when a boolean;
 * - `nik`: masked with `maskNik`;
 * - `redact`: replaced by `[redacted]` (personal data, or an open code that could carry any text);
 * - `{ health }`: health data (UU 27/2022 Pasal 4 ayat 2: specific personal data), left out unless
 *   the caller asks for it with `keepHealthData`;
 * - `{ object }` / `{ array }`: nested fields, a list of items.
 * @internal
 */
export type FieldSpec =
  | "date"
  | "boolean"
  | "nik"
  | "redact"
  | { readonly code: readonly string[] }
  | { readonly codes: readonly string[] }
  | { readonly amount: readonly [min: number, max: number]; readonly integer?: true }
  | { readonly health: FieldSpec }
  | { readonly object: Readonly<Record<string, FieldSpec>> }
  | { readonly array: FieldSpec };

/** How each field of an object is redacted. @internal */
export type Spec = Readonly<Record<string, FieldSpec>>;

const code = (table: readonly string[]): FieldSpec => ({ code: table });
const codes = (table: readonly string[]): FieldSpec => ({ codes: table });
// Plausible ranges: wide enough for any real figure, far below a NIK (16 digits), a KK number or a
// phone number typed into the cell. Rupiah amounts of placement costs and contributions stay under
// Rp 1 billion; a monthly wage in any currency under 100 million units.
const RUPIAH: FieldSpec = { amount: [0, 1e9] };
const WAGE: FieldSpec = { amount: [0, 1e8] };

// Every field of every kind, by how it is treated. Personal data (UU 27/2022): identity numbers,
// names, birth dates and places, addresses, document numbers, free text; health data is specific
// personal data. Kept: codes of a table, dates of issue/validity, amounts and flags, which support
// staff need and which identify no one alone.
/** Every field of every document kind, by how it is redacted. @internal */
export const SPEC: { readonly [K in DocumentKind]: Spec } = {
  KTP_EL: {
    nik: "nik",
    name: "redact",
    birthPlace: "redact",
    birthDate: "redact",
    sex: code(SEX),
    address: "redact",
  },
  KK: {
    number: "nik",
    headOfFamily: "redact",
    // `relation` is an open code in the schema (no table): it could carry any text.
    members: { array: { object: { nik: "nik", name: "redact", birthDate: "redact", relation: "redact" } } },
  },
  MARITAL_STATUS: {
    status: code(MARITAL_STATUSES),
    spouseName: "redact",
    issueDate: "date",
    marriageBookCopy: "boolean",
  },
  FAMILY_CONSENT: {
    consenterName: "redact",
    relation: code(CONSENT_RELATIONS),
    consenterNik: "nik",
    signedDate: "date",
    acknowledgedBy: { object: { role: code(ACKNOWLEDGING_ROLES), name: "redact", date: "date" } },
  },
  COMPETENCY_CERT: {
    number: "redact",
    competency: "redact",
    scheme: "redact",
    issueDate: "date",
    expiryDate: "date",
  },
  HEALTH_CERT: {
    facility: "redact",
    destination: code(COUNTRY_CODES),
    issueDate: "date",
    // Which examinations were made is health data, and an open code (no table).
    examinations: { health: { array: "redact" } },
    conclusion: { health: code(HEALTH_CONCLUSIONS) },
    validUntil: "date",
    doctorName: "redact",
  },
  PASSPORT: {
    number: "redact",
    name: "redact",
    birthDate: "redact",
    sex: code(SEX),
    issueDate: "date",
    expiryDate: "date",
    issuingOffice: "redact",
  },
  SKCK: { number: "redact", issueDate: "date", expiryDate: "date" },
  WORK_VISA: {
    number: "redact",
    type: "redact",
    destination: code(COUNTRY_CODES),
    employerName: "redact",
    validFrom: "date",
    validUntil: "date",
  },
  REENTRY_VISA: { number: "redact", validUntil: "date" },
  PLACEMENT_AGREEMENT: {
    signedDate: "date",
    implementer: "redact",
    employerName: "redact",
    jobOrderReference: "redact",
    costs: { array: { object: { component: code(COST_COMPONENT_CODES), chargedToWorker: RUPIAH } } },
  },
  EMPLOYMENT_CONTRACT: {
    signedDate: "date",
    employerName: "redact",
    employerProfile: "redact",
    employerAddress: "redact",
    workerName: "redact",
    workerIdNumber: "nik",
    workerAddress: "redact",
    position: code(POSITION_CODES),
    jobDescription: "redact",
    destination: code(COUNTRY_CODES),
    startDate: "date",
    durationMonths: { amount: [1, 600], integer: true },
    wage: { object: { amount: WAGE, currency: code(CURRENCY_CODES), paymentMethod: "redact" } },
    clauses: codes(CONTRACT_CLAUSE_CODES),
  },
  SOCSEC_CARD: {
    membershipNumber: "redact",
    programs: codes(SOCIAL_SECURITY_PROGRAMS),
    registrationDate: "date",
    preWorkContribution: RUPIAH,
  },
  JKN_PROOF: { number: "redact" },
  OPP_CERT: { date: "date", hours: { amount: [0, 1000] } },
  E_KPMI: {
    number: "redact",
    cardType: code(WORKER_CARD_TYPES),
    issueDate: "date",
    expiryDate: "date",
    destination: code(COUNTRY_CODES),
  },
  SIP3MI: { number: "redact", status: code(LICENCE_STATUSES), issueDate: "date", expiryDate: "date" },
  SIP2MI: {
    number: "redact",
    status: code(LICENCE_STATUSES),
    destination: code(COUNTRY_CODES),
    positions: codes(POSITION_CODES),
    issueDate: "date",
    expiryDate: "date",
  },
  COOP_AGREEMENT: { signedDate: "date" },
  JOB_ORDER: { destination: code(COUNTRY_CODES), positions: codes(POSITION_CODES), verifiedDate: "date" },
  CALL_LETTER: { position: code(POSITION_CODES), date: "date" },
  RISK_STATEMENT: { signedDate: "date" },
  LEAVE_LETTER: { from: "date", until: "date" },
  FIT_TO_RETURN: { date: "date" },
  HANDOVER_RECORD: { date: "date", recipientRelation: "redact", witnessedBy: code(HANDOVER_WITNESSES) },
  DEATH_DOCS: { date: "date", documents: codes(DEATH_DOCUMENTS) },
};

/**
 * Kinds whose presence alone is health data: a fit-to-return letter is issued for a worker who
 * returns sick or injured (Permen P2MI 32/2025 Pasal 13 huruf b), so even `{ date }` would say so.
 * @internal
 */
export const HEALTH_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(["FIT_TO_RETURN"]);

/** The worker facts of a dossier, by how each is redacted. @internal */
export const WORKER_SPEC: Spec = {
  pregnant: { health: "boolean" },
  youngestChildBirthDate: "redact",
};

/**
 * The code tables of the redaction's code fields, by document kind and field (`"worker"` for the
 * worker facts), for the test that holds them equal to the schemas' enums.
 * @internal
 */
export function redactionCodeTables(): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  walkSpecs((path, field) => {
    if (typeof field === "object" && "code" in field) out[path] = field.code;
    else if (typeof field === "object" && "codes" in field) out[path] = field.codes;
  });
  return out;
}

/**
 * Every field the redaction names, as `KIND.field` paths (`[]` for a list's items, `worker.` for
 * the worker facts), for the test that holds them equal to the schemas' fields: a field the map
 * forgets would be left out of the copy like an unknown key.
 * @internal
 */
export function redactionFieldPaths(): string[] {
  const out: string[] = [];
  walkSpecs((path, field) => {
    const inner = typeof field === "object" && "health" in field ? field.health : field;
    if (typeof inner === "string" || !("object" in inner || "array" in inner)) out.push(path);
  });
  return out;
}

/** Calls `visit` on every field of every kind's spec and of the worker's, nested ones included. */
function walkSpecs(visit: (path: string, field: FieldSpec) => void): void {
  const walk = (prefix: string, spec: Spec) => {
    for (const key of Object.keys(spec)) collect(`${prefix}.${key}`, spec[key] as FieldSpec);
  };
  const collect = (path: string, field: FieldSpec) => {
    visit(path, field);
    if (typeof field === "string") return;
    if ("health" in field) collect(path, field.health);
    else if ("object" in field) walk(path, field.object);
    else if ("array" in field) collect(`${path}[]`, field.array);
  };
  for (const kind of DOCUMENT_KIND_CODES) walk(kind, SPEC[kind]);
  walk("worker", WORKER_SPEC);
}
