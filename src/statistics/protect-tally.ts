import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { own, readOptions } from "./_lib/validate.js";
import { readTally } from "./parse-tally.js";

/**
 * One row of a {@link ProtectedTally}: its keys, and its count, or `null` and `shown: "*"` when the
 * cell is suppressed (below `k`, or suppressed as well so that the total does not give a hidden cell
 * away).
 *
 * @example
 * ```ts
 * const row: ProtectedTallyRow = { keys: ["Cirebon"], count: null, shown: "*" };
 * ```
 */
export interface ProtectedTallyRow {
  readonly keys: readonly string[];
  readonly count: number | null;
  readonly shown: string;
}

/**
 * A tally safe to publish: cells below `k` suppressed, with secondary suppression so that the
 * published cells and total never let a hidden cell be computed (every hidden cell could take at
 * least two values). The total is `null` when even it would give the hidden cells away. Publish
 * this, not margins of the original tally: margins would be further equations on the hidden cells.
 *
 * @example
 * ```ts
 * const t: ProtectedTally = { dimensions: ["regency"], k: 5, total: 40, suppressed: 2,
 *   rows: [{ keys: ["Cirebon"], count: null, shown: "*" }, { keys: ["Indramayu"], count: 30, shown: "30" }, { keys: ["Subang"], count: null, shown: "*" }] };
 * ```
 */
export interface ProtectedTally {
  readonly dimensions: readonly string[];
  readonly k: number;
  readonly total: number | null;
  readonly suppressed: number;
  readonly rows: readonly ProtectedTallyRow[];
}

/**
 * Protects a tally for publication (NGO and ministry dashboards that count vulnerable people, as
 * IOM's CTDC publishes k-anonymised extracts): every cell with a count below `k` (default 5) is
 * suppressed (primary suppression), and further cells, smallest first, until the published total
 * cannot give a hidden cell away (secondary suppression): at least two cells are hidden and their
 * combined count exceeds their number, so each hidden cell can take more than one value. When no
 * visible cell is left to hide, the total is withheld too. {@link reconcile} reads the `"*"` cells
 * as intervals. Outside data is accepted: an invalid tally or `k` is an issue.
 *
 * @param tally - a {@link Tally} (validated as outside data)
 * @param options - `k`, the smallest count published (2–1000, default 5)
 *
 * @example
 * ```ts
 * const t = { dimensions: ["regency"], total: 40, rows: [
 *   { keys: ["Cirebon"], count: 3 }, { keys: ["Indramayu"], count: 30 }, { keys: ["Subang"], count: 7 }] };
 * // Subang is hidden too: 40 − 30 would give Cirebon away.
 * protectTally(t, { k: 5 });
 * //=> { ok: true, value: { suppressed: 2, rows: [{ shown: "*" }, { shown: "30" }, { shown: "*" }] } }
 * ```
 */
export function protectTally(tally: unknown, options?: unknown): Result<ProtectedTally> {
  const issues: Issue[] = [];
  const value = readTally(tally, ["tally"], issues);
  const k = own(readOptions(options, issues), "k") ?? 5;
  if (typeof k !== "number" || !Number.isInteger(k) || k < 2 || k > 1_000) {
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["options", "k"]));
  }
  if (value === undefined || issues.length > 0) return err(issues);
  const threshold = k as number;
  const hidden = value.rows.map((row) => row.count < threshold);
  // Visible cells, smallest first, to hide when the total would reveal the hidden ones.
  const order = value.rows
    .map((row, i) => ({ i, count: row.count }))
    .sort((a, b) => a.count - b.count || a.i - b.i);
  const exposed = (): boolean => {
    let m = 0;
    let residual = 0;
    value.rows.forEach((row, i) => {
      if (hidden[i]) {
        m++;
        residual += row.count;
      }
    });
    // One hidden cell is the total minus the others; m hidden cells summing to m are all ones.
    return m > 0 && (m === 1 || residual === m);
  };
  let next = 0;
  while (exposed()) {
    while (next < order.length && hidden[(order[next] as { i: number }).i]) next++;
    if (next >= order.length) break;
    hidden[(order[next] as { i: number }).i] = true;
  }
  const withhold = exposed();
  const rows = value.rows.map((row, i) =>
    hidden[i]
      ? { keys: [...row.keys], count: null, shown: "*" }
      : { keys: [...row.keys], count: row.count, shown: String(row.count) },
  );
  return ok({
    dimensions: [...value.dimensions],
    k: threshold,
    total: withhold ? null : value.total,
    suppressed: hidden.filter(Boolean).length,
    rows,
  });
}

/** Whether a value is shaped like a {@link ProtectedTally} (a `k` beside the rows). @internal */
export function isProtected(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && Object.hasOwn(value, "k") && Object.hasOwn(value, "rows")
  );
}

interface PlainProtected {
  dimensions: string[];
  k: number;
  total: number | null;
  rows: { keys: string[]; count: number | null }[];
}

