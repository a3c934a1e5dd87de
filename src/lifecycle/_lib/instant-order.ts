import type { Instant } from "../../core/index.js";

/** Whether two instants of the same length end in the same offset (`Z` or `±hh:mm`), read in place. */
function sameOffset(a: Instant, b: Instant): boolean {
  const n = a.length;
  if (a.charCodeAt(n - 1) === 90 || b.charCodeAt(n - 1) === 90) {
    return a.charCodeAt(n - 1) === b.charCodeAt(n - 1);
  }
  for (let i = n - 6; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether instant `a` is strictly before `b`, for instants already validated by the event schema
 * (core `isInstant`). Two instants written in the same shape and offset order as strings, which
 * spares the parse on the hot path; otherwise they are compared as moments.
 * @internal
 */
export function isInstantBefore(a: Instant, b: Instant): boolean {
  if (a.length === b.length && sameOffset(a, b)) return a < b;
  return Date.parse(a) < Date.parse(b);
}
