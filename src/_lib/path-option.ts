import type { PathSegment } from "../core/issue.js";
import { ownField } from "./read-once.js";

const NO_PATH: readonly PathSegment[] = Object.freeze([]);

/**
 * The `path` option of a parser, for its issues: the options' own `path` when it is an array, else
 * `[]` (no options, `null`, a path of another type, or one inherited from a prototype). Options come
 * from the caller's code, so a wrong one is ignored as the parsers always have, never a crash.
 * @internal
 */
export function pathOption(options: unknown): readonly PathSegment[] {
  const path = ownField(options, "path");
  return Array.isArray(path) ? (path as readonly PathSegment[]) : NO_PATH;
}
