import { describe, expect, it } from "vitest";
import { compareMonthsAfter, isAtLeastAge } from "../../src/_lib/dates/windows.js";
import { normaliseName, sameName } from "../../src/_lib/normalise.js";
import { validateDocument } from "../../src/documents/validate-document.js";
import { validDossier } from "./fixtures.js";

// The internal helpers' hand-written fast paths, at the boundaries a random property test rarely
// reaches: each case states the expected answer and, for names, that normaliseName agrees.

describe("sameName at the separator boundaries", () => {
  // Every printable ASCII punctuation or symbol is a separator; digits and letters are not.
  const cases: [string, string, boolean][] = [
    ["Siti/Aminah", "Siti Aminah", true], // 0x2f, the last of the first range
    ["Siti0Aminah", "Siti Aminah", false], // 0x30, a digit
    ["Ma'ruf", "Maruf", true], // an apostrophe written or left out
    ["Siti:Aminah", "Siti Aminah", true], // 0x3a
    ["Siti@Aminah", "Siti Aminah", true], // 0x40
    ["Siti[Aminah", "Siti Aminah", true], // 0x5b
    ["Siti`Aminah", "Siti Aminah", true], // 0x60
    ["Siti{Aminah", "Siti Aminah", true], // 0x7b
    ["Siti~Aminah", "Siti Aminah", true], // 0x7e
    ["Siti9Aminah", "Siti:Aminah", false],
  ];
  for (const [a, b, same] of cases) {
    it(`${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${same}`, () => {
      expect(sameName(a, b)).toBe(same);
      expect(sameName(b, a)).toBe(same);
      expect(normaliseName(a) === normaliseName(b)).toBe(same);
    });
  }
});

describe("sameName on case, digits and non-ASCII", () => {
  const cases: [string, string, boolean][] = [
    // Different lengths: the character-by-character walk decides, lower-casing both sides.
    ["Siti  Aminah 2", "Siti Aminah 2", true],
    ["zainab  x", "Zainab x", true],
    ["ZAINAB  X", "zainab x", true],
    ["Siti  Aminah 2", "Siti Aminah 3", false],
    // Same length: only letters may differ, and only in case.
    ["Siti1", "Siti\u0011", false],
    ["Siti\u007f", "Siti_", false],
    ["Siti@", "Siti`", true],
    ["Siti[", "Siti{", true],
    // Non-ASCII letters are letters, not separators.
    ["Siti \u00c5minah", "Siti \u00d8minah", false],
    ["Siti \u00c5minah", "SITI \u00e5MINAH", true],
    ["Siti\u00a0Aminah", "Siti Aminah", true],
  ];
  for (const [a, b, same] of cases) {
    it(`${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${same}`, () => {
      expect(sameName(a, b)).toBe(same);
      expect(sameName(b, a)).toBe(same);
      expect(normaliseName(a) === normaliseName(b)).toBe(same);
    });
  }
});

describe("date fast paths across a century", () => {
  it("compares months across the turn of the century", () => {
    expect(compareMonthsAfter("1999-12-01", 3, "2000-03-01")).toBe(0);
    expect(compareMonthsAfter("1999-12-01", 3, "2000-02-29")).toBe(1);
    expect(compareMonthsAfter("1999-12-01", 3, "2000-03-02")).toBe(-1);
  });

  it("computes an age across the turn of the century", () => {
    expect(isAtLeastAge("1999-06-01", "2016-06-01", 18)).toBe(false);
    expect(isAtLeastAge("1999-06-01", "2017-05-31", 18)).toBe(false);
    expect(isAtLeastAge("1999-06-01", "2017-06-01", 18)).toBe(true);
    expect(isAtLeastAge("1899-06-01", "1917-06-01", 18)).toBe(true);
    expect(isAtLeastAge("1899-06-01", "1917-05-31", 18)).toBe(false);
  });
});

describe("validateDocument", () => {
  const kk = validDossier().documents?.KK;

  it("returns a deep-frozen copy remembered as validated for its kind only", () => {
    const result = validateDocument("KK", kk);
    if (!result.success) throw new Error("KK should be valid");
    const data = result.data as { members: readonly object[] };
    expect(data).toEqual(kk);
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data.members)).toBe(true);
    expect(data.members.every((member) => Object.isFrozen(member))).toBe(true);
    // The input is not frozen: the document returned is zod's fresh copy.
    expect(Object.isFrozen(kk)).toBe(false);
    expect(data).not.toBe(kk);
  });

  it("refuses an invalid document and freezes nothing of it", () => {
    const input = { ...kk, members: "none" };
    expect(validateDocument("KK", input).success).toBe(false);
    expect(validateDocument("KK", null).success).toBe(false);
    expect(Object.isFrozen(input)).toBe(false);
  });
});
