/** Deeper than any policy, dossier or table the schemas accept; a deeper (or cyclic) value is cut there. */
const MAX_DEPTH = 32;
/** Longer than any list the schemas accept: a sparse array of length 10⁹ would otherwise take minutes. */
const MAX_LENGTH = 100_000;

/**
 * Reads a value from outside once into a fresh copy of arrays and prototype-free objects (own
 * enumerable string keys, each read once; a key named `__proto__` stays a plain key), to validate
 * and keep instead of the caller's value. Validating the copy matters for the `.readonly()` schemas:
 * when such a schema meets a wrong value it freezes the value it was given, which must never be the
 * caller's (a desk app that fixes a rejected input in place and retries would crash on "object is
 * not extensible"). Any other object (a typed array, a `Date`, a `Map`) becomes an object of its own
 * enumerable keys, which the schemas then refuse. Shared subtrees are read once; cycles, nesting
 * deeper than 32 and lists longer than 100,000 are cut to `null`. A getter that throws propagates.
 * The lifecycle has its own reader, which also reports Symbol keys.
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
    // No prototype: a schema that reads a key the caller did not give (or lists keys with for…in)
    // must find nothing, even when another library has polluted Object.prototype.
    const record = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      record[key] = copy((input as Record<string, unknown>)[key], depth + 1, copies, open);
    }
    out = record;
  }
  open.delete(input);
  copies.set(input, out);
  return out;
}

/**
 * A prototype-free copy of an options object's own enumerable fields, each read once; the values
 * themselves are not copied (a shipped policy in a context stays itself, so it is recognised and
 * not validated again). Anything but a non-array object is returned as it is, for the schema to
 * refuse. A schema given the copy finds no field the caller did not give, even on a polluted
 * Object.prototype.
 * @internal
 */
export function readOwnFields(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const fields = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(input)) fields[key] = (input as Record<string, unknown>)[key];
  return fields;
}

/**
 * A field of an options object or a lookup table, read only if it is the object's own: never a
 * value inherited from a prototype (a polluted Object.prototype, or `toString` for a code
 * `"toString"`). `undefined` for anything but an object.
 * @internal
 */
export function ownField(record: unknown, key: string): unknown {
  return typeof record === "object" && record !== null && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}
