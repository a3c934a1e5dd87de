import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/index.js";
import {
  MAX_DECIMALS,
  readAmount,
  readCount,
  readOptions,
  readRounding,
} from "../../src/statistics/_lib/validate.js";

/** Runs a reader with a fresh issue list: what it returned, and the [code, path] of each issue. */
function read<T>(reader: (issues: Issue[]) => T): [T, [string, string][]] {
  const issues: Issue[] = [];
  const out = reader(issues);
  return [out, issues.map((i) => [i.code, i.path.join(".")])];
}

describe("readCount", () => {
  it("gives a whole non-negative safe number and nothing for anything else", () => {
    expect(read((i) => readCount(7, ["n"], i))).toEqual([7, []]);
    expect(read((i) => readCount(-1, ["n"], i))).toEqual([undefined, [["STATISTICS_COUNT_NEGATIVE", "n"]]]);
    expect(read((i) => readCount(1.5, ["n"], i))).toEqual([
      undefined,
      [["STATISTICS_COUNT_NOT_INTEGER", "n"]],
    ]);
    expect(read((i) => readCount(-1.5, ["n"], i))).toEqual([
      undefined,
      [
        ["STATISTICS_COUNT_NEGATIVE", "n"],
        ["STATISTICS_COUNT_NOT_INTEGER", "n"],
      ],
    ]);
    expect(read((i) => readCount(2 ** 53, ["n"], i))).toEqual([
      undefined,
      [["STATISTICS_COUNT_TOO_LARGE", "n"]],
    ]);
    const issues: Issue[] = [];
    readCount(2 ** 53, ["n"], issues);
    expect(issues[0]?.params).toEqual({ max: Number.MAX_SAFE_INTEGER });
    expect(read((i) => readCount("3", ["n"], i))).toEqual([
      undefined,
      [["STATISTICS_COUNT_NOT_NUMBER", "n"]],
    ]);
    expect(Object.is(readCount(-0, ["n"], []), 0)).toBe(true);
  });
});

describe("readAmount", () => {
  it("gives a finite non-negative amount, zero included and never -0", () => {
    expect(read((i) => readAmount(0.25, ["a"], i))).toEqual([0.25, []]);
    expect(read((i) => readAmount(0, ["a"], i))).toEqual([0, []]);
    expect(Object.is(readAmount(-0, ["a"], []), 0)).toBe(true);
    expect(read((i) => readAmount(-0.5, ["a"], i))).toEqual([
      undefined,
      [["STATISTICS_COUNT_NEGATIVE", "a"]],
    ]);
    expect(read((i) => readAmount(Number.NaN, ["a"], i))).toEqual([
      undefined,
      [["STATISTICS_COUNT_NOT_NUMBER", "a"]],
    ]);
  });
});

describe("readOptions and readRounding", () => {
  it("refuses options that are not a plain object, at options", () => {
    for (const options of [null, 5, "x", []]) {
      expect(read((i) => readOptions(options, i))).toEqual([{}, [["STATISTICS_OPTIONS_INVALID", "options"]]]);
    }
    expect(read((i) => readOptions(undefined, i))).toEqual([{}, []]);
  });

  it("reads whole decimals from 0 to MAX_DECIMALS and either rounding", () => {
    expect(MAX_DECIMALS).toBe(10);
    expect(read((i) => readRounding({}, i))).toEqual([{ decimals: 2, rounding: "half-up" }, []]);
    expect(read((i) => readRounding({ decimals: 0, rounding: "truncate" }, i))).toEqual([
      { decimals: 0, rounding: "truncate" },
      [],
    ]);
    expect(read((i) => readRounding({ decimals: 10 }, i))[0].decimals).toBe(10);
    expect(Object.is(readRounding({ decimals: -0 }, []).decimals, 0)).toBe(true);
    for (const decimals of [1.5, -1, 11, "2", Number.NaN]) {
      const issues: Issue[] = [];
      expect(readRounding({ decimals }, issues).decimals).toBe(2);
      expect(issues).toEqual([
        {
          code: "STATISTICS_DECIMALS_INVALID",
          severity: "error",
          path: ["options", "decimals"],
          params: { max: 10 },
        },
      ]);
    }
    expect(read((i) => readRounding({ rounding: "bankers" }, i))).toEqual([
      { decimals: 2, rounding: "half-up" },
      [["STATISTICS_ROUNDING_INVALID", "options.rounding"]],
    ]);
  });
});
