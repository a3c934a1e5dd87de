import { PekerjaMigranError } from "../errors.js";
import { createIssue, type PathSegment } from "../issue.js";
import { err, ok, type Result } from "../result.js";
import { type CalendarDate, isRealDate } from "./calendar-date.js";

/** An instant written as an ISO 8601 date-time with an explicit offset, e.g. `2025-01-31T09:00:00+07:00`. */
export type Instant = string;

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether a value is an ISO 8601 date-time with an offset (`Z` or `±HH:MM`). Without an offset an
 * instant would depend on the reader's time zone, so such strings are refused.
 *
 * @example
 * ```ts
 * isInstant("2025-01-31T09:00:00+07:00"); //=> true
 * isInstant("2025-01-31T02:00Z");         //=> true
 * isInstant("2025-01-31T09:00:00");       //=> false (no offset)
 * ```
 */
export function isInstant(value: unknown): value is Instant {
  if (typeof value !== "string" || value.length > 40) return false;
  const match = INSTANT_PATTERN.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Validates outside data as an {@link Instant}.
 *
 * @example
 * ```ts
 * parseInstant("2025-01-31T09:00:00+07:00").ok; //=> true
 * parseInstant("yesterday").ok; //=> false (issue DATETIME_INVALID)
 * ```
 */
export function parseInstant(value: unknown, path: readonly PathSegment[] = []): Result<Instant> {
  return isInstant(value) ? ok(value) : err([createIssue("DATETIME_INVALID", path)]);
}

/**
 * The calendar date of an instant as written, in its own offset: the day on the clock of the person
 * who recorded it, the same in every time zone the code runs in.
 *
 * @example
 * ```ts
 * dateOfInstant("2025-01-31T23:30:00+07:00"); //=> "2025-01-31"
 * dateOfInstant("2025-01-31T23:30:00Z");      //=> "2025-01-31"
 * ```
 */
export function dateOfInstant(instant: Instant): CalendarDate {
  if (!isInstant(instant)) {
    throw new PekerjaMigranError("INVALID_ARGUMENT", "instant must be an ISO 8601 date-time with an offset", {
      argument: "instant",
    });
  }
  return instant.slice(0, 10);
}

/**
 * Compares two instants by the moment they name (offsets taken into account).
 *
 * @example
 * ```ts
 * compareInstants("2025-01-31T09:00:00+07:00", "2025-01-31T02:00:00Z"); //=> 0
 * compareInstants("2025-01-31T09:00:00+07:00", "2025-01-31T09:00:00Z"); //=> -1
 * ```
 */
export function compareInstants(a: Instant, b: Instant): -1 | 0 | 1 {
  if (!isInstant(a) || !isInstant(b)) {
    throw new PekerjaMigranError("INVALID_ARGUMENT", "instants must be ISO 8601 date-times with an offset", {
      argument: isInstant(a) ? "b" : "a",
    });
  }
  const difference = Date.parse(a) - Date.parse(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}
