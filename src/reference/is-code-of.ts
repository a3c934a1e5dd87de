/**
 * Whether `value` is a code of `table` (one of its own keys). Safe on any input: non-strings,
 * `"__proto__"`, `"constructor"` and inherited keys are never codes.
 *
 * @param table - a taxonomy table such as `PLACEMENT_ROUTES` or {@link COUNTRIES}
 * @param value - anything
 * @example
 * ```ts
 * isCodeOf(PLACEMENT_ROUTES, "P3MI"); //=> true
 * isCodeOf(PLACEMENT_ROUTES, "p3mi"); //=> false (codes are exact)
 * isCodeOf(COUNTRIES, "__proto__"); //=> false
 * ```
 */
export function isCodeOf<T extends object>(table: T, value: unknown): value is keyof T & string {
  return typeof value === "string" && Object.hasOwn(table, value);
}
