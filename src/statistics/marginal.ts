import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { compareRows } from "./_lib/rows.js";
import { readTally } from "./parse-tally.js";
import type { Tally, TallyRow } from "./tally.js";

/**
 * Collapses a tally onto some of its dimensions (in the order given), summing over the others: the
 * tally by destination out of the tally by destination × sex, without reading the records again.
 *
 * @param source - a tally
 * @param dimensions - the names of the dimensions to keep
 *
 * @example
 * ```ts
 * const t = tally([{ destination: "HK", sex: "F" }, { destination: "HK", sex: "M" }], [byDestination, bySex]);
 * if (t.ok) marginal(t.value, ["destination"]);
 * //=> ok, { dimensions: ["destination"], total: 2, rows: [{ keys: ["HK"], count: 2 }] }
 * ```
 */
export function marginal(source: unknown, dimensions: readonly string[]): Result<Tally> {
  const issues: Issue[] = [];
  const t = readTally(source, ["source"], issues);
  const positions: number[] = [];
  if (!Array.isArray(dimensions) || dimensions.length === 0) {
    issues.push(createIssue("STATISTICS_DIMENSION_INVALID", ["dimensions"]));
  } else if (t !== undefined) {
    dimensions.forEach((name: unknown, index) => {
      const at = typeof name === "string" ? t.dimensions.indexOf(name) : -1;
      if (at < 0 || positions.includes(at))
        issues.push(createIssue("STATISTICS_DIMENSION_INVALID", ["dimensions", index]));
      else positions.push(at);
    });
  }
  if (issues.length > 0 || t === undefined) return err(issues);
  const merged = new Map<string, { keys: string[]; count: number }>();
  for (const row of t.rows) {
    const keys = positions.map((at) => row.keys[at] as string);
    const id = JSON.stringify(keys);
    const found = merged.get(id);
    if (found === undefined) merged.set(id, { keys, count: row.count });
    else found.count += row.count;
  }
  const rows: TallyRow[] = [...merged.values()].sort(compareRows);
  return ok({ dimensions: positions.map((at) => t.dimensions[at] as string), total: t.total, rows });
}
