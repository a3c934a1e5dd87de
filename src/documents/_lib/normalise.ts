// Compiled once (module level), not per call: these run for every name comparison.
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACES = /\s+/g;
const NON_DIGITS = /\D+/g;
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
// In printable ASCII, \p{P} and \p{S} are exactly these ranges, and NFKC changes nothing.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]+/g;

/**
 * A name reduced for comparison: Unicode NFKC, lower case, punctuation and symbols turned into
 * spaces, runs of whitespace collapsed, trimmed. "SITI  AMINAH", "Siti Aminah" and "siti-aminah"
 * compare equal; "Siti Aminah" and "Siti Aminah Binti Ali" do not (a missing name part is a real
 * difference a registration officer must look at).
 * @internal
 */
export function normaliseName(name: string): string {
  // Most names are plain ASCII: skip NFKC and the Unicode property classes for them.
  if (PRINTABLE_ASCII.test(name)) {
    return name.toLowerCase().replace(ASCII_PUNCTUATION, " ").replace(SPACES, " ").trim();
  }
  return name.normalize("NFKC").toLowerCase().replace(PUNCTUATION, " ").replace(SPACES, " ").trim();
}

/**
 * The digits of an identity number, ignoring separators ("32.01.01…" equals "320101…").
 * @internal
 */
export function digitsOf(value: string): string {
  return value.replace(NON_DIGITS, "");
}
