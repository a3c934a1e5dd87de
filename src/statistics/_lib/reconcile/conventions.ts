import { createIssue } from "../../../core/index.js";
import type { Finding } from "../../reconcile.js";
import type { Explanation } from "../explain.js";
import type { Cell } from "../figures.js";
import { toNumber } from "../interval.js";
import type { Built, Context, MutableFigure } from "./context.js";
import { rankChanges } from "./severity.js";

// Half-up against truncation inside one table: the minority convention is explained and reported.

/** The table's convention: the one most figures that tell the two apart follow. */
function dominantOf(built: readonly Built[]): { dominant: "half-up" | "truncate"; mixed: boolean } {
  let halfUp = 0;
  let truncated = 0;
  for (const { figure } of built) {
    if (figure?.convention === "half-up") halfUp++;
    else if (figure?.convention === "truncate") truncated++;
  }
  return { dominant: truncated > halfUp ? "truncate" : "half-up", mixed: halfUp > 0 && truncated > 0 };
}

/** The figures rounded against the table's convention. */
function minorityOf(context: Context, dominant: "half-up" | "truncate"): Built[] {
  const { built, cells } = context;
  // A figure that reads a figure of a failing check is left to that check's explanation: the
  // typo that breaks a sum can make a share look truncated.
  const suspect = new Set<number>();
  for (const entry of built) if (entry.model.failing) for (const id of entry.model.cells) suspect.add(id);
  const other = dominant === "half-up" ? "truncate" : "half-up";
  return built.filter(
    ({ figure, model }) =>
      figure?.convention === other &&
      !model.cells.some((id) => suspect.has(id) && (cells[id] as Cell).role !== "percent"),
  );
}

/** Explains each figure rounded against the table's convention, and reports the mix once. */
export function mixedRounding(
  context: Context,
  explained: Map<Built, Explanation[]>,
  findings: Finding[],
): void {
  const { dominant, mixed } = dominantOf(context.built);
  const minority = mixed ? minorityOf(context, dominant) : [];
  for (const entry of minority) {
    const figure = entry.figure as MutableFigure;
    const percent = entry.model.percent;
    if (percent === undefined) continue;
    const cell = context.cells[percent.cell] as Cell;
    const value = dominant === "half-up" ? percent.halfUp : percent.truncate;
    const proposed = cell.negative ? -toNumber(value) : toNumber(value);
    explained.set(entry, [
      {
        kind: "convention",
        detail: figure.convention as "half-up" | "truncate",
        path: cell.path,
        label: cell.label,
        published: figure.published,
        proposed,
        resolves: true,
        ambiguous: false,
        severity: rankChanges(context, cell, proposed) ? "story" : "slip",
      },
    ]);
  }
  if (minority.length === 0) return;
  const labels = minority.map(({ figure }) => (figure as MutableFigure).label);
  findings.push({
    kind: "mixed-rounding",
    cause: "convention",
    paths: minority.map(({ figure }) => (figure as MutableFigure).path),
    labels,
    severity: "slip",
  });
  context.issues.push(
    createIssue("STATISTICS_ROUNDING_MIXED", [], {
      severity: "warning",
      params: { count: minority.length, dominant, label: labels[0] as string },
    }),
  );
}
