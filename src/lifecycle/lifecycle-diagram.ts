import { EVENT_TYPES } from "./events.js";
import { PHASES, type Phase } from "./phases.js";
import { STATES, type State } from "./states.js";
import { START, TRANSITIONS, type TransitionDefinition } from "./transitions.js";

/** Rows whose `from` lists more states than this are drawn from one "any of" node. */
const GROUP_THRESHOLD = 4;

function groupNode(from: readonly State[]): { id: string; label: string } {
  const phases = new Set(from.map((state) => STATES[state].phase));
  const phase = phases.size === 1 ? ([...phases][0] as Phase) : undefined;
  const id = phase === undefined ? `ANY_${from.length}` : `ANY_${phase}_${from.length}`;
  const where = phase === undefined ? "states" : `${PHASES[phase].label.en.toLowerCase()} states`;
  return { id, label: `any of ${from.length} ${where}` };
}

/**
 * The lifecycle as a Mermaid `stateDiagram-v2`, generated from {@link TRANSITIONS}: states grouped by
 * phase, one arrow per (state, event), terminal outcomes leading to the end. Rows allowed from many
 * states are drawn once from an "any of …" node; events that keep the state (documents, complaints,
 * the repatriation of remains) are listed in a note instead of drawn as loops.
 *
 * @example
 * ```ts
 * lifecycleDiagram().startsWith("stateDiagram-v2"); //=> true
 * lifecycleDiagram().includes("[*] --> REGISTERED : Registered"); //=> true
 * ```
 */
export function lifecycleDiagram(): string {
  const lines: string[] = ["stateDiagram-v2"];
  const states = Object.keys(STATES) as State[];
  for (const phase of Object.keys(PHASES) as Phase[]) {
    lines.push(`  state "${PHASES[phase].label.en} (${phase})" as ${phase} {`);
    for (const state of states) if (STATES[state].phase === phase) lines.push(`    ${state}`);
    lines.push("  }");
  }
  const groups = new Map<string, string>();
  const edges: string[] = [];
  const sameState = new Set<string>();
  for (const row of TRANSITIONS as readonly TransitionDefinition[]) {
    if (row.to === "SAME") {
      sameState.add(row.event);
      continue;
    }
    const targets: readonly State[] =
      row.to === "OUTCOME"
        ? states.filter(
            (state) =>
              STATES[state].terminal && STATES[state].phase === "POST_PLACEMENT" && state !== "DIED_ABROAD",
          )
        : [row.to];
    const sources = row.from.filter((state): state is State => state !== START);
    const starts = row.from.includes(START) ? ["[*]"] : [];
    let origins: string[] = sources;
    if (sources.length > GROUP_THRESHOLD) {
      const node = groupNode(sources);
      groups.set(node.id, node.label);
      origins = [node.id];
    }
    for (const origin of [...starts, ...origins]) {
      for (const target of targets) edges.push(`  ${origin} --> ${target} : ${row.event}`);
    }
  }
  for (const [id, label] of groups) lines.push(`  state "${label}" as ${id}`);
  lines.push(...edges);
  for (const state of states) if (STATES[state].terminal) lines.push(`  ${state} --> [*]`);
  const kept = [...sameState].filter((type) => Object.hasOwn(EVENT_TYPES, type));
  lines.push(
    `  note right of DIED_ABROAD`,
    `    Events that keep the state: ${kept.join(", ")}`,
    `  end note`,
  );
  return `${lines.join("\n")}\n`;
}
