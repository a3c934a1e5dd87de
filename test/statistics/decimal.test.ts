import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decimalOfNumber,
  exactQuotientText,
  rescale,
  roundedUnits,
  unitsToNumber,
} from "../../src/statistics/_lib/decimal.js";
import { runs } from "../runs.js";

// The BigInt helpers are checked against references written differently: rounding half-up as
// floor((2n + d) / 2d) on magnitudes, and the exact quotient by schoolbook long division.

const abs = (x: bigint) => (x < 0n ? -x : x);

/** |n × m / d| in units of 10^-decimals: floor, or floor((2a + b) / 2b) for half-up. */
function referenceUnits(n: bigint, d: bigint, m: bigint, decimals: number, half: boolean): bigint {
  const a = abs(n) * abs(m) * 10n ** BigInt(decimals);
  const b = abs(d);
  return half ? (2n * a + b) / (2n * b) : a / b;
}

/** n × m / d by long division, truncated at `digits` decimals, trailing zeros dropped, "…" when cut. */
function referenceText(n: bigint, d: bigint, m: bigint, digits: number): string {
  const sign = n !== 0n && n < 0n !== d < 0n ? "-" : "";
  const a = abs(n) * m;
  const b = abs(d);
  let remainder = a % b;
  let fraction = "";
  for (let i = 0; i < digits; i++) {
    remainder *= 10n;
    fraction += String(remainder / b);
    remainder %= b;
  }
  fraction = fraction.replace(/0+$/, "");
  return `${sign}${a / b}${fraction === "" ? "" : `.${fraction}`}${remainder === 0n ? "" : "…"}`;
}

const nonZero = fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).filter((x) => x !== 0n);
const anyInt = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });

describe("decimalOfNumber", () => {
  it("reads plain and exponent notation exactly", () => {
    expect(decimalOfNumber(34.305)).toEqual({ negative: false, digits: 34_305n, scale: 3 });
    expect(decimalOfNumber(-0.1)).toEqual({ negative: true, digits: 1n, scale: 1 });
    expect(decimalOfNumber(-0)).toEqual({ negative: false, digits: 0n, scale: 0 });
    expect(decimalOfNumber(42)).toEqual({ negative: false, digits: 42n, scale: 0 });
    // String(1e21) is "1e+21": 1 × 10^21, an integer.
    expect(decimalOfNumber(1e21)).toEqual({ negative: false, digits: 10n ** 21n, scale: 0 });
    // String(1.5e-7) is "1.5e-7": 15 × 10^-8.
    expect(decimalOfNumber(1.5e-7)).toEqual({ negative: false, digits: 15n, scale: 8 });
    expect(decimalOfNumber(-2.5e22)).toEqual({ negative: true, digits: 25n * 10n ** 21n, scale: 0 });
  });

  it("gives back the number it read, in its shortest form", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const d = decimalOfNumber(x);
        expect(d.scale).toBeGreaterThanOrEqual(0);
        expect(d.digits).toBeGreaterThanOrEqual(0n);
        expect(d.negative).toBe(x < 0);
        // digits × 10^-scale, read back by the engine, is the same number.
        expect(Number(`${d.negative ? "-" : ""}${d.digits}e-${d.scale}`)).toBe(x === 0 ? 0 : x);
        // Shortest: no trailing zero digit kept after the decimal point.
        if (d.scale > 0) expect(d.digits % 10n).not.toBe(0n);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe("rescale", () => {
  it("appends zeros to reach the finer scale", () => {
    expect(rescale(119n, 1, 2)).toBe(1_190n);
    expect(rescale(25n, 0, 3)).toBe(25_000n);
    expect(rescale(7n, 2, 2)).toBe(7n);
  });
});

describe("roundedUnits", () => {
  it("rounds a tie away from zero and truncates toward zero, whatever the signs", () => {
    // 1/8 × 100 = 12.5: a tie at 0 decimals.
    expect(roundedUnits(1n, 8n, 100n, 0, "half-up")).toBe(13n);
    expect(roundedUnits(-1n, 8n, 100n, 0, "half-up")).toBe(13n);
    expect(roundedUnits(1n, -8n, 100n, 0, "half-up")).toBe(13n);
    expect(roundedUnits(-1n, -8n, 100n, 0, "truncate")).toBe(12n);
    // 2/3 × 100 = 66.666…: 66.67 half-up, 66.66 truncated.
    expect(roundedUnits(2n, -3n, 100n, 2, "half-up")).toBe(6_667n);
    expect(roundedUnits(2n, -3n, 100n, 2, "truncate")).toBe(6_666n);
  });

  it("matches floor((2a + b) / 2b) and floor(a / b) on the magnitudes", () => {
    fc.assert(
      fc.property(anyInt, nonZero, fc.constantFrom(1n, 100n, 1000n), fc.nat(6), (n, d, m, decimals) => {
        expect(roundedUnits(n, d, m, decimals, "half-up")).toBe(referenceUnits(n, d, m, decimals, true));
        expect(roundedUnits(n, d, m, decimals, "truncate")).toBe(referenceUnits(n, d, m, decimals, false));
      }),
      { numRuns: runs(500) },
    );
  });
});

describe("unitsToNumber", () => {
  it("gives the number the literal would, and an unsigned zero", () => {
    expect(unitsToNumber(3_431n, 2, false)).toBe(34.31);
    expect(unitsToNumber(1_705n, 2, true)).toBe(-17.05);
    expect(Object.is(unitsToNumber(0n, 2, true), 0)).toBe(true);
  });
});

describe("exactQuotientText", () => {
  it("prints the quotient with up to six decimals, marking a cut", () => {
    // 42,152 / 122,870 × 100 = 34.3061772…
    expect(exactQuotientText(42_152n, 122_870n, 100n)).toBe("34.306177…");
    expect(exactQuotientText(1n, 3n, 1n)).toBe("0.333333…");
    // 2/3 is 0.666666…, truncated, not rounded to …667.
    expect(exactQuotientText(2n, 3n, 1n)).toBe("0.666666…");
    expect(exactQuotientText(1n, 8n, 100n)).toBe("12.5");
    expect(exactQuotientText(3n, 4n, 1n)).toBe("0.75");
    expect(exactQuotientText(1n, 3n, 100n)).toBe("33.333333…");
    expect(exactQuotientText(-1n, 8n, 100n)).toBe("-12.5");
    expect(exactQuotientText(1n, -8n, 100n)).toBe("-12.5");
    expect(exactQuotientText(-1n, -8n, 100n)).toBe("12.5");
    expect(exactQuotientText(0n, -8n, 100n)).toBe("0");
    expect(exactQuotientText(1n, 1_000_000_000n, 1n)).toBe("0…");
    expect(exactQuotientText(1n, 7n, 1n, 2)).toBe("0.14…");
  });

  it("matches long division", () => {
    fc.assert(
      fc.property(anyInt, nonZero, fc.constantFrom(1n, 100n), fc.nat(8), (n, d, m, digits) => {
        expect(exactQuotientText(n, d, m, digits)).toBe(referenceText(n, d, m, digits));
      }),
      { numRuns: runs(500) },
    );
  });
});
