import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_PASSPORT_NUMBER_POLICY } from "../../src/identity/index.js";
import { formatIssue, PekerjaMigranError, parseKkNumber, parsePassportNumber } from "../../src/index.js";

const codesOf = (result: { ok: boolean; issues?: readonly { code: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.code);

describe("parseKkNumber", () => {
  it("reads the region prefix of a KK number", () => {
    expect(parseKkNumber("3201010203040005")).toEqual({
      ok: true,
      value: {
        kkNumber: "3201010203040005",
        provinceCode: "32",
        regencyCode: "3201",
        districtCode: "320101",
      },
    });
    expect(parseKkNumber(" 3201-0102-0304-0005 ")).toMatchObject({
      ok: true,
      value: { kkNumber: "3201010203040005" },
    });
  });

  it("does not read digits 7–16 as a date (their layout is UNVERIFIED)", () => {
    // Day 99, month 99, serial 0000 would all be refused in a NIK.
    expect(parseKkNumber("3201019999990000").ok).toBe(true);
    expect(parseKkNumber("3201014101990001").ok).toBe(true);
  });

  it.each([
    ["2001010203040005", ["ID_PROVINCE_CODE_UNKNOWN"]],
    ["3200010203040005", ["ID_REGENCY_CODE_ZERO"]],
    ["3201000203040005", ["ID_DISTRICT_CODE_ZERO"]],
    ["0000000203040005", ["ID_PROVINCE_CODE_UNKNOWN", "ID_REGENCY_CODE_ZERO", "ID_DISTRICT_CODE_ZERO"]],
    ["320101020304000", ["ID_NUMBER_LENGTH"]],
    [3201010203040005, ["ID_NUMBER_AS_NUMBER"]],
    [3201010203040005n, ["ID_NUMBER_AS_NUMBER"]],
    [undefined, ["INPUT_REQUIRED"]],
    [{}, ["INPUT_NOT_STRING"]],
    ["9".repeat(10_000), ["INPUT_TOO_LONG"]],
  ])("refuses %s", (input, expected) => {
    expect(codesOf(parseKkNumber(input))).toEqual(expected);
  });

  it("uses the given path and ignores malformed options", () => {
    const result = parseKkNumber("3200010203040005", { path: ["family", "kk"] });
    expect(!result.ok && result.issues[0]?.path).toEqual(["family", "kk"]);
    expect(parseKkNumber("3201010203040005", null as never).ok).toBe(true);
    expect(parseKkNumber("3201010203040005", { path: 5 } as never).ok).toBe(true);
  });

  it("carries no basis it cannot name", () => {
    const result = parseKkNumber("3200010203040005");
    expect(!result.ok && result.issues[0]?.basis).toBeUndefined();
  });

  it("never throws and never echoes the number", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true }), fc.anything(), (input, options) => {
        expect(typeof parseKkNumber(input, options as never).ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (kk) => {
        const result = parseKkNumber(kk);
        if (result.ok) return;
        const text = JSON.stringify(result) + result.issues.map((i) => formatIssue(i, "en")).join("");
        expect(text).not.toContain(kk.slice(0, 6));
      }),
    );
  });
});

