import type { Instant } from "../../core/index.js";

const offsetOf = (instant: Instant): string => (instant.endsWith("Z") ? "Z" : instant.slice(-6));

/**
 * Whether instant `a` is strictly before `b`, for instants already validated by the event schema
 * (core `isInstant`). Two instants written in the same shape and offset order as strings, which
 * spares the parse on the hot path; otherwise they are compared as moments.
 * @internal
 */
export function isInstantBefore(a: Instant, b: Instant): boolean {
  if (a.length === b.length && offsetOf(a) === offsetOf(b)) return a < b;
  return Date.parse(a) < Date.parse(b);
}
