/**
 * The Indonesian (`id`) and English (`en`) message template of an issue code. `{name}` placeholders
 * are filled from the issue's `params`; a message never contains a value the caller submitted.
 *
 * @example
 * ```ts
 * const message: IssueMessage = {
 *   id: "Nilai terlalu panjang (paling banyak {max} karakter).",
 *   en: "The value is too long (at most {max} characters).",
 * };
 * ```
 */
export interface IssueMessage {
  readonly id: string;
  readonly en: string;
}
