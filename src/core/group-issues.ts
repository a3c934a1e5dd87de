import { invalidArgument, isIterable } from "../_lib/invalid-argument.js";
import type { Issue, PathSegment } from "./issue.js";

/**
 * Issues grouped for a form: those about the input as a whole, and those of each field keyed by
 * its path (`"documents.PASSPORT.expiryDate"`, array indexes as numbers: `"list.2.x"`).
 *
 * @example
 * ```ts
 * const grouped: GroupedIssues = { formIssues: [], fieldIssues: { nik: [createIssue("INPUT_REQUIRED", ["nik"])] } };
 * ```
 */
export interface GroupedIssues {
  /** Issues with an empty path: about the whole input. */
  readonly formIssues: readonly Issue[];
  /** Issues by the dotted path of their field, in the order they were raised. No inherited keys. */
  readonly fieldIssues: Readonly<Record<string, readonly Issue[]>>;
}

/** The key of a path: its segments joined by dots. */
function keyOf(path: readonly PathSegment[]): string {
  return path.map(String).join(".");
}

/**
 * Groups issues by the path of their field, for showing each next to its form field. Modelled on
 * zod's `flattenError`, but it keys by the whole path (not only the first segment) and keeps the
 * issues themselves, so they can be rendered in any locale with {@link formatIssue}. The record
 * has no prototype, so a path such as `"__proto__"` is an ordinary key.
 *
 * @example
 * ```ts
 * const { formIssues, fieldIssues } = groupIssuesByPath([
 *   createIssue("INPUT_NOT_OBJECT"),
 *   createIssue("INPUT_REQUIRED", ["worker", "nik"]),
 * ]);
 * formIssues.length; //=> 1
 * fieldIssues["worker.nik"]?.[0]?.code; //=> "INPUT_REQUIRED"
 * ```
 */
export function groupIssuesByPath(issues: readonly Issue[]): GroupedIssues {
  const formIssues: Issue[] = [];
  const fieldIssues = Object.create(null) as Record<string, Issue[]>;
  if (!isIterable(issues)) throw invalidArgument("groupIssuesByPath", "issues", "a list of issues");
  for (const issue of issues) {
    if (!Array.isArray((issue as Issue | null)?.path)) {
      throw invalidArgument("groupIssuesByPath", "issues", "a list of issues, each with its path");
    }
    if (issue.path.length === 0) {
      formIssues.push(issue);
      continue;
    }
    const key = keyOf(issue.path);
    const list = fieldIssues[key];
    if (list === undefined) fieldIssues[key] = [issue];
    else list.push(issue);
  }
  return { formIssues, fieldIssues };
}
