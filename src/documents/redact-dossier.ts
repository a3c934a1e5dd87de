import { isCalendarDate } from "../_lib/dates/calendar-date.js";
import { maskNik } from "../identity/index.js";
import { DOCUMENT_KIND_CODES, type DocumentKind } from "./kinds.js";
import { type FieldSpec, HEALTH_KINDS, SPEC, type Spec, WORKER_SPEC } from "./redaction-spec.js";

/** What replaces a personal value (name, number, address, birth date, free text, open code). */
const REDACTED = "[redacted]";
/** What replaces a value that the allow-list does not let through: not in its code table, out of range. */
const INVALID = "[invalid]";
/** At most this many items of a list are redacted; the rest are left out. */
const MAX_ITEMS = 100;

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
   * `UNFIT`) and its examinations (each `"[redacted]"`, as they are open codes), and the
   * fit-to-return letter, which is issued for a worker who returns sick. Health data is specific
   * personal data (UU 27/2022 Pasal 4 ayat 2), left out by default.
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
 * conclusion and examinations, and the whole fit-to-return letter, whose presence says the worker
 * returned sick) unless `options.keepHealthData` is `true`. Lists keep their first 100 items.
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
      if (!isRecord(doc) || (HEALTH_KINDS.has(kind) && !settings.keepHealthData)) continue;
      documents[kind] = redactObject(doc, SPEC[kind], settings);
    }
  }
  const worker = hasOwn.call(dossier, "worker") ? dossier.worker : undefined;
  return isRecord(worker)
    ? { worker: redactObject(worker, WORKER_SPEC, settings), documents }
    : { documents };
}
