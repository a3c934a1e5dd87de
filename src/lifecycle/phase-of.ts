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
/**
 * The protection phase of a value that may not be a state: `undefined` when it is not one.
 *
 * @example
 * ```ts
 * phaseOf(JSON.parse('"WORKING"')); //=> "PLACEMENT"
 * phaseOf("NOPE");                  //=> undefined
 * ```
 */
export function phaseOf(state: unknown): Phase | undefined;
/**
 * Implementation of the overloads above.
 *
 * @example
 * ```ts
 * phaseOf("DEPORTED_RETURNED"); //=> "POST_PLACEMENT"
 * ```
 */
export function phaseOf(state: unknown): Phase | undefined {
  return typeof state === "string" && Object.hasOwn(STATES, state) ? STATES[state as State].phase : undefined;
}
