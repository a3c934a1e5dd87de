import { PekerjaMigranError } from "../core/errors.js";

/**
 * The error of a function given an argument its type does not allow (a programmer error, such as
 * `null` for a tally): it names the function and the argument, never the value.
 * @internal
 */
export function invalidArgument(fn: string, argument: string, expected: string): PekerjaMigranError {
  return new PekerjaMigranError("INVALID_ARGUMENT", `${fn}: ${argument} must be ${expected}`, { argument });
}

/** Whether a value can be iterated with `for…of` (an array, a set, a generator). @internal */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    value !== null &&
    value !== undefined &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  );
}
