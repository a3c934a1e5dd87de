import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDate, addYearsToDate } from "../../src/_lib/dates/add-to-date.js";
import { daysBetween } from "../../src/_lib/dates/difference.js";
import { isNikProvinceCode, NIK_BASIS, NIK_PROVINCE_CODES } from "../../src/identity/index.js";
import { formatIssue, type Issue, isValidNik, maskNik, parseNik } from "../../src/index.js";
import vectors from "./nik-vectors.json" with { type: "json" };

const REF = { referenceDate: "2026-01-01" } as const;

function codes(result: ReturnType<typeof parseNik>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

/** Builds a NIK from its parts, the way Dukcapil writes it (+40 on the day for women). */
function buildNik(parts: {
  province: string;
  regency: number;
  district: number;
  birthDate: string;
  sex: "M" | "F";
  serial: number;
}): string {
  const day = Number(parts.birthDate.slice(8, 10)) + (parts.sex === "F" ? 40 : 0);
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    parts.province +
    two(parts.regency) +
    two(parts.district) +
    two(day) +
    parts.birthDate.slice(5, 7) +
    parts.birthDate.slice(2, 4) +
    String(parts.serial).padStart(4, "0")
  );
}

describe("parseNik: golden vectors (test/identity/nik-vectors.json)", () => {
  it.each(vectors.valid)("reads $nik ($note)", ({ nik, referenceDate, expected }) => {
    expect(parseNik(nik, { referenceDate })).toEqual({ ok: true, value: expected });
  });

  it.each(vectors.invalid)("refuses $nik ($note)", ({ nik, referenceDate, codes: expected }) => {
    const result = parseNik(nik, { referenceDate });
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(expected);
  });

  it("gives structural issues the NIK basis and the error severity", () => {
    const result = parseNik("2000003213990000", REF);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const issue of result.issues) {
      expect(issue.severity).toBe("error");
      expect(issue.basis).toBe(NIK_BASIS);
      expect(issue.path).toEqual([]);
    }
  });
});

describe("parseNik: birth day and month boundaries", () => {
  const withDay = (day: string, month = "01", yy = "99") => `320101${day}${month}${yy}0001`;

  it.each([
    ["01", "M", "1999-01-01"],
    ["31", "M", "1999-01-31"],
    ["41", "F", "1999-01-01"],
    ["71", "F", "1999-01-31"],
  ])("accepts day %s (%s)", (day, sex, birthDate) => {
    const result = parseNik(withDay(day), REF);
    expect(result.ok && result.value.sex).toBe(sex);
    expect(result.ok && result.value.birthDate).toBe(birthDate);
  });

  it.each(["00", "32", "39", "40", "72", "99"])("refuses day %s", (day) => {
    expect(codes(parseNik(withDay(day), REF))).toEqual(["NIK_BIRTH_DAY_INVALID"]);
  });

  it.each(["00", "13", "99"])("refuses month %s", (month) => {
    expect(codes(parseNik(withDay("01", month), REF))).toEqual(["NIK_BIRTH_MONTH_INVALID"]);
  });

  it("accepts month 12 and month 01", () => {
    expect(parseNik(withDay("15", "12"), REF).ok).toBe(true);
    expect(parseNik(withDay("15", "01"), REF).ok).toBe(true);
  });

  it("reports a bad day and a bad month together", () => {
    expect(codes(parseNik(withDay("32", "13"), REF))).toEqual([
      "NIK_BIRTH_DAY_INVALID",
      "NIK_BIRTH_MONTH_INVALID",
    ]);
  });

  it.each([
    ["30", "04", true],
    ["31", "04", false],
    ["70", "04", true],
    ["71", "04", false],
    ["30", "02", false],
    ["31", "12", true],
  ])("day %s of month %s: real date %s", (day, month, real) => {
    expect(parseNik(withDay(day, month), REF).ok).toBe(real);
  });

  it.each([
    ["29", "24", true],
    ["69", "24", true],
    ["29", "23", false],
    ["69", "23", false],
    ["28", "23", true],
    ["68", "23", true],
  ])("29 February: day %s, year %s, valid %s", (day, yy, valid) => {
    expect(parseNik(withDay(day, "02", yy), REF).ok).toBe(valid);
  });

  it("knows 1900 was not a leap year and 2000 was", () => {
    // Reference 1999: YY 00 is 1900, which had no 29 February.
    expect(codes(parseNik(withDay("29", "02", "00"), { referenceDate: "1999-06-01" }))).toEqual([
      "NIK_BIRTH_DATE_INVALID",
    ]);
    expect(parseNik(withDay("29", "02", "00"), { referenceDate: "2000-02-29" }).ok).toBe(true);
    // One day earlier, 2000-02-29 would be after the reference date, so the century is 1900.
    expect(codes(parseNik(withDay("29", "02", "00"), { referenceDate: "2000-02-28" }))).toEqual([
      "NIK_BIRTH_DATE_INVALID",
    ]);
  });

  it.each([
    ["0000", false],
    ["0001", true],
    ["0010", true],
    ["0100", true],
    ["1000", true],
    ["9999", true],
  ])("serial %s valid %s", (serial, valid) => {
    expect(parseNik(`320101010199${serial}`, REF).ok).toBe(valid);
  });
});

