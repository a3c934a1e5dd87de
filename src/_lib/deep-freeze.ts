/**
 * Freezes a constant table and everything in it, so that no caller can change a policy, a code
 * table or a message template that every later call trusts. Called once per table at module load,
 * marked pure at each call site so that bundlers drop unused tables. Returns its argument.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  } else if (typeof value === "object" && value !== null) {
    // Already frozen at the top (a table built from frozen parts): its children may not be.
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === "object" && child !== null && !Object.isFrozen(child)) deepFreeze(child);
    }
  }
  return value;
}
