import type { TallyRow } from "../tally.js";

/** Orders rows by their keys, element by element, in UTF-16 code-unit order (locale-free). @internal */
export function compareRows(a: TallyRow, b: TallyRow): number {
  const n = a.keys.length;
  for (let i = 0; i < n; i++) {
    const x = a.keys[i] as string;
    const y = b.keys[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

type Node = Map<string, Node | number>;

/** Flattens the nested maps of a tally into sorted rows. @internal */
export function rowsOfTree(root: Node, depth: number): TallyRow[] {
  const rows: TallyRow[] = [];
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
