import { describe, expect, it } from "vitest";
import { checkDossier, type Dossier, type IssueCode } from "../../src/index.js";
import { bornOn, patch, validContext, validDossier } from "./fixtures.js";

// The dated rules at month ends and across 29 February, with the days written out by hand from the
// notes' formulas (LIFECYCLE.md §5), not computed with the library's own date arithmetic. A month
// added to the 31st ends on the last day of a shorter month (31 August + 6 months = 28 February, or
// 29 February in a leap year).

/** The codes of `checkDossier` on a dossier departing on `departure` that name one of `codes`. */
function found(dossier: Dossier, departure: string, codes: readonly IssueCode[]): string[] {
  return checkDossier(dossier, validContext(departure))
    .issues.filter((issue) => codes.includes(issue.code))
    .map((issue) => `${issue.code}:${issue.severity}`);
}

describe("the passport's remaining validity (6 months, a warning) at month ends", () => {
  const cases: [departure: string, expiry: string, warned: boolean][] = [
    ["2025-08-31", "2026-02-27", true],
    ["2025-08-31", "2026-02-28", false],
    ["2027-08-31", "2028-02-28", true],
    ["2027-08-31", "2028-02-29", false],
    ["2025-08-28", "2026-02-27", true],
    ["2025-08-28", "2026-02-28", false],
    ["2026-03-31", "2026-09-29", true],
    ["2026-03-31", "2026-09-30", false],
  ];
  it.each(cases)("departing %s with a passport expiring %s: warned %s", (departure, expiry, warned) => {
    const dossier = patch(validDossier(departure), { PASSPORT: { expiryDate: expiry } });
    expect(
      found(dossier, departure, ["PASSPORT_REMAINING_VALIDITY_SHORT", "PASSPORT_EXPIRES_BEFORE_DEPARTURE"]),
    ).toEqual(warned ? ["PASSPORT_REMAINING_VALIDITY_SHORT:warning"] : []);
  });
});

describe("the health certificate's window (issue date + 3 months ≥ departure) at month ends", () => {
  const cases: [issued: string, departure: string, valid: boolean][] = [
    ["2025-11-30", "2026-02-28", true],
    ["2025-11-30", "2026-03-01", false],
    ["2023-11-30", "2024-02-29", true],
    ["2023-11-30", "2024-03-01", false],
    ["2023-11-28", "2024-02-29", false],
    ["2025-08-31", "2025-11-30", true],
    ["2025-08-31", "2025-12-01", false],
  ];
  it.each(cases)("issued %s, departing %s: valid %s", (issued, departure, valid) => {
    const dossier = patch(validDossier(departure), { HEALTH_CERT: { issueDate: issued } });
    expect(found(dossier, departure, ["HEALTH_CERT_WINDOW_EXCEEDED"])).toEqual(
      valid ? [] : ["HEALTH_CERT_WINDOW_EXCEEDED:error"],
    );
  });
});

describe("the pre-work social-security cover (registration + 5 months ≥ departure) at month ends", () => {
  const cases: [registered: string, departure: string, covered: boolean][] = [
    ["2025-09-30", "2026-02-28", true],
    ["2025-09-30", "2026-03-01", false],
    ["2023-09-30", "2024-02-29", true],
    ["2023-09-30", "2024-03-01", false],
    ["2025-10-31", "2026-03-31", true],
    ["2025-10-31", "2026-04-01", false],
  ];
  it.each(cases)("registered %s, departing %s: covered %s", (registered, departure, covered) => {
    const dossier = patch(validDossier(departure), { SOCSEC_CARD: { registrationDate: registered } });
    expect(found(dossier, departure, ["SOCSEC_PRE_WORK_COVER_EXPIRED"])).toEqual(
      covered ? [] : ["SOCSEC_PRE_WORK_COVER_EXPIRED:error"],
    );
  });
});

describe("the minimum age at departure for a worker born on 29 February", () => {
  // Born 29 February 2008: 18 on 1 March 2026 (2026 has no 29 February), as at registration.
  const cases: [departure: string, old: boolean][] = [
    ["2026-02-28", false],
    ["2026-03-01", true],
  ];
  it.each(cases)("departing %s: 18 years old %s", (departure, old) => {
    const dossier = bornOn(validDossier(departure), "2008-02-29");
    expect(found(dossier, departure, ["AGE_BELOW_MINIMUM_AT_DEPARTURE"])).toEqual(
      old ? [] : ["AGE_BELOW_MINIMUM_AT_DEPARTURE:error"],
    );
  });
});
