/**
 * The kinds of a one-keystroke typo in a printed number, as `deductive::correct_typos` models them:
 * a digit changed, two adjacent digits swapped, a digit dropped, a digit added.
 * @internal
 */
export type TypoKind = "digit-changed" | "digits-swapped" | "digit-dropped" | "digit-added";

/**
 * The typo that turns the intended digits into the printed ones, or `undefined` when they differ by
 * more than one keystroke (or not at all). `printed` and `intended` are digit strings without
 * separators; leading zeros are not significant.
 * @internal
 */
export function typoBetween(printed: string, intended: string): TypoKind | undefined {
  const a = printed;
  const b = intended;
  if (a === b) return undefined;
  if (a.length === b.length) {
    let first = -1;
    let second = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        if (first < 0) first = i;
        else if (second < 0) second = i;
        else return undefined;
      }
    }
    if (second < 0) return "digit-changed";
    return second === first + 1 && a[first] === b[second] && a[second] === b[first]
      ? "digits-swapped"
      : undefined;
  }
  // One digit more in the printed text (added), or one fewer (dropped).
  const [long, short, kind] =
    a.length === b.length + 1
      ? [a, b, "digit-added" as const]
      : b.length === a.length + 1
        ? [b, a, "digit-dropped" as const]
        : [undefined, undefined, undefined];
  if (long === undefined) return undefined;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i) ? kind : undefined;
}

/**
 * Every digit string one keystroke away from `printed`, with the typo that would have produced
 * `printed` from it (so a candidate `intended` value). At most 21·n + 10 strings for n digits.
 * @internal
 */
export function* intendedVariants(printed: string): Generator<readonly [string, TypoKind]> {
  const n = printed.length;
  for (let i = 0; i < n; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== printed[i]) yield [`${printed.slice(0, i)}${c}${printed.slice(i + 1)}`, "digit-changed"];
    }
  }
  for (let i = 0; i + 1 < n; i++) {
    if (printed[i] !== printed[i + 1]) {
      yield [`${printed.slice(0, i)}${printed[i + 1]}${printed[i]}${printed.slice(i + 2)}`, "digits-swapped"];
    }
  }
  // The printed text has a digit too many: the intended one lacks it.
  for (let i = 0; i < n; i++) {
    if (n > 1 && printed[i] !== printed[i - 1])
      yield [`${printed.slice(0, i)}${printed.slice(i + 1)}`, "digit-added"];
  }
  // The printed text lost a digit: the intended one has one more.
  for (let i = 0; i <= n; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== printed[i - 1]) yield [`${printed.slice(0, i)}${c}${printed.slice(i)}`, "digit-dropped"];
    }
  }
}
