import { createIssue, type Issue, type PathSegment } from "../../core/index.js";
import type { Rounding } from "../types.js";

/** The largest number of decimals a figure may ask for. @internal */
export const MAX_DECIMALS = 10;

/** Reads a count (a non-negative safe integer), pushing every problem to `issues`. @internal */
export function readCount(value: unknown, path: readonly PathSegment[], issues: Issue[]): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push(createIssue("STATISTICS_COUNT_NOT_NUMBER", path));
    return undefined;
  }
  let fine = true;
  if (value < 0) {
    issues.push(createIssue("STATISTICS_COUNT_NEGATIVE", path));
    fine = false;
  }
  if (!Number.isInteger(value)) {
    issues.push(createIssue("STATISTICS_COUNT_NOT_INTEGER", path));
    fine = false;
  } else if (!Number.isSafeInteger(value)) {
    issues.push(
      createIssue("STATISTICS_COUNT_TOO_LARGE", path, { params: { max: Number.MAX_SAFE_INTEGER } }),
    );
    fine = false;
  }
  // -0 is a zero count, written as 0.
  return fine ? value + 0 : undefined;
}

/** Reads a non-negative finite amount (decimals allowed). @internal */
export function readAmount(
  value: unknown,
  path: readonly PathSegment[],
  issues: Issue[],
): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push(createIssue("STATISTICS_COUNT_NOT_NUMBER", path));
    return undefined;
  }
  if (value < 0) {
    issues.push(createIssue("STATISTICS_COUNT_NEGATIVE", path));
    return undefined;
  }
  return value + 0;
}

/** The options object, or `{}`; anything else is an issue. @internal */
export function readOptions(options: unknown, issues: Issue[]): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    issues.push(createIssue("STATISTICS_OPTIONS_INVALID", ["options"]));
    return {};
  }
  return options as Readonly<Record<string, unknown>>;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** An own property of an options object (never one inherited, e.g. through `__proto__`). @internal */
export function own(options: Readonly<Record<string, unknown>>, key: string): unknown {
  return hasOwn.call(options, key) ? options[key] : undefined;
}

/** Reads `decimals` and `rounding` from options, with defaults. @internal */
export function readRounding(
  options: Readonly<Record<string, unknown>>,
  issues: Issue[],
  defaultDecimals = 2,
): { decimals: number; rounding: Rounding } {
  const decimalsValue = own(options, "decimals");
  const roundingValue = own(options, "rounding");
  let decimals = defaultDecimals;
  if (decimalsValue !== undefined) {
    if (
      typeof decimalsValue === "number" &&
      Number.isInteger(decimalsValue) &&
      decimalsValue >= 0 &&
      decimalsValue <= MAX_DECIMALS
    ) {
      decimals = decimalsValue + 0;
    } else {
      issues.push(
        createIssue("STATISTICS_DECIMALS_INVALID", ["options", "decimals"], {
          params: { max: MAX_DECIMALS },
        }),
      );
    }
  }
  let rounding: Rounding = "half-up";
  if (roundingValue !== undefined) {
    if (roundingValue === "half-up" || roundingValue === "truncate") rounding = roundingValue;
    else issues.push(createIssue("STATISTICS_ROUNDING_INVALID", ["options", "rounding"]));
  }
  return { decimals, rounding };
}
