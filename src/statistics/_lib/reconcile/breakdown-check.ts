import { normaliseWords } from "../../../_lib/normalise.js";
import { createIssue, type PathSegment } from "../../../core/index.js";
import { COUNTRIES } from "../../../reference/countries.js";
import { EDUCATION_LEVELS } from "../../../reference/education-levels.js";
import { type LabelledTable, parseLabel } from "../../../reference/parse-label.js";
import type { PublishedBreakdown } from "../../published-table.js";
import type { Cell } from "../figures.js";
import { q } from "../interval.js";
import { type Context, label, numberOf, percentCell, read } from "./context.js";
import { percentCheck, sharesOfSum } from "./share-check.js";
import { sumCheck } from "./sum-check.js";

// One breakdown of a total: its rows' counts, their shares, their sum, and the sum of their shares.

const HUNDRED = q(100n);

/** What a breakdown contributes to the checks across breakdowns. */
export interface BreakdownResult {
  /** Every row printed a readable count. */
  readonly complete: boolean;
  readonly rows: readonly Cell[];
  readonly partial: boolean;
  /** The breakdown's own printed total. */
  readonly total: Cell | undefined;
}

function readCounts(breakdown: PublishedBreakdown, index: number, context: Context): (Cell | undefined)[] {
  const path = ["breakdowns", index];
  return breakdown.rows.map((row, i) =>
    read(row.count, [...path, "rows", i, "count"], label(row.label), "count", context, {
      breakdown: index,
      row: i,
    }),
  );
}

/** The taxonomies whose label variants STATISTICS.md §4 names, each with a prefix for its codes. */
const VARIANT_TABLES: readonly (readonly [string, LabelledTable])[] = [
  ["country", COUNTRIES],
  ["education", EDUCATION_LEVELS],
];

/** The category a row's label names: a country or an education level by its code, else its words. */
function categoryOf(rowLabel: string): string {
  for (const [prefix, table] of VARIANT_TABLES) {
    const parsed = parseLabel(table, rowLabel);
    if (parsed.ok) return `${prefix}:${parsed.value.code}`;
  }
  return normaliseWords(rowLabel);
}

/**
 * "Hongkong" and "Hong Kong", or "SMA" and "SMU", in one breakdown are the same category counted
 * twice (STATISTICS.md §4, label variants).
 */
function flagDuplicates(breakdown: PublishedBreakdown, path: readonly PathSegment[], context: Context): void {
  const seen = new Set<string>();
  breakdown.rows.forEach((row, i) => {
    const category = categoryOf(row.label);
    if (seen.has(category)) {
      context.issues.push(
        createIssue("STATISTICS_ROW_DUPLICATE", [...path, "rows", i, "label"], {
          severity: "warning",
          params: { label: label(row.label) },
        }),
      );
    }
    seen.add(category);
  });
}

/** The shares of the rows, each checked against its count and the denominator. */
function checkShares(
  breakdown: PublishedBreakdown,
  index: number,
  counts: readonly (Cell | undefined)[],
  denominator: Cell | { readonly sum: readonly Cell[] } | undefined,
  context: Context,
): (Cell | undefined)[] {
  const path = ["breakdowns", index];
  return breakdown.rows.map((row, i) => {
    const rowLabel = label(row.label);
    const sharePath = [...path, "rows", i, "share"];
    const published = percentCell(row.share, sharePath, rowLabel, context, {
      breakdown: index,
      row: i,
      ...(row.decimals === undefined ? {} : { decimals: row.decimals }),
    });
    const count = counts[i];
    if (published === undefined || count === undefined) return published;
    const place = { path: sharePath, label: rowLabel, breakdown: index };
    if (denominator !== undefined && "sum" in denominator) {
      sharesOfSum(place, count, denominator.sum, published, context);
    } else {
      percentCheck("share", place, count, denominator, published, context);
    }
    return published;
  });
}

/** Checks one breakdown against its own total, else the table's (`tableTotal`). */
export function checkBreakdown(
  breakdown: PublishedBreakdown,
  index: number,
  tableTotal: Cell | undefined,
  context: Context,
): BreakdownResult {
  const path = ["breakdowns", index];
  const name = label(breakdown.name);
  const own = read(breakdown.total, [...path, "total"], name, "total", context, { breakdown: index });
  const total = own ?? tableTotal;
  const partial = breakdown.partial === true;
  const counts = readCounts(breakdown, index, context);
  const complete = counts.every((cell) => cell !== undefined);
  flagDuplicates(breakdown, path, context);
  const rowCells = counts.filter((cell): cell is Cell => cell !== undefined);
  // No total printed: a complete breakdown's own sum is the total of its shares.
  const denominator =
    total ?? (partial || !complete || rowCells.length === 0 ? undefined : ({ sum: rowCells } as const));
  const shares = checkShares(breakdown, index, counts, denominator, context);
  context.ranked.set(index, { counts, shares });
  if (isRanked(breakdown, { counts, shares })) context.rankedBreakdowns.add(index);
  const printedShares = shares.filter((cell): cell is Cell => cell !== undefined);
  if (complete && rowCells.length > 0) {
    sumCheck({ path, label: name }, rowCells, "total", total, partial, context);
  }
  // The printed shares of a breakdown add up to 100 within their combined rounding.
  if (!partial && printedShares.length >= 2 && printedShares.length === breakdown.rows.length) {
    sumCheck({ path: [...path, "shares"], label: name }, printedShares, "100", HUNDRED, partial, context);
  }
  return { complete: complete && rowCells.length > 0, rows: rowCells, partial, total: own };
}

/** A list printed in descending order (of its counts, or of its shares: a typo may break one of them). */
function isRanked(
  breakdown: PublishedBreakdown,
  rows: { counts: readonly (Cell | undefined)[]; shares: readonly (Cell | undefined)[] },
): boolean {
  if (breakdown.ranked !== undefined) return breakdown.ranked;
  const descending = (cells: readonly (Cell | undefined)[]): boolean => {
    const values = cells.map((cell) => (cell === undefined ? Number.NaN : numberOf(cell)));
    if (values.length < 3 || values.some(Number.isNaN)) return false;
    for (let i = 1; i < values.length; i++)
      if ((values[i] as number) > (values[i - 1] as number)) return false;
    return true;
  };
  return descending(rows.counts) || descending(rows.shares);
}
