import type * as z from "zod";
import { createIssue, type Issue, type IssueParams, type PathSegment, type Severity } from "../core/issue.js";
import type { IssueCode } from "../core/issue-codes/index.js";
import { isFieldName } from "./field-name.js";

/** Longer keys in a path are input (a record's keys), not field names: they are counted, not printed. */
const MAX_PATH_KEY = 64;

function pathOf(base: readonly PathSegment[], path: readonly PropertyKey[]): PathSegment[] {
  const out: PathSegment[] = [...base];
  for (const key of path) {
    if (typeof key === "number") out.push(key);
    else {
      const text = String(key);
      out.push(text.length > MAX_PATH_KEY ? `[key of ${text.length} characters]` : text);
    }
  }
  return out;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Whether `path` leads to a present (not `undefined`) value in `input`, looking at own keys only. */
function isPresent(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !hasOwn.call(current, key)) return false;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current !== undefined;
}

function boundOf(value: unknown): string | number {
  return typeof value === "bigint" ? Number(value) : typeof value === "number" ? value : String(value);
}

/**
 * The issues of the unknown keys of one object at `path`: one `SCHEMA_UNKNOWN_KEY` per key that
 * reads as a field name, with the key as the last path segment (a misspelling is found where it is),
 * and one `SCHEMA_UNRECOGNIZED_KEYS` at `path` counting the others, which may be data (a NIK or a name
 * used as a key) and are never put in a path.
 *
 * @example
 * ```ts
 * unknownKeyIssues(["departuredate", "3201014101990001"], ["context"], "error");
 * //=> [{ code: "SCHEMA_UNKNOWN_KEY", severity: "error", path: ["context", "departuredate"] },
 * //    { code: "SCHEMA_UNRECOGNIZED_KEYS", severity: "error", path: ["context"], params: { count: 1 } }]
 * ```
 * @internal
 */
export function unknownKeyIssues(
  keys: readonly PropertyKey[],
  path: readonly PathSegment[],
  severity: Severity,
): Issue[] {
  const out: Issue[] = [];
  let unnamed = 0;
  for (const key of keys) {
    if (typeof key === "string" && isFieldName(key))
      out.push(createIssue("SCHEMA_UNKNOWN_KEY", [...path, key], { severity }));
    else unnamed++;
  }
  if (unnamed > 0)
    out.push(createIssue("SCHEMA_UNRECOGNIZED_KEYS", path, { severity, params: { count: unnamed } }));
  return out;
}

/** How {@link issuesFromZod} reports what the schema alone cannot say. */
export interface ZodIssueOptions {
  /**
   * The severity of an unknown key (default `"error"`): a caller whose unknown keys cannot change a
   * verdict may lower it to `"warning"` and say why where it does.
   */
  readonly unknownKeySeverity?: Severity;
}

/**
 * Converts zod issues into library issues with stable `SCHEMA_*` codes. Only the kind of problem,
 * the path and the schema's own limits are kept: zod's messages and any `input` are dropped, so no
 * submitted value can leak into an issue. A `custom` zod issue may name a library code in
 * `params.code` (with `params.basis`) to keep a refinement's own code. Pass the parsed `input` to
 * tell a missing field (`INPUT_REQUIRED`) from one of the wrong type (`SCHEMA_INVALID_TYPE`). An
 * unknown key of a strict object gives one issue per key (see {@link unknownKeyIssues}).
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * const parsed = z.object({ age: z.number().min(18) }).safeParse({ age: 12 });
 * if (!parsed.success) issuesFromZod(parsed.error.issues, ["worker"], { age: 12 });
 * //=> [{ code: "SCHEMA_TOO_SMALL", severity: "error", path: ["worker", "age"], params: { minimum: 18 } }]
 * ```
 */
export function issuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  basePath: readonly PathSegment[] = [],
  input?: unknown,
  options?: ZodIssueOptions,
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = pathOf(basePath, issue.path);
    // A missing field fails as a type (`invalid_type`), an enum (`invalid_value`) or a union
    // (`invalid_union`) alike; say what it is: required.
    if (
      (issue.code === "invalid_value" || issue.code === "invalid_union") &&
      input !== undefined &&
      !isPresent(input, issue.path)
    ) {
      out.push(createIssue("INPUT_REQUIRED", path));
      continue;
    }
    switch (issue.code) {
      case "invalid_type":
        out.push(
          createIssue(!isPresent(input, issue.path) ? "INPUT_REQUIRED" : "SCHEMA_INVALID_TYPE", path, {
            params: { expected: String(issue.expected) },
          }),
        );
        break;
      case "too_small":
        out.push(createIssue("SCHEMA_TOO_SMALL", path, { params: { minimum: boundOf(issue.minimum) } }));
        break;
      case "too_big":
        out.push(createIssue("SCHEMA_TOO_BIG", path, { params: { maximum: boundOf(issue.maximum) } }));
        break;
      case "invalid_format":
        // The pattern itself is not printed: it names no field a clerk knows.
        out.push(createIssue("SCHEMA_INVALID_FORMAT", path));
        break;
      case "invalid_value":
        // The allowed values are the schema's own codes; the message prints them by name.
        out.push(
          createIssue("SCHEMA_INVALID_VALUE", path, {
            params: { allowed: issue.values.map(String).join(", ") },
          }),
        );
        break;
      case "unrecognized_keys":
        // The unknown keys are input too (a key may be a NIK or a name): only those that read as
        // field names are put in a path; the others are counted at the object's path.
        out.push(...unknownKeyIssues(issue.keys, path, options?.unknownKeySeverity ?? "error"));
        break;
      case "custom": {
        const params = (issue.params ?? {}) as Record<string, unknown>;
        const code = typeof params.code === "string" ? (params.code as IssueCode) : "SCHEMA_INVALID";
        const extra: { params?: IssueParams; basis?: string } = {};
        if (typeof params.basis === "string") extra.basis = params.basis;
        out.push(createIssue(code, path, extra));
        break;
      }
      default:
        out.push(createIssue("SCHEMA_INVALID", path));
    }
  }
  return out;
}
