import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AvailableEvent,
  applyEvent,
  availableEvents,
  type Case,
  checkDossier,
} from "../../src/index.js";
import { bornOn, patch, validContext, validDossier } from "../documents/fixtures.js";
import { runs } from "../runs.js";
import { at, events, PRE_PLACEMENT_ROWS } from "./fixtures.js";
import { caseOf, codesOf, next } from "./helpers.js";

// Issue 15, "one rule, one place": the lifecycle guards and the dossier rules decide the minimum age,
// the mandatory programmes and the pre-work cover through the same predicates. These properties hold
// the two public entry points (applyEvent on a case, checkDossier on a dossier) to one verdict on the
// same facts, and both to an oracle written here from the law notes (LIFECYCLE.md §3.1, §3.4, §3.5,
// §5), not computed by the library.

// --- Independent calendar arithmetic (plain UTC Date, not the library's date helpers) ---------------

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

/** Whole years from `birth` to `on`, a birthday counting on the day (29 February: on 1 March). */
function oracleAge(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** `start` plus `months` calendar months, the day clamped to the target month's last day. */
function oracleAddMonths(start: string, months: number): string {
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(start.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

// --- Generators -------------------------------------------------------------------------------------

/** A birth date in 2000–2008, with 29 February of the leap years weighted in. */
const birthDate = fc.oneof(
  fc
    .record({ year: fc.integer({ min: 2000, max: 2008 }), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ year, month }) =>
      fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => `${year}-${pad(month)}-${pad(day)}`),
    ),
  fc.constantFrom("2000-02-29", "2004-02-29", "2008-02-29"),
);

/** A date within `spread` days of the 18th birthday (Date.UTC rolls 29 February over to 1 March). */
const aroundEighteenth = (birth: string, spread: number) =>
  fc
    .integer({ min: -spread, max: spread })
    .map((offset) =>
      iso(
        Date.UTC(Number(birth.slice(0, 4)) + 18, Number(birth.slice(5, 7)) - 1, Number(birth.slice(8, 10))) +
          offset * DAY,
      ),
    );

const birthAndRegistration = birthDate.chain((birth) =>
  aroundEighteenth(birth, 3).map((registration) => ({ birth, registration })),
);

const DOSSIER_DEPARTURE = "2027-03-01";

// --- The two verdicts --------------------------------------------------------------------------------

/** Whether the `ageAtRegistration` guard refuses a registration of a worker born on `birth`. */
function guardRefusesAge(birth: string, registration: string): boolean {
  const result = applyEvent(undefined, {
    type: "Registered",
    seq: 1,
    at: at(registration),
    route: "P3MI",
    worker: { sex: "F", birthDate: birth },
  });
  const codes = codesOf(result);
  // Nothing else may refuse this registration: the verdict is the age guard's alone.
  expect(codes.filter((code) => code !== "GUARD_AGE_BELOW_MINIMUM")).toEqual([]);
  return codes.includes("GUARD_AGE_BELOW_MINIMUM");
}

/** Whether `checkDossier`'s MINIMUM_AGE rule refuses the same worker registered on `registration`. */
function dossierRefusesAge(birth: string, registration: string): boolean {
  const check = checkDossier(bornOn(validDossier(DOSSIER_DEPARTURE), birth), {
    ...validContext(DOSSIER_DEPARTURE),
    registrationDate: registration,
  });
  const found = check.issues.filter((issue) => issue.code === "AGE_BELOW_MINIMUM_AT_REGISTRATION");
  for (const issue of found) expect(issue.severity).toBe("error");
  return found.length > 0;
}

describe("minimum age: the ageAtRegistration guard and the MINIMUM_AGE rule agree", () => {
  it("on random birth dates within three days of the 18th birthday", () => {
    fc.assert(
      fc.property(birthAndRegistration, ({ birth, registration }) => {
        const expected = oracleAge(birth, registration) < 18;
        expect(guardRefusesAge(birth, registration)).toBe(expected);
        expect(dossierRefusesAge(birth, registration)).toBe(expected);
      }),
      { numRuns: runs(120) },
    );
  });

  it.each([
    // [birth date, registration date, refused]
    ["2007-06-01", "2025-06-01", false], // the 18th birthday itself counts
    ["2007-06-01", "2025-05-31", true], // the day before
    ["2004-02-29", "2022-02-28", true], // a leap-day birthday in a common year: still 17 on 28 Feb
    ["2004-02-29", "2022-03-01", false], // … and 18 on 1 March
    ["2000-02-29", "2018-02-28", true],
    ["2000-02-29", "2018-03-01", false],
    ["2006-02-28", "2024-02-28", false], // 28 February birthday in a leap year: 18 on the day
    ["2006-03-01", "2024-02-29", true], // 29 February of the 18th year, birthday the day after
  ] as const)("born %s, registered %s: refused %s", (birth, registration, refused) => {
    expect(guardRefusesAge(birth, registration)).toBe(refused);
    expect(dossierRefusesAge(birth, registration)).toBe(refused);
  });
});

// --- Mandatory programmes ----------------------------------------------------------------------------

/** The case just before social security is registered (route P3MI, policy of 2025). */
const beforeSocialSecurity = caseOf(events(...PRE_PLACEMENT_ROWS.slice(0, 7)));

const MANDATORY = ["JKK", "JKM"] as const; // LIFECYCLE.md §3.4: JKK and JKM mandatory, JHT optional

describe("mandatory programmes: the mandatoryPrograms guard and the SOCIAL_SECURITY rule agree", () => {
  it("on random sets of programmes", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(["JKK", "JKM", "JHT"] as const, { minLength: 1 }), (programs) => {
        const missing = MANDATORY.filter((program) => !programs.includes(program));
        const guard = next(beforeSocialSecurity, "SocialSecurityRegistered", at("2025-02-01"), { programs });
        expect(codesOf(guard)).toEqual(missing.length > 0 ? ["GUARD_SOCIAL_SECURITY_PROGRAMS_MISSING"] : []);
        if (!guard.ok) expect(guard.issues[0]?.params).toEqual({ programs: missing.join(", ") });
        const check = checkDossier(patch(validDossier(), { SOCSEC_CARD: { programs } }), validContext());
        const reported = check.issues
          .filter((issue) => issue.code === "SOCSEC_PROGRAM_MISSING")
          .map((issue) => issue.params?.program);
        expect(reported).toEqual(missing);
      }),
      { numRuns: runs(60) },
    );
  });
});

