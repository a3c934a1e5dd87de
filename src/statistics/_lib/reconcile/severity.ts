import type { Cell } from "../figures.js";
import { toNumber } from "../interval.js";
import { type Context, numberOf } from "./context.js";

// Whether a correction changes the story (STATISTICS.md §4, issue 18 §5): a row moving to another
// place in a ranked list, or a percentage changing sign.

/** Whether a proposed value would move a row to another place in a ranked breakdown. */
export function rankChanges(context: Context, cell: Cell, proposed: number | undefined): boolean {
  if (proposed === undefined || cell.breakdown === undefined || cell.row === undefined) return false;
  if (!context.rankedBreakdowns.has(cell.breakdown)) return false;
  const rows = context.ranked.get(cell.breakdown);
  if (rows === undefined) return false;
  const list = cell.role === "percent" ? rows.shares : rows.counts;
  const own = numberOf(cell);
  let before = 0;
  let after = 0;
  list.forEach((other, i) => {
    if (other === undefined || i === cell.row) return;
    const value = numberOf(other);
    if (value > own) before++;
    if (value > proposed) after++;
  });
  return before !== after;
}

/** Whether correcting `cell` to `proposed` changes what the table says. */
export function changesStory(context: Context, cell: Cell, proposed: number | undefined): boolean {
  if (rankChanges(context, cell, proposed)) return true;
  return (
    cell.role === "percent" &&
    proposed !== undefined &&
    cell.value !== undefined &&
    Math.sign(proposed) * Math.sign(toNumber(cell.value)) < 0
  );
}
