import { deepFreeze } from "../_lib/deep-freeze.js";
import { MAX_ID_INPUT_LENGTH } from "../_lib/read-id-digits.js";
import { readOwnFields } from "../_lib/read-once.js";
import { PekerjaMigranError } from "../core/errors.js";
import { createIssue, type Issue, type PathSegment } from "../core/issue.js";
import { err, ok, type Result } from "../core/result.js";

/**
 * The policy a passport number is judged by. The format of Indonesian passport numbers (letter
 * prefix, digits, length, meaning of the prefix for e-passports) is UNVERIFIED (REGULATIONS.md
 * §19.3: only contradictory commercial pages were found), so everything beyond "uppercase ASCII
 * letters and digits of bounded length" is a parameter here.
 *
 * @example
 * ```ts
 * const policy: PassportNumberPolicy = {
 *   minLength: 8,
 *   maxLength: 8,
 *   normaliseCase: true,
 *   pattern: /^[A-Z]\d{7}$/,
 * };
 * ```
 */
export interface PassportNumberPolicy {
  /** Fewest characters accepted (integer 1–64). */
  readonly minLength: number;
  /** Most characters accepted (integer 1–64, at least `minLength`). */
  readonly maxLength: number;
  /** Whether lowercase letters are turned into uppercase (`true`) or refused (`false`). */
  readonly normaliseCase: boolean;
  /** An extra pattern the (normalised) number must match, e.g. `/^[A-Z]\d{7}$/`. */
  readonly pattern?: RegExp;
}

/**
 * The default policy: wide bounds that refuse garbage but no plausible passport number (6 to 12
 * characters; both limits are UNVERIFIED choices, not law), lowercase refused rather than silently
 * changed, no extra pattern.
 *
 * @example
 * ```ts
 * DEFAULT_PASSPORT_NUMBER_POLICY.maxLength; //=> 12
 * ```
 */
export const DEFAULT_PASSPORT_NUMBER_POLICY = /* @__PURE__ */ deepFreeze({
  minLength: 6,
  maxLength: 12,
  normaliseCase: false,
} as const satisfies PassportNumberPolicy);

/**
 * Options of {@link parsePassportNumber}: any part of the policy, and an issue path.
 *
 * @example
 * ```ts
 * const options: ParsePassportNumberOptions = { normaliseCase: true, path: ["passport", "number"] };
 * parsePassportNumber("b7654321", options); //=> { ok: true, value: { passportNumber: "B7654321" } }
 * ```
 */
export interface ParsePassportNumberOptions extends Partial<PassportNumberPolicy> {
  /** Where the number sits in a larger input, for the issues' `path` (default `[]`). */
  readonly path?: readonly PathSegment[];
}

/**
 * The value of a valid passport number.
 *
 * @example
 * ```ts
 * const parts: PassportNumberParts = { passportNumber: "A1234567" };
 * ```
 */
export interface PassportNumberParts {
  /** The number, trimmed and (if the policy says so) uppercased. */
  readonly passportNumber: string;
}

function isLength(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_ID_INPUT_LENGTH;
}

function invalidPolicy(argument: string): never {
  throw new PekerjaMigranError("INVALID_POLICY", `passport number policy: ${argument} is invalid`, {
    argument,
  });
}

function resolvePolicy(options: ParsePassportNumberOptions): PassportNumberPolicy & {
  readonly path: readonly PathSegment[];
} {
  const minLength = options.minLength ?? DEFAULT_PASSPORT_NUMBER_POLICY.minLength;
  const maxLength = options.maxLength ?? DEFAULT_PASSPORT_NUMBER_POLICY.maxLength;
  const normaliseCase = options.normaliseCase ?? DEFAULT_PASSPORT_NUMBER_POLICY.normaliseCase;
  if (!isLength(minLength)) invalidPolicy("minLength");
  if (!isLength(maxLength) || maxLength < minLength) invalidPolicy("maxLength");
  if (typeof normaliseCase !== "boolean") invalidPolicy("normaliseCase");
  const path = options.path === undefined ? [] : options.path;
  if (!Array.isArray(path)) invalidPolicy("path");
  const { pattern } = options;
  if (pattern === undefined) return { minLength, maxLength, normaliseCase, path };
  if (!(pattern instanceof RegExp)) invalidPolicy("pattern");
  // A global or sticky RegExp remembers lastIndex between calls; test a stateless copy instead of
  // mutating the caller's object.
  const stateless =
    pattern.global || pattern.sticky
      ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""))
      : pattern;
  return { minLength, maxLength, normaliseCase, path, pattern: stateless };
}