// --- Pre-work cover ----------------------------------------------------------------------------------

/** The case ready to depart (every document in, OPP done), social security registered 2025-02-01. */
const readyToDepart = caseOf(events(...PRE_PLACEMENT_ROWS));

const PRE_WORK_COVER_MONTHS = 5; // LIFECYCLE.md §3.5 item 4 and §5: registration + 5 months ≥ departure

/** A registration date from 2025-02-26 to 2025-10-31 (month ends included), after the last event. */
const coverRegistration = fc.oneof(
  fc.integer({ min: 0, max: 247 }).map((days) => iso(Date.UTC(2025, 1, 26) + days * DAY)),
  fc.constantFrom("2025-03-31", "2025-05-31", "2025-08-31", "2025-09-30", "2025-10-31"),
);

/** A departure within four days of the cover's last day. */
const registrationAndDeparture = coverRegistration.chain((registration) => {
  const lastDay = oracleAddMonths(registration, PRE_WORK_COVER_MONTHS);
  return fc
    .integer({ min: -4, max: 4 })
    .map((offset) => ({ registration, lastDay, departure: iso(Date.parse(lastDay) + offset * DAY) }));
});

function guardRefusesCover(registration: string, departure: string): boolean {
  const renewed = next(readyToDepart, "SocialSecurityRegistered", at(registration), {
    programs: ["JKK", "JKM"],
  });
  if (!renewed.ok) expect.fail(`renewal refused: ${codesOf(renewed).join(", ")}`);
  return codesOf(next(renewed.value, "Departed", at(departure))).includes("GUARD_PRE_WORK_COVER_EXPIRED");
}

