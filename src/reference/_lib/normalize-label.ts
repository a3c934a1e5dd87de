/**
 * The longest label looked at. Checked before any other work, so that a huge string costs nothing;
 * the longest label in the tables ("United Kingdom of Great Britain and Northern Ireland") is 52.
 * @internal
 */
export const MAX_LABEL_LENGTH = 120;

// Combining marks left by NFKD ("Türkiye" → "Turkiye").
const COMBINING_MARKS = /\p{M}/gu;
// Everything but letters and digits: spaces, dots, hyphens, slashes, brackets, apostrophes.
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]/gu;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]/g;
const NON_ASCII = /[^\x20-\x7e]/;

/**
 * The comparison key of a label: Unicode-compatibility folded, accents removed, lower-cased, with
 * every space and punctuation mark removed, so that "Hong Kong", "Hongkong", " HONG-KONG " and
 * "hong kong." share one key. Removing spaces outright (rather than collapsing them) is what makes
 * the published "Hong Kong" / "Hongkong" pair one key without a special case; the tables are tested
 * for keys that would collide.
 * @internal
 */
export function normalizeLabel(label: string): string {
  // Published labels are nearly always printable ASCII: skip the Unicode folding for them (5× faster).
  if (!NON_ASCII.test(label)) return label.toLowerCase().replace(NOT_ASCII_ALPHANUMERIC, "");
  return label.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(NOT_ALPHANUMERIC, "");
}
