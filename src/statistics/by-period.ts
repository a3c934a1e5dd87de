import { PekerjaMigranError } from "../core/index.js";
import type { Dimension } from "./dimension.js";
import { dayOf, type Granularity, isGranularity, periodOfDate } from "./period.js";

/**
 * A dimension keyed by the period (month, quarter, semester or year) of a date field, e.g. the
 * departure date of placements. The field holds a `YYYY-MM-DD` date or an instant with an offset
 * (taken on the day as written, so the key is the same in every time zone); anything else is
 * counted under `UNKNOWN_KEY`.
 *
 * @param granularity - `"month"` (`"2024-09"`), `"quarter"` (`"2024-Q3"`), `"semester"` (`"2024-S2"`) or `"year"` (`"2024"`)
 * @param field - the date field of the records, or a function that reads it (default `"date"`)
 * @param name - the dimension's name (default: the granularity)
 * @throws `PekerjaMigranError` (from the root) `INVALID_ARGUMENT` for an unknown granularity (a programmer error)
 *
 * @example
 * ```ts
 * tally([{ date: "2024-09-02" }, { date: "2024-08-31T23:00:00+07:00" }], byPeriod("month", "date"));
 * //=> ok, rows [{ keys: ["2024-08"], count: 1 }, { keys: ["2024-09"], count: 1 }]
 * ```
 */
export function byPeriod(
  granularity: Granularity,
  field: string | ((record: unknown) => unknown) = "date",
  name: string = granularity,
): Dimension {
  if (!isGranularity(granularity)) {
    throw new PekerjaMigranError("INVALID_ARGUMENT", "granularity must be month, quarter, semester or year", {
      argument: "granularity",
    });
  }
  const read =
    typeof field === "function"
      ? field
      : (record: unknown) =>
          typeof record === "object" && record !== null
            ? (record as Readonly<Record<string, unknown>>)[field]
            : undefined;
  return {
    name,
    key: (record) => {
      const day = dayOf(read(record));
      return day === undefined ? undefined : periodOfDate(day, granularity);
    },
  };
}
