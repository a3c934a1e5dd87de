// The public functions that take outside data, with how to build their arguments from an arbitrary
// input. Every such function must be listed here.
import type fc from "fast-check";
import * as lib from "../src/index.js";

export interface FuzzTarget {
  readonly name: string;
  readonly args: (input: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>[];
  readonly call: (...args: unknown[]) => unknown;
}

const one = (input: fc.Arbitrary<unknown>) => [input];

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  { name: "parseCalendarDate", args: one, call: (v) => lib.parseCalendarDate(v) },
  { name: "isCalendarDate", args: one, call: (v) => lib.isCalendarDate(v) },
  { name: "parseInstant", args: one, call: (v) => lib.parseInstant(v) },
  { name: "isInstant", args: one, call: (v) => lib.isInstant(v) },
  {
    name: "formatIssue",
    args: (i) => [i, i],
    call: (v, l) => lib.formatIssue(v as lib.Issue, l as lib.Locale),
  },
];
