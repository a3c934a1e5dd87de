import type { ProtectedMargin, ProtectedTallyRow } from "../protect-tally.js";
import { compareRows } from "./rows.js";
import { type Line, suppressLines } from "./suppression.js";

// The published figures of a protected tally: its cells, its margins (for each dimension, the
// totals over it by the other dimensions) and its total, as equations for `suppressLines`.

/** A cell as published: its count, or `null` when it is hidden. @internal */
export interface PublishedCell {
  readonly keys: readonly string[];
  readonly count: number | null;
}

/** One line of a margin: the keys of the other dimensions, and the cells it adds up. @internal */
export interface MarginGroup {
  readonly keys: readonly string[];
  readonly members: readonly number[];
}

/** For each dimension `j` of a tally of two or more, the lines over `j`, sorted by their keys. @internal */
export function marginGroups(rows: readonly PublishedCell[], dimensions: number): MarginGroup[][] {
  if (dimensions < 2) return [];
  return Array.from({ length: dimensions }, (_, j) => {
    const groups = new Map<string, { keys: string[]; members: number[] }>();
    rows.forEach((row, i) => {
      const keys = row.keys.filter((_, at) => at !== j);
      const id = JSON.stringify(keys);
      const group = groups.get(id);
      if (group === undefined) groups.set(id, { keys, members: [i] });
      else group.members.push(i);
    });
    return [...groups.values()].sort(compareRows);
  });
}

/** What a protected tally publishes. @internal */
export interface Protection {
  readonly total: number | null;
  readonly suppressed: number;
  readonly rows: ProtectedTallyRow[];
  readonly margins: ProtectedMargin[];
}

const shownOf = (count: number | null): string => (count === null ? "*" : String(count));

/**
 * Hides further cells (then margins, then the total) until no published line gives a hidden cell
 * away. `rows` carry the primary suppressions as `null`; `margin(j, g)` is the value of line `g`
 * over dimension `j` (`null` when it is not known). @internal
 */
export function protect(
  dimensions: readonly string[],
  rows: readonly PublishedCell[],
  total: number | null,
  margin: (j: number, group: MarginGroup) => number | null,
): Protection {
  const groups = marginGroups(rows, dimensions.length);
  const values: number[] = rows.map((row) => row.count ?? 0);
  const hidden: boolean[] = rows.map((row) => row.count === null);
  const lines: Line[] = [];
  const marginIds = groups.map((lineGroups, j) =>
    lineGroups.map((group) => {
      const value = margin(j, group);
      values.push(value ?? 0);
      hidden.push(value === null);
      lines.push({ aggregate: values.length - 1, members: group.members });
      return values.length - 1;
    }),
  );
  const totalId = values.length;
  values.push(total ?? 0);
  hidden.push(total === null);
  lines.push({ aggregate: totalId, members: rows.map((_, i) => i) });
  for (const ids of marginIds) lines.push({ aggregate: totalId, members: ids });
  suppressLines(values, hidden, lines, rows.length);
  const count = (id: number): number | null => (hidden[id] ? null : (values[id] as number));
  const published = rows.map((row, i) => ({
    keys: [...row.keys],
    count: count(i),
    shown: shownOf(count(i)),
  }));
  const margins = groups.map((lineGroups, j) => ({
    dimensions: dimensions.filter((_, at) => at !== j),
    rows: lineGroups.map((group, g) => {
      const value = count((marginIds[j] as number[])[g] as number);
      return { keys: [...group.keys], count: value, shown: shownOf(value) };
    }),
  }));
  return {
    total: count(totalId),
    suppressed: published.filter((row) => row.count === null).length,
    rows: published,
    margins,
  };
}
