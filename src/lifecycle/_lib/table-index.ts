import type { EventType } from "../events.js";
import { STATES, type State } from "../states.js";
import { type START, TRANSITIONS, type TransitionDefinition } from "../transitions.js";

type From = State | typeof START;
let index: Map<From, Map<EventType, TransitionDefinition>> | undefined;

/**
 * The transition table indexed by state and event type, built on first use.
 * @internal
 */
export function transitionFor(from: From, type: EventType): TransitionDefinition | undefined {
  if (index === undefined) {
    const built = new Map<From, Map<EventType, TransitionDefinition>>();
    for (const row of TRANSITIONS as readonly TransitionDefinition[]) {
      for (const state of row.from) {
        let byEvent = built.get(state);
        if (byEvent === undefined) {
          byEvent = new Map();
          built.set(state, byEvent);
        }
        // The table has at most one row per (state, event) (a test checks it).
        byEvent.set(row.event, row);
      }
    }
    index = built;
  }
  return index.get(from)?.get(type);
}

let preOrder: ReadonlyMap<State, number> | undefined;

/**
 * The position of a non-terminal pre-placement state in the §2 chain, or -1.
 * @internal
 */
export function preRank(state: State): number {
  if (preOrder === undefined) {
    const ranks = new Map<State, number>();
    for (const s of Object.keys(STATES) as State[]) {
      if (STATES[s].phase === "PRE_PLACEMENT" && !STATES[s].terminal) ranks.set(s, ranks.size);
    }
    preOrder = ranks;
  }
  return preOrder.get(state) ?? -1;
}
