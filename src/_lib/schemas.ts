import * as z from "zod";
import { isCalendarDate } from "./dates/calendar-date.js";
import { isInstant } from "./dates/instant.js";

/**
 * A `YYYY-MM-DD` calendar date. A missing value stays a zod `invalid_type` (→ `INPUT_REQUIRED`);
 * a string that is no real date gives our own `DATE_INVALID` through the custom issue's params.
 * @internal
 */
export function calendarDateSchema() {
  // isCalendarDate checks the length first, so a huge string costs nothing more.
  return z.string().refine(isCalendarDate, { params: { code: "DATE_INVALID" } });
}

/**
 * An instant: an ISO 8601 date-time with an offset, as events and cases carry them. Bounded so a huge
 * string is refused before it is read; a string that is no real instant gives `DATETIME_INVALID`.
 * @internal
 */
export function instantSchema() {
  return z
    .string()
    .max(40)
    .refine(isInstant, { params: { code: "DATETIME_INVALID" } });
}

/**
 * A stable machine code (SCREAMING_SNAKE_CASE), bounded so huge strings are refused cheaply.
 * @internal
 */
export function codeSchema() {
  // One check: the bounded pattern also caps the length (64), cheaper than max() + regex().
  return z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/);
}

/**
 * An ISO 3166-1 alpha-2 country code (upper case).
 * @internal
 */
export function countryCodeSchema() {
  return z.string().regex(/^[A-Z]{2}$/);
}

/**
 * A name the SPSK exception compares with its lists: the destination city or the placing agency
 * (1–100 characters). One form for `checkDossier`'s context, the job order event and the case.
 * @internal
 */
export function spskNameSchema() {
  return z.string().min(1).max(100);
}

/**
 * Caches the result of a schema builder so a schema is built once, on first use, and never at module
 * load (TOOLCHAIN.md: a top-level schema keeps zod in every consumer's bundle).
 * @internal
 */
export function lazy<T>(build: () => T): () => T {
  let cached: T | undefined;
  return () => {
    if (cached === undefined) cached = build();
    return cached;
  };
}
