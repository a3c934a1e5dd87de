/**
 * Codes of {@link PekerjaMigranError}: programmer errors, not domain failures.
 *
 * @example
 * ```ts
 * const code: ProgrammerErrorCode = "INVALID_POLICY"; // e.g. parsePassportNumber("A1234567", { minLength: 0 })
 * ```
 */
export type ProgrammerErrorCode = "INVALID_CALENDAR_DATE" | "INVALID_ARGUMENT" | "INVALID_POLICY";

/**
 * Thrown only for programmer errors (a malformed policy, an invalid date passed to a date helper that
 * expects a validated one). Domain failures are returned as issues instead. The message names the
 * argument, never its value.
 *
 * @example
 * ```ts
 * let code = "";
 * try {
 *   definePolicy(POLICIES[0]!, null as never); // overrides must be an object
 * } catch (error) {
 *   if (error instanceof PekerjaMigranError) code = error.code;
 * }
 * code; //=> "INVALID_POLICY"
 * ```
 */
export class PekerjaMigranError extends Error {
  readonly code: ProgrammerErrorCode;
  /** Structured details (argument names, issue codes), never input values. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ProgrammerErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "PekerjaMigranError";
    this.code = code;
    this.details = details;
  }
}
