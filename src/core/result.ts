import type { Issue } from "./issue.js";

/**
 * A successful outcome carrying its value.
 *
 * @example
 * ```ts
 * const success: Ok<number> = ok(42); //=> { ok: true, value: 42 }
 * ```
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * A refused outcome carrying every issue found (never just the first).
 *
 * @example
 * ```ts
 * const refused: Err = err([createIssue("INPUT_REQUIRED", ["nik"])]);
 * refused.issues.map((i) => i.code); //=> ["INPUT_REQUIRED"]
 * ```
 */
export interface Err {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

/**
 * The outcome of any function that judges outside data: `{ ok: true, value }` or
 * `{ ok: false, issues }`. Domain failures are data, never exceptions.
 *
 * @example
 * ```ts
 * import { parseNik } from "pekerja-migran";
 * const result = parseNik("3201014101990001", { referenceDate: "2026-01-01" });
 * if (result.ok) console.log(result.value.sex); // "F"
 * else console.log(result.issues.map((i) => i.code));
 * ```
 */
export type Result<T> = Ok<T> | Err;

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * ```ts
 * ok(42); //=> { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps issues as a refused {@link Result}.
 *
 * @example
 * ```ts
 * err([{ code: "ID_NUMBER_LENGTH", severity: "error", path: [] }]).ok; //=> false
 * ```
 */
export function err(issues: readonly Issue[]): Err {
  return { ok: false, issues };
}
