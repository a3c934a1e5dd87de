/**
 * Freezes a value the library owns and everything in it: a constant table, so that no caller can
 * change a policy, a code table or a message template that every later call trusts (called once per
 * table at module load, marked pure at each call site so that bundlers drop unused tables), or a
 * value the library parsed and returns (a document, a stored case). Returns its argument.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const top = !Object.isFrozen(value);
  if (top) Object.freeze(value);
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    // A primitive needs no call (a document is mostly strings). Below a node frozen here every
    // object is visited; below one already frozen (a table built from frozen parts) only those
    // not yet frozen, so a subtree shared many times is walked once.
    if (typeof child === "object" && child !== null && (top || !Object.isFrozen(child))) deepFreeze(child);
  }
  return value;
}
