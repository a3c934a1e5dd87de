import { readOnce as readOutside } from "../../_lib/read-once.js";

/** A value read from outside once, into plain data the library owns. @internal */
export interface ReadOnce {
  readonly value: unknown;
  /** Whether an object in it had enumerable Symbol keys (not plain JSON data). */
  readonly symbolKeys: boolean;
}

/**
 * Reads a value from outside once with the library's one reader (`_lib/read-once.ts`): own
 * enumerable string keys into objects that inherit no key, so a polluted Object.prototype changes
 * nothing. Lists are not cut by length here (a case may hold more complaints than `maxEvents`
 * allows events by default). Enumerable Symbol keys are dropped and reported, so the caller can
 * refuse the value.
 * @internal
 */
export function readOnce(input: unknown): ReadOnce {
  const report = { symbolKeys: false };
  const value = readOutside(input, { report, maxLength: Number.POSITIVE_INFINITY });
  return { value, symbolKeys: report.symbolKeys };
}
