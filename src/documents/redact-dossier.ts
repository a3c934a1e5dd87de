import { isCalendarDate } from "../_lib/dates/calendar-date.js";
import { maskNik } from "../identity/index.js";
import { COST_COMPONENT_CODES } from "../policies/index.js";
import { COUNTRY_CODES, CURRENCY_CODES, POSITION_CODES } from "../reference/index.js";
import { CONTRACT_CLAUSE_CODES } from "./contract-content.js";
import { DOCUMENT_KIND_CODES, type DocumentKind } from "./kinds.js";

/** What replaces a personal value (name, number, address, birth date, free text, open code). */
const REDACTED = "[redacted]";
/** What replaces a value that the allow-list does not let through: not in its code table, out of range. */
const INVALID = "[invalid]";

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
 */
type FieldSpec =
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

type Spec = Readonly<Record<string, FieldSpec>>;

const code = (table: readonly string[]): FieldSpec => ({ code: table });
const codes = (table: readonly string[]): FieldSpec => ({ codes: table });
// Plausible ranges: wide enough for any real figure, far below a NIK (16 digits), a KK number or a
// phone number typed into the cell. Rupiah amounts of placement costs and contributions stay under
// Rp 1 billion; a monthly wage in any currency under 100 million units.
const RUPIAH: FieldSpec = { amount: [0, 1e9] };
const WAGE: FieldSpec = { amount: [0, 1e8] };

/** At most this many items of a list are redacted; the rest are left out. */
const MAX_ITEMS = 100;

