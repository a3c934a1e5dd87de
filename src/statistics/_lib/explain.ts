import type { PathSegment } from "../../core/index.js";
import { type Candidate, classify, digitsAt, variants } from "./candidates.js";
import { type Cell, rangeWithDigits } from "./figures.js";
import { cmp, contains, type Interval, point, q, type Rational, toNumber } from "./interval.js";

/**
 * Why a failing check fails, as far as the figures tell: `rounding` (within one unit of the printed
 * decimals), `convention` (the figure is rounded the other way than the rest of the table: half-up
 * against truncation), `typo` (one keystroke: a digit changed, two adjacent digits swapped, a digit
 * dropped or added), `other-base` (a share computed on another total), `separator` (a thousands or
 * decimal separator slip: the figure is off by a power of ten), `none` (the figure that would have
 * to change, with nothing to say why).
 *
 * @example
 * ```ts
 * const kind: ExplanationKind = "typo";
 * ```
 */
export type ExplanationKind = "rounding" | "convention" | "typo" | "other-base" | "separator" | "none";

/**
 * One explanation of a failing check: which figure (`path`, its row `label`) would have to change,
 * from what was `published` to what is `proposed`, and whether that change alone `resolves` every
 * failing check around it without breaking one that holds. `ambiguous` when another figure is
 * explained equally well. `severity` is `story` when the error changes what the table says (the
 * direction of a change, the order of a ranked list, a target reported met) and `slip` otherwise.
 * `detail` names the typo or the convention; `base` is the other total a share was computed on.
 *
 * @example
 * ```ts
 * const e: Explanation = {
 *   kind: "typo", detail: "digits-swapped", path: ["breakdowns", 0, "rows", 1, "count"], label: "Taiwan",
 *   published: 30_336, proposed: 30_363, resolves: true, ambiguous: false, severity: "slip",
 * };
 * ```
 */
export interface Explanation {
  readonly kind: ExplanationKind;
  readonly detail?:
    | "digit-changed"
    | "digits-swapped"
    | "digit-dropped"
    | "digit-added"
    | "half-up"
    | "truncate"
    | "power-of-ten";
  readonly path: readonly PathSegment[];
  readonly label: string;
  readonly published: number | undefined;
  readonly proposed: number | undefined;
  readonly base?: number;
  readonly resolves: boolean;
  readonly ambiguous: boolean;
  readonly severity: "story" | "slip";
}

/** A check of the model: which cells it reads, and whether it holds for given cell ranges. @internal */
export interface ModelCheck {
  readonly path: readonly PathSegment[];
  readonly label: string;
  readonly cells: readonly number[];
  readonly holds: (range: (id: number) => Interval) => boolean;
  /** `holds` with every cell as printed but `cell` in `range`: the same answer, from sums kept aside. */
  readonly holdsWith?: (cell: number, range: Interval) => boolean;
  /** The value of `cell` making the check hold, all else fixed (`null`: none can; no variant is tried). */
  readonly solve?: (cell: number) => Rational | null | undefined;
  /** For a share or growth with exact inputs: the printed percentage cell and the values that would print. */
  readonly percent?: {
    readonly cell: number;
    readonly halfUp: Rational;
    readonly truncate: Rational;
    readonly offByOne: boolean;
  };
  /** For a share: the count cell, its denominator cell, and the exact count and denominator. */
  readonly share?: {
    readonly count: bigint;
    readonly denominator: bigint;
    readonly denominatorCell?: number;
  };
  readonly failing: boolean;
  /** A story-changing failure (wrong direction word, target reported met when not). */
  readonly story: boolean;
}

/** How likely each kind is, most likely first. */
const PRIORITY: Readonly<Record<ExplanationKind, number>> = {
  convention: 0,
  "other-base": 1,
  separator: 2,
  rounding: 4,
  typo: 3,
  none: 5,
};
const TYPO_SPECIFICITY: Readonly<Record<string, number>> = {
  "digits-swapped": 0,
  "digit-dropped": 1,
  "digit-added": 1,
  "digit-changed": 2,
};

function rankKey(e: Explanation, weight: number): number {
  // An explanation that resolves every failing check around it always ranks above one that does not.
  return (
    (e.resolves ? 0 : 1000) +
    PRIORITY[e.kind] * 100 +
    weight * 10 +
    (e.kind === "typo" ? (TYPO_SPECIFICITY[e.detail ?? ""] ?? 3) : 0)
  );
}

