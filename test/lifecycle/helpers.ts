import { expect } from "vitest";
import {
  applyEvent,
  type Case,
  type Issue,
  type LifecycleEvent,
  type Result,
  replay,
} from "../../src/index.js";

/** Replays events that must all apply, failing the test with the issue codes otherwise. */
export function caseOf(events: readonly LifecycleEvent[], options?: unknown): Case {
  const result = replay(events, options);
  if (!result.ok)
    expect.fail(`replay refused: ${JSON.stringify(result.issues.map((i) => [i.code, i.path]))}`);
  return result.value;
}

/** Applies one more event with the next seq. */
export function next(
  current: Case,
  type: string,
  at: string,
  payload: Record<string, unknown> = {},
  options?: unknown,
): Result<Case> {
  return applyEvent(current, { type, seq: current.lastSeq + 1, at, ...payload }, options);
}

export function mustApply(
  current: Case,
  type: string,
  at: string,
  payload: Record<string, unknown> = {},
): Case {
  const result = next(current, type, at, payload);
  if (!result.ok) expect.fail(`${type} refused: ${JSON.stringify(result.issues.map((i) => i.code))}`);
  return result.value;
}

export function codesOf(result: Result<unknown>): string[] {
  return result.ok ? [] : result.issues.map((issue: Issue) => issue.code);
}
