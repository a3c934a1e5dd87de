import { EVENT_TYPES, type EventType } from "../events.js";
import type { GuardDefinition } from "../guard-types.js";
import { GUARDS } from "../guards.js";
import type { Phase } from "../phases.js";
import { STATES, type State } from "../states.js";
import { type START, TRANSITIONS, type TransitionDefinition } from "../transitions.js";

type From = State | typeof START;
let index: Map<From, Map<EventType, TransitionDefinition>> | undefined;

/** A guard of a row, with what its `reads` declares, looked up once for the whole table. @internal */
export interface RowGuard {
  readonly guard: GuardDefinition;
  /** Whether the check reads the decisive date or the policy. */
  readonly readsContext: boolean;
  /** Whether the check reads the event's payload. */
  readonly readsPayload: boolean;
  /** Whether the check reads the policy (and so cannot judge a date no policy is in force on). */
  readonly readsPolicy: boolean;
}

let rowGuards: Map<TransitionDefinition, readonly RowGuard[]> | undefined;

/**
 * The guards of a row, in the row's order, each with what it reads: a step runs them without
 * looking each name up in the guard table and its `reads` list again.
 * @internal
 */
export function guardsOf(row: TransitionDefinition): readonly RowGuard[] {
  if (rowGuards === undefined) {
    const built = new Map<TransitionDefinition, readonly RowGuard[]>();
    for (const r of TRANSITIONS as readonly TransitionDefinition[]) {
      built.set(
        r,
        r.guards.map((name) => {
          const guard = (GUARDS as Readonly<Record<string, GuardDefinition>>)[name] as GuardDefinition;
          const readsContext = guard.reads.includes("date") || guard.reads.includes("policy");
          return {
            guard,
            readsContext,
            readsPayload: guard.reads.includes("payload"),
            readsPolicy: guard.reads.includes("policy"),
          };
        }),
      );
    }
    rowGuards = built;
  }
  return rowGuards.get(row) as readonly RowGuard[];
}

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

/** What a step needs to know of a state, in one lookup. @internal */
export interface StateFacts {
  readonly phase: Phase;
  readonly terminal: boolean;
  /** The state's place among the non-terminal pre-placement states, or -1 (see {@link preRank}). */
  readonly rank: number;
}

let facts: ReadonlyMap<State, StateFacts> | undefined;

/**
 * {@link STATES}' phase and terminal flag with {@link preRank}, from a `Map` (a step reads them for
 * every event; a keyed read of the state table by an ever-different state name costs more).
 * @internal
 */
export function stateFacts(state: State): StateFacts {
  if (facts === undefined) {
    const built = new Map<State, StateFacts>();
    for (const s of Object.keys(STATES) as State[]) {
      built.set(s, { phase: STATES[s].phase, terminal: STATES[s].terminal, rank: preRank(s) });
    }
    facts = built;
  }
  return facts.get(state) as StateFacts;
}

let reached: readonly (readonly [EventType, State])[] | undefined;

/**
 * The most advanced pre-placement state the milestones reached (at least `REGISTERED`): the
 * state each pre-placement milestone's row leads to, the highest first.
 * @internal
 */
export function reachedPreState(milestones: Readonly<Record<string, string | null>>): State {
  if (reached === undefined) {
    const rows: (readonly [EventType, State])[] = [];
    for (const row of TRANSITIONS as readonly TransitionDefinition[]) {
      const to = row.to;
      if (to === "SAME" || to === "OUTCOME" || !row.from.includes("REGISTERED")) continue;
      if (preRank(to) >= 1 && EVENT_TYPES[row.event].milestone) rows.push([row.event, to]);
    }
    reached = rows.sort((a, b) => preRank(b[1]) - preRank(a[1]));
  }
  for (const [event, state] of reached) if (milestones[event] != null) return state;
  return "REGISTERED";
}
