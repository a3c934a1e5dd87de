import { describe, expect, it } from "vitest";
import { addDaysToDate } from "../../src/_lib/dates/add-to-date.js";
import {
  checkDossier,
  type DocumentKind,
  type Dossier,
  type Issue,
  type IssueCode,
} from "../../src/index.js";
import { basisOf, DEPARTURE, issuesOf, patch, ruleOf, validContext, validDossier } from "./fixtures.js";

// Every dated document is judged on the decisive date (the departure date at the default DEPARTURE
// stage, a week after asOf): issued on or before it, and valid through its end date inclusive.
const DATE_CODES: readonly IssueCode[] = ruleOf("DOCUMENT_DATES").codes;
const BASIS = basisOf("DOCUMENT_DATES");
const POLICY = "ID-2025-P2MI";
const D = DEPARTURE;
const day = (n: number) => addDaysToDate(D, n);

type Fields = Record<string, unknown>;

/** A dated kind: its start field, its end field, and the document it starts from. */
interface Dated {
  readonly kind: DocumentKind;
  readonly start: string | undefined;
  readonly end: string | undefined;
  /** Fields added to (or replacing) the fixture's document so that it carries both dates. */
  readonly base: Fields;
}

const DATED: readonly Dated[] = [
  { kind: "MARITAL_STATUS", start: "issueDate", end: undefined, base: {} },
  { kind: "FAMILY_CONSENT", start: "signedDate", end: undefined, base: {} },
  { kind: "COMPETENCY_CERT", start: "issueDate", end: "expiryDate", base: { expiryDate: day(400) } },
  { kind: "HEALTH_CERT", start: "issueDate", end: "validUntil", base: { validUntil: day(30) } },
  { kind: "PASSPORT", start: "issueDate", end: undefined, base: {} },
  { kind: "SKCK", start: "issueDate", end: "expiryDate", base: { expiryDate: day(60) } },
  { kind: "WORK_VISA", start: "validFrom", end: "validUntil", base: {} },
  { kind: "REENTRY_VISA", start: undefined, end: "validUntil", base: { validUntil: day(90) } },
  { kind: "PLACEMENT_AGREEMENT", start: "signedDate", end: undefined, base: {} },
  { kind: "EMPLOYMENT_CONTRACT", start: "signedDate", end: undefined, base: {} },
  { kind: "SOCSEC_CARD", start: "registrationDate", end: undefined, base: {} },
  { kind: "OPP_CERT", start: "date", end: undefined, base: {} },
  { kind: "E_KPMI", start: "issueDate", end: "expiryDate", base: { expiryDate: day(700) } },
  { kind: "SIP3MI", start: "issueDate", end: "expiryDate", base: { expiryDate: day(700) } },
  { kind: "SIP2MI", start: "issueDate", end: "expiryDate", base: { expiryDate: day(700) } },
  { kind: "COOP_AGREEMENT", start: "signedDate", end: undefined, base: {} },
  { kind: "CALL_LETTER", start: "date", end: undefined, base: { position: "CAREGIVER", date: day(-30) } },
  { kind: "RISK_STATEMENT", start: "signedDate", end: undefined, base: { signedDate: day(-30) } },
];

/** The fixture dossier with `kind`'s document given its base fields and then `fields`. */
function withDates(kind: DocumentKind, base: Fields, fields: Fields): Dossier {
  const dossier = validDossier();
  const documents = dossier.documents as Record<string, Fields | undefined>;
  return { ...dossier, documents: { ...documents, [kind]: { ...documents[kind], ...base, ...fields } } };
}

/** The issues of the DOCUMENT_DATES rule, in order. */
function dateIssues(dossier: Dossier): Issue[] {
  return issuesOf("DOCUMENT_DATES", dossier);
}

function dateIssue(code: IssueCode, kind: DocumentKind, field: string): Issue {
  return {
    code,
    severity: "error",
    path: ["documents", kind, field],
    params: { kind },
    basis: BASIS,
    documentKind: kind,
    policyId: POLICY,
  };
}