/**
 * Sorts explanations, most likely first, and marks ties between different figures as ambiguous.
 * Within a tie, a printed percentage comes before a count: the writer computed it from the counts,
 * which were copied from the source, and STATISTICS.md §4 finds "a few simply wrong". The tie
 * stays marked ambiguous. @internal
 */
export function rankExplanations(
  list: Explanation[],
  cellAt: (path: readonly PathSegment[]) => Cell | undefined,
): Explanation[] {
  const keyed = list.map((e) => {
    const cell = cellAt(e.path);
    const key = rankKey(e, cell?.weight ?? 1);
    // Typos of different kinds tie: a swap is ranked before a changed digit, but both are one keystroke.
    const tie = e.kind === "typo" ? key - (TYPO_SPECIFICITY[e.detail ?? ""] ?? 3) : key;
    return { e, key, tie, derived: cell?.role === "percent" ? 0 : 1 };
  });
  // Ties first by how likely, then the percentage before a count, then the kind of typo.
  keyed.sort((a, b) => a.tie - b.tie || a.derived - b.derived || a.key - b.key);
  const paths = new Map<number, Set<string>>();
  for (const { e, tie } of keyed) {
    let set = paths.get(tie);
    if (set === undefined) {
      set = new Set();
      paths.set(tie, set);
    }
    set.add(e.path.join("\u0000"));
  }
  return keyed.map(({ e, tie }) => ((paths.get(tie)?.size ?? 0) > 1 ? { ...e, ambiguous: true } : e));
}

/** The explanation engine over one table's cells and checks. @internal */
export class Explainer {
  private readonly byCell: ModelCheck[][];

  constructor(
    private readonly cells: readonly Cell[],
    checks: readonly ModelCheck[],
    /** A story-changing effect of a proposed change (a row changing rank, a growth changing sign). */
    private readonly storyOf: (cell: Cell, proposed: number | undefined) => boolean,
  ) {
    this.byCell = cells.map(() => []);
    for (const check of checks) {
      for (const id of check.cells) this.byCell[id]?.push(check);
    }
    // Cheap checks first, so a candidate fails fast: sums (many cells) last.
    for (const list of this.byCell) list.sort((a, b) => a.cells.length - b.cells.length);
  }

  /** Whether every check of `cell` holds with the cell's range replaced (the failing ones in `scope` at least). */
  private holdsWith(cell: Cell, range: Interval, ignore: ReadonlySet<ModelCheck> | undefined): boolean {
    const rangeOf = (id: number): Interval => (id === cell.id ? range : (this.cells[id] as Cell).range);
    for (const check of this.byCell[cell.id] ?? []) {
      if (ignore?.has(check)) continue;
      if (!(check.holdsWith?.(cell.id, range) ?? check.holds(rangeOf))) return false;
    }
    return true;
  }

  private explanation(candidate: Candidate, resolves: boolean, failing: readonly ModelCheck[]): Explanation {
    const { cell } = candidate;
    const proposed = candidate.value === undefined ? midpointOf(candidate.range) : toNumber(candidate.value);
    const story = failing.some((check) => check.story) || this.storyOf(cell, proposed);
    return {
      kind: candidate.kind,
      ...(candidate.detail === undefined ? {} : { detail: candidate.detail }),
      path: cell.path,
      label: cell.label,
      published: cell.value === undefined ? undefined : toNumber(cell.value),
      proposed,
      ...(candidate.base === undefined ? {} : { base: candidate.base }),
      resolves,
      ambiguous: false,
      severity: story ? "story" : "slip",
    };
  }

  /** The candidates for one cell: solved exactly where a check pins it, else its variants. */
  private *candidatesFor(cell: Cell, failing: readonly ModelCheck[]): Generator<Candidate> {
    for (const check of failing) {
      if (check.percent !== undefined && check.percent.cell === cell.id) {
        // A printed percentage with exact inputs: only the two roundings of the exact value print
        // right. The half-up one is proposed; the truncated one only when it explains the print.
        const halfUp = check.percent.halfUp;
        const truncate = check.percent.truncate;
        for (const value of [halfUp, truncate]) {
          if (value === truncate && cmp(truncate, halfUp) === 0) continue;
          const signed = cell.negative ? q(-value.n, value.d) : value;
          const range = rangeWithDigits(cell, digitsAt(cell, value) ?? 0n);
          const kind = check.percent.offByOne ? { kind: "rounding" as const } : classify(cell, signed);
          if (value === truncate && kind.kind === "none") continue;
          yield { cell, range, value: signed, ...kind };
        }
        return;
      }
      const solved = check.solve?.(cell.id);
      if (solved === null) return;
      if (solved !== undefined) {
        yield { cell, range: point(solved), value: solved, ...classify(cell, solved) };
        return;
      }
    }
    yield* variants(cell);
  }

