/**
 * The Indonesian (`id`) and English (`en`) message of an issue code. `{name}` placeholders are
 * filled from the issue's `params`; a message never contains a value the caller submitted.
 */
export interface IssueMessage {
  readonly id: string;
  readonly en: string;
}
