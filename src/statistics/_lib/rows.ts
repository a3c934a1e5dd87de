/**
 * The shape of a tally row as the private helpers see it (the public `TallyRow` of `tally.ts` has the
 * same shape; it is not imported here so that `tally.ts` and this file do not import each other).
 * @internal
 */
export interface KeyedCount {
  readonly keys: readonly string[];
  readonly count: number;
}

/** Orders rows by their keys, element by element, in UTF-16 code-unit order (locale-free). @internal */
export function compareRows(
  a: { readonly keys: readonly string[] },
  b: { readonly keys: readonly string[] },
): number {
  const n = a.keys.length;
  for (let i = 0; i < n; i++) {
    const x = a.keys[i] as string;
    const y = b.keys[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The nested maps a tally counts into, one level per dimension. @internal */
export type Node = Map<string, Node | number>;

/** Flattens the nested maps of a tally into sorted rows. @internal */
export function rowsOfTree(root: Node, depth: number): KeyedCount[] {
  const rows: KeyedCount[] = [];
  const keys: string[] = [];
  const walk = (node: Node, level: number): void => {
    for (const [key, child] of node) {
      keys[level] = key;
      if (level === depth - 1) rows.push({ keys: keys.slice(0, depth), count: child as number });
      else walk(child as Node, level + 1);
    }
  };
  walk(root, 0);
  return rows.sort(compareRows);
}