// Every field of every kind, by how it is treated. Personal data (UU 27/2022): identity numbers,
// names, birth dates and places, addresses, document numbers, free text; health data is specific
// personal data. Kept: codes of a table, dates of issue/validity, amounts and flags, which support
// staff need and which identify no one alone.
const SPEC: { readonly [K in DocumentKind]: Spec } = {
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

const WORKER_SPEC: Spec = {
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

const hasOwn = Object.prototype.hasOwnProperty;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isMember(table: readonly string[], value: unknown): boolean {
  return typeof value === "string" && table.includes(value);
}

/**
 * The items of a list as a fresh plain array: the caller's array (or a subclass of Array, or a
 * proxy) is read once by index, never through its own `slice`, `map` or `toJSON`.
 */
function redactList(value: readonly unknown[], item: (value: unknown) => unknown): unknown[] {
  const length = Math.min(value.length, MAX_ITEMS);
  const out: unknown[] = [];
  for (let index = 0; index < length; index++) out.push(item(value[index]));
  return out;
}

interface Settings {
  readonly keepHealthData: boolean;
}

/** The redacted value of one field, or `undefined` when the field is left out. */
function redactValue(value: unknown, spec: FieldSpec, settings: Settings): unknown {
  if (value === undefined) return undefined;
  switch (spec) {
    case "date":
      return isCalendarDate(value) ? value : INVALID;
    case "boolean":
      return typeof value === "boolean" ? value : INVALID;
    case "nik":
      return maskNik(value);
    case "redact":
      return REDACTED;
  }
  if ("code" in spec) return isMember(spec.code, value) ? value : INVALID;
  if ("codes" in spec) {
    const table = spec.codes;
    return Array.isArray(value)
      ? redactList(value, (item) => (isMember(table, item) ? item : INVALID))
      : INVALID;
  }
  if ("amount" in spec) {
    const [min, max] = spec.amount;
    const fits =
      typeof value === "number" &&
      value >= min &&
      value <= max &&
      (spec.integer !== true || Number.isInteger(value));
    return fits ? value : INVALID;
  }
  if ("health" in spec)
    return settings.keepHealthData ? redactValue(value, spec.health, settings) : undefined;
  if ("object" in spec) return isRecord(value) ? redactObject(value, spec.object, settings) : INVALID;
  const itemSpec = spec.array;
  return Array.isArray(value)
    ? redactList(value, (item) => redactValue(item, itemSpec, settings) ?? INVALID)
    : INVALID;
}

function redactObject(
  value: Readonly<Record<string, unknown>>,
  spec: Spec,
  settings: Settings,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(spec)) {
    // Own fields only, each read once.
    if (!hasOwn.call(value, key)) continue;
    const redacted = redactValue(value[key], spec[key] as FieldSpec, settings);
    if (redacted !== undefined) out[key] = redacted;
  }
  return out;
}

/**
 * Options of {@link redactDossier}.
 *
 * @example
 * ```ts
 * const options: RedactDossierOptions = { keepHealthData: true };
 * ```
 */
export interface RedactDossierOptions {
  /**
   * Keep the health data: the worker's pregnancy, the health certificate's conclusion (`FIT` or
   * `UNFIT`) and its examinations (each `"[redacted]"`, as they are open codes). Health data is
   * specific personal data (UU 27/2022 Pasal 4 ayat 2), left out by default.
   */
  readonly keepHealthData?: boolean;
}

/**
 * A dossier with its personal data redacted (UU 27/2022), for logs and support tickets.
 *
 * @example
 * ```ts
 * const redacted: RedactedDossier = { documents: { KTP_EL: { nik: "320101**********", name: "[redacted]" } } };
 * ```
 */
export interface RedactedDossier {
  readonly worker?: Readonly<Record<string, unknown>>;
  readonly documents: { readonly [K in DocumentKind]?: Readonly<Record<string, unknown>> };
}

/**
 * Redacts a dossier for logs and support tickets, by allow-list. NIKs (KTP-el, KK members,
 * consenting relative, contract) and the KK number are masked with `maskNik` (region of first
 * registration kept); names, birth dates and places, addresses, document numbers, free text and open
 * codes (a KK member's relation) become `"[redacted]"`. A code is kept only when it is a member of
 * its field's code table (sex, country, position, cost component, status, …), a date of issue or
 * validity only when it is a real date, an amount only inside its field's plausible range (costs
 * and contributions up to Rp 1 billion, a wage up to 100 million, OPP hours up to 1,000, a contract
 * of 1 to 600 whole months), a flag only when a boolean; any other value in a known field becomes
 * `"[invalid]"` (a passport number in `sex`, a NIK typed as a number in `hours`). Unknown keys and
 * unknown document kinds are left out; so is health data (pregnancy, the health certificate's
 * conclusion and examinations) unless `options.keepHealthData` is `true`. Lists keep their first
 * 100 items.
 *
 * Works on any input without throwing: the output is built from fresh plain objects and arrays (the
 * caller's arrays are read by index, never through their own methods or `toJSON`), reads each field
 * once and own fields only, and never changes or freezes the input. A getter or a proxy of the
 * caller's that throws when read (a revoked proxy included) propagates its error.
 *
 * @example
 * ```ts
 * redactDossier({
 *   documents: { KTP_EL: { nik: "3201014204980001", name: "Siti Aminah", sex: "F" } },
 * });
 * //=> { documents: { KTP_EL: { nik: "320101**********", name: "[redacted]", sex: "F" } } }
 * redactDossier({ documents: { KTP_EL: { sex: "X1234567" }, OPP_CERT: { hours: 3201014204980001 } } });
 * //=> { documents: { KTP_EL: { sex: "[invalid]" }, OPP_CERT: { hours: "[invalid]" } } }
 * redactDossier({ worker: { pregnant: true } }); //=> { worker: {}, documents: {} }
 * redactDossier("not a dossier"); //=> { documents: {} }
 * ```
 */
export function redactDossier(dossier: unknown, options?: RedactDossierOptions): RedactedDossier {
  const settings: Settings = {
    keepHealthData:
      isRecord(options) && hasOwn.call(options, "keepHealthData") && options.keepHealthData === true,
  };
  const documents: Partial<Record<DocumentKind, Readonly<Record<string, unknown>>>> = {};
  if (!isRecord(dossier)) return { documents };
  const rawDocs = hasOwn.call(dossier, "documents") ? dossier.documents : undefined;
  if (isRecord(rawDocs)) {
    for (const kind of DOCUMENT_KIND_CODES) {
      const doc = hasOwn.call(rawDocs, kind) ? rawDocs[kind] : undefined;
      if (isRecord(doc)) documents[kind] = redactObject(doc, SPEC[kind], settings);
    }
  }
  const worker = hasOwn.call(dossier, "worker") ? dossier.worker : undefined;
  return isRecord(worker)
    ? { worker: redactObject(worker, WORKER_SPEC, settings), documents }
    : { documents };
}