/** Reads a protected tally once into a plain copy, or `undefined` with an issue. */
function readProtected(input: unknown, index: number, issues: Issue[]): PlainProtected | undefined {
  const source = input as Record<string, unknown>;
  const dimensions = own(source, "dimensions");
  const k = own(source, "k");
  const total = own(source, "total");
  const rows = own(source, "rows");
  const fine =
    Array.isArray(dimensions) &&
    dimensions.length > 0 &&
    dimensions.every((d) => typeof d === "string") &&
    typeof k === "number" &&
    Number.isInteger(k) &&
    k >= 2 &&
    k <= 1_000 &&
    (total === null || (typeof total === "number" && Number.isSafeInteger(total) && total >= 0)) &&
    Array.isArray(rows) &&
    rows.length <= 1_000_000;
  if (!fine) {
    issues.push(createIssue("STATISTICS_TALLY_INVALID", [index]));
    return undefined;
  }
  const copy: PlainProtected["rows"] = [];
  for (let i = 0; i < (rows as unknown[]).length; i++) {
    const row: unknown = Object.hasOwn(rows as unknown[], i) ? (rows as unknown[])[i] : undefined;
    const keys =
      typeof row === "object" && row !== null ? own(row as Record<string, unknown>, "keys") : undefined;
    const count =
      typeof row === "object" && row !== null ? own(row as Record<string, unknown>, "count") : undefined;
    if (
      !Array.isArray(keys) ||
      keys.length !== (dimensions as unknown[]).length ||
      !keys.every((key) => typeof key === "string" && key.length > 0 && key.length <= 10_000) ||
      !(count === null || (typeof count === "number" && Number.isSafeInteger(count) && count >= 0))
    ) {
      issues.push(createIssue("STATISTICS_TALLY_INVALID", [index, "rows", i]));
      return undefined;
    }
    copy.push({ keys: [...(keys as string[])], count: count as number | null });
  }
  return {
    dimensions: [...(dimensions as string[])],
    k: k as number,
    total: total as number | null,
    rows: copy,
  };
}

/**
 * Merges protected tallies (and plain ones with them): a cell hidden in any input stays hidden,
 * the largest `k` holds, the total is known only when every input's is, and the merged cells are
 * suppressed further until the merged total gives no hidden cell away. @internal
 */
export function mergeProtected(inputs: readonly unknown[]): Result<ProtectedTally> {
  const issues: Issue[] = [];
  const tallies: PlainProtected[] = [];
  inputs.forEach((input, index) => {
    if (isProtected(input)) {
      const value = readProtected(input, index, issues);
      if (value !== undefined) tallies.push(value);
      return;
    }
    const plain = readTally(input, [index], issues);
    if (plain !== undefined) {
      tallies.push({
        dimensions: [...plain.dimensions],
        k: 2,
        total: plain.total,
        rows: plain.rows.map((row) => ({ keys: [...row.keys], count: row.count })),
      });
    }
  });
  if (issues.length > 0) return err(issues);
  const head = tallies[0] as PlainProtected;
  tallies.forEach((t, index) => {
    if (
      t.dimensions.length !== head.dimensions.length ||
      t.dimensions.some((name, i) => name !== head.dimensions[i])
    ) {
      issues.push(createIssue("STATISTICS_DIMENSIONS_DIFFER", [index, "dimensions"]));
    }
  });
  if (issues.length > 0) return err(issues);
  const merged = new Map<string, { keys: string[]; count: number | null }>();
  let total: number | null = 0;
  let k = 2;
  for (const t of tallies) {
    k = Math.max(k, t.k);
    total = total === null || t.total === null ? null : total + t.total;
    for (const row of t.rows) {
      const id = JSON.stringify(row.keys);
      const found = merged.get(id);
      if (found === undefined) merged.set(id, { keys: row.keys, count: row.count });
      else found.count = found.count === null || row.count === null ? null : found.count + row.count;
    }
  }
  const rows = [...merged.values()].sort((a, b) => {
    const x = JSON.stringify(a.keys);
    const y = JSON.stringify(b.keys);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  // Visible merged cells below k are hidden; then more, smallest first, while the total exposes them.
  for (const row of rows) if (row.count !== null && row.count < k) row.count = null;
  const exposed = (): boolean => {
    if (total === null) return false;
    const hidden = rows.filter((row) => row.count === null).length;
    const residual = total - rows.reduce((sum, row) => sum + (row.count ?? 0), 0);
    return hidden > 0 && (hidden === 1 || residual === hidden);
  };
  while (exposed()) {
    let smallest: { count: number | null } | undefined;
    for (const row of rows)
      if (row.count !== null && (smallest === undefined || row.count < (smallest.count as number)))
        smallest = row;
    if (smallest === undefined) break;
    smallest.count = null;
  }
  if (exposed()) total = null;
  return ok({
    dimensions: head.dimensions,
    k,
    total,
    suppressed: rows.filter((row) => row.count === null).length,
    rows: rows.map((row) => ({
      keys: row.keys,
      count: row.count,
      shown: row.count === null ? "*" : String(row.count),
    })),
  });
}
