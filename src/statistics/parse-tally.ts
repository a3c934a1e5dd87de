import { readOnce } from "../_lib/read-once.js";
import { issuesFromZod } from "../_lib/zod-issues.js";
import { createIssue, err, type Issue, ok, type PathSegment, type Result } from "../core/index.js";
import { compareRows } from "./_lib/rows.js";
import { tallySchema } from "./_lib/tally-schema.js";
import type { Tally, TallyRow } from "./tally.js";

/** Validates one tally, pushing issues under `path`. @internal */
export function readTally(input: unknown, path: readonly PathSegment[], issues: Issue[]): Tally | undefined {
  // Read once into a copy that inherits no key: the strict schema then reports the caller's own
  // unknown keys at their path, never a key of a prototype.
  const copy = readOnce(input);
  const parsed = tallySchema().safeParse(copy);
  if (!parsed.success) {
    issues.push(...issuesFromZod(parsed.error.issues, path, copy));
    return undefined;
  }
  const value = parsed.data as Tally;
  const width = value.dimensions.length;
  let fine = new Set(value.dimensions).size === width;
  let sum = 0;
  const seen = new Set<string>();
  for (const row of value.rows) {
    const id = JSON.stringify(row.keys);
    if (row.keys.length !== width || seen.has(id)) fine = false;
    seen.add(id);
    sum += row.count;
  }
  if (!fine || sum !== value.total) {
    issues.push(createIssue("STATISTICS_TALLY_INVALID", path));
    return undefined;
  }
  // A fresh copy in canonical order: the caller's object is never shared or mutated.
  const rows: TallyRow[] = value.rows.map((row) => ({ keys: [...row.keys], count: row.count }));
  return { dimensions: [...value.dimensions], total: value.total, rows: rows.sort(compareRows) };
}

/**
 * Validates outside data (e.g. a tally sent by a worker thread or read back from JSON) as a
 * {@link Tally}: dimension names, rows with one key per dimension and no repeated combination,
 * whole non-negative counts, and a total equal to the sum of the rows, and no key besides these
 * (`SCHEMA_UNKNOWN_KEY` at its path). Returns a fresh copy with its rows in canonical order.
 *
 * @example
 * ```ts
 * parseTally(JSON.parse('{"dimensions":["sex"],"total":3,"rows":[{"keys":["M"],"count":1},{"keys":["F"],"count":2}]}'));
 * //=> ok, rows [{ keys: ["F"], count: 2 }, { keys: ["M"], count: 1 }]
 * parseTally({ dimensions: ["sex"], total: 5, rows: [] }).ok; //=> false (STATISTICS_TALLY_INVALID)
 * ```
 */
export function parseTally(input: unknown): Result<Tally> {
  const issues: Issue[] = [];
  const value = readTally(input, [], issues);
  return value === undefined ? err(issues) : ok(value);
}
