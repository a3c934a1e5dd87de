import type { Phase } from "./phases.js";
import { STATES, type State } from "./states.js";

/**
 * The protection phase of a state (UU 18/2017 Pasal 7). Accepts anything: an unknown value gives
 * `undefined`.
 *
 * @example
 * ```ts
 * phaseOf("WORKING");            //=> "PLACEMENT"
 * phaseOf("DEPORTED_RETURNED");  //=> "POST_PLACEMENT"
 * phaseOf("NOPE");               //=> undefined
 * ```
 */
export function phaseOf(state: State): Phase;
export function phaseOf(state: unknown): Phase | undefined;
export function phaseOf(state: unknown): Phase | undefined {
  return typeof state === "string" && Object.hasOwn(STATES, state) ? STATES[state as State].phase : undefined;
}
