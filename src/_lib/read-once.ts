/** Deeper than any policy, dossier or table the schemas accept; a deeper (or cyclic) value is cut there. */
const MAX_DEPTH = 32;
/** Longer than any list the schemas accept: a sparse array of length 10⁹ would otherwise take minutes. */
const MAX_LENGTH = 100_000;

/**
 * The prototype of every object `readOnce` and `readOwnFields` make: empty, frozen and itself
 * without a prototype, so a copy inherits no key (`for…in`, `key in` and a missing field find
 * nothing, even on a polluted Object.prototype, and `__proto__` is a plain key). Not
 * `Object.create(null)`: V8 keeps such objects as slow dictionaries, and zod reads every copy.
 */
const NO_KEYS: object = Object.freeze(Object.create(null));

/** A fresh object that inherits no key. @internal */
export function keylessObject(): Record<string, unknown> {
  return Object.create(NO_KEYS) as Record<string, unknown>;
}

/** What {@link readOnce} reports besides the copy, when asked. @internal */
export interface ReadReport {
  /** Set when an object in the value had enumerable Symbol keys (not plain JSON data); they are dropped. */
  symbolKeys: boolean;
}

/**
 * Bounds for {@link readOnce}, for a reader that knows the largest value its schema accepts: a list
 * longer than `maxLength` (default 100,000) or an object with more than `maxKeys` own keys (default
 * unbounded) is cut to `null` before any of its items is read, so a huge value costs no more than
 * the largest valid one. `report` collects what the copy dropped.
 * @internal
 */
export interface ReadLimits {
  readonly maxLength?: number;
  readonly maxKeys?: number;
  readonly report?: ReadReport;
}

/**
 * Objects copied before the copy starts to remember what it copied. A dossier, an event or a case
 * has far fewer, and copying them without a Map costs half as much; past this many, remembering
 * keeps the time linear (a value that holds one subtree twice on each of 60 levels has 2^60 paths).
 */
const UNREMEMBERED = 1024;

/**
 * Reads a value from outside once into a fresh copy of arrays and objects that inherit no key
 * (own enumerable string keys; a key named `__proto__` stays a plain key), to validate and keep
 * instead of the caller's value. The one reader of outside data: dossiers, contexts, events, cases,
 * policies and published tables go through it before zod sees them, so a polluted Object.prototype
 * adds nothing to what is read from the caller. (Where the copy is spared, zod's own parse is the
 * read: when Object.prototype is pristine, or for one event whose parsed value holds only its own
 * fields, see {@link holdsOnlyOwnFields}. The values zod builds are plain objects, and a field they
 * leave out is still looked up on Object.prototype: the lifecycle reads such fields only when they
 * are own, see docs/development.md, "Known gaps".) Validating the copy matters for the `.readonly()` schemas
 * too: when such a schema meets a wrong value it freezes the value it was given, which must never
 * be the caller's (a desk app that fixes a rejected input in place and retries would crash on
 * "object is not extensible"). Any other object (a typed array, a `Date`, a `Map`) becomes an object
 * of its own enumerable keys, which the schemas then refuse. Each place in the value is read once;
 * a subtree held in several places is copied for each of the first 1,024 objects, then once.
 * Cycles, nesting deeper than 32 and values beyond the `limits` are cut to `null`. Enumerable
 * Symbol keys are dropped, and flagged in `limits.report` when given. A getter that throws
 * propagates.
 * @internal
 */
export function readOnce(input: unknown, limits: ReadLimits = {}): unknown {
  // A primitive is its own copy: no state to allocate.
  if (input === null || typeof input !== "object") return input;
  const state: CopyState = {
    left: UNREMEMBERED,
    copies: undefined,
    open: undefined,
    // Own fields only: a bound left out must not be found on a polluted Object.prototype.
    report: ownField(limits, "report") as ReadReport | undefined,
    maxLength: (ownField(limits, "maxLength") as number | undefined) ?? MAX_LENGTH,
    maxKeys: (ownField(limits, "maxKeys") as number | undefined) ?? Number.POSITIVE_INFINITY,
  };
  return copy(input, 0, state);
}

interface CopyState {
  /** Objects still to copy before remembering starts. */
  left: number;
  /** Objects already copied, once remembering started: a shared subtree is then read once. */
  copies: Map<object, unknown> | undefined;
  /** Objects being copied, once remembering started: meeting one again is a cycle, cut to `null`. */
  open: Set<object> | undefined;
  readonly report: ReadReport | undefined;
  readonly maxLength: number;
  readonly maxKeys: number;
}