describe("document dates, kind by kind", () => {
  it("lists the three codes of the rule and the fixture raises none of them", () => {
    expect(DATE_CODES).toEqual(["DOCUMENT_NOT_YET_VALID", "DOCUMENT_EXPIRED", "DOCUMENT_DATES_INCONSISTENT"]);
    for (const { kind, base } of DATED) expect(dateIssues(withDates(kind, base, {}))).toEqual([]);
  });

  for (const { kind, start, base } of DATED) {
    if (start === undefined) continue;
    it(`${kind}: issued on the decisive day is valid, the day after is not yet valid`, () => {
      expect(dateIssues(withDates(kind, base, { [start]: day(0) }))).toEqual([]);
      expect(dateIssues(withDates(kind, base, { [start]: day(1) }))).toEqual([
        dateIssue("DOCUMENT_NOT_YET_VALID", kind, start),
      ]);
    });
  }

  for (const { kind, start, end, base } of DATED) {
    if (end === undefined) continue;
    it(`${kind}: valid until the decisive day is valid, until the day before has expired`, () => {
      const from = start === undefined ? {} : { [start]: day(-10) };
      expect(dateIssues(withDates(kind, base, { ...from, [end]: day(0) }))).toEqual([]);
      expect(dateIssues(withDates(kind, base, { ...from, [end]: day(-1) }))).toEqual([
        dateIssue("DOCUMENT_EXPIRED", kind, end),
      ]);
    });
  }

  for (const { kind, start, end, base } of DATED) {
    if (start === undefined || end === undefined) continue;
    it(`${kind}: an end date before the start date is inconsistent, and only that is reported`, () => {
      // Both dates after the decisive day: the inconsistency hides "not yet valid".
      expect(dateIssues(withDates(kind, base, { [start]: day(2), [end]: day(1) }))).toEqual([
        dateIssue("DOCUMENT_DATES_INCONSISTENT", kind, end),
      ]);
      // Both dates before it: it also hides "expired".
      expect(dateIssues(withDates(kind, base, { [start]: day(-2), [end]: day(-3) }))).toEqual([
        dateIssue("DOCUMENT_DATES_INCONSISTENT", kind, end),
      ]);
      // One day long, on the decisive day itself: valid.
      expect(dateIssues(withDates(kind, base, { [start]: day(0), [end]: day(0) }))).toEqual([]);
    });
  }

  it("judges the same document on whichever decisive date the context gives", () => {
    const dossier = withDates("SKCK", {}, { issueDate: day(3), expiryDate: day(5) });
    const context = { ...validContext(), departureDate: day(6) };
    const late = checkDossier(dossier, context).issues.filter((i) => DATE_CODES.includes(i.code));
    expect(late).toEqual([dateIssue("DOCUMENT_EXPIRED", "SKCK", "expiryDate")]);
    const early = checkDossier(dossier, { ...context, departureDate: day(2) });
    expect(early.issues.filter((i) => DATE_CODES.includes(i.code))).toEqual([
      dateIssue("DOCUMENT_NOT_YET_VALID", "SKCK", "issueDate"),
    ]);
  });

  it("reports several documents in catalogue order", () => {
    const many = patch(withDates("RISK_STATEMENT", {}, { signedDate: day(1) }), {
      MARITAL_STATUS: { issueDate: day(1) },
      SIP2MI: { expiryDate: day(-1) },
    });
    expect(dateIssues(many)).toEqual([
      dateIssue("DOCUMENT_NOT_YET_VALID", "MARITAL_STATUS", "issueDate"),
      dateIssue("DOCUMENT_EXPIRED", "SIP2MI", "expiryDate"),
      dateIssue("DOCUMENT_NOT_YET_VALID", "RISK_STATEMENT", "signedDate"),
    ]);
  });

  it("judges on asOf at SELECTION and on the registration date at REGISTRATION", () => {
    const context = validContext();
    const asOf = context.asOf;
    const registration = context.registrationDate as string;
    const issuedOn = (date: string) => withDates("SIP2MI", {}, { issueDate: date });
    const judged = (date: string, stage: "SELECTION" | "REGISTRATION") =>
      checkDossier(issuedOn(date), { ...context, stage }).issues.filter(
        (i) => DATE_CODES.includes(i.code) && i.documentKind === "SIP2MI",
      );
    const notYet = [dateIssue("DOCUMENT_NOT_YET_VALID", "SIP2MI", "issueDate")];
    expect(judged(asOf, "SELECTION")).toEqual([]);
    expect(judged(addDaysToDate(asOf, 1), "SELECTION")).toEqual(notYet);
    expect(judged(registration, "REGISTRATION")).toEqual([]);
    expect(judged(addDaysToDate(registration, 1), "REGISTRATION")).toEqual(notYet);
  });

  it("skips a marital-status document without an issue date", () => {
    expect(dateIssues(withDates("MARITAL_STATUS", { issueDate: undefined }, {}))).toEqual([]);
  });
});
