import { STATES, type State, type TerminalState } from "./states.js";

/**
 * Whether a state is a terminal outcome: no event moves the case out of it (the complaint and
 * repatriation-of-remains sub-processes attached to the case may still go on). Accepts anything.
 *
 * @example
 * ```ts
 * isTerminal("DIED_ABROAD"); //=> true
 * isTerminal("WORKING");     //=> false
 * isTerminal(42);            //=> false
 * ```
 */
export function isTerminal(state: unknown): state is TerminalState {
  return typeof state === "string" && Object.hasOwn(STATES, state) && STATES[state as State].terminal;
}