/**
 * Validates a passport number under a {@link PassportNumberPolicy} (default
 * {@link DEFAULT_PASSPORT_NUMBER_POLICY}). What is certain is checked always: a non-empty string
 * (`INPUT_REQUIRED`, `INPUT_NOT_STRING`; numbers are refused too), at most 64 characters
 * (`INPUT_TOO_LONG`), surrounding whitespace trimmed, then only ASCII `A–Z` and `0–9`
 * (`PASSPORT_NUMBER_INVALID_CHARACTERS`; inner spaces and separators included). The policy then
 * decides lowercase (`PASSPORT_NUMBER_LOWERCASE` or uppercased), the length
 * (`PASSPORT_NUMBER_LENGTH`) and an optional pattern (`PASSPORT_NUMBER_PATTERN`, tested only when
 * the characters are right). No meaning is given to the prefix (UNVERIFIED). Every problem is
 * reported at once; issues never contain the number.
 *
 * Throws {@link PekerjaMigranError} `INVALID_POLICY` only for malformed options (a programmer
 * error): lengths that are not integers 1–64 or `maxLength < minLength`, a non-boolean
 * `normaliseCase`, a `pattern` that is not a RegExp, a `path` that is not an array (the passport
 * number's options are a policy, so each is checked; the NIK and KK parsers ignore a wrong `path`).
 *
 * @example
 * ```ts
 * parsePassportNumber(" A1234567 "); //=> { ok: true, value: { passportNumber: "A1234567" } }
 * parsePassportNumber("a1234567").ok; //=> false (PASSPORT_NUMBER_LOWERCASE)
 * parsePassportNumber("a1234567", { normaliseCase: true });
 * //=> { ok: true, value: { passportNumber: "A1234567" } }
 * parsePassportNumber("A1234567", { pattern: /^[A-Z]\d{6}$/ }).ok; //=> false (PASSPORT_NUMBER_PATTERN)
 * ```
 */
export function parsePassportNumber(
  input: unknown,
  options: ParsePassportNumberOptions = {},
): Result<PassportNumberParts> {
  // Own fields only: an option not given keeps its default even on a polluted Object.prototype.
  const policy = resolvePolicy(
    typeof options === "object" && options !== null && !Array.isArray(options)
      ? (readOwnFields(options) as ParsePassportNumberOptions)
      : {},
  );
  const { path } = policy;
  if (typeof input !== "string") {
    return err([
      createIssue(input === undefined || input === null ? "INPUT_REQUIRED" : "INPUT_NOT_STRING", path),
    ]);
  }
  if (input.length > MAX_ID_INPUT_LENGTH) {
    return err([createIssue("INPUT_TOO_LONG", path, { params: { max: MAX_ID_INPUT_LENGTH } })]);
  }
  const text = input.trim();
  if (text.length === 0) return err([createIssue("INPUT_REQUIRED", path)]);

  let invalid = false;
  let lowercase = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90)) continue;
    if (code >= 97 && code <= 122) lowercase = true;
    else invalid = true;
  }
  const issues: Issue[] = [];
  if (invalid) issues.push(createIssue("PASSPORT_NUMBER_INVALID_CHARACTERS", path));
  if (lowercase && !policy.normaliseCase) issues.push(createIssue("PASSPORT_NUMBER_LOWERCASE", path));
  if (text.length < policy.minLength || text.length > policy.maxLength) {
    issues.push(
      createIssue("PASSPORT_NUMBER_LENGTH", path, {
        params: { min: policy.minLength, max: policy.maxLength },
      }),
    );
  }
  // Only lowercase ASCII is left to change here (invalid characters refuse the number anyway).
  const passportNumber = lowercase ? text.toUpperCase() : text;
  if (!invalid && policy.pattern !== undefined && !policy.pattern.test(passportNumber)) {
    issues.push(createIssue("PASSPORT_NUMBER_PATTERN", path));
  }
  return issues.length > 0 ? err(issues) : ok({ passportNumber });
}
