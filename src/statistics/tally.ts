import { createIssue, err, type Issue, ok, type Result } from "../core/index.js";
import { type Node, rowsOfTree } from "./_lib/rows.js";
import { type Dimension, normaliseKey as keyOf } from "./dimension.js";

/**
 * One row of a {@link Tally}: the category keys (one per dimension, in the tally's order) and the
 * number of records in that combination.
 *
 * @example
 * ```ts
 * const row: TallyRow = { keys: ["HK", "F"], count: 7_364 };
 * ```
 */
export interface TallyRow {
  readonly keys: readonly string[];
  readonly count: number;
}

/**
 * Counts of records by one or more dimensions: plain, JSON-serialisable data. Rows are sorted by
 * their keys (UTF-16 code-unit order, element by element), so equal tallies serialise to the same
 * JSON whatever the order of the records or shards. Only combinations that occur have a row; the
 * total is the number of records counted. Merge tallies of shards with {@link mergeTallies}.
 *
 * @example
 * ```ts
 * const t: Tally = {
 *   dimensions: ["destination", "sex"],
 *   total: 3,
 *   rows: [{ keys: ["HK", "F"], count: 2 }, { keys: ["TW", "M"], count: 1 }],
 * };
 * JSON.parse(JSON.stringify(t)); // the same tally
 * ```
 */
export interface Tally {
  readonly dimensions: readonly string[];
  readonly total: number;
  readonly rows: readonly TallyRow[];
}

/** The most dimensions one tally may combine. */
const MAX_DIMENSIONS = 16;

type KeyFunction = (record: unknown) => unknown;

function isDimension(value: unknown): value is Dimension {
  if (typeof value !== "object" || value === null) return false;
  const { name, key } = value as { name?: unknown; key?: unknown };
  return typeof name === "string" && name.length > 0 && name.length <= 200 && typeof key === "function";
}

/** Reads `by` (a dimension or a list of them), pushing issues. @internal */
export function readDimensions(by: unknown, issues: Issue[]): Dimension[] {
  const list: unknown[] = Array.isArray(by) ? by : [by];
  if (list.length === 0 || list.length > MAX_DIMENSIONS) {
    issues.push(createIssue("STATISTICS_DIMENSION_INVALID", ["by"]));
    return [];
  }
  const dimensions: Dimension[] = [];
  const names = new Set<string>();
  list.forEach((item, index) => {
    // A repeated name would make the tally's columns ambiguous.
    if (isDimension(item) && !names.has(item.name)) {
      names.add(item.name);
      dimensions.push(item);
    } else {
      issues.push(createIssue("STATISTICS_DIMENSION_INVALID", Array.isArray(by) ? ["by", index] : ["by"]));
    }
  });
  return dimensions;
}

/** Whether a value can be iterated as records (strings are refused: their characters are not records). @internal */
export function isRecordIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  );
}

function countOne(records: Iterable<unknown>, key: KeyFunction, root: Node): number {
  let total = 0;
  const leaf = root as Map<string, number>;
  for (const record of records) {
    const k = keyOf(key(record));
    leaf.set(k, (leaf.get(k) ?? 0) + 1);
    total++;
  }
  return total;
}

function countMany(records: Iterable<unknown>, keys: readonly KeyFunction[], root: Node): number {
  // Nested maps, one level per dimension: no composite string or array is built per record.
  const last = keys.length - 1;
  const lastKey = keys[last] as KeyFunction;
  let total = 0;
  for (const record of records) {
    let node = root;
    for (let i = 0; i < last; i++) {
      const k = keyOf((keys[i] as KeyFunction)(record));
      let child = node.get(k) as Node | undefined;
      if (child === undefined) {
        child = new Map();
        node.set(k, child);
      }
      node = child;
    }
    const k = keyOf(lastKey(record));
    const leaf = node as Map<string, number>;
    leaf.set(k, (leaf.get(k) ?? 0) + 1);
    total++;
  }
  return total;
}

function child(node: Node, key: string): Node {
  let next = node.get(key) as Node | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(key, next);
  }
  return next;
}

