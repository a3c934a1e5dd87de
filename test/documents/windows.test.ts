import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsToDate } from "../../src/_lib/dates/add-to-date.js";
import { ageOn } from "../../src/_lib/dates/difference.js";
import { compareMonthsAfter, isAtLeastAge, isAtLeastMonthsOld } from "../../src/_lib/dates/windows.js";
import { runs } from "../runs.js";

// The fast paths must agree with core's date arithmetic everywhere, boundaries included.
const day = fc
  .date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const nearby = (base: string) =>
  fc.integer({ min: -800, max: 800 }).map((n) => {
    const d = new Date(`${base}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  });

describe("date fast paths", () => {
  it("compareMonthsAfter agrees with addMonthsToDate", () => {
    fc.assert(
      fc.property(
        day.chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: 0, max: 24 }), nearby(start))),
        ([start, months, date]) => {
          const shifted = addMonthsToDate(start, months);
          expect(compareMonthsAfter(start, months, date)).toBe(shifted < date ? -1 : shifted > date ? 1 : 0);
        },
      ),
      { numRuns: runs(2000) },
    );
    expect(compareMonthsAfter("2025-11-30", 3, "2026-02-28")).toBe(0);
    expect(compareMonthsAfter("2025-11-30", 3, "2026-03-01")).toBe(-1);
  });

  it("isAtLeastAge agrees with ageOn, 29 February included", () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 30 }), (birth, date, years) => {
        expect(isAtLeastAge(birth, date, years)).toBe(ageOn(birth, date) >= years);
      }),
      { numRuns: runs(2000) },
    );
    expect(isAtLeastAge("2004-02-29", "2022-02-28", 18)).toBe(false);
    expect(isAtLeastAge("2004-02-29", "2022-03-01", 18)).toBe(true);
  });
});

describe("a child's age in months (the infant rule)", () => {
  // The reference: the birth date moved `months` months on, its day kept as written even where the
  // month has no such day ("2025-02-29"), compared as text; the child is that old from then on.
  const asWritten = (birth: string, months: number) => {
    const index = Number(birth.slice(0, 4)) * 12 + Number(birth.slice(5, 7)) - 1 + months;
    const month = String((index % 12) + 1).padStart(2, "0");
    return `${String(Math.floor(index / 12)).padStart(4, "0")}-${month}-${birth.slice(8)}`;
  };

  it("counts whole months with the day compared as written", () => {
    fc.assert(
      fc.property(
        day.chain((birth) => fc.tuple(fc.constant(birth), fc.integer({ min: 0, max: 36 }), nearby(birth))),
        ([birth, months, date]) => {
          expect(isAtLeastMonthsOld(birth, date, months)).toBe(asWritten(birth, months) <= date);
        },
      ),
      { numRuns: runs(2000) },
    );
  });

  it("makes a child 12 × n months old on the day ageOn makes it n years old, 29 February included", () => {
    fc.assert(
      fc.property(
        day.chain((birth) => fc.tuple(fc.constant(birth), fc.integer({ min: 0, max: 3 }), nearby(birth))),
        ([birth, years, date]) => {
          fc.pre(date >= birth);
          expect(isAtLeastMonthsOld(birth, date, 12 * years)).toBe(isAtLeastAge(birth, date, years));
        },
      ),
      { numRuns: runs(2000) },
    );
    expect(isAtLeastMonthsOld("2024-02-29", "2025-02-28", 12)).toBe(false);
    expect(isAtLeastMonthsOld("2024-02-29", "2025-03-01", 12)).toBe(true);
    expect(isAtLeastMonthsOld("2025-01-31", "2025-02-28", 1)).toBe(false);
    expect(isAtLeastMonthsOld("2025-01-31", "2025-03-01", 1)).toBe(true);
    expect(isAtLeastMonthsOld("2025-01-15", "2026-01-14", 12)).toBe(false);
    expect(isAtLeastMonthsOld("2025-01-15", "2026-01-15", 12)).toBe(true);
  });
});

describe("name normalisation", () => {
  // The ASCII fast path must agree with the general Unicode path.
  const reference = (name: string) =>
    name
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, "")
      .replace(/\s+/g, "");

  it("agrees with NFKC + Unicode punctuation classes on every string", async () => {
    const { normaliseName } = await import("../../src/_lib/normalise.js");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary-ascii" }), fc.string({ unit: "grapheme" })), (name) => {
        expect(normaliseName(name)).toBe(reference(name));
      }),
      { numRuns: runs(2000) },
    );
    expect(normaliseName("  SITI-aminah. ")).toBe("sitiaminah");
    expect(normaliseName("Ｓｉｔｉ　Ａｍｉｎａｈ")).toBe("sitiaminah");
    expect(normaliseName("Nur'aini")).toBe(normaliseName("Nuraini"));
  });
});
