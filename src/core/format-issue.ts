import type { Issue } from "./issue.js";
import { EN_MESSAGES } from "./messages/en.js";
import { ID_MESSAGES } from "./messages/id.js";

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

/**
 * Renders an issue as a sentence in Indonesian (`id`, the default) or English (`en`); any other
 * locale falls back to English. The message's `{name}` placeholders are filled from
 * `issue.params`; a placeholder without a usable parameter reads "(unknown)", never `{name}`. An
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
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (_placeholder, name: string) => {
    const value: unknown = params !== undefined && hasOwn.call(params, name) ? params[name] : undefined;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : MISSING_PARAM[lang];
  });
}
