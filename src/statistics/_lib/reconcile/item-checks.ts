import { createIssue } from "../../../core/index.js";
import type { PublishedAchievement, PublishedShare } from "../../published-table.js";
import type { Cell } from "../figures.js";
import { cmp } from "../interval.js";
import {
  type Context,
  decimalsOf,
  label,
  percentCell,
  printedRanges,
  type RangeOf,
  read,
} from "./context.js";
import { percentCheck } from "./share-check.js";

// Figures printed on their own, outside a breakdown: a share (the top-5 combined) and an achievement
// against a target.

/** A share outside a breakdown: its count over its own total, else the table's. */
export function checkShareItem(
  item: PublishedShare,
  index: number,
  tableTotal: Cell | undefined,
  context: Context,
): void {
  const path = ["shares", index];
  const rowLabel = label(item.label);
  const count = read(item.count, [...path, "count"], rowLabel, "count", context);
  const own = read(item.total, [...path, "total"], rowLabel, "total", context);
  const published = percentCell(item.published, [...path, "published"], rowLabel, context, decimalsOf(item));
  if (count === undefined || published === undefined) return;
  const place = { path: [...path, "published"], label: rowLabel };
  percentCheck("share", place, count, own ?? tableTotal, published, context);
}

/** A target reported as met (or not): a story-changing claim, checked against the figures. */
function checkMet(
  met: boolean,
  realised: Cell,
  target: Cell,
  place: { path: (string | number)[]; label: string },
  context: Context,
): void {
  const holds = (range: RangeOf): boolean => {
    const r = range(realised.id);
    const t = range(target.id);
    // Met: the realisation can reach the target; not met: it can fall short of it.
    return met
      ? r.hi === undefined || t.lo === undefined || cmp(r.hi, t.lo) >= 0
      : r.lo === undefined || t.hi === undefined || cmp(r.lo, t.hi) < 0;
  };
  const fine = holds(printedRanges(context));
  context.built.push({
    model: { ...place, cells: [realised.id, target.id], holds, failing: !fine, story: true },
  });
  if (!fine) {
    context.issues.push(
      createIssue("STATISTICS_TARGET_CLAIM_MISMATCH", place.path, { params: { label: place.label } }),
    );
  }
}

/** An achievement: `realised / target × 100` against the printed percentage, and the claim it was met. */
export function checkAchievement(item: PublishedAchievement, index: number, context: Context): void {
  const path = ["achievements", index];
  const rowLabel = label(item.label);
  const realised = read(item.realised, [...path, "realised"], rowLabel, "count", context);
  const target = read(item.target, [...path, "target"], rowLabel, "total", context);
  const published = percentCell(item.published, [...path, "published"], rowLabel, context, decimalsOf(item));
  if (realised === undefined || target === undefined) return;
  if (published !== undefined) {
    const place = { path: [...path, "published"], label: rowLabel };
    percentCheck("achievement", place, realised, target, published, context);
  }
  if (item.met !== undefined) {
    checkMet(item.met, realised, target, { path: [...path, "met"], label: rowLabel }, context);
  }
}
