import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intendedVariants, type TypoKind, typoBetween } from "../../src/statistics/_lib/typos.js";
import { runs } from "../runs.js";

/** Every digit string of the given length (10^length of them). */
function allDigitStrings(length: number): string[] {
  let out = [""];
  for (let k = 0; k < length; k++) out = out.flatMap((s) => [..."0123456789"].map((d) => s + d));
  return out;
}

describe("typoBetween: one keystroke between the printed and the intended digits", () => {
  it("names each kind of typo", () => {
    expect(typoBetween("30383", "30363")).toBe("digit-changed");
    expect(typoBetween("71854", "17854")).toBe("digits-swapped");
    expect(typoBetween("17845", "17854")).toBe("digits-swapped");
    expect(typoBetween("1854", "17854")).toBe("digit-dropped");
    expect(typoBetween("178554", "17854")).toBe("digit-added");
    expect(typoBetween("178540", "17854")).toBe("digit-added");
    expect(typoBetween("7854", "17854")).toBe("digit-dropped");
  });

  it("refuses what is not one keystroke", () => {
    expect(typoBetween("17854", "17854")).toBeUndefined();
    // Two digits changed, adjacent but not swapped; two swapped but not adjacent; three changed.
    expect(typoBetween("17954", "17864")).toBeUndefined();
    expect(typoBetween("57814", "17854")).toBeUndefined();
    expect(typoBetween("28954", "17854")).toBeUndefined();
    // Adjacent, one of the two digits mirrored only.
    expect(typoBetween("81854", "17854")).toBeUndefined();
    expect(typoBetween("72854", "17854")).toBeUndefined();
    // Two digits more or fewer; one more but elsewhere changed too.
    expect(typoBetween("1785400", "17854")).toBeUndefined();
    expect(typoBetween("854", "17854")).toBeUndefined();
    expect(typoBetween("278540", "17854")).toBeUndefined();
    expect(typoBetween("2854", "17854")).toBeUndefined();
  });
});

describe("intendedVariants: every value one keystroke from a printed number", () => {
  it("lists exactly the strings typoBetween links to the printed one, each once, with its kind", () => {
    // Checked against every digit string of one digit fewer, as many, and one more.
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,3}$/), (printed) => {
        const variants = new Map<string, TypoKind>();
        for (const [intended, kind] of intendedVariants(printed)) {
          expect(variants.has(intended)).toBe(false);
          variants.set(intended, kind);
        }
        const expected = new Map<string, TypoKind>();
        for (const length of [printed.length - 1, printed.length, printed.length + 1]) {
          if (length < 1) continue;
          for (const intended of allDigitStrings(length)) {
            const kind = typoBetween(printed, intended);
            if (kind !== undefined) expected.set(intended, kind);
          }
        }
        // A one-digit printed number dropped to nothing is not a number: no empty variant.
        expect(variants.has("")).toBe(false);
        expect(variants).toEqual(expected);
      }),
      { numRuns: runs(60) },
    );
  });

  it("counts at most 21·n + 10 variants", () => {
    for (const printed of ["5", "17854", "11111", "1212121"]) {
      const count = [...intendedVariants(printed)].length;
      expect(count).toBeLessThanOrEqual(21 * printed.length + 10);
    }
    // All digits alike: 9 changes per digit, no swap, one string a digit shorter, and 10·(n+1) − n a
    // digit longer (an insertion beside an equal digit is counted once).
    expect([...intendedVariants("111")].length).toBe(27 + 0 + 1 + 37);
  });
});
