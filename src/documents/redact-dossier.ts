import { isCalendarDate } from "../_lib/dates/calendar-date.js";
import { maskNik } from "../identity/index.js";
import { DOCUMENT_KIND_CODES, type DocumentKind } from "./kinds.js";

/** What replaces a personal value in a redacted dossier. */
const REDACTED = "[redacted]";

/**
 * How a field is redacted: kept when it is a date, code, number or boolean of the expected form
 * (anything else in its place is dropped), masked as a NIK, or replaced by `[redacted]`.
 */
type FieldSpec =
  | "date"
  | "code"
  | "codes"
  | "number"
  | "boolean"
  | "nik"
  | "redact"
  | { readonly object: Readonly<Record<string, FieldSpec>> }
  | { readonly array: FieldSpec };

const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const MAX_ITEMS = 100;

// Every field of every kind, by how it is treated. Personal data (UU 27/2022): identity numbers,
// names, birth dates and places, addresses, document numbers, free text. Kept: codes, dates of
// issue/validity, amounts and flags, which support staff need and which identify no one alone.
const SPEC: { readonly [K in DocumentKind]: Readonly<Record<string, FieldSpec>> } = {
  KTP_EL: {
    nik: "nik",
    name: "redact",
    birthPlace: "redact",
    birthDate: "redact",
    sex: "code",
    address: "redact",
  },
  KK: {
    number: "nik",
    headOfFamily: "redact",
    members: {
      array: { object: { nik: "nik", name: "redact", birthDate: "redact", relation: "code" } },
    },
  },
  MARITAL_STATUS: { status: "code", spouseName: "redact", issueDate: "date", marriageBookCopy: "boolean" },
  FAMILY_CONSENT: {
    consenterName: "redact",
    relation: "code",
    consenterNik: "nik",
    signedDate: "date",
    acknowledgedBy: { object: { role: "code", name: "redact", date: "date" } },
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
    destination: "code",
    issueDate: "date",
    examinations: "codes",
    conclusion: "code",
    validUntil: "date",
    doctorName: "redact",
  },
  PASSPORT: {
    number: "redact",
    name: "redact",
    birthDate: "redact",
    sex: "code",
    issueDate: "date",
    expiryDate: "date",
    issuingOffice: "redact",
  },
  SKCK: { number: "redact", issueDate: "date", expiryDate: "date" },
  WORK_VISA: {
    number: "redact",
    type: "redact",
    destination: "code",
    employerName: "redact",
    validFrom: "date",
    validUntil: "date",
  },
  REENTRY_VISA: { number: "redact", validUntil: "date" },
  PLACEMENT_AGREEMENT: {
    signedDate: "date",
    implementer: "redact",
    jobOrderReference: "redact",
    costs: { array: { object: { component: "code", chargedToWorker: "number" } } },
  },
  EMPLOYMENT_CONTRACT: {
    signedDate: "date",
    employerName: "redact",
    employerProfile: "redact",
    employerAddress: "redact",
    workerName: "redact",
    workerIdNumber: "nik",
    workerAddress: "redact",
    position: "code",
    jobDescription: "redact",
    destination: "code",
    startDate: "date",
    durationMonths: "number",
    wage: { object: { amount: "number", currency: "code", paymentMethod: "redact" } },
    clauses: "codes",
  },
  SOCSEC_CARD: {
    membershipNumber: "redact",
    programs: "codes",
    registrationDate: "date",
    preWorkContribution: "number",
  },
  JKN_PROOF: { number: "redact" },
  OPP_CERT: { date: "date", hours: "number" },
  E_KPMI: { number: "redact", cardType: "code", issueDate: "date", expiryDate: "date", destination: "code" },
  SIP3MI: { number: "redact", status: "code", issueDate: "date", expiryDate: "date" },
  SIP2MI: {
    number: "redact",
    status: "code",
    destination: "code",
    positions: "codes",
    issueDate: "date",
    expiryDate: "date",
  },
  COOP_AGREEMENT: { signedDate: "date" },
  JOB_ORDER: { destination: "code", positions: "codes", verifiedDate: "date" },
  CALL_LETTER: { position: "code", date: "date" },
  RISK_STATEMENT: { signedDate: "date" },
  LEAVE_LETTER: { from: "date", until: "date" },
  FIT_TO_RETURN: { date: "date" },
  HANDOVER_RECORD: { date: "date", recipientRelation: "code", witnessedBy: "code" },
  DEATH_DOCS: { date: "date", documents: "codes" },
};

const WORKER_SPEC: Readonly<Record<string, FieldSpec>> = {
  pregnant: "boolean",
  youngestChildBirthDate: "redact",
};

const hasOwn = Object.prototype.hasOwnProperty;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function redactValue(value: unknown, spec: FieldSpec): unknown {
  switch (spec) {
    case "date":
      return isCalendarDate(value) ? value : undefined;
    case "code":
      return typeof value === "string" && CODE.test(value) ? value : undefined;
    case "codes":
      return Array.isArray(value)
        ? value.slice(0, MAX_ITEMS).filter((item) => typeof item === "string" && CODE.test(item))
        : undefined;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "nik":
      return value === undefined ? undefined : maskNik(value);
    case "redact":
      return value === undefined ? undefined : REDACTED;
    default:
      if ("object" in spec) return isRecord(value) ? redactObject(value, spec.object) : undefined;
      return Array.isArray(value)
        ? value.slice(0, MAX_ITEMS).map((item) => redactValue(item, spec.array))
        : undefined;
  }
}

function redactObject(
  value: Readonly<Record<string, unknown>>,
  spec: Readonly<Record<string, FieldSpec>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(spec)) {
    if (!hasOwn.call(value, key)) continue;
    const redacted = redactValue(value[key], spec[key] as FieldSpec);
    if (redacted !== undefined) out[key] = redacted;
  }
  return out;
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
 * Redacts a dossier for logs and support tickets: NIKs (KTP-el, KK members, consenting relative,
 * contract) and the KK number are masked with `maskNik` (region of first registration kept), names,
 * birth dates and places, addresses, document numbers and free text become `"[redacted]"`. Codes,
 * dates of issue and validity, amounts and flags are kept when they have the expected form; any
 * other field, unknown key or unknown document kind is dropped. Works on any input without throwing
 * and never mutates it; the result never contains a personal value of the input.
 *
 * @example
 * ```ts
 * redactDossier({
 *   documents: { KTP_EL: { nik: "3201014204980001", name: "Siti Aminah", sex: "F" } },
 * });
 * //=> { documents: { KTP_EL: { nik: "320101**********", name: "[redacted]", sex: "F" } } }
 * redactDossier("not a dossier"); //=> { documents: {} }
 * ```
 */
export function redactDossier(dossier: unknown): RedactedDossier {
  const documents: Partial<Record<DocumentKind, Readonly<Record<string, unknown>>>> = {};
  if (!isRecord(dossier)) return { documents };
  const rawDocs = hasOwn.call(dossier, "documents") ? dossier.documents : undefined;
  if (isRecord(rawDocs)) {
    for (const kind of DOCUMENT_KIND_CODES) {
      const doc = hasOwn.call(rawDocs, kind) ? rawDocs[kind] : undefined;
      if (isRecord(doc)) documents[kind] = redactObject(doc, SPEC[kind]);
    }
  }
  const worker = hasOwn.call(dossier, "worker") ? dossier.worker : undefined;
  return isRecord(worker) ? { worker: redactObject(worker, WORKER_SPEC), documents } : { documents };
}
