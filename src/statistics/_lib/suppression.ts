// Secondary suppression over published lines (issue 18 §7). A line is one published equation:
// an aggregate (a margin, the total) equals the sum of its members (cells, or margins). A line
// gives a hidden figure away when it has exactly one hidden figure (the aggregate minus the
// others), or when its aggregate is published and its hidden members must all be 0 or all 1 (their
// sum is 0, or equals their number: every listed row counts at least one record).

/** One published equation: `values[aggregate] = Σ values[members]`. @internal */
export interface Line {
  readonly aggregate: number;
  readonly members: readonly number[];
}

interface LineState {
  readonly line: Line;
  /** Members, cells first, then smallest value first: the order they are hidden in. */
  readonly order: readonly number[];
  next: number;
  hidden: number;
  visibleSum: number;
}

function isExposed(
  state: LineState,
  hidden: readonly boolean[],
  values: readonly number[],
  isMember: readonly boolean[],
): boolean {
  const aggregateHidden = hidden[state.line.aggregate] === true;
  const m = state.hidden + (aggregateHidden ? 1 : 0);
  if (m === 0) return false;
  // The one hidden figure can be computed: harmless only for a total no other line reads.
  if (m === 1) return !aggregateHidden || isMember[state.line.aggregate] === true;
  if (aggregateHidden) return false;
  const residual = (values[state.line.aggregate] as number) - state.visibleSum;
  return residual === 0 || residual === state.hidden;
}

function stateOf(
  line: Line,
  hidden: readonly boolean[],
  values: readonly number[],
  cells: number,
): LineState {
  const order = [...line.members].sort(
    (a, b) =>
      Number(a >= cells) - Number(b >= cells) || (values[a] as number) - (values[b] as number) || a - b,
  );
  let count = 0;
  let visibleSum = 0;
  for (const id of line.members) {
    if (hidden[id]) count++;
    else visibleSum += values[id] as number;
  }
  return { line, order, next: 0, hidden: count, visibleSum };
}

/** The figure to hide next in an exposed line: its smallest visible cell, else margin, else its aggregate. */
function choose(state: LineState, hidden: readonly boolean[]): number | undefined {
  while (state.next < state.order.length && hidden[state.order[state.next] as number]) state.next++;
  const member = state.order[state.next];
  if (member !== undefined) return member;
  return hidden[state.line.aggregate] ? undefined : state.line.aggregate;
}

/**
 * Hides further figures until no line gives a hidden one away. `values` are the true figures,
 * `hidden` the primary suppressions (updated in place); figures `0 … cells − 1` are the cells,
 * preferred to hide over margins, and margins over totals. Deterministic: the lines are worked
 * through in order, and each exposed line hides its smallest eligible figure. @internal
 */
export function suppressLines(
  values: readonly number[],
  hidden: boolean[],
  lines: readonly Line[],
  cells: number,
): void {
  const states = lines.map((line) => stateOf(line, hidden, values, cells));
  const linesOf: number[][] = values.map(() => []);
  const isMember: boolean[] = values.map(() => false);
  states.forEach((state, i) => {
    for (const id of state.line.members) {
      (linesOf[id] as number[]).push(i);
      isMember[id] = true;
    }
    (linesOf[state.line.aggregate] as number[]).push(i);
  });
  const queue = states.map((_, i) => i);
  for (let head = 0; head < queue.length; head++) {
    const state = states[queue[head] as number] as LineState;
    if (!isExposed(state, hidden, values, isMember)) continue;
    const id = choose(state, hidden);
    if (id === undefined) continue;
    hidden[id] = true;
    // The lines that read the newly hidden figure are checked again (this one too).
    for (const i of linesOf[id] as number[]) {
      const other = states[i] as LineState;
      if (other.line.aggregate !== id) {
        other.hidden++;
        other.visibleSum -= values[id] as number;
      }
      queue.push(i);
    }
  }
}
