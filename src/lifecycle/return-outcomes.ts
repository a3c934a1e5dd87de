import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReturnReason } from "../reference/index.js";
import type { TerminalState } from "./states.js";

/**
 * The shape of a {@link RETURN_OUTCOMES} entry.
 *
 * @example
 * ```ts
 * const deported: ReturnOutcome = RETURN_OUTCOMES.DEPORTED;
 * //=> { outcome: "DEPORTED_RETURNED", basis: "UU 18/2017 Pasal 27; Permen P2MI 32/2025", verified: true }
 * ```
 */
export interface ReturnOutcome {
  /** The terminal outcome of a return for this reason; `null` when the reason is not a return. */
  readonly outcome: TerminalState | null;
  /** The event that records this reason when it is not `ReturnInitiated`. */
  readonly recordedBy?: "LeaveStarted" | "DeathReported";
  readonly basis: string;
  /** `false` when LIFECYCLE.md's terminal table names no outcome for the reason (library reading). */
  readonly verified: boolean;
}

/**
 * The terminal outcome of a return for each reason of UU 18/2017 Pasal 27 (LIFECYCLE.md §1, terminal
 * outcomes). Leave is not a return (`LeaveStarted`), death is recorded by `DeathReported`.
 * LIFECYCLE.md names no outcome of its own for `ABUSE_OR_VIOLENCE` and `OTHER`: such a worker
 * comes home before the contract ends, so the case closes as `EARLY_TERMINATED_RETURNED` and keeps
 * the reason in `returnReason` (a library reading, `verified: false`).
 *
 * @example
 * ```ts
 * RETURN_OUTCOMES.DEPORTED.outcome;            //=> "DEPORTED_RETURNED"
 * RETURN_OUTCOMES.ACCIDENT_OR_ILLNESS.outcome; //=> "MEDICAL_REPATRIATED"
 * ```
 */
export const RETURN_OUTCOMES = /* @__PURE__ */ deepFreeze({
  CONTRACT_ENDED: { outcome: "COMPLETED_RETURNED", basis: "UU 18/2017 Pasal 27", verified: true },
  LEAVE: { outcome: null, recordedBy: "LeaveStarted", basis: "UU 18/2017 Pasal 27 (cuti)", verified: true },
  EARLY_TERMINATION: { outcome: "EARLY_TERMINATED_RETURNED", basis: "UU 18/2017 Pasal 27", verified: true },
  ACCIDENT_OR_ILLNESS: {
    outcome: "MEDICAL_REPATRIATED",
    basis: "UU 18/2017 Pasal 27; Permen P2MI 32/2025 Pasal 13 huruf b",
    verified: true,
  },
  ABUSE_OR_VIOLENCE: { outcome: "EARLY_TERMINATED_RETURNED", basis: "UU 18/2017 Pasal 27", verified: false },
  CRISIS_EVACUATION: { outcome: "EVACUATED_RETURNED", basis: "UU 18/2017 Pasal 27", verified: true },
  DEPORTED: {
    outcome: "DEPORTED_RETURNED",
    basis: "UU 18/2017 Pasal 27; Permen P2MI 32/2025",
    verified: true,
  },
  DEATH: {
    outcome: null,
    recordedBy: "DeathReported",
    basis: "UU 18/2017 Pasal 27; PP 59/2021 Pasal 21",
    verified: true,
  },
  OTHER: { outcome: "EARLY_TERMINATED_RETURNED", basis: "UU 18/2017 Pasal 27", verified: false },
} as const satisfies Record<ReturnReason, ReturnOutcome>);
