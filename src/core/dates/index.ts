export { addDaysToDate, addMonthsToDate, addYearsToDate } from "./add-to-date.js";
export { type CalendarDate, isCalendarDate } from "./calendar-date.js";
export { compareDates, isDateAfter, isDateBefore } from "./compare-dates.js";
export { ageOn, daysBetween } from "./difference.js";
export { compareInstants, dateOfInstant, type Instant, isInstant, parseInstant } from "./instant.js";
export { parseCalendarDate } from "./parse-calendar-date.js";
