// A deep record of the caller's arguments, taken before a call and compared after it, to prove that a
// public function neither changes nor freezes what it was given. structuredClone cannot stand in: it
// drops symbol keys, prototypes, getters and the frozen flag, and throws on functions, so it would
// miss exactly the changes the fuzzer looks for. The record keeps, for every object reachable from
// the arguments, its prototype, its extensible / sealed / frozen flags and every own property
// (string and symbol keys, data values by identity, accessors by their functions), plus the inner
// state of dates, maps and sets. Property descriptors are read without running getters, so taking
// the record does not itself read the caller's values.

interface NodeRecord {
  readonly node: object;
  readonly path: string;
  readonly proto: object | null;
  readonly extensible: boolean;
  readonly sealed: boolean;
  readonly frozen: boolean;
  readonly keys: readonly PropertyKey[];
  readonly descriptors: readonly PropertyDescriptor[];
  /** Inner slots that own properties do not show: a date's time, a map's or a set's entries. */
  readonly inner: readonly unknown[];
}

/** A snapshot of a list of arguments, for {@link changesSince}. */
export interface InputSnapshot {
  readonly args: readonly unknown[];
  readonly nodes: readonly NodeRecord[];
}

function isNode(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

function innerOf(node: object): unknown[] {
  if (node instanceof Date) return [node.getTime()];
  if (node instanceof Map) return [...node.entries()].flat();
  if (node instanceof Set) return [...node.values()];
  return [];
}

function keyText(key: PropertyKey): string {
  return typeof key === "symbol" ? `[${String(key.description)}]` : String(key).slice(0, 20);
}

/** Records every object reachable from `args` (iteratively: fuzz inputs nest thousands deep). */
export function snapshotInputs(args: readonly unknown[]): InputSnapshot {
  const seen = new Set<object>();
  const nodes: NodeRecord[] = [];
  const stack: [unknown, string][] = args.map((arg, i) => [arg, `arg${i}`]);
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (!isNode(value) || seen.has(value)) continue;
    seen.add(value);
    const keys = Reflect.ownKeys(value);
    const descriptors = keys.map((key) => Reflect.getOwnPropertyDescriptor(value, key) as PropertyDescriptor);
    const inner = innerOf(value);
    nodes.push({
      node: value,
      path,
      proto: Reflect.getPrototypeOf(value),
      extensible: Reflect.isExtensible(value),
      sealed: Object.isSealed(value),
      frozen: Object.isFrozen(value),
      keys,
      descriptors,
      inner,
    });
    keys.forEach((key, i) => {
      const descriptor = descriptors[i] as PropertyDescriptor;
      if ("value" in descriptor) stack.push([descriptor.value, `${path}.${keyText(key)}`]);
    });
    for (const item of inner) stack.push([item, `${path}.<inner>`]);
  }
  return { args: [...args], nodes };
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor | undefined): boolean {
  return (
    b !== undefined &&
    Object.is(a.value, b.value) &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

/**
 * What changed in the arguments since `before` was taken, one line per changed node naming its path
 * (keys cut to 20 characters) and what changed; empty when nothing did. Frozen, sealed and extensible
 * flags are reported apart from other changes, because freezing the caller's data is the failure a
 * retrying app meets first ("object is not extensible").
 */
export function changesSince(before: InputSnapshot): string[] {
  const changes: string[] = [];
  for (const record of before.nodes) {
    const { node, path } = record;
    if (Object.isFrozen(node) !== record.frozen) changes.push(`${path}: frozen flag changed`);
    if (Object.isSealed(node) !== record.sealed) changes.push(`${path}: sealed flag changed`);
    if (Reflect.isExtensible(node) !== record.extensible) changes.push(`${path}: extensible flag changed`);
    if (Reflect.getPrototypeOf(node) !== record.proto) changes.push(`${path}: prototype changed`);
    const keys = Reflect.ownKeys(node);
    if (keys.length !== record.keys.length || keys.some((key, i) => key !== record.keys[i])) {
      changes.push(`${path}: own keys changed`);
      continue;
    }
    record.keys.forEach((key, i) => {
      const now = Reflect.getOwnPropertyDescriptor(node, key);
      if (!sameDescriptor(record.descriptors[i] as PropertyDescriptor, now)) {
        changes.push(`${path}.${keyText(key)}: property changed`);
      }
    });
    const inner = innerOf(node);
    if (inner.length !== record.inner.length || inner.some((item, i) => !Object.is(item, record.inner[i]))) {
      changes.push(`${path}: inner state changed`);
    }
  }
  return changes;
}

/**
 * The paths inside `result` at which it holds an object of the arguments that was not frozen when
 * the snapshot was taken: a value the caller can still change after the library validated it (or,
 * worse, one that the library would freeze). Frozen objects (the library's own constants, or what
 * the caller froze) may be shared. Walks at most 100,000 nodes.
 */
export function sharedWithInput(before: InputSnapshot, result: unknown): string[] {
  const mutable = new Set<object>();
  for (const record of before.nodes) if (!record.frozen) mutable.add(record.node);
  const found: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[result, "result"]];
  while (stack.length > 0 && seen.size < 100_000) {
    const [value, path] = stack.pop() as [unknown, string];
    if (!isNode(value) || seen.has(value)) continue;
    seen.add(value);
    if (mutable.has(value)) {
      found.push(path);
      continue;
    }
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
      if ("value" in descriptor) stack.push([descriptor.value, `${path}.${keyText(key)}`]);
    }
  }
  return found;
}
