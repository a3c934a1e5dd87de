/**
 * Exact rationals and intervals of them, for figures that are only known to lie in a range: an
 * amount printed with its decimals ("9,71 miliar"), a share printed without its count, a bound
 * ("lebih dari 30%"), a suppressed cell ("<5"). Integer arithmetic only.
 * @internal
 */
export interface Rational {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

/**
 * A closed or half-open interval; `lo`/`hi` `undefined` is −∞/+∞. Openness is kept only where it
 * decides a check ("lebih dari 30%" excludes 30).
 * @internal
 */
export interface Interval {
  readonly lo: Rational | undefined;
  readonly hi: Rational | undefined;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

/** @internal */
export const ZERO: Rational = { n: 0n, d: 1n };

/** @internal */
export function q(n: bigint, d = 1n): Rational {
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/** @internal */
export function cmp(a: Rational, b: Rational): number {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** @internal */
export function add(a: Rational, b: Rational): Rational {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** @internal */
export function sub(a: Rational, b: Rational): Rational {
  return add(a, { n: -b.n, d: b.d });
}

/** @internal */
export function mul(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `a / b`; `b` must not be 0. @internal */
export function div(a: Rational, b: Rational): Rational {
  return q(a.n * b.d, a.d * b.n);
}

/** A single value. @internal */
export function point(value: Rational): Interval {
  return { lo: value, hi: value, loOpen: false, hiOpen: false };
}

/** `[lo, hi]`, `[lo, hi)` … @internal */
export function between(
  lo: Rational | undefined,
  hi: Rational | undefined,
  loOpen = false,
  hiOpen = false,
): Interval {
  return { lo, hi, loOpen, hiOpen };
}

/** Whether two intervals share a point. @internal */
export function meets(a: Interval, b: Interval): boolean {
  if (a.lo !== undefined && b.hi !== undefined) {
    const c = cmp(a.lo, b.hi);
    if (c > 0 || (c === 0 && (a.loOpen || b.hiOpen))) return false;
  }
  if (b.lo !== undefined && a.hi !== undefined) {
    const c = cmp(b.lo, a.hi);
    if (c > 0 || (c === 0 && (b.loOpen || a.hiOpen))) return false;
  }
  return true;
}

/** Whether `x` lies in `a`. @internal */
export function contains(a: Interval, x: Rational): boolean {
  return meets(a, point(x));
}

/** The sum of intervals. @internal */
export function sumOf(parts: readonly Interval[]): Interval {
  let lo: Rational | undefined = ZERO;
  let hi: Rational | undefined = ZERO;
  let loOpen = false;
  let hiOpen = false;
  for (const part of parts) {
    lo = lo === undefined || part.lo === undefined ? undefined : add(lo, part.lo);
    hi = hi === undefined || part.hi === undefined ? undefined : add(hi, part.hi);
    loOpen ||= part.loOpen;
    hiOpen ||= part.hiOpen;
  }
  return { lo, hi, loOpen, hiOpen };
}

/**
 * `100 × a / b` for a non-negative `a` and a positive `b` (both may be ranges): the range of a
 * share. `undefined` when `b` may be 0.
 * @internal
 */
export function shareRange(a: Interval, b: Interval): Interval | undefined {
  if (b.lo === undefined || b.lo.n <= 0n) return undefined;
  const hundred = q(100n);
  const lo = a.lo === undefined ? undefined : b.hi === undefined ? ZERO : div(mul(hundred, a.lo), b.hi);
  const hi = a.hi === undefined ? undefined : div(mul(hundred, a.hi), b.lo);
  return { lo, hi, loOpen: false, hiOpen: false };
}

/** `100 × (c / p − 1)` for positive ranges: the range of a growth. `undefined` when `p` may be 0. @internal */
export function growthRange(c: Interval, p: Interval): Interval | undefined {
  if (p.lo === undefined || p.lo.n <= 0n) return undefined;
  const hundred = q(100n);
  const one = q(1n);
  const lo = c.lo === undefined || p.hi === undefined ? q(-100n) : mul(hundred, sub(div(c.lo, p.hi), one));
  const hi = c.hi === undefined ? undefined : mul(hundred, sub(div(c.hi, p.lo), one));
  return { lo, hi, loOpen: false, hiOpen: false };
}

/** `10^k` as a rational (k may be negative). @internal */
export function pow10(k: number): Rational {
  return k >= 0 ? q(10n ** BigInt(k)) : q(1n, 10n ** BigInt(-k));
}

/** The rational of `digits × 10^(exponent − scale)`, signed. @internal */
export function rationalOf(digits: bigint, scale: number, negative: boolean, exponent = 0): Rational {
  const n = negative ? -digits : digits;
  const k = exponent - scale;
  return k >= 0 ? q(n * 10n ** BigInt(k)) : q(n, 10n ** BigInt(-k));
}

/** The nearest JavaScript number (correctly rounded while both parts are safe integers). @internal */
export function toNumber(x: Rational): number {
  if (x.d === 1n) return Number(x.n);
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (x.n <= limit && x.n >= -limit && x.d <= limit) return Number(x.n) / Number(x.d);
  const whole = x.n / x.d;
  const rest = x.n - whole * x.d;
  return Number(whole) + Number((rest * 10n ** 15n) / x.d) / 1e15;
}
