import { isFieldName } from "../_lib/field-name.js";
import { numberText } from "../_lib/number-text.js";
import type { Issue } from "./issue.js";
import { EN_MESSAGES } from "./messages/en.js";
import { ID_MESSAGES } from "./messages/id.js";
import { LABELS } from "./messages/terms.js";

/**
 * The languages messages are written in: Indonesian (`id`) first, English (`en`).
 *
 * @example
 * ```ts
 * const locale: Locale = "en";
 * formatIssue(createIssue("INPUT_TOO_LONG", [], { params: { max: 64 } }), locale);
 * //=> "The value is too long (at most 64 characters)."
 * ```
 */
export type Locale = "id" | "en";

const UNKNOWN_CODE = {
  id: "Masalah yang tidak dikenal.",
  en: "Unknown issue.",
} as const;

/** What stands in for a parameter the issue does not carry: never the raw `{name}`. */
const MISSING_PARAM = {
  id: "(tidak diketahui)",
  en: "(unknown)",
} as const;

const hasOwn = Object.prototype.hasOwnProperty;

/** What stands in for a code no table names (the code itself is never printed: it may be input). */
const UNNAMED = { id: "(tidak dikenal)", en: "(unknown)" } as const;

type Table = Readonly<Record<string, string>>;

function tableOf(lang: Locale, kind: string): Table | undefined {
  const tables = LABELS[lang];
  return hasOwn.call(tables, kind) ? tables[kind] : undefined;
}

function labelOf(lang: Locale, kind: string, code: string): string | undefined {
  const table = tableOf(lang, kind);
  return table !== undefined && hasOwn.call(table, code) ? table[code] : undefined;
}

/**
 * The table of a list of codes whose kind the message does not name (`any`: the allowed values of
 * an enumeration): the first that holds every code of the list, since one code (`OTHER`) can
 * stand in several tables with different names; else, code by code, the first that holds it.
 */
function anyTable(lang: Locale, codes: readonly string[]): (code: string) => string | undefined {
  const tables = LABELS[lang];
  const names = Object.keys(tables);
  const whole = names.find((name) => codes.every((code) => hasOwn.call(tables[name], code)));
  if (whole !== undefined) return (code) => labelOf(lang, whole, code);
  return (code) => {
    const name = names.find((n) => hasOwn.call(tables[n], code));
    return name === undefined ? undefined : labelOf(lang, name, code);
  };
}

/** A key is printed only when it reads as a field name: short, no run of digits (never a NIK). */
function keyText(lang: Locale, key: string): string {
  if (isFieldName(key)) return key;
  return lang === "id" ? `‹kunci ${key.length} karakter›` : `‹key of ${key.length} characters›`;
}

/** What an issue with no field and no document is about. */
const WHOLE_VALUE = { id: "nilai", en: "the value" } as const;

function pathText(lang: Locale, segments: readonly unknown[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string") out += (out === "" ? "" : ".") + keyText(lang, segment);
  }
  return out;
}

/**
 * Where the issue is, in words: the field and, when it is on one, the document by name. A path
 * that starts with an index is in one entry of a list the caller passed (an event of a history):
 * the entry is named by its place, counted from 1 ("entri ke-2", "entry 2").
 */
function whereText(lang: Locale, issue: Issue): string {
  const path: readonly unknown[] = Array.isArray(issue?.path) ? issue.path : [];
  const first = path[0];
  if (typeof first === "number" && Number.isSafeInteger(first) && first >= 0) {
    const within = fieldText(lang, issue, path.slice(1));
    const place = numberText(first + 1, lang === "en");
    if (within === WHOLE_VALUE[lang]) return lang === "id" ? `entri ke-${place}` : `entry ${place}`;
    return lang === "id" ? `${within} pada entri ke-${place}` : `${within} of entry ${place}`;
  }
  return fieldText(lang, issue, path);
}

/** The field of `path` and, when it is on one, the document by name. */
function fieldText(lang: Locale, issue: Issue, path: readonly unknown[]): string {
  let kind: unknown = issue?.documentKind;
  let rest = path;
  if (
    path[0] === "documents" &&
    typeof path[1] === "string" &&
    labelOf(lang, "document", path[1]) !== undefined
  ) {
    kind = path[1];
    rest = path.slice(2);
  }
  const document = typeof kind === "string" ? labelOf(lang, "document", kind) : undefined;
  const field = pathText(lang, rest);
  if (lang === "id") {
    const on = document === undefined ? "" : ` pada dokumen ${document}`;
    if (field !== "") return `kolom "${field}"${on}`;
    return document === undefined ? WHOLE_VALUE.id : `dokumen ${document}`;
  }
  const on = document === undefined ? "" : ` of the document ${document}`;
  if (field !== "") return `the field "${field}"${on}`;
  return document === undefined ? WHOLE_VALUE.en : `the document ${document}`;
}

/**
 * Renders an issue as a sentence in Indonesian (`id`, the default) or English (`en`); any other
 * locale falls back to English. The message's `{name}` placeholders are filled from
 * `issue.params`; a `{name:kind}` placeholder prints the code it holds by its name in the locale
 * (document kinds, states, events, countries, …), and `{field:path}` names the field of the issue's
 * path and the document it is on; a path that starts with an index names the entry of the list by
 * its place, counted from 1 (`[1, "channel"]`: 'the field "channel" of entry 2'). Keys are printed
 * only when they read as field names, never a value. A placeholder without a usable parameter reads "(unknown)", never `{name}`. An
 * unknown code gives a generic sentence (the code itself is not echoed, since it may come from
 * outside data).
 *
 * @example
 * ```ts
 * formatIssue({ code: "INPUT_TOO_LONG", severity: "error", path: [], params: { max: 64 } }, "en");
 * //=> "The value is too long (at most 64 characters)."
 * formatIssue({ code: "INPUT_TOO_LONG", severity: "error", path: [], params: { max: 64 } }, "id");
 * //=> "Nilai terlalu panjang (paling banyak 64 karakter)."
 * ```
 */
export function formatIssue(issue: Issue, locale: Locale = "id"): string {
  const lang: Locale = locale === "id" ? "id" : "en";
  const messages = lang === "id" ? ID_MESSAGES : EN_MESSAGES;
  const code: unknown = issue?.code;
  const template: string =
    typeof code === "string" && hasOwn.call(messages, code)
      ? messages[code as keyof typeof messages]
      : UNKNOWN_CODE[lang];
  const raw: unknown = issue?.params;
  const params = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : undefined;
  const text = template.replace(
    /\{([A-Za-z0-9_]+)(?::([A-Za-z]+))?\}/g,
    (_slot, name: string, kind?: string) => {
      if (kind === "path") return whereText(lang, issue);
      const value: unknown = params !== undefined && hasOwn.call(params, name) ? params[name] : undefined;
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
        return MISSING_PARAM[lang];
      // A number is written as the locale writes it ("24.197" / "24,197"), as the formatters do.
      if (kind === undefined) {
        return typeof value === "number" && Number.isFinite(value)
          ? numberText(value, lang === "en")
          : String(value);
      }
      // A labelled parameter holds codes (a list is comma-separated): each is printed by its name.
      const codes = String(value).split(", ");
      const label = kind === "any" ? anyTable(lang, codes) : (code: string) => labelOf(lang, kind, code);
      return codes.map((code) => label(code) ?? UNNAMED[lang]).join(", ");
    },
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}
