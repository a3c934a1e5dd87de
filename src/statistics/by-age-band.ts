import { isCalendarDate } from "../_lib/dates/calendar-date.js";
import { ageOn } from "../_lib/dates/difference.js";
import { invalidArgument } from "../_lib/invalid-argument.js";
import type { CalendarDate } from "../core/index.js";
import type { Dimension } from "./dimension.js";

/**
 * The labels of age bands with the given lower bounds: `[18, 25, 35]` gives `"<18"`, `"18-24"`,
 * `"25-34"`, `"35+"`.
 * @internal
 */
export function ageBandLabels(bounds: readonly number[]): string[] {
  const labels = [`<${bounds[0]}`];
  bounds.forEach((lower, i) => {
    const next = bounds[i + 1];
    labels.push(next === undefined ? `${lower}+` : `${lower}-${next - 1}`);
  });
  return labels;
}

/**
 * A dimension keyed by age band on a given date, from a birth-date field: `bounds` are the lower
 * bounds of the bands in whole years, ascending (`[18, 25, 35, 45]` gives `"<18"`, `"18-24"`,
 * `"25-34"`, `"35-44"`, `"45+"`). Age is the age on a date (the birthday counts on the day itself). A
 * missing or invalid birth date, or one after `onDate`, is counted under `UNKNOWN_KEY`.
 *
 * @param bounds - ascending whole-year lower bounds, at least one
 * @param onDate - the date ages are taken on (e.g. the end of the reporting period), `YYYY-MM-DD`
 * @param field - the birth-date field (default `"birthDate"`) or a function reading it
 * @param name - the dimension's name (default `"ageBand"`)
 * @throws `PekerjaMigranError` (from the root) `INVALID_ARGUMENT` for bounds that are not ascending whole
 *   numbers or an invalid `onDate` (programmer errors)
 *
 * @example
 * ```ts
 * const byAge = byAgeBand([18, 25, 35], "2024-12-31");
 * tally([{ birthDate: "2000-01-01" }, { birthDate: "2006-12-31" }, {}], byAge);
 * //=> ok, rows [{ keys: ["18-24"], count: 2 }, { keys: ["UNKNOWN"], count: 1 }]
 * ```
 */
export function byAgeBand(
  bounds: readonly number[],
  onDate: CalendarDate,
  field: string | ((record: unknown) => unknown) = "birthDate",
  name = "ageBand",
): Dimension {
  if (
    !Array.isArray(bounds) ||
    bounds.length === 0 ||
    bounds.some((b, i) => !Number.isSafeInteger(b) || b < 0 || (i > 0 && b <= (bounds[i - 1] as number)))
  ) {
    throw invalidArgument("byAgeBand", "bounds", "ascending non-negative whole numbers");
  }
  if (!isCalendarDate(onDate)) throw invalidArgument("byAgeBand", "onDate", "a YYYY-MM-DD calendar date");
  const labels = ageBandLabels(bounds);
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
      const birthDate = read(record);
      if (!isCalendarDate(birthDate) || birthDate > onDate) return undefined;
      const age = ageOn(birthDate, onDate);
      let band = 0;
      while (band < bounds.length && age >= (bounds[band] as number)) band++;
      return labels[band];
    },
  };
}
