import type { Issue } from "./issue.js";
import { ISSUE_CODES } from "./issue-codes/index.js";

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

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Renders an issue as a sentence in Indonesian (`id`) or English (`en`), filling the message's
 * `{name}` placeholders from `issue.params`. A placeholder without a parameter is left as it is. An
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
  const lang: Locale = locale === "en" ? "en" : "id";
  const code: unknown = issue?.code;
  const entry =
    typeof code === "string" && hasOwn.call(ISSUE_CODES, code)
      ? ISSUE_CODES[code as keyof typeof ISSUE_CODES]
      : UNKNOWN_CODE;
  const template: string = entry[lang];
  const params = issue?.params;
  if (params === undefined || params === null || typeof params !== "object") return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) => {
    if (!hasOwn.call(params, name)) return placeholder;
    const value: unknown = (params as Record<string, unknown>)[name];
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : placeholder;
  });
}
