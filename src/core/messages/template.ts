import type { ID_MESSAGES } from "./id.js";

/**
 * Any issue code of the library, as a literal union: the keys of the Indonesian messages.
 *
 * @example
 * ```ts
 * const code: IssueCode = "ID_NUMBER_LENGTH";
 * ISSUE_CODES[code].en; // the English message template
 * ```
 */
export type IssueCode = keyof typeof ID_MESSAGES;

/** The `{…}` bodies of a template, as a union of string literals (`"max"`, `"kind:document"`). */
type Slots<S extends string> = S extends `${string}{${infer Body}}${infer Rest}` ? Body | Slots<Rest> : never;
type NameOf<Body extends string> = Body extends `${infer Name}:${string}` ? Name : Body;
type KindOf<Body extends string> = Body extends `${string}:${infer Kind}` ? Kind : "text";

/**
 * The value of one issue parameter: a limit, a count, a date or a code of the library, never a
 * value the caller submitted.
 *
 * @example
 * ```ts
 * const months: ParamValue = 6;
 * ```
 */
export type ParamValue = string | number | boolean;

/**
 * The parameters a message template needs, read from its placeholders at compile time:
 * `"at most {max} characters"` needs `{ max }`. A `{name:path}` placeholder is filled from the
 * issue's path, not from a parameter.
 *
 * @example
 * ```ts
 * const params: TemplateParams<"between {min} and {max}"> = { min: 6, max: 12 };
 * ```
 */
export type TemplateParams<S extends string> = {
  readonly [Body in Slots<S> as KindOf<Body> extends "path" ? never : NameOf<Body>]: ParamValue;
};

/**
 * The parameters an issue of code `C` must carry, typed from its Indonesian message (the English
 * one has the same placeholders). `{}` for a message without placeholders.
 *
 * @example
 * ```ts
 * const params: IssueParamsOf<"PASSPORT_NUMBER_LENGTH"> = { min: 6, max: 12 };
 * ```
 */
export type IssueParamsOf<C extends IssueCode> = TemplateParams<(typeof ID_MESSAGES)[C]>;

/**
 * The codes whose two messages have different placeholders (`never` when they all agree; a type
 * test holds it at `never`).
 *
 * @example
 * ```ts
 * const none: [PlaceholderMismatch<typeof EN_MESSAGES>] extends [never] ? true : false = true;
 * ```
 */
export type PlaceholderMismatch<M extends { readonly [C in IssueCode]: string }> = {
  [C in IssueCode]: [Slots<M[C]>] extends [Slots<(typeof ID_MESSAGES)[C]>]
    ? [Slots<(typeof ID_MESSAGES)[C]>] extends [Slots<M[C]>]
      ? never
      : C
    : C;
}[IssueCode];

/**
 * The shape of a locale's message table: one template for every issue code, no other key.
 *
 * @example
 * ```ts
 * const table: MessagesLike = EN_MESSAGES;
 * ```
 */
export type MessagesLike = { readonly [C in IssueCode]: string };