describe("parseNik: century against the reference date", () => {
  const nikBorn = (ddmmyy: string) => `320101${ddmmyy}0001`;
  const birth = (ddmmyy: string, referenceDate: string) => {
    const result = parseNik(nikBorn(ddmmyy), { referenceDate });
    return result.ok ? result.value.birthDate : undefined;
  };

  it("resolves YY 25 to 2025 and YY 26 after the reference date to 1926", () => {
    expect(birth("010125", "2026-01-01")).toBe("2025-01-01");
    expect(birth("020126", "2026-01-01")).toBe("1926-01-02");
    expect(birth("010226", "2026-01-01")).toBe("1926-02-01");
    expect(birth("311299", "2026-01-01")).toBe("1999-12-31");
  });

  it("allows a birth on the reference date itself", () => {
    expect(birth("010126", "2026-01-01")).toBe("2026-01-01");
    expect(birth("150626", "2026-06-15")).toBe("2026-06-15");
    expect(birth("160626", "2026-06-15")).toBe("1926-06-16");
  });

  it("compares the day when the month equals the reference month", () => {
    expect(birth("140626", "2026-06-15")).toBe("2026-06-14");
    expect(birth("140726", "2026-06-15")).toBe("1926-07-14");
  });

  it("refuses a birth that would fall before year 1", () => {
    expect(codes(parseNik(nikBorn("010160"), { referenceDate: "0050-01-01" }))).toEqual([
      "NIK_BIRTH_DATE_INVALID",
    ]);
  });

  it("writes early years with four digits", () => {
    expect(birth("010105", "0010-01-01")).toBe("0005-01-01");
  });
});

describe("parseNik: reference date and options", () => {
  it.each([undefined, null, "2026-02-30", "2026-1-1", 20260101, new Date(0)])(
    "reports an invalid reference date %s as DATE_INVALID at referenceDate",
    (referenceDate) => {
      const result = parseNik("3201014101990001", { referenceDate } as never);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toEqual([{ code: "DATE_INVALID", severity: "error", path: ["referenceDate"] }]);
    },
  );

  it("reports a missing options object without throwing", () => {
    expect(codes(parseNik("3201014101990001", undefined as never))).toEqual(["DATE_INVALID"]);
    expect(codes(parseNik("3201014101990001", "2026-01-01" as never))).toEqual(["DATE_INVALID"]);
  });

  it("reports the reference date together with every other problem", () => {
    expect(codes(parseNik("2001013104990000", {} as never))).toEqual([
      "ID_PROVINCE_CODE_UNKNOWN",
      "DATE_INVALID",
      "NIK_BIRTH_DATE_INVALID",
      "NIK_SERIAL_ZERO",
    ]);
    expect(codes(parseNik(12, {} as never))).toEqual(["ID_NUMBER_AS_NUMBER", "DATE_INVALID"]);
  });

  it("lets 29 February through when it cannot know the century", () => {
    expect(codes(parseNik("3201012902230001", {} as never))).toEqual(["DATE_INVALID"]);
  });

  it("prefixes issues with the given path", () => {
    const result = parseNik("3200010101990001", { ...REF, path: ["worker", "nik"] });
    expect(!result.ok && result.issues[0]?.path).toEqual(["worker", "nik"]);
    const ignored = parseNik("3200010101990001", { ...REF, path: "nik" as never });
    expect(!ignored.ok && ignored.issues[0]?.path).toEqual([]);
  });
});

