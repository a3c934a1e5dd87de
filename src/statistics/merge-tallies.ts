import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { isProtected, mergeProtected } from "./_lib/merge-protected.js";
import { compareRows } from "./_lib/rows.js";
import { readTally } from "./parse-tally.js";
import type { ProtectedTally } from "./protect-tally.js";
import type { Tally, TallyRow } from "./tally.js";

/**
 * Merges tallies of disjoint shards of the same records (worker threads, database partitions, months
 * tallied one by one) into the tally of all of them. Merging is associative and commutative:
 * any grouping and any order give the same tally, equal to tallying all the records at once. The
 * tallies must have the same dimensions in the same order; each is validated as outside data (it may
 * come from JSON). When one of them is a {@link ProtectedTally} the protection is carried through: a
 * cell hidden in any input stays hidden, the largest `k` holds, and the merge is a protected tally
 * whose margins and total give no hidden cell away.
 *
 * @param first - a tally
 * @param rest - more tallies
 *
 * @example
 * ```ts
 * const a = tally([{ sex: "F" }, { sex: "M" }], bySex);
 * const b = tally([{ sex: "F" }], bySex);
 * if (a.ok && b.ok) mergeTallies(a.value, b.value);
 * //=> ok, { dimensions: ["sex"], total: 3, rows: [{ keys: ["F"], count: 2 }, { keys: ["M"], count: 1 }] }
 * ```
 */
export function mergeTallies(first: Tally, ...rest: readonly Tally[]): Result<Tally>;
export function mergeTallies(first: unknown, ...rest: readonly unknown[]): Result<Tally | ProtectedTally>;
export function mergeTallies(first: unknown, ...rest: readonly unknown[]): Result<Tally | ProtectedTally> {
  // Protection is carried through: once one input is protected, so is the merge.
  if ([first, ...rest].some(isProtected)) return mergeProtected([first, ...rest]);
  const issues: Issue[] = [];
  const tallies: Tally[] = [];
  [first, ...rest].forEach((input, index) => {
    const value = readTally(input, [index], issues);
    if (value !== undefined) tallies.push(value);
  });
  if (issues.length > 0) return err(issues);
  const head = tallies[0] as Tally;
  const dimensions = head.dimensions;
  tallies.forEach((t, index) => {
    if (t.dimensions.length !== dimensions.length || t.dimensions.some((name, i) => name !== dimensions[i])) {
      issues.push(createIssue("STATISTICS_DIMENSIONS_DIFFER", [index, "dimensions"]));
    }
  });
  if (issues.length > 0) return err(issues);
  const merged = new Map<string, { keys: readonly string[]; count: number }>();
  let total = 0;
  for (const t of tallies) {
    total += t.total;
    for (const row of t.rows) {
      const id = JSON.stringify(row.keys);
      const found = merged.get(id);
      if (found === undefined) merged.set(id, { keys: row.keys, count: row.count });
      else found.count += row.count;
    }
  }
  if (!Number.isSafeInteger(total)) {
    return err([createIssue("STATISTICS_COUNT_TOO_LARGE", [], { params: { max: Number.MAX_SAFE_INTEGER } })]);
  }
  const rows: TallyRow[] = [...merged.values()].sort(compareRows);
  return ok({ dimensions: [...dimensions], total, rows });
}
