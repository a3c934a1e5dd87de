import type { Localisation } from "../../reconcile.js";
import { type Explainer, type Explanation, type ModelCheck, rankExplanations } from "../explain.js";
import type { Cell } from "../figures.js";
import type { Rational } from "../interval.js";
import type { Built, Context } from "./context.js";

// Where the errors are (Fellegi–Holt style): the failing checks grouped by the figures they share,
// each group explained and localised to the lightest figures that alone resolve it.

/** Groups failing checks that share figures (union–find over cells). */
export function components(failing: readonly ModelCheck[]): ModelCheck[][] {
  const parent = failing.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const owner = new Map<number, number>();
  failing.forEach((check, i) => {
    for (const cell of check.cells) {
      const j = owner.get(cell);
      if (j === undefined) owner.set(cell, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, ModelCheck[]>();
  failing.forEach((check, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(check);
    groups.set(root, group);
  });
  return [...groups.values()];
}

/** Printed totals (then counts) a share may have been computed on instead of its own. */
function basesOf(cells: readonly Cell[]): { value: bigint; cell: Cell }[] {
  return cells
    .filter(
      (cell) => cell.exact && cell.value !== undefined && (cell.role === "total" || cell.role === "count"),
    )
    .sort((a, b) => (a.role === b.role ? 0 : a.role === "total" ? -1 : 1))
    .map((cell) => ({ value: (cell.value as Rational).n, cell }));
}

/** The lightest localised figures of one group. */
function localisationOf(group: readonly ModelCheck[], localised: readonly Cell[]): Localisation {
  const minWeight = Math.min(...localised.map((cell) => cell.weight));
  const chosen = localised.filter((cell) => cell.weight === minWeight);
  return {
    checks: group.map((check) => check.path),
    paths: chosen.map((cell) => cell.path),
    weight: chosen.length === 0 ? 0 : minWeight,
    ambiguous: chosen.length > 1,
  };
}

/**
 * Explains and localises every group of failing checks; each check's explanations are ranked into
 * `explained`. Returns the localisations and the ids of every localised cell.
 */
export function localise(
  context: Context,
  explainer: Explainer,
  failing: readonly Built[],
  explained: Map<Built, Explanation[]>,
): { localisation: Localisation[]; localisedCells: Set<number> } {
  const byModel = new Map(context.built.map((b) => [b.model, b] as const));
  const bases = basesOf(context.cells);
  const localisation: Localisation[] = [];
  const localisedCells = new Set<number>();
  for (const group of components(failing.map((b) => b.model))) {
    const { explanations, localised } = explainer.explain(group);
    for (const cell of localised) localisedCells.add(cell.id);
    localisation.push(localisationOf(group, localised));
    for (const check of group) {
      const entry = byModel.get(check) as Built;
      const own = [...explanations, ...explainer.otherBase(check, bases, group)];
      explained.set(
        entry,
        rankExplanations(own, (path) => explainer.cellAt(path)),
      );
    }
  }
  return { localisation, localisedCells };
}
