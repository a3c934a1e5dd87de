/**
 * A mark the library puts on an object it built, with a value: "a case the engine finished, with its
 * extra keys", "a dossier whose documents were validated". It answers the same questions as a
 * `WeakMap` keyed by the object, but it is a private class field installed on the object itself, so
 * marking costs a property store (about 15 ns) where a weak collection's insertion costs about
 * 300 ns, and nothing else can forge it: only the class that declares the field can add or read it.
 * It is invisible to the object's users: no key, no symbol, and neither `JSON.stringify`,
 * `structuredClone` nor a spread copy carries it (a copy is an outside value, checked again).
 *
 * Only a fresh object the library built is marked, once, before it is frozen. Mark it while its
 * shape is always the same (before optional fields are added): the store is a property store, and
 * one that meets many object shapes takes V8's slow path.
 * @internal
 */
export interface Brand<T> {
  /** Marks `target` (a fresh, unfrozen object, never marked before) with `value`. */
  mark(target: object, value: T): void;
  /** Whether `value` carries this mark. */
  has(value: object): boolean;
  /** The value `value` was marked with, or `undefined` when it carries no mark. */
  get(value: object): T | undefined;
}

/** A constructor that returns the object it is given: a subclass's fields are installed on it. */
class OnTarget {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the return override installs the subclass's private field on `target`
    return target;
  }
}

/**
 * A new mark, distinct from every other (each call declares its own private field).
 * @internal
 */
export function createBrand<T>(): Brand<T> {
  class Marked extends OnTarget {
    readonly #value: T;
    constructor(target: object, value: T) {
      super(target);
      this.#value = value;
    }
    static has(value: object): boolean {
      return #value in value;
    }
    static get(value: object): T | undefined {
      return #value in value ? (value as Marked).#value : undefined;
    }
  }
  return {
    mark(target, value) {
      new Marked(target, value);
    },
    has: Marked.has,
    get: Marked.get,
  };
}
