// Compiled once (module level), not per call: these run for every name comparison.
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACES = /\s+/g;
const NON_DIGITS = /\D+/g;

/**
 * A name reduced for comparison: Unicode NFKC, lower case, punctuation and symbols turned into
 * spaces, runs of whitespace collapsed, trimmed. "SITI  AMINAH", "Siti Aminah" and "siti-aminah"
 * compare equal; "Siti Aminah" and "Siti Aminah Binti Ali" do not (a missing name part is a real
 * difference a registration officer must look at).
 * @internal
 */
export function normaliseName(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(PUNCTUATION, " ").replace(SPACES, " ").trim();
}

/**
 * The digits of an identity number, ignoring separators ("32.01.01…" equals "320101…").
 * @internal
 */
export function digitsOf(value: string): string {
  return value.replace(NON_DIGITS, "");
}
