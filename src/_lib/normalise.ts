// Text normalisation, one module for the library (spelt "normalise" throughout). Three keys, each for
// one kind of text, because they answer different questions:
// - normaliseName: a person's name, case, punctuation and spaces dropped ("Siti Aminah" = "SitiAminah");
// - normaliseLabel: a published taxonomy label, spaces and punctuation dropped ("Hong Kong" = "Hongkong");
// - normaliseWords: a short phrase read from a table cell, case and runs of whitespace folded.

// Compiled once (module level), not per call: these run for every name comparison.
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACES = /\s+/g;
const NON_DIGITS = /\D+/g;
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
// In printable ASCII, \p{P} and \p{S} are exactly these ranges, and NFKC changes nothing.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]+/g;

/**
 * A name reduced for comparison: Unicode NFKC, lower case, punctuation, symbols and whitespace
 * dropped. Names that differ only by case, spaces or punctuation are the same person: "SITI
 * AMINAH", "Siti Aminah", "siti-aminah" and "SitiAminah" compare equal, and so do "Nur'aini" and
 * "Nuraini" (an apostrophe written or left out must not read as false data, Pasal 79); "Siti
 * Aminah" and "Siti Aminah Binti Ali" do not (a missing name part is a real difference a
 * registration officer must look at).
 * @internal
 */
export function normaliseName(name: string): string {
  // Most names are plain ASCII: skip NFKC and the Unicode property classes for them.
  if (PRINTABLE_ASCII.test(name)) {
    return name.toLowerCase().replace(ASCII_PUNCTUATION, "").replace(SPACES, "");
  }
  return name.normalize("NFKC").toLowerCase().replace(PUNCTUATION, "").replace(SPACES, "");
}

/**
 * The digits of an identity number, ignoring separators ("32.01.01…" equals "320101…").
 * @internal
 */
export function digitsOf(value: string): string {
  return value.replace(NON_DIGITS, "");
}

/** Whether a printable ASCII code is a separator for names: the space, punctuation or a symbol. */
function isSeparator(code: number): boolean {
  return code <= 0x2f || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || code >= 0x7b;
}

/**
 * Whether two strings of the same length are printable ASCII that differ at most in the case of
 * letters, position by position: such names are the same after {@link normaliseName}. `false`
 * means only "not decided here".
 */
function sameUpToCase(a: string, b: string): boolean {
  for (let k = 0; k < a.length; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x === y) {
      if (x < 0x20 || x > 0x7e) return false;
      continue;
    }
    // Only an ASCII letter pair may differ, and only by the case bit.
    const lower = x | 0x20;
    if (lower !== (y | 0x20) || lower < 0x61 || lower > 0x7a) return false;
  }
  return true;
}

/**
 * Whether `a` and `b` are the same name after {@link normaliseName}, without building either. It
 * walks both at once while they are printable ASCII (letters' case ignored, separators skipped) and compares normaliseName's results from the first
 * other character on. An answer reached before any such character holds whatever follows: NFKC
 * changes an ASCII character only by composing it with the marks after it, which keeps its letter
 * and its kind. A property test checks it against normaliseName.
 * @internal
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // The usual difference, case alone ("SITI AMINAH" and "Siti Aminah"), is decided faster apart.
  if (a.length === b.length && sameUpToCase(a, b)) return true;
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  for (;;) {
    // Each character read once: the loops stop on the next non-separator, kept in x and y.
    let x = 0;
    let y = 0;
    while (i < n) {
      x = a.charCodeAt(i);
      if (x < 0x20 || x > 0x7e) return normaliseName(a) === normaliseName(b);
      if (!isSeparator(x)) break;
      i++;
    }
    while (j < m) {
      y = b.charCodeAt(j);
      if (y < 0x20 || y > 0x7e) return normaliseName(a) === normaliseName(b);
      if (!isSeparator(y)) break;
      j++;
    }
    // Trailing separators are trimmed: the names are equal when both end here.
    if (i >= n || j >= m) return i >= n && j >= m;
    // x and y are ASCII letters or digits: the case bit folds letters and leaves digits apart.
    if (x !== y && (x | 0x20) !== (y | 0x20)) return false;
    i++;
    j++;
  }
}

/**
 * {@link digitsOf} without the allocation when `value` is digits only (the usual NIK and KK number).
 * @internal
 */
export function digitsOnly(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return digitsOf(value);
  }
  return value;
}

/**
 * The longest label looked at. Checked before any other work, so that a huge string costs nothing;
 * the longest label in the twelve tables (an excluded category's Indonesian label) is 125, and a test
 * holds every label within this limit.
 * @internal
 */
export const MAX_LABEL_LENGTH = 200;

// Combining marks left by NFKD ("Türkiye" → "Turkiye").
const LABEL_COMBINING_MARKS = /\p{M}/gu;
// Everything but letters and digits: spaces, dots, hyphens, slashes, brackets, apostrophes.
const LABEL_NOT_ALPHANUMERIC = /[^\p{L}\p{N}]/gu;
const LABEL_NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]/g;
const LABEL_NON_ASCII = /[^\x20-\x7e]/;

/**
 * The comparison key of a label: Unicode-compatibility folded, accents removed, lower-cased, with
 * every space and punctuation mark removed, so that "Hong Kong", "Hongkong", " HONG-KONG " and
 * "hong kong." share one key. Removing spaces outright (rather than collapsing them) is what makes
 * the published "Hong Kong" / "Hongkong" pair one key without a special case; the tables are tested
 * for keys that would collide.
 * @internal
 */
export function normaliseLabel(label: string): string {
  // Published labels are nearly always printable ASCII: skip the Unicode folding for them (5× faster).
  if (!LABEL_NON_ASCII.test(label)) return label.toLowerCase().replace(LABEL_NOT_ASCII_ALPHANUMERIC, "");
  return label
    .normalize("NFKD")
    .replace(LABEL_COMBINING_MARKS, "")
    .toLowerCase()
    .replace(LABEL_NOT_ALPHANUMERIC, "");
}

const WHITESPACE_RUNS = /\s+/g;

/**
 * A short phrase as compared with a word list: trimmed, lower case, each run of whitespace one space
 * ("  Lebih   Besar " → "lebih besar").
 * @internal
 */
export function normaliseWords(text: string): string {
  return text.trim().toLowerCase().replace(WHITESPACE_RUNS, " ");
}