function dossierRefusesCover(registration: string, departure: string): boolean {
  const dossier = patch(validDossier(departure), { SOCSEC_CARD: { registrationDate: registration } });
  const check = checkDossier(dossier, validContext(departure));
  const found = check.issues.filter((issue) => issue.code === "SOCSEC_PRE_WORK_COVER_EXPIRED");
  for (const issue of found) expect(issue.severity).toBe("error");
  return found.length > 0;
}

describe("pre-work cover: the preWorkCoverActive guard and the SOCIAL_SECURITY rule agree", () => {
  it("on random registrations, departing around the cover's last day", () => {
    fc.assert(
      fc.property(registrationAndDeparture, ({ registration, lastDay, departure }) => {
        const expected = departure > lastDay;
        expect(guardRefusesCover(registration, departure)).toBe(expected);
        expect(dossierRefusesCover(registration, departure)).toBe(expected);
      }),
      { numRuns: runs(60) },
    );
  });

  it.each([
    // [registration, departure, refused]
    ["2025-03-01", "2025-08-01", false], // the last day counts
    ["2025-03-01", "2025-08-02", true],
    ["2025-09-30", "2026-02-28", false], // 30 September + 5 months is clamped to 28 February
    ["2025-09-30", "2026-03-01", true],
    ["2025-10-31", "2026-03-31", false],
    ["2025-10-31", "2026-04-01", true],
  ] as const)("registered %s, departing %s: refused %s", (registration, departure, refused) => {
    expect(guardRefusesCover(registration, departure)).toBe(refused);
    expect(dossierRefusesCover(registration, departure)).toBe(refused);
  });
});

// --- Pre-work cover on the individual route ----------------------------------------------------------

// The guard used to judge every route by the 5-month pre-work cover, as a refusal; the dossier rule
// judges the individual route by its 1-month pre-departure JKM cover (REGULATIONS.md §11), which the
// policy records as a warning. The notes decide: the guard now follows the rule, and a warning does
// not refuse a departure.

const individualRegistered = caseOf(
  events([
    "Registered",
    at("2025-01-06"),
    { route: "INDIVIDUAL", worker: { sex: "F", birthDate: "1999-01-01" } },
  ]),
);

const INDIVIDUAL_COVER_MONTHS = 1; // REGULATIONS.md §11: up to 1 month of pre-departure JKM cover

const individualCase = fc
  .integer({ min: 0, max: 300 })
  .map((days) => iso(Date.UTC(2025, 0, 7) + days * DAY))
  .chain((registration) =>
    fc.record({
      registration: fc.constant(registration),
      months: fc.constantFrom(INDIVIDUAL_COVER_MONTHS, PRE_WORK_COVER_MONTHS),
      offset: fc.integer({ min: -3, max: 3 }),
    }),
  )
  .map(({ registration, months, offset }) => {
    const lastDay = oracleAddMonths(registration, months);
    return {
      registration,
      departure: iso(Date.parse(lastDay) + offset * DAY),
      lapsed:
        iso(Date.parse(lastDay) + offset * DAY) > oracleAddMonths(registration, INDIVIDUAL_COVER_MONTHS),
    };
  });

describe("pre-work cover on the individual route: a lapse warns in both places and refuses in neither", () => {
  it("around the 1-month and the 5-month ends", () => {
    fc.assert(
      fc.property(individualCase, ({ registration, departure, lapsed }) => {
        const registered = next(individualRegistered, "SocialSecurityRegistered", at(registration), {
          programs: ["JKK", "JKM"],
        });
        if (!registered.ok) expect.fail(`registration refused: ${codesOf(registered).join(", ")}`);
        expect(codesOf(next(registered.value, "Departed", at(departure)))).not.toContain(
          "GUARD_PRE_WORK_COVER_EXPIRED",
        );
        const dossier = patch(validDossier(departure), { SOCSEC_CARD: { registrationDate: registration } });
        const check = checkDossier(dossier, { ...validContext(departure), route: "INDIVIDUAL" });
        const found = check.issues.filter((issue) => issue.code === "SOCSEC_PRE_WORK_COVER_EXPIRED");
        expect(found.map((issue) => issue.severity)).toEqual(lapsed ? ["warning"] : []);
      }),
      { numRuns: runs(40) },
    );
  });
});

