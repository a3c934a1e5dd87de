import { createIssue } from "../../../core/index.js";
import type { Finding } from "../../reconcile.js";
import { type Explainer, type Explanation, rankExplanations } from "../explain.js";
import type { Cell } from "../figures.js";
import { toNumber } from "../interval.js";
import type { Built, Context } from "./context.js";

// Several figures wrong the same way make one finding: shares computed on one other total (printed,
// or not printed: the total every failing share of a breakdown reproduces from). The one-unit
// tolerance never hides such a pattern: it is an error.

interface Patterns {
  readonly context: Context;
  readonly explained: Map<Built, Explanation[]>;
  readonly findings: Finding[];
  readonly covered: Set<Built>;
}

/** The failing checks each printed other total resolves. */
function byPrintedBase(
  failing: readonly Built[],
  explained: ReadonlyMap<Built, Explanation[]>,
): Map<number, Built[]> {
  const byBase = new Map<number, Built[]>();
  for (const entry of failing) {
    for (const e of explained.get(entry) ?? []) {
      if (e.kind !== "other-base" || e.base === undefined || !e.resolves) continue;
      const list = byBase.get(e.base) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byBase.set(e.base, list);
    }
  }
  return byBase;
}

/** The failing shares of each breakdown not yet covered, unless a wrong printed total explains them. */
function byBreakdown(
  failing: readonly Built[],
  covered: ReadonlySet<Built>,
  localised: ReadonlySet<number>,
): Built[][] {
  const groups = new Map<number, Built[]>();
  for (const entry of failing) {
    const share = entry.model.share;
    if (entry.breakdown === undefined || share === undefined || covered.has(entry)) continue;
    // A wrong printed total that alone resolves everything is that, not a pattern of shares.
    if (share.denominatorCell !== undefined && localised.has(share.denominatorCell)) continue;
    const list = groups.get(entry.breakdown) ?? [];
    list.push(entry);
    groups.set(entry.breakdown, list);
  }
  return [...groups.values()];
}

/**
 * The whole totals every share of `entries` reproduces from: `lo..hi`, empty when none.
 * 100·c / T ∈ [p − ½u, p + u)  ⇔  T ∈ (100·c / (p + u), 100·c / (p − ½u)].
 */
function commonBase(entries: readonly Built[], context: Context): { lo: bigint; hi: bigint } | undefined {
  let lo: bigint | undefined;
  let hi: bigint | undefined;
  for (const entry of entries) {
    const { share, percent } = entry.model;
    const cell = context.cells[percent?.cell ?? -1];
    const top = cell?.range.hi;
    const bottom = cell?.range.lo;
    if (share === undefined || top === undefined || bottom === undefined || bottom.n <= 0n) return undefined;
    const least = (share.count * 100n * top.d) / top.n + 1n;
    const most = (share.count * 100n * bottom.d) / bottom.n;
    lo = lo === undefined || least > lo ? least : lo;
    hi = hi === undefined || most < hi ? most : hi;
  }
  return lo === undefined || hi === undefined || lo > hi ? undefined : { lo, hi };
}

/** Each share of the pattern is explained by the unprinted total. */
function explainUnprinted(
  entries: readonly Built[],
  base: number,
  patterns: Patterns,
  explainer: Explainer,
): void {
  for (const entry of entries) {
    const cell = patterns.context.cells[entry.model.percent?.cell ?? -1] as Cell;
    const e: Explanation = {
      kind: "other-base",
      path: cell.path,
      label: cell.label,
      published: cell.value === undefined ? undefined : toNumber(cell.value),
      proposed: entry.figure?.halfUp ?? undefined,
      base,
      resolves: true,
      ambiguous: false,
      severity: "slip",
    };
    patterns.explained.set(
      entry,
      rankExplanations([e, ...(patterns.explained.get(entry) ?? [])], (path) => explainer.cellAt(path)),
    );
  }
}

/** One systematic finding, its issue, and its explanation put first on each of its figures. */
function report(base: number, printed: boolean, entries: readonly Built[], patterns: Patterns): void {
  const { explained } = patterns;
  const isPattern = (e: Explanation) => e.kind === "other-base" && e.base === base;
  for (const entry of entries) {
    patterns.covered.add(entry);
    const list = explained.get(entry) ?? [];
    const top = list.filter(isPattern).map((e) => ({ ...e, ambiguous: false }));
    explained.set(entry, [...top, ...list.filter((e) => !isPattern(e))]);
  }
  const labels = entries.map((entry) => entry.model.label);
  const paths = entries.map((entry) => entry.model.path);
  patterns.findings.push({
    kind: "systematic",
    cause: "other-base",
    base,
    printed,
    paths,
    labels,
    severity: "slip",
  });
  patterns.context.issues.push(
    createIssue("STATISTICS_SYSTEMATIC_ERROR", [], {
      params: { count: entries.length, label: labels[0] as string, base },
    }),
  );
}

/** Finds the systematic patterns among the failing checks, explains and reports each. */
export function systematic(
  context: Context,
  failing: readonly Built[],
  explained: Map<Built, Explanation[]>,
  explainer: Explainer,
  findings: Finding[],
  localised: ReadonlySet<number>,
): void {
  const patterns: Patterns = { context, explained, findings, covered: new Set() };
  for (const [base, entries] of byPrintedBase(failing, explained)) {
    // Figures an earlier printed total already reproduces are that pattern, not a second finding
    // (each figure still lists every total it reproduces from among its explanations).
    if (entries.length < 2 || entries.every((entry) => patterns.covered.has(entry))) continue;
    report(base, true, entries, patterns);
  }
  // Not printed: the failing shares of one breakdown all reproduce from one other whole total.
  for (const entries of byBreakdown(failing, patterns.covered, localised)) {
    if (entries.length < 2) continue;
    const range = commonBase(entries, context);
    if (range === undefined) continue;
    const denominator = entries[0]?.model.share?.denominator;
    if (denominator !== undefined && denominator >= range.lo && denominator <= range.hi) continue;
    const base = Number(range.lo);
    explainUnprinted(entries, base, patterns, explainer);
    report(base, false, entries, patterns);
  }
}