  /**
   * Explains one group of failing checks that share figures: every single-figure change that
   * resolves them all, else, check by check, the changes that resolve that check alone.
   */
  explain(failing: readonly ModelCheck[]): { explanations: Explanation[]; localised: Cell[] } {
    const common = intersect(failing.map((check) => check.cells));
    const found: Explanation[] = [];
    const localised: Cell[] = [];
    for (const id of common) {
      const cell = this.cells[id] as Cell;
      let any = false;
      const seen = new Set<string>();
      for (const candidate of this.candidatesFor(cell, failing)) {
        if (!this.holdsWith(cell, candidate.range, undefined)) continue;
        const e = this.explanation(candidate, true, failing);
        const key = `${e.kind}|${e.proposed}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push(e);
        any = true;
      }
      if (any) localised.push(cell);
    }
    if (found.length === 0 && failing.length > 1) {
      // No single figure resolves them all: explain each check on its own (resolves: false).
      const all = new Set(failing);
      for (const check of failing) {
        const others = new Set(all);
        others.delete(check);
        for (const id of check.cells) {
          const cell = this.cells[id] as Cell;
          for (const candidate of this.candidatesFor(cell, [check])) {
            if (this.holdsWith(cell, candidate.range, others))
              found.push(this.explanation(candidate, false, [check]));
          }
        }
      }
    }
    return { explanations: rankExplanations(dedupe(found), (path) => this.cellAt(path)), localised };
  }

  /** Explanations that a printed share was computed on another total printed in the table. */
  otherBase(
    check: ModelCheck,
    bases: readonly { value: bigint; cell: Cell }[],
    group: readonly ModelCheck[],
  ): Explanation[] {
    const { share, percent } = check;
    if (share === undefined || percent === undefined) return [];
    const cell = this.cells[percent.cell] as Cell;
    const out: Explanation[] = [];
    const seen = new Set<bigint>();
    // Correcting this share resolves its group only if every failing check that shares a figure
    // with it (other than a printed total, which every share of a breakdown reads) reads the share.
    const own = new Set(check.cells.filter((id) => (this.cells[id] as Cell).role !== "total"));
    const resolves = group.every(
      (other) => other.cells.includes(percent.cell) || !other.cells.some((id) => own.has(id)),
    );
    for (const base of bases) {
      if (check.cells.includes(base.cell.id) || base.value <= share.count || seen.has(base.value)) continue;
      seen.add(base.value);
      const exact = q(share.count * 100n, base.value);
      if (!contains(cell.range, exact)) continue;
      out.push(
        this.explanation(
          { cell, range: cell.range, value: percent.halfUp, kind: "other-base", base: Number(base.value) },
          resolves,
          [check],
        ),
      );
    }
    return out;
  }

  private byPath: Map<string, Cell> | undefined;

  /** The cell printed at `path` (an explanation's figure). */
  cellAt(path: readonly PathSegment[]): Cell | undefined {
    this.byPath ??= new Map(this.cells.map((cell) => [cell.path.join("\u0000"), cell] as const));
    return this.byPath.get(path.join("\u0000"));
  }
}

function midpointOf(range: Interval): number | undefined {
  if (range.lo === undefined || range.hi === undefined) return undefined;
  if (range.lo.n * range.hi.d === range.hi.n * range.lo.d) return toNumber(range.lo);
  return undefined;
}

function dedupe(list: Explanation[]): Explanation[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.path.join("\u0000")}|${e.kind}|${e.proposed}|${e.base}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function intersect(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  let common = new Set(lists[0]);
  for (const list of lists.slice(1)) {
    const next = new Set<number>();
    for (const id of list) if (common.has(id)) next.add(id);
    common = next;
  }
  return [...common].sort((a, b) => a - b);
}
