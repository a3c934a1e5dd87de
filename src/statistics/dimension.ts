/**
 * The key of the row where a record is counted when its category is missing, blank (empty or only
 * whitespace) or not a string or finite number. Unknown categories are kept as their own row, never
 * dropped.
 *
 * @example
 * ```ts
 * const t = tally([{ destination: "HK" }, {}], byDestination);
 * if (t.ok) t.value.rows; //=> [{ keys: ["HK"], count: 1 }, { keys: ["UNKNOWN"], count: 1 }]
 * ```
 */
export const UNKNOWN_KEY = "UNKNOWN";

/**
 * A dimension to tally by: a name (the column heading) and a function that gives a record's category
 * key. The function receives each record as it is in the input (possibly malformed outside data) and
 * should return a string, a finite number (written in decimal) or `undefined`/`null` for unknown.
 * It is called once per record and should not allocate, as it runs on every record.
 *
 * @example
 * ```ts
 * const byFormal: Dimension<{ sector?: string }> = {
 *   name: "formal",
 *   key: (record) => (record.sector === "FORMAL" ? "yes" : "no"),
 * };
 * ```
 */
export interface Dimension<R = unknown> {
  /** The dimension's name, as it appears in the tally's `dimensions`. */
  readonly name: string;
  /** Reads the category of one record; a missing or blank category is counted under `UNKNOWN_KEY`. */
  readonly key: (record: R) => string | number | null | undefined;
}

/** Any character that is not whitespace: a key without one is blank. */
const NOT_BLANK = /\S/;

/**
 * A category key as counted: strings that are not blank (empty or whitespace only) as they are,
 * finite numbers in decimal, anything else `UNKNOWN_KEY`.
 * @internal
 */
export function normaliseKey(value: unknown): string {
  if (typeof value === "string") {
    // Most keys start with a printable ASCII character: no regular expression on the hot path.
    const first = value.charCodeAt(0);
    return (first > 0x20 && first < 0x7f) || NOT_BLANK.test(value) ? value : UNKNOWN_KEY;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return UNKNOWN_KEY;
}
