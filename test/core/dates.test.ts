import { UTCDate } from "@date-fns/utc";
import { differenceInYears } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDate, addMonthsToDate, addYearsToDate } from "../../src/_lib/dates/add-to-date.js";
import { isCalendarDate, isRealDate } from "../../src/_lib/dates/calendar-date.js";
import { compareDates, isDateAfter, isDateBefore } from "../../src/_lib/dates/compare-dates.js";
import { ageOn, daysBetween } from "../../src/_lib/dates/difference.js";
import { compareInstants, dateOfInstant, isInstant, parseInstant } from "../../src/_lib/dates/instant.js";
import { parseCalendarDate } from "../../src/_lib/dates/parse-calendar-date.js";
import { PekerjaMigranError } from "../../src/index.js";
import { runs } from "../runs.js";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const dateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`);

describe("isCalendarDate / parseCalendarDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2023-02-29", false],
    ["2025-04-30", true],
    ["2025-04-31", false],
    ["2025-12-31", true],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["2025-01-00", false],
    ["0001-01-01", true],
    ["0000-01-01", false],
    ["2025-1-01", false],
    [" 2025-01-01", false],
    ["2025-01-01T00:00:00Z", false],
    ["１９９９-01-01", false],
  ])("%s → %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
    expect(parseCalendarDate(value).ok).toBe(expected);
  });

  it("refuses every non-string without throwing", () => {
    for (const value of [
      undefined,
      null,
      20240229,
      new Date(),
      {},
      [],
      Symbol("x"),
      1n,
      () => "2024-01-01",
    ]) {
      expect(isCalendarDate(value)).toBe(false);
      const result = parseCalendarDate(value, ["birthDate"]);
      expect(result).toEqual({
        ok: false,
        issues: [{ code: "DATE_INVALID", severity: "error", path: ["birthDate"] }],
      });
    }
  });

  it("accepts a day that a time zone skipped (1994-12-31 in Kiritimati, 2011-12-30 in Apia)", () => {
    expect(isCalendarDate("1994-12-31")).toBe(true);
    expect(isCalendarDate("2011-12-30")).toBe(true);
    expect(addDaysToDate("1994-12-30", 1)).toBe("1994-12-31");
    expect(daysBetween("1994-12-30", "1995-01-01")).toBe(2);
  });

  it("agrees with a UTC Date on every day of four centuries (and on the days around them)", () => {
    for (let year = 1899; year <= 2301; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const real =
            date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          if (isRealDate(year, month, day) !== real) throw new Error(`${year}-${month}-${day}`);
        }
      }
    }
    expect(isRealDate(0, 1, 1)).toBe(false);
    expect(isRealDate(10_000, 1, 1)).toBe(false);
    expect(isRealDate(2024, 1.5, 1)).toBe(false);
    expect(isRealDate(Number.NaN, 1, 1)).toBe(false);
    expect(isCalendarDate("2024-0a-01")).toBe(false);
    expect(isCalendarDate("2024/01/01")).toBe(false);
    expect(isCalendarDate("2024-01/01")).toBe(false);
  });

  it("round-trips every real date", () => {
    fc.assert(fc.property(dateArb, (date) => isCalendarDate(date) && parseCalendarDate(date).ok));
  });
});

describe("ageOn", () => {
  it("counts the birthday on the day itself (the 18th birthday)", () => {
    expect(ageOn("2007-06-01", "2025-05-31")).toBe(17);
    expect(ageOn("2007-06-01", "2025-06-01")).toBe(18);
    expect(ageOn("2007-06-01", "2025-06-02")).toBe(18);
  });

  it("reaches a 29 February birthday on 1 March in a common year", () => {
    expect(ageOn("2004-02-29", "2022-02-28")).toBe(17);
    expect(ageOn("2004-02-29", "2022-03-01")).toBe(18);
    expect(ageOn("2004-02-29", "2024-02-28")).toBe(19);
    expect(ageOn("2004-02-29", "2024-02-29")).toBe(20);
  });

  it("is zero on the birth date and negative before it", () => {
    expect(ageOn("2000-01-01", "2000-01-01")).toBe(0);
    expect(ageOn("2000-01-02", "2000-01-01")).toBe(0);
    expect(ageOn("2000-01-02", "1999-01-01")).toBe(-1);
  });

  it("agrees with date-fns differenceInYears on any two dates", () => {
    const utc = (date: string) =>
      new UTCDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
    fc.assert(
      fc.property(
        dateArb,
        dateArb,
        (birth, on) => ageOn(birth, on) === differenceInYears(utc(on), utc(birth)),
      ),
    );
  });

  it("never decreases as the date moves forward", () => {
    fc.assert(
      fc.property(dateArb, dateArb, fc.integer({ min: 0, max: 800 }), (birth, on, step) => {
        const later = addDaysToDate(on, step);
        return ageOn(birth, later) >= ageOn(birth, on);
      }),
    );
  });

  it("agrees with a year-by-year count of birthdays", () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 364 }),
        (birth, years, days) => {
          const on = addDaysToDate(addYearsToDate(birth, years), days);
          const age = ageOn(birth, on);
          // The day before the next birthday is still `age`; the next birthday itself is `age + 1`.
          return age >= years - 1 && age <= years;
        },
      ),
    );
  });

  it("throws a typed programmer error on an invalid date, naming the argument, not the value", () => {
    expect(() => ageOn("2007-02-30", "2025-01-01")).toThrow(PekerjaMigranError);
    try {
      ageOn("2007-02-30", "2025-01-01");
    } catch (error) {
      expect((error as PekerjaMigranError).code).toBe("INVALID_CALENDAR_DATE");
      expect((error as Error).message).not.toContain("2007");
      expect((error as PekerjaMigranError).details).toEqual({ argument: "birthDate" });
    }
  });
});

describe("adding to dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDaysToDate("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysToDate("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDaysToDate("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDaysToDate("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDaysToDate("2025-03-30", 0)).toBe("2025-03-30");
  });

  it("clamps months to the end of a shorter month", () => {
    expect(addMonthsToDate("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonthsToDate("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsToDate("2025-08-31", 1)).toBe("2025-09-30");
    expect(addMonthsToDate("2025-03-15", -5)).toBe("2024-10-15");
    expect(addMonthsToDate("2025-05-20", 60)).toBe("2030-05-20");
  });

  it("moves 29 February to 28 February in common years", () => {
    expect(addYearsToDate("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYearsToDate("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("refuses amounts that are not safe integers", () => {
    expect(() => addDaysToDate("2025-01-01", 1.5)).toThrow(PekerjaMigranError);
    expect(() => addMonthsToDate("2025-01-01", Number.NaN)).toThrow(PekerjaMigranError);
    expect(() => addYearsToDate("2025-01-01", Number.POSITIVE_INFINITY)).toThrow(PekerjaMigranError);
  });

  it("daysBetween inverts addDaysToDate, and gives 0 (never -0) for the same date", () => {
    // Object.is: a -0 day count would pass through milestoneDurations' medians and extremes.
    expect(Object.is(daysBetween("2024-02-29", "2024-02-29"), 0)).toBe(true);
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        const moved = addDaysToDate(date, days);
        return Object.is(daysBetween(date, moved), days) && addDaysToDate(moved, -days) === date;
      }),
    );
  });
});

describe("comparisons", () => {
  it("orders dates", () => {
    expect(compareDates("2025-01-31", "2025-02-01")).toBe(-1);
    expect(compareDates("2025-02-01", "2025-02-01")).toBe(0);
    expect(compareDates("2025-02-02", "2025-02-01")).toBe(1);
    expect(isDateBefore("2025-01-31", "2025-02-01")).toBe(true);
    expect(isDateBefore("2025-02-01", "2025-02-01")).toBe(false);
    expect(isDateAfter("2025-02-02", "2025-02-01")).toBe(true);
    expect(isDateAfter("2025-02-01", "2025-02-01")).toBe(false);
    expect(["2025-03-01", "2024-12-31", "2025-01-15"].sort(compareDates)).toEqual([
      "2024-12-31",
      "2025-01-15",
      "2025-03-01",
    ]);
  });

  it("agrees with daysBetween", () => {
    fc.assert(fc.property(dateArb, dateArb, (a, b) => Math.sign(daysBetween(b, a)) === compareDates(a, b)));
  });

  it("throws on invalid dates", () => {
    expect(() => compareDates("2025-02-30", "2025-02-01")).toThrow(PekerjaMigranError);
    expect(() => compareDates("2025-02-01", "nope")).toThrow(PekerjaMigranError);
  });
});

describe("instants", () => {
  it.each([
    ["2025-01-31T09:00:00+07:00", true],
    ["2025-01-31T02:00Z", true],
    ["2025-01-31T02:00:00.123Z", true],
    ["2025-01-31T09:00:00-10:00", true],
    ["2025-01-31T09:00:00", false],
    ["2025-01-31", false],
    ["2025-02-30T09:00:00Z", false],
    ["2025-01-31T24:00:00Z", false],
    ["2025-01-31T09:00:00+7", false],
  ])("%s → %s", (value, expected) => {
    expect(isInstant(value)).toBe(expected);
    expect(parseInstant(value, ["at"]).ok).toBe(expected);
  });

  it("refuses non-strings and long strings", () => {
    expect(isInstant(1_700_000_000_000)).toBe(false);
    expect(isInstant(`2025-01-31T09:00:00Z${" ".repeat(50)}`)).toBe(false);
    expect(parseInstant(null, ["at"])).toEqual({
      ok: false,
      issues: [{ code: "DATETIME_INVALID", severity: "error", path: ["at"] }],
    });
  });

  it("takes the date as written in its own offset", () => {
    expect(dateOfInstant("2025-01-31T23:30:00+07:00")).toBe("2025-01-31");
    expect(dateOfInstant("2025-01-31T00:30:00-10:00")).toBe("2025-01-31");
    expect(() => dateOfInstant("2025-01-31")).toThrow(PekerjaMigranError);
  });

  it("compares by the moment named", () => {
    expect(compareInstants("2025-01-31T09:00:00+07:00", "2025-01-31T02:00:00Z")).toBe(0);
    expect(compareInstants("2025-01-31T09:00:00+07:00", "2025-01-31T09:00:00Z")).toBe(-1);
    expect(compareInstants("2025-01-31T09:00:00Z", "2025-01-31T09:00:00+07:00")).toBe(1);
    expect(() => compareInstants("x", "2025-01-31T09:00:00Z")).toThrow(PekerjaMigranError);
    expect(() => compareInstants("2025-01-31T09:00:00Z", "x")).toThrow(PekerjaMigranError);
  });
});

describe("isInstant against its pattern", () => {
  const PATTERN =
    /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
  const byPattern = (value: string) => {
    const match = PATTERN.exec(value);
    return match !== null && isCalendarDate(`${match[1]}-${match[2]}-${match[3]}`);
  };

  it("agrees on mutations of valid instants", () => {
    const valid = fc
      .tuple(
        dateArb,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.option(fc.integer({ min: 0, max: 59 })),
        fc.option(fc.stringMatching(/^\d{1,12}$/)),
        fc.oneof(fc.constant("Z"), fc.stringMatching(/^[+-]\d\d:\d\d$/)),
      )
      .map(([date, h, m, s, f, offset]) => {
        const seconds = s === null ? "" : `:${pad(s, 2)}${f === null ? "" : `.${f}`}`;
        return `${date}T${pad(h, 2)}:${pad(m, 2)}${seconds}${offset}`;
      });
    const mutated = fc
      .tuple(
        valid,
        fc.nat(),
        fc.constantFrom("", "0", "9", "-", ":", ".", "T", "Z", "+", " ", "x", "5"),
        fc.boolean(),
      )
      .map(([text, index, char, insert]) => {
        const i = index % (text.length + 1);
        return insert ? text.slice(0, i) + char + text.slice(i) : text.slice(0, i) + char + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(valid, mutated), (text) => isInstant(text) === byPattern(text)),
      { numRuns: runs(5000) },
    );
  });

  it("agrees on arbitrary strings of the instant alphabet", () => {
    const text = fc.string({ unit: fc.constantFrom(..."0123456789-T:.Z+"), minLength: 16, maxLength: 40 });
    fc.assert(
      fc.property(text, (value) => isInstant(value) === byPattern(value)),
      { numRuns: runs(5000) },
    );
  });
});