// --- availableEvents offers what the dossier rule allows ---------------------------------------------

// The same properties through `availableEvents`, the question an app asks before it shows a button.
// A guard that reads the event's payload (the birth date of `Registered`, the programmes of
// `SocialSecurityRegistered`) cannot be judged without it: availableEvents lists its code in
// `pendingChecks` and does not refuse the event, and the event is offered with a payload exactly when
// applying it is accepted. A guard on the case and the date (the pre-work cover at departure) is
// judged by availableEvents itself, on `options.at`.

/** The entry of `type` in availableEvents, failing the test when the list is refused. */
function entryOf(current: Case | undefined, type: string, date: string): AvailableEvent {
  const listed = availableEvents(current, { at: at(date) });
  if (!listed.ok) return expect.fail(`availableEvents refused: ${codesOf(listed).join(", ")}`);
  const entry = listed.value.find((event) => event.type === type);
  if (entry === undefined) return expect.fail(`${type} is not listed`);
  return entry;
}

/** Whether `Registered` is offered for a worker born on `birth`: listed, its age check deferred, and accepted. */
function offersRegistration(birth: string, registration: string): boolean {
  const entry = entryOf(undefined, "Registered", registration);
  expect(entry.available).toBe(true);
  expect(entry.pendingChecks).toContain("GUARD_AGE_BELOW_MINIMUM");
  return !guardRefusesAge(birth, registration);
}

describe("availableEvents and the dossier rules agree on the same facts", () => {
  it("minimum age: Registered is offered exactly when MINIMUM_AGE passes", () => {
    fc.assert(
      fc.property(birthAndRegistration, ({ birth, registration }) => {
        expect(offersRegistration(birth, registration)).toBe(!dossierRefusesAge(birth, registration));
      }),
      { numRuns: runs(60) },
    );
  });

  it("mandatory programmes: SocialSecurityRegistered is offered exactly when SOCIAL_SECURITY passes", () => {
    const entry = entryOf(beforeSocialSecurity, "SocialSecurityRegistered", "2025-02-01");
    expect(entry.available).toBe(true);
    expect(entry.pendingChecks).toContain("GUARD_SOCIAL_SECURITY_PROGRAMS_MISSING");
    fc.assert(
      fc.property(fc.shuffledSubarray(["JKK", "JKM", "JHT"] as const, { minLength: 1 }), (programs) => {
        const accepted = next(beforeSocialSecurity, "SocialSecurityRegistered", at("2025-02-01"), {
          programs,
        }).ok;
        const check = checkDossier(patch(validDossier(), { SOCSEC_CARD: { programs } }), validContext());
        const passes = !check.issues.some((issue) => issue.code === "SOCSEC_PROGRAM_MISSING");
        expect(entry.available && accepted).toBe(passes);
      }),
      { numRuns: runs(30) },
    );
  });

  it("pre-work cover: availableEvents refuses Departed for the cover exactly when SOCIAL_SECURITY does", () => {
    fc.assert(
      fc.property(registrationAndDeparture, ({ registration, departure }) => {
        const renewed = next(readyToDepart, "SocialSecurityRegistered", at(registration), {
          programs: ["JKK", "JKM"],
        });
        if (!renewed.ok) return expect.fail(`renewal refused: ${codesOf(renewed).join(", ")}`);
        // The case's own documents are judged on the departure date too (a health certificate
        // months old is out of its window), so the cover guard's verdict is compared, not `available`.
        const entry = entryOf(renewed.value, "Departed", departure);
        const refused = entry.issues.some((issue) => issue.code === "GUARD_PRE_WORK_COVER_EXPIRED");
        expect(refused).toBe(dossierRefusesCover(registration, departure));
        if (refused) expect(entry.available).toBe(false);
      }),
      { numRuns: runs(40) },
    );
  });
});
