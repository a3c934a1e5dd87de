import type { ModelCheck } from "../explain.js";
import type { Cell } from "../figures.js";

/**
 * The cells of a table with each count of a growth row that is corroborated weighing one more: the
 * same exact count printed in another growth row whose checks all hold, as a month's count is one
 * row's current value and the next row's previous one. Changing it would break the check it passes
 * there, so it is a less likely error than a figure printed once (the weights of the Fellegi–Holt
 * localisation). Only growth rows are paired: an equal count in a breakdown is another quantity.
 * @internal
 */
export function corroborated(cells: readonly Cell[], models: readonly ModelCheck[]): readonly Cell[] {
  const checked = new Set<number>();
  const failing = new Set<number>();
  for (const model of models)
    for (const id of model.cells) {
      checked.add(id);
      if (model.failing) failing.add(id);
    }
  const holding = (cell: Cell) => checked.has(cell.id) && !failing.has(cell.id);
  const byCount = new Map<string, Cell[]>();
  for (const cell of cells) {
    if (!cell.exact || cell.value === undefined || cell.role !== "count" || cell.path[0] !== "growth")
      continue;
    const key = `${cell.negative ? "-" : ""}${cell.value.n}/${cell.value.d}`;
    const same = byCount.get(key);
    if (same === undefined) byCount.set(key, [cell]);
    else same.push(cell);
  }
  const out = [...cells];
  for (const same of byCount.values()) {
    if (same.length < 2) continue;
    for (const cell of same)
      if (same.some((other) => other.path[1] !== cell.path[1] && holding(other)))
        out[cell.id] = { ...cell, weight: cell.weight + 1 };
  }
  return out;
}
