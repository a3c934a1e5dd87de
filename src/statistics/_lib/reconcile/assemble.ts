import type { FigureCheck, Finding, Reconciliation, RoundingConvention, SumCheck } from "../../reconcile.js";
import { Explainer, type Explanation } from "../explain.js";
import type { Built, Context } from "./context.js";
import { mixedRounding } from "./conventions.js";
import { corroborated } from "./corroborate.js";
import { localise } from "./localise.js";
import { changesStory } from "./severity.js";
import { systematic } from "./systematic.js";

// From the checks of one table to its reconciliation: explanations, localisation, findings, status.

/** A failing check with no explanation gets "none". */
function noExplanation(entry: Built): Explanation {
  return {
    kind: "none",
    path: entry.model.path,
    label: entry.model.label,
    published: undefined,
    proposed: undefined,
    resolves: false,
    ambiguous: false,
    severity: entry.model.story ? "story" : "slip",
  };
}

/** Writes the explanations into the output rows; returns how many checks fail and how many are resolved. */
function writeExplanations(
  built: readonly Built[],
  explained: ReadonlyMap<Built, Explanation[]>,
): { failing: number; resolved: number } {
  let resolved = 0;
  let failing = 0;
  for (const entry of built) {
    if (!entry.model.failing && !explained.has(entry)) continue;
    failing++;
    let list = explained.get(entry) ?? [];
    if (list.length === 0) list = [noExplanation(entry)];
    if (list.some((e) => e.resolves && e.kind !== "none")) resolved++;
    if (entry.figure !== undefined) entry.figure.explanations = list;
    if (entry.sum !== undefined) entry.sum.explanations = list;
  }
  return { failing, resolved };
}

function statusOf(
  { failing, resolved }: { failing: number; resolved: number },
  unread: boolean,
): Reconciliation["status"] {
  // A figure that could not be read leaves its checks undone: the table is not shown consistent.
  if (failing === 0) return unread ? "unreadable" : "consistent";
  if (resolved === failing) return "explained";
  return resolved > 0 ? "partly-explained" : "inconsistent";
}

function summarise(figures: readonly FigureCheck[]): Reconciliation["summary"] {
  const conventions: Record<RoundingConvention, number> = { "half-up": 0, truncate: 0, both: 0, neither: 0 };
  const summary = { agree: 0, offByOne: 0, disagree: 0, unchecked: 0, conventions };
  for (const figure of figures) {
    if (figure.status === "agrees") {
      summary.agree++;
      conventions[figure.convention]++;
    } else if (figure.status === "off-by-one") summary.offByOne++;
    else if (figure.status === "disagrees") summary.disagree++;
    else summary.unchecked++;
  }
  return summary;
}

/** Story-changing errors: a check that changes the story, or whose likeliest correction does. */
function storyFinding(failing: readonly Built[], explained: ReadonlyMap<Built, Explanation[]>): Finding[] {
  const story = failing.filter((b) => b.model.story || explained.get(b)?.[0]?.severity === "story");
  if (story.length === 0) return [];
  return [
    {
      kind: "story",
      paths: story.map((b) => b.model.path),
      labels: story.map((b) => b.model.label),
      severity: "story",
    },
  ];
}

/** The reconciliation of the checks built from one table. */
export function assemble(context: Context): Reconciliation {
  const { built, cells, issues } = context;
  const findings: Finding[] = [];
  const explained = new Map<Built, Explanation[]>();
  mixedRounding(context, explained, findings);
  const explainer = new Explainer(
    corroborated(
      cells,
      built.map((b) => b.model),
    ),
    built.map((b) => b.model),
    (cell, proposed) => changesStory(context, cell, proposed),
  );
  const failing = built.filter((b) => b.model.failing);
  const { localisation, localisedCells } = localise(context, explainer, failing, explained);
  systematic(context, failing, explained, explainer, findings, localisedCells);
  findings.push(...storyFinding(failing, explained));
  const consistent = !issues.some((issue) => issue.severity === "error");
  const status = statusOf(writeExplanations(built, explained), !consistent);
  const figures = built.flatMap((b) => (b.figure === undefined ? [] : [b.figure as FigureCheck]));
  const sums = built.flatMap((b) => (b.sum === undefined ? [] : [b.sum as SumCheck]));
  return {
    consistent,
    status,
    figures,
    sums,
    localisation,
    findings,
    issues,
    summary: summarise(figures),
  };
}
