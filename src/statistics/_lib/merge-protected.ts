import { createIssue, err, type Issue, ok, type Result } from "../../core/index.js";
import { readTally } from "../parse-tally.js";
import type { ProtectedTally } from "../protect-tally.js";
import { type MarginGroup, protect } from "./protection.js";
import { compareRows } from "./rows.js";
import { own } from "./validate.js";

// mergeTallies of protected tallies: the protection is carried through (issue 18 §7).

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
  /** Dimension dropped → the line's keys (JSON) → its published value (`null` when withheld). */
  margins: Map<string, number | null>[] | undefined;
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
    margins: readMargins(source, (dimensions as string[]).length),
  };
}

/**
 * Merges protected tallies (and plain ones with them): a cell hidden in any input stays hidden,
 * the largest `k` holds, the total is known only when every input's is, and the merged cells are
 * suppressed further until no merged margin, nor the total, gives a hidden cell away. @internal
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
        margins: undefined,
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
  return ok(protectMerge(tallies));
}

/** An own property of an object read from outside data; `undefined` for anything else. */
function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? own(value as Record<string, unknown>, key) : undefined;
}

/** The margins a protected tally published, when it published them all (else computed from its cells). */
function readMargins(source: Record<string, unknown>, width: number): PlainProtected["margins"] {
  const margins = own(source, "margins");
  if (!Array.isArray(margins) || margins.length !== width || width < 2) return undefined;
  const read = margins.map((margin: unknown) => {
    const rows = field(margin, "rows");
    if (!Array.isArray(rows)) return undefined;
    const lines = new Map<string, number | null>();
    for (const row of rows as unknown[]) {
      const keys = field(row, "keys");
      const count = field(row, "count");
      const fine =
        Array.isArray(keys) &&
        keys.length === width - 1 &&
        keys.every((key) => typeof key === "string") &&
        (count === null || (typeof count === "number" && Number.isSafeInteger(count) && count >= 0));
      if (!fine) return undefined;
      lines.set(JSON.stringify(keys), count as number | null);
    }
    return lines;
  });
  return read.every((lines) => lines !== undefined) ? (read as Map<string, number | null>[]) : undefined;
}

/** The lines of an input's margin over dimension `j`, from its cells: `null` where a cell is hidden. */
function marginsOfCells(t: PlainProtected, j: number): Map<string, number | null> {
  const lines = new Map<string, number | null>();
  for (const row of t.rows) {
    const id = JSON.stringify(row.keys.filter((_, at) => at !== j));
    // A line already withheld (`null`) stays withheld: `?? 0` would start it again from 0.
    const sum = lines.has(id) ? (lines.get(id) as number | null) : 0;
    lines.set(id, sum === null || row.count === null ? null : sum + row.count);
  }
  return lines;
}

/** One input's value of a merged margin line: as it published it, else from its cells; 0 when it has none. */
function inputMargin(lines: ReadonlyMap<string, number | null>, group: MarginGroup): number | null {
  const id = JSON.stringify(group.keys);
  return lines.has(id) ? (lines.get(id) as number | null) : 0;
}

/** The cells of all inputs added up (hidden in any, hidden in the merge), then protected again. */
function protectMerge(tallies: readonly PlainProtected[]): ProtectedTally {
  const head = tallies[0] as PlainProtected;
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
  // Visible merged cells below k are hidden; then more, smallest first, while a line exposes them.
  const rows = [...merged.values()].sort(compareRows);
  for (const row of rows) if (row.count !== null && row.count < k) row.count = null;
  const width = head.dimensions.length;
  const lines = tallies.map((t) =>
    width < 2 ? [] : Array.from({ length: width }, (_, j) => t.margins?.[j] ?? marginsOfCells(t, j)),
  );
  const margin = (j: number, group: MarginGroup): number | null => {
    let sum = 0;
    for (const input of lines) {
      const value = inputMargin(input[j] as Map<string, number | null>, group);
      if (value === null) return null;
      sum += value;
    }
    return sum;
  };
  return { dimensions: head.dimensions, k, ...protect(head.dimensions, rows, total, margin) };
}