function copy(input: unknown, depth: number, state: CopyState): unknown {
  if (input === null || typeof input !== "object") return input;
  // Before remembering starts, a cycle is cut here, at the depth limit.
  if (depth >= MAX_DEPTH) return null;
  const list = Array.isArray(input);
  if (list && input.length > state.maxLength) return null;
  if (state.left > 0) {
    state.left--;
    return list ? copyList(input, depth, state) : copyRecord(input, depth, state);
  }
  if (state.copies === undefined) state.copies = new Map();
  if (state.open === undefined) state.open = new Set();
  const { copies, open } = state;
  if (open.has(input)) return null;
  if (copies.has(input)) return copies.get(input);
  open.add(input);
  const out = list ? copyList(input, depth, state) : copyRecord(input, depth, state);
  open.delete(input);
  copies.set(input, out);
  return out;
}

function copyList(input: readonly unknown[], depth: number, state: CopyState): unknown[] {
  const length = input.length;
  const out: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) out[i] = copy(input[i], depth + 1, state);
  return out;
}

function copyRecord(input: object, depth: number, state: CopyState): Record<string, unknown> | null {
  const report = state.report;
  if (report !== undefined && !report.symbolKeys) {
    for (const key of Object.getOwnPropertySymbols(input)) {
      if (Object.prototype.propertyIsEnumerable.call(input, key)) report.symbolKeys = true;
    }
  }
  const keys = Object.keys(input);
  // Cut before a value is read: more keys than any valid value has.
  if (keys.length > state.maxKeys) return null;
  const out = keylessObject();
  for (const key of keys) out[key] = copy((input as Record<string, unknown>)[key], depth + 1, state);
  return out;
}

/**
 * Makes each object of a copy that inherits no key (see {@link readOnce}) a plain object again, in
 * place, in a value the library owns and is about to return: a schema's `z.unknown()` part passes
 * the copy's own objects through to its output, and what the library returns is plain JSON data
 * (`Object.prototype`, as `JSON.parse` builds it). Frozen parts are left alone (never a copy's).
 * Returns its argument.
 * @internal
 */
export function madePlain<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (Object.getPrototypeOf(value) === NO_KEYS) Object.setPrototypeOf(value, Object.prototype);
  for (const key of Object.keys(value)) madePlain((value as Record<string, unknown>)[key]);
  return value;
}

/** The own keys of Object.prototype in the language (ECMAScript with Annex B), none enumerable. */
const STANDARD_OBJECT_KEYS: ReadonlySet<PropertyKey> = /* @__PURE__ */ new Set([
  "constructor",
  "__defineGetter__",
  "__defineSetter__",
  "hasOwnProperty",
  "__lookupGetter__",
  "__lookupSetter__",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "valueOf",
  "__proto__",
  "toLocaleString",
]);

/**
 * Whether Object.prototype holds only its standard keys, none of them enumerable. Then a plain
 * object's missing field and zod's `for…in` find nothing inherited, and a schema's own parse (which
 * builds a fresh value, reading each key of the input once) is as safe as parsing a {@link readOnce}
 * copy, which then need not be made. Any other key, or an engine with more, answers `false`: the
 * copy is made. About half a microsecond (Object.prototype is a dictionary): `replay` asks once for
 * all its events, while `applyEvent` asks {@link holdsOnlyOwnFields} of its one event, which costs less.
 * @internal
 */
export function objectPrototypeIsPristine(): boolean {
  // Any enumerable key, standard or not, is found by for…in (cheaply: it is usually none).
  for (const _key in Object.prototype) return false;
  const keys = Reflect.ownKeys(Object.prototype);
  if (keys.length > STANDARD_OBJECT_KEYS.size) return false;
  for (const key of keys) if (!STANDARD_OBJECT_KEYS.has(key)) return false;
  return true;
}

/**
 * Whether `output`, a schema's fresh output of `input`, holds only what `input` holds as its own:
 * each field of each object in it is an own field of the object it was read from, and each object
 * in it was read from an own data field (never a getter, which is not called here). Then zod's
 * parse of `input` was as safe as parsing a {@link readOnce} copy: no field came from a prototype
 * (a polluted Object.prototype, or a class instance's), so the copy need not be made. `false` is
 * the safe answer: the caller then judges the copy. Cheaper than {@link objectPrototypeIsPristine}
 * for one small value: it looks at the few fields the output has.
 * @internal
 */
export function holdsOnlyOwnFields(output: unknown, input: unknown, depth = 0): boolean {
  if (output === null || typeof output !== "object") return true;
  if (input === null || typeof input !== "object" || depth >= MAX_DEPTH) return false;
  if (Array.isArray(output) !== Array.isArray(input)) return false;
  for (const key of Object.keys(output)) {
    const value = (output as Record<string, unknown>)[key];
    if (value === null || typeof value !== "object") {
      if (!Object.hasOwn(input, key)) return false;
      continue;
    }
    // An object is followed into the field it was read from, without calling a getter again.
    const field = Object.getOwnPropertyDescriptor(input, key);
    if (field === undefined || !("value" in field)) return false;
    if (!holdsOnlyOwnFields(value, field.value, depth + 1)) return false;
  }
  return true;
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
  const fields = keylessObject();
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