describe("parseNik: input shapes", () => {
  it("refuses numbers and bigints with their own code", () => {
    expect(codes(parseNik(3201014101990001, REF))).toEqual(["ID_NUMBER_AS_NUMBER"]);
    expect(codes(parseNik(9101014101990001n, REF))).toEqual(["ID_NUMBER_AS_NUMBER"]);
    expect(codes(parseNik(Number.NaN, REF))).toEqual(["ID_NUMBER_AS_NUMBER"]);
  });

  it.each([
    [undefined, "INPUT_REQUIRED"],
    [null, "INPUT_REQUIRED"],
    ["", "INPUT_REQUIRED"],
    ["   \t\n ", "INPUT_REQUIRED"],
    [{}, "INPUT_NOT_STRING"],
    [[], "INPUT_NOT_STRING"],
    [true, "INPUT_NOT_STRING"],
    [Symbol("nik"), "INPUT_NOT_STRING"],
    [() => "3201014101990001", "INPUT_NOT_STRING"],
    [new String("3201014101990001"), "INPUT_NOT_STRING"],
  ])("refuses %s with %s", (input, code) => {
    expect(codes(parseNik(input, REF))).toEqual([code]);
  });

  it("caps the length before any work", () => {
    const huge = "3".repeat(10_000);
    expect(parseNik(huge, REF)).toEqual({
      ok: false,
      issues: [{ code: "INPUT_TOO_LONG", severity: "error", path: [], params: { max: 64 } }],
    });
    expect(codes(parseNik(`${" ".repeat(60)}3201014101990001`, REF))).toEqual(["INPUT_TOO_LONG"]);
    expect(parseNik(`${" ".repeat(48)}3201014101990001`, REF).ok).toBe(true);
  });

  it("trims surrounding whitespace", () => {
    const result = parseNik("\t 3201014101990001 \n", REF);
    expect(result.ok && result.value.nik).toBe("3201014101990001");
    expect(parseNik("\u00a03201014101990001\u2003", REF).ok).toBe(true);
  });

  it.each([
    "32.01.01.410199.0001",
    "32-01-01-410199-0001",
    "32 01 01 410199 0001",
    "320101 410199 0001",
    "3201 0141 0199 0001",
    "3201-0141-0199-0001",
    "320101-410199-0001",
  ])("accepts group separators: %s", (input) => {
    const result = parseNik(input, REF);
    expect(result.ok && result.value.nik).toBe("3201014101990001");
  });

  it.each([
    ["3201014 101990001", ["ID_NUMBER_MISPLACED_SEPARATOR"]],
    ["32..01014101990001", ["ID_NUMBER_MISPLACED_SEPARATOR"]],
    ["32  01014101990001", ["ID_NUMBER_MISPLACED_SEPARATOR"]],
    [".3201014101990001", ["ID_NUMBER_MISPLACED_SEPARATOR"]],
    ["3201014101990001-", ["ID_NUMBER_MISPLACED_SEPARATOR"]],
    ["320101410199000 1", ["ID_NUMBER_MISPLACED_SEPARATOR"]],
    ["3201_0141_0199_0001", ["ID_NUMBER_INVALID_CHARACTERS"]],
    ["3201/014101990001", ["ID_NUMBER_INVALID_CHARACTERS"]],
    ["3201/01410199001", ["ID_NUMBER_INVALID_CHARACTERS", "ID_NUMBER_LENGTH"]],
    ["３２０１０１４１０１９９０００１", ["ID_NUMBER_INVALID_CHARACTERS", "ID_NUMBER_LENGTH"]],
    ["٣٢٠١٠١٤١٠١٩٩٠٠٠١", ["ID_NUMBER_INVALID_CHARACTERS", "ID_NUMBER_LENGTH"]],
    ["320101410199000", ["ID_NUMBER_LENGTH"]],
    ["32010141019900011", ["ID_NUMBER_LENGTH"]],
    ["3201 0141 0199 001", ["ID_NUMBER_LENGTH"]],
    ["3201014101990001\u00003", ["ID_NUMBER_INVALID_CHARACTERS", "ID_NUMBER_LENGTH"]],
  ])("refuses %s", (input, expected) => {
    expect(codes(parseNik(input, REF))).toEqual(expected);
  });

  it("counts the digits found in ID_NUMBER_LENGTH", () => {
    const result = parseNik("12345", REF);
    expect(!result.ok && result.issues[0]?.params).toEqual({ expected: 16, actual: 5 });
  });
});

describe("isValidNik", () => {
  it("agrees with parseNik", () => {
    expect(isValidNik("3201014101990001", REF)).toBe(true);
    expect(isValidNik("3201013104990001", REF)).toBe(false);
    expect(isValidNik("3201014101990001", undefined as never)).toBe(false);
    expect(isValidNik(3201014101990001, REF)).toBe(false);
  });
});

describe("maskNik", () => {
  it("keeps the six region digits and hides the other ten", () => {
    expect(maskNik("3201014101990001")).toBe("320101**********");
    expect(maskNik(" 32.01.01.410199.0001 ")).toBe("320101**********");
    // Not validated: any 16 digits keep their first six.
    expect(maskNik("0000000000000000")).toBe("000000**********");
  });

  it.each([
    undefined,
    null,
    "",
    "12345",
    "x".repeat(10_000),
    3201014101990001,
    1n,
    {},
    "３２０１０１４１０１９９０００１",
  ])("fully masks %s", (input) => {
    expect(maskNik(input)).toBe("****************");
  });
});

