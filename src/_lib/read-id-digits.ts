import { createIssue, type Issue, type PathSegment } from "../core/issue.js";

/**
 * The longest input looked at, checked before any other work so that a huge string costs nothing.
 * 16 digits, 5 separators and generous surrounding whitespace fit well within it.
 * @internal
 */
export const MAX_ID_INPUT_LENGTH = 64;

/** The number of digits of a NIK and of a KK number. @internal */
export const ID_NUMBER_DIGITS = 16;

// A separator may stand only where it splits digit groups without changing them: after the
// province (2), regency (4), district (6) and birth date (12) parts of the NIK layout
// `PP KK CC DDMMYY SSSS`, and after 8 for the common 4-4-4-4 display.
function isBoundary(digitsBefore: number): boolean {
  return (
    digitsBefore === 2 ||
    digitsBefore === 4 ||
    digitsBefore === 6 ||
    digitsBefore === 8 ||
    digitsBefore === 12
  );
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2e || code === 0x2d; // space, dot, hyphen
}

function isAllAsciiDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Reads a 16-digit identity number (NIK, KK number) from outside data.
 *
 * The rule, shared by every identity number:
 * - only a string is read: `null`/`undefined` give `INPUT_REQUIRED`, a number or bigint gives
 *   `ID_NUMBER_AS_NUMBER` (numbers drop leading zeros and lose digits above 2^53), anything else
 *   `INPUT_NOT_STRING`;
 * - a string longer than {@link MAX_ID_INPUT_LENGTH} gives `INPUT_TOO_LONG` before any other work;
 * - surrounding whitespace is trimmed (`String.prototype.trim`); an empty result is `INPUT_REQUIRED`;
 * - inside, only ASCII digits are accepted, plus single ASCII spaces, dots or hyphens between digit
 *   groups (after digit 2, 4, 6, 8 or 12); full-width and other Unicode digits are refused.
 *
 * @returns the 16 digits, or the issues found (every format issue at once)
 * @internal
 */
export function readIdDigits(input: unknown, path: readonly PathSegment[]): string | Issue[] {
  if (typeof input !== "string") {
    if (input === undefined || input === null) return [createIssue("INPUT_REQUIRED", path)];
    if (typeof input === "number" || typeof input === "bigint")
      return [createIssue("ID_NUMBER_AS_NUMBER", path)];
    return [createIssue("INPUT_NOT_STRING", path)];
  }
  if (input.length > MAX_ID_INPUT_LENGTH) {
    return [createIssue("INPUT_TOO_LONG", path, { params: { max: MAX_ID_INPUT_LENGTH } })];
  }
  const text = input.trim();
  if (text.length === 0) return [createIssue("INPUT_REQUIRED", path)];
  // The common case: exactly 16 ASCII digits, no copy made.
  if (text.length === ID_NUMBER_DIGITS && isAllAsciiDigits(text)) return text;

  let digits = "";
  let invalid = false;
  let misplaced = false;
  let previousWasDigit = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits += text[i];
      previousWasDigit = true;
    } else if (isSeparator(code)) {
      if (!previousWasDigit || !isBoundary(digits.length)) misplaced = true;
      previousWasDigit = false;
    } else {
      invalid = true;
      // Already reported; a separator next to it is not a second problem.
      previousWasDigit = true;
    }
  }
  // A separator may not end the number either (trim only removes whitespace, not dots or hyphens).
  if (isSeparator(text.charCodeAt(text.length - 1))) misplaced = true;

  const issues: Issue[] = [];
  if (invalid) issues.push(createIssue("ID_NUMBER_INVALID_CHARACTERS", path));
  if (misplaced) issues.push(createIssue("ID_NUMBER_MISPLACED_SEPARATOR", path));
  if (digits.length !== ID_NUMBER_DIGITS) {
    issues.push(
      createIssue("ID_NUMBER_LENGTH", path, {
        params: { expected: ID_NUMBER_DIGITS, actual: digits.length },
      }),
    );
  }
  return issues.length > 0 ? issues : digits;
}

/**
 * The value of the two ASCII digits at `offset` (the caller has checked they are digits).
 * @internal
 */
export function twoDigits(digits: string, offset: number): number {
  return (digits.charCodeAt(offset) - 48) * 10 + (digits.charCodeAt(offset + 1) - 48);
}
