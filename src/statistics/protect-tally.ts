import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { type MarginGroup, protect } from "./_lib/protection.js";
import { own, readOptions } from "./_lib/validate.js";
import { readTally } from "./parse-tally.js";
import type { Tally } from "./tally.js";

/**
 * One row of a {@link ProtectedTally} or of one of its margins: its keys, and its count, or `null`
 * and `shown: "*"` when the figure is suppressed (below `k`, or suppressed as well so that the
 * margins and the total do not give a hidden cell away).
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
 * A margin published with a protected tally of two or more dimensions: the totals over one
 * dimension, by the others (`dimensions`, in the tally's order). For a tally by province × sex:
 * the totals by sex (over the provinces) and by province (over the sexes).
 *
 * @example
 * ```ts
 * const m: ProtectedMargin = { dimensions: ["sex"], rows: [{ keys: ["F"], count: 40, shown: "40" }] };
 * ```
 */
export interface ProtectedMargin {
  readonly dimensions: readonly string[];
  readonly rows: readonly ProtectedTallyRow[];
}

/**
 * A tally safe to publish: cells below `k` suppressed, with secondary suppression so that the
 * published cells, margins and total never let a hidden cell be computed. The total (or a margin)
 * is `null` when even it would give a hidden cell away. Publish this, not margins of the original
 * tally: those would be further equations on the hidden cells. With `round`, every count was
 * rounded to a multiple of `round` instead, and nothing is suppressed.
 *
 * @example
 * ```ts
 * const t: ProtectedTally = { dimensions: ["regency"], k: 5, total: 40, suppressed: 2, margins: [],
 *   rows: [{ keys: ["Cirebon"], count: null, shown: "*" }, { keys: ["Indramayu"], count: 30, shown: "30" }, { keys: ["Subang"], count: null, shown: "*" }] };
 * ```
 */
export interface ProtectedTally {
  readonly dimensions: readonly string[];
  readonly k: number;
  readonly total: number | null;
  readonly suppressed: number;
  readonly rows: readonly ProtectedTallyRow[];
  /** For each dimension of a tally of two or more, the totals over it by the others; `[]` for one. */
  readonly margins: readonly ProtectedMargin[];
  /** The base every count was rounded to, when the tally was protected by rounding. */
  readonly round?: number;
}

function readLimit(options: Readonly<Record<string, unknown>>, key: "k" | "round", issues: Issue[]) {
  const value = own(options, key);
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 2 || value > 1_000) {
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["options", key]));
    return undefined;
  }
  return value;
}

/** The sum of the counts of some rows. */
const sumOf = (tally: Tally, members: readonly number[]): number =>
  members.reduce((sum, i) => sum + (tally.rows[i] as { count: number }).count, 0);

/** Every count rounded half-up to a multiple of `base`; margins and total are sums of the rounded cells. */
function rounded(tally: Tally, k: number, base: number): ProtectedTally {
  const round = (count: number) => Math.floor((count + Math.floor(base / 2)) / base) * base;
  const cells = tally.rows.map((row) => ({ keys: row.keys, count: round(row.count) }));
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  const published = protect(tally.dimensions, cells, total, (_, group) =>
    group.members.reduce((sum, i) => sum + (cells[i] as { count: number }).count, 0),
  );
  return { dimensions: [...tally.dimensions], k, ...published, round: base };
}

/**
 * Protects a tally for publication (NGO and ministry dashboards that count vulnerable people, as
 * IOM's CTDC publishes k-anonymised extracts). Every cell with a count below `k` (default 5) is
 * suppressed (primary suppression). The tally is published with its total and, when it has two or
 * more dimensions, its margins (for a province × sex tally: the totals by province and by sex).
 * Further cells are suppressed (secondary suppression) until no published line gives a hidden
 * cell away: a line (a margin row, or the total) with exactly one hidden cell gets a second, its
 * smallest visible cell; a line whose hidden cells must all be 0, or all 1, gets one more. When a
 * line has no visible cell left, its margin (or the total) is withheld instead, and the lines that
 * add up the margins are protected the same way. Deterministic: the same tally gives the same
 * suppressions.
 *
 * With `round: b` the tally is protected by rounding instead: every cell is rounded half-up to a
 * multiple of `b`, nothing is suppressed, and the margins and total are the sums of the rounded
 * cells (not the rounded true totals), so that the published table adds up.
 *
 * {@link reconcile} reads the `"*"` cells as intervals. Outside data is accepted: an invalid tally
 * or option is an issue.
 *
 * @param tally - a {@link Tally} (validated as outside data)
 * @param options - `k`, the smallest count published (2–1000, default 5); `round`, a base (2–1000)
 *
 * @example
 * ```ts
 * const t = { dimensions: ["regency"], total: 40, rows: [
 *   { keys: ["Cirebon"], count: 3 }, { keys: ["Indramayu"], count: 30 }, { keys: ["Subang"], count: 7 }] };
 * // Subang is hidden too: 40 − 30 would give Cirebon away.
 * protectTally(t, { k: 5 });
 * //=> { ok: true, value: { suppressed: 2, rows: [{ shown: "*" }, { shown: "30" }, { shown: "*" }] } }
 * protectTally(t, { round: 5 });
 * //=> { ok: true, value: { total: 40, suppressed: 0, round: 5, rows: [{ shown: "5" }, { shown: "30" }, { shown: "5" }] } }
 * // By regency × sex: Cirebon's women (2) are below k. The margin of the women would give them
 * // away, so Subang's women (12, the smallest other) are hidden too; then the Cirebon and Subang
 * // margins each need a second hidden cell. Indramayu stays published.
 * const two = { dimensions: ["regency", "sex"], total: 79, rows: [
 *   { keys: ["Cirebon", "F"], count: 2 }, { keys: ["Cirebon", "M"], count: 9 },
 *   { keys: ["Indramayu", "F"], count: 20 }, { keys: ["Indramayu", "M"], count: 6 },
 *   { keys: ["Subang", "F"], count: 12 }, { keys: ["Subang", "M"], count: 30 }] };
 * protectTally(two, { k: 5 });
 * //=> { ok: true, value: { total: 79, suppressed: 4, rows: [{ shown: "*" }, { shown: "*" }, { shown: "20" }, { shown: "6" }, { shown: "*" }, { shown: "*" }], margins: [{ dimensions: ["sex"] }, { dimensions: ["regency"] }] } }
 * ```
 */
export function protectTally(tally: unknown, options?: unknown): Result<ProtectedTally> {
  const issues: Issue[] = [];
  const value = readTally(tally, ["tally"], issues);
  const read = readOptions(options, issues);
  const k = readLimit(read, "k", issues) ?? 5;
  const base = readLimit(read, "round", issues);
  if (value === undefined || issues.length > 0) return err(issues);
  if (base !== undefined) return ok(rounded(value, k, base));
  const cells = value.rows.map((row) => ({ keys: row.keys, count: row.count < k ? null : row.count }));
  const margin = (_: number, group: MarginGroup) => sumOf(value, group.members);
  return ok({
    dimensions: [...value.dimensions],
    k,
    ...protect(value.dimensions, cells, value.total, margin),
  });
}