// Unrolled for the common widths: no inner loop and no array reads per record (measured ~1.5x faster).
function countTwo(records: Iterable<unknown>, k0: KeyFunction, k1: KeyFunction, root: Node): number {
  let total = 0;
  for (const record of records) {
    const leaf = child(root, keyOf(k0(record))) as Map<string, number>;
    const k = keyOf(k1(record));
    leaf.set(k, (leaf.get(k) ?? 0) + 1);
    total++;
  }
  return total;
}

function countThree(
  records: Iterable<unknown>,
  k0: KeyFunction,
  k1: KeyFunction,
  k2: KeyFunction,
  root: Node,
): number {
  let total = 0;
  for (const record of records) {
    const leaf = child(child(root, keyOf(k0(record))), keyOf(k1(record))) as Map<string, number>;
    const k = keyOf(k2(record));
    leaf.set(k, (leaf.get(k) ?? 0) + 1);
    total++;
  }
  return total;
}

function countFour(
  records: Iterable<unknown>,
  k0: KeyFunction,
  k1: KeyFunction,
  k2: KeyFunction,
  k3: KeyFunction,
  root: Node,
): number {
  let total = 0;
  for (const record of records) {
    const leaf = child(child(child(root, keyOf(k0(record))), keyOf(k1(record))), keyOf(k2(record))) as Map<
      string,
      number
    >;
    const k = keyOf(k3(record));
    leaf.set(k, (leaf.get(k) ?? 0) + 1);
    total++;
  }
  return total;
}

/**
 * Counts records by one or more dimensions in a single pass over any iterable (an array, a
 * generator, the chunks of a stream), in memory proportional to the number of groups, never to the
 * number of records. Records whose category is missing are counted under `UNKNOWN_KEY`.
 * Tallies of shards merge with {@link mergeTallies} into the tally of the whole.
 *
 * Outside data is accepted: any record shape is counted (unknown keys where the dimension cannot
 * read it); `records` that are not iterable and malformed dimensions are issues. A dimension
 * function that throws is a programmer error and its exception propagates.
 *
 * @param records - the records (any iterable of any values)
 * @param by - a {@link Dimension} or a list of them (the row keys follow this order)
 *
 * @example
 * ```ts
 * const records = [
 *   { destination: "HK", sex: "F" },
 *   { destination: "HK", sex: "F" },
 *   { destination: "TW", sex: "M" },
 *   { destination: "TW" },
 * ];
 * tally(records, [byDestination, bySex]);
 * //=> ok, { dimensions: ["destination", "sex"], total: 4, rows: [
 * //     { keys: ["HK", "F"], count: 2 }, { keys: ["TW", "M"], count: 1 }, { keys: ["TW", "UNKNOWN"], count: 1 }] }
 * ```
 */
export function tally<R = unknown>(
  records: unknown,
  by: Dimension<R> | readonly Dimension<R>[],
): Result<Tally> {
  const issues: Issue[] = [];
  if (!isRecordIterable(records)) issues.push(createIssue("STATISTICS_RECORDS_NOT_ITERABLE", ["records"]));
  const dimensions = readDimensions(by, issues);
  if (issues.length > 0 || !isRecordIterable(records)) return err(issues);
  const root: Node = new Map();
  const keys = dimensions.map((dimension) => dimension.key as KeyFunction);
  const [k0, k1, k2, k3] = keys as [KeyFunction, KeyFunction, KeyFunction, KeyFunction];
  let total: number;
  if (keys.length === 1) total = countOne(records, k0, root);
  else if (keys.length === 2) total = countTwo(records, k0, k1, root);
  else if (keys.length === 3) total = countThree(records, k0, k1, k2, root);
  else if (keys.length === 4) total = countFour(records, k0, k1, k2, k3, root);
  else total = countMany(records, keys, root);
  return ok({
    dimensions: dimensions.map((dimension) => dimension.name),
    total,
    rows: rowsOfTree(root, keys.length),
  });
}
