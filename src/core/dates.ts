// The two date shapes of the public API. Their checks and arithmetic are private (src/_lib/dates/):
// the library leaves date arithmetic to date-fns.
export type { CalendarDate } from "../_lib/dates/calendar-date.js";
export type { Instant } from "../_lib/dates/instant.js";