describe("parsePassportNumber", () => {
  it("accepts uppercase ASCII letters and digits, trimmed", () => {
    expect(parsePassportNumber(" A1234567 ")).toEqual({ ok: true, value: { passportNumber: "A1234567" } });
    expect(parsePassportNumber("123456").ok).toBe(true);
    expect(parsePassportNumber("ABCDEFGHIJKL").ok).toBe(true);
  });

  it.each([
    ["12345", ["PASSPORT_NUMBER_LENGTH"]],
    ["ABCDEFGHIJKLM", ["PASSPORT_NUMBER_LENGTH"]],
    ["a1234567", ["PASSPORT_NUMBER_LOWERCASE"]],
    ["A 1234567", ["PASSPORT_NUMBER_INVALID_CHARACTERS"]],
    ["A-1234567", ["PASSPORT_NUMBER_INVALID_CHARACTERS"]],
    ["Ä1234567", ["PASSPORT_NUMBER_INVALID_CHARACTERS"]],
    ["Ａ1234567", ["PASSPORT_NUMBER_INVALID_CHARACTERS"]],
    ["a-1", ["PASSPORT_NUMBER_INVALID_CHARACTERS", "PASSPORT_NUMBER_LOWERCASE", "PASSPORT_NUMBER_LENGTH"]],
    ["", ["INPUT_REQUIRED"]],
    ["   ", ["INPUT_REQUIRED"]],
    [null, ["INPUT_REQUIRED"]],
    [12345678, ["INPUT_NOT_STRING"]],
    [["A1234567"], ["INPUT_NOT_STRING"]],
    ["A".repeat(10_000), ["INPUT_TOO_LONG"]],
  ])("refuses %s", (input, expected) => {
    expect(codesOf(parsePassportNumber(input))).toEqual(expected);
  });

  it("reports the policy's limits, not the number", () => {
    const result = parsePassportNumber("12345");
    expect(!result.ok && result.issues[0]?.params).toEqual({
      min: DEFAULT_PASSPORT_NUMBER_POLICY.minLength,
      max: DEFAULT_PASSPORT_NUMBER_POLICY.maxLength,
    });
  });

  it("normalises lowercase when the policy says so", () => {
    expect(parsePassportNumber("x1234567", { normaliseCase: true })).toEqual({
      ok: true,
      value: { passportNumber: "X1234567" },
    });
    expect(codesOf(parsePassportNumber("x-1234567", { normaliseCase: true }))).toEqual([
      "PASSPORT_NUMBER_INVALID_CHARACTERS",
    ]);
  });

  it("applies length bounds and a pattern from the policy", () => {
    expect(parsePassportNumber("A12", { minLength: 3, maxLength: 3 }).ok).toBe(true);
    expect(codesOf(parsePassportNumber("A1234", { minLength: 3, maxLength: 4 }))).toEqual([
      "PASSPORT_NUMBER_LENGTH",
    ]);
    const pattern = /^[A-Z]\d{7}$/;
    expect(parsePassportNumber("A1234567", { pattern }).ok).toBe(true);
    expect(codesOf(parsePassportNumber("AB123456", { pattern }))).toEqual(["PASSPORT_NUMBER_PATTERN"]);
    // The pattern is not tested on a number with invalid characters (already refused).
    expect(codesOf(parsePassportNumber("A 123456", { pattern }))).toEqual([
      "PASSPORT_NUMBER_INVALID_CHARACTERS",
    ]);
    expect(parsePassportNumber("a1234567", { pattern, normaliseCase: true }).ok).toBe(true);
  });

  it("does not let a global pattern's lastIndex change answers, and does not mutate it", () => {
    const pattern = /^[A-Z]\d{7}$/g;
    const results = [1, 2, 3].map(() => parsePassportNumber("A1234567", { pattern }).ok);
    expect(results).toEqual([true, true, true]);
    expect(pattern.lastIndex).toBe(0);
    const sticky = /[A-Z]\d{7}/y;
    expect([1, 2].map(() => parsePassportNumber("A1234567", { pattern: sticky }).ok)).toEqual([true, true]);
  });

  it.each([
    [{ minLength: 0 }, "minLength"],
    [{ minLength: 1.5 }, "minLength"],
    [{ maxLength: 65 }, "maxLength"],
    [{ minLength: 8, maxLength: 7 }, "maxLength"],
    [{ normaliseCase: "yes" }, "normaliseCase"],
    [{ pattern: "^A" }, "pattern"],
    [{ path: "x" }, "path"],
  ])("throws INVALID_POLICY for a malformed policy %o", (options, argument) => {
    try {
      parsePassportNumber("A1234567", options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PekerjaMigranError);
      expect((error as PekerjaMigranError).code).toBe("INVALID_POLICY");
      expect((error as PekerjaMigranError).details).toEqual({ argument });
    }
  });

  it("treats a non-object options value as the default policy", () => {
    expect(parsePassportNumber("A1234567", null as never).ok).toBe(true);
  });

  it("uses the given path and does not mutate the options", () => {
    const options = Object.freeze({ path: Object.freeze(["passport", "number"]), minLength: 7 });
    const result = parsePassportNumber("A12", options);
    expect(!result.ok && result.issues[0]?.path).toEqual(["passport", "number"]);
    expect(options).toEqual({ path: ["passport", "number"], minLength: 7 });
  });

  it("never throws for any input and never echoes it", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true }), (input) => {
        expect(typeof parsePassportNumber(input).ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 .-]{6,20}$/), (input) => {
        fc.pre(/[A-Za-z]/.test(input));
        const result = parsePassportNumber(input);
        if (result.ok) return;
        const text = JSON.stringify(result) + result.issues.map((i) => formatIssue(i, "id")).join("");
        expect(text).not.toContain(input.trim());
      }),
    );
  });
});
