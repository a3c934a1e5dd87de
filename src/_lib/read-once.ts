/** Deeper than any policy, dossier or table the schemas accept; a deeper (or cyclic) value is cut there. */
const MAX_DEPTH = 32;
/** Longer than any list the schemas accept: a sparse array of length 10⁹ would otherwise take minutes. */
const MAX_LENGTH = 100_000;

/**
 * Reads a value from outside once into a fresh copy of plain arrays and objects (own enumerable
 * string keys, each read once), to validate and keep instead of the caller's value. Validating the
 * copy matters for the `.readonly()` schemas: when such a schema meets a wrong value it freezes the
 * value it was given, which must never be the caller's (a desk app that fixes a rejected input in
 * place and retries would crash on "object is not extensible"). Any other object (a typed array, a
 * `Date`, a `Map`) becomes a plain object of its own enumerable keys, which the schemas then refuse.
 * Shared subtrees are read once; cycles, nesting deeper than 32 and lists longer than 100,000 are
 * cut to `null`. A getter that
 * throws propagates. The lifecycle has its own reader, which also reports Symbol keys.
 * @internal
 */
export function readOnce(input: unknown): unknown {
  return copy(input, 0, new Map(), new Set());
}

function copy(input: unknown, depth: number, copies: Map<object, unknown>, open: Set<object>): unknown {
  if (input === null || typeof input !== "object") return input;
  if (depth >= MAX_DEPTH || open.has(input)) return null;
  if (Array.isArray(input) && input.length > MAX_LENGTH) return null;
  if (copies.has(input)) return copies.get(input);
  open.add(input);
  let out: unknown;
  if (Array.isArray(input)) {
    const length = input.length;
    const list: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) list[i] = copy(input[i], depth + 1, copies, open);
    out = list;
  } else {
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(input)) {
      const value = copy((input as Record<string, unknown>)[key], depth + 1, copies, open);
      // A key named `__proto__` stays an own key (an assignment would set the prototype).
      if (key === "__proto__") {
        Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
      } else record[key] = value;
    }
    out = record;
  }
  open.delete(input);
  copies.set(input, out);
  return out;
}