describe("NIK_PROVINCE_CODES", () => {
  it("has 38 distinct two-digit codes, including the 2022 Papua provinces", () => {
    expect(new Set(NIK_PROVINCE_CODES).size).toBe(38);
    for (const code of ["91", "92", "93", "94", "95", "96", "65"]) expect(NIK_PROVINCE_CODES).toContain(code);
    for (const code of NIK_PROVINCE_CODES) expect(isNikProvinceCode(code)).toBe(true);
  });

  it.each(["00", "10", "20", "54", "97", "99", "3", "320", "3a", "a3", " 3", 32, null])(
    "%s is not a province code",
    (code) => {
      expect(isNikProvinceCode(code)).toBe(false);
    },
  );
});

describe("parseNik: properties", () => {
  const referenceArb = fc
    .integer({ min: 0, max: 365 * 200 })
    .map((days) => addDaysToDate("1950-01-01", days));

  it("a NIK built from valid parts parses back to exactly those parts", () => {
    fc.assert(
      fc.property(
        referenceArb,
        fc.constantFrom(...NIK_PROVINCE_CODES),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.constantFrom("M" as const, "F" as const),
        fc.integer({ min: 1, max: 9999 }),
        (referenceDate, province, regency, district, fraction, sex, serial) => {
          // A birth in (referenceDate − 100 years, referenceDate]: the century is unambiguous.
          const span = daysBetween(addYearsToDate(referenceDate, -100), referenceDate);
          const birthDate = addDaysToDate(referenceDate, -Math.floor(fraction * span));
          const nik = buildNik({ province, regency, district, birthDate, sex, serial });
          const result = parseNik(nik, { referenceDate });
          expect(result).toEqual({
            ok: true,
            value: {
              nik,
              provinceCode: province,
              regencyCode: nik.slice(0, 4),
              districtCode: nik.slice(0, 6),
              birthDate,
              sex,
              serial: String(serial).padStart(4, "0"),
            },
          });
        },
      ),
    );
  });

  it("refuses any string with a character that is not a digit or separator", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        fc.pre(!/^[0-9 .-]*$/.test(text.trim()));
        const result = parseNik(text, REF);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it("refuses any digit string that is not 16 digits long", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,40}$/), (digits) => {
        fc.pre(digits.length !== 16);
        const result = parseNik(digits, REF);
        expect(result.ok).toBe(false);
        expect(codes(result)).toContain(
          digits.length === 0 ? "INPUT_REQUIRED" : digits.length > 64 ? "INPUT_TOO_LONG" : "ID_NUMBER_LENGTH",
        );
      }),
    );
  });

  it("never throws, whatever the input and options", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true }),
        fc.anything(),
        (input, options) => {
          const result = parseNik(input, options as never);
          expect(typeof result.ok).toBe("boolean");
          expect(typeof isValidNik(input, options as never)).toBe("boolean");
          expect(maskNik(input)).toHaveLength(16);
        },
      ),
    );
  });

  it("never reveals digits 7 to 16 in the mask", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), fc.string({ maxLength: 30 }), (nik, other) => {
        expect(maskNik(nik)).toBe(`${nik.slice(0, 6)}**********`);
        expect(maskNik(other).slice(6)).toBe("**********");
        expect(maskNik(other).replace(/\*/g, "").length).toBeLessThanOrEqual(6);
      }),
    );
  });
});

describe("parseNik: personal data and purity", () => {
  const rendered = (issues: readonly Issue[]) =>
    JSON.stringify(issues) + issues.map((i) => formatIssue(i, "id") + formatIssue(i, "en")).join("");

  it("never puts the NIK or its parts into issues or messages", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (nik) => {
        const result = parseNik(nik, REF);
        if (result.ok) return;
        const text = rendered(result.issues);
        expect(text).not.toContain(nik);
        expect(text).not.toContain(nik.slice(6, 12)); // the birth date
        expect(text).not.toContain(nik.slice(0, 6)); // the region
      }),
    );
    const result = parseNik("2000003213990000", REF);
    expect(!result.ok && rendered(result.issues)).not.toMatch(/2000003213990000|003213|3213/);
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ referenceDate: "2026-01-01", path: Object.freeze(["nik"]) });
    const before = JSON.stringify(options);
    parseNik("3200010101990001", options);
    parseNik("3201014101990001", options);
    expect(JSON.stringify(options)).toBe(before);
  });

  it("returns a fresh value each time", () => {
    const a = parseNik("3201014101990001", REF);
    const b = parseNik("3201014101990001", REF);
    expect(a).toEqual(b);
    expect(a.ok && b.ok && a.value !== b.value).toBe(true);
  });
});
