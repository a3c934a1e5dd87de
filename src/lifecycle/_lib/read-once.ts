/** Deeper than any case or event the schemas accept; a deeper (or cyclic) value is cut there. */
const MAX_DEPTH = 32;

/** A value read from outside once, into plain data the library owns. @internal */
export interface ReadOnce {
  readonly value: unknown;
  /** Whether an object in it had enumerable Symbol keys (not plain JSON data). */
  readonly symbolKeys: boolean;
}

/**
 * Reads a value from outside once into a fresh copy of plain arrays and objects: own enumerable
 * string keys only, each read exactly once (a getter or proxy that answers differently on each read
 * is read once). Arrays are copied element by element; any other object (a typed array, a `Date`,
 * a `Map`) becomes a plain object of its own enumerable keys, which the schemas then refuse. The
 * caller's value is never changed or frozen, and nothing of it is kept. Enumerable Symbol keys are
 * dropped and reported, so the caller can refuse the value. A getter that throws propagates.
 * @internal
 */
export function readOnce(input: unknown): ReadOnce {
  const state: CopyState = { symbolKeys: false, copies: new Map(), open: new Set() };
  return { value: copy(input, 0, state), symbolKeys: state.symbolKeys };
}

interface CopyState {
  symbolKeys: boolean;
  /** Objects already copied: an object met twice (a shared subtree) is read once, so time stays linear. */
  readonly copies: Map<object, unknown>;
  /** Objects being copied: meeting one again is a cycle, cut like a value too deep. */
  readonly open: Set<object>;
}

function copy(input: unknown, depth: number, state: CopyState): unknown {
  if (input === null || typeof input !== "object") return input;
  if (depth >= MAX_DEPTH || state.open.has(input)) return null;
  if (state.copies.has(input)) return state.copies.get(input);
  state.open.add(input);
  const out = copyObject(input, depth, state);
  state.open.delete(input);
  state.copies.set(input, out);
  return out;
}

function copyObject(input: object, depth: number, state: CopyState): unknown {
  if (Array.isArray(input)) {
    const length = input.length;
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = copy(input[i], depth + 1, state);
    return out;
  }
  if (!state.symbolKeys) {
    for (const key of Object.getOwnPropertySymbols(input)) {
      if (Object.prototype.propertyIsEnumerable.call(input, key)) state.symbolKeys = true;
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const value = copy((input as Record<string, unknown>)[key], depth + 1, state);
    // A key named `__proto__` stays an own key (an assignment would set the prototype).
    if (key === "__proto__") {
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    } else out[key] = value;
  }
  return out;
}
