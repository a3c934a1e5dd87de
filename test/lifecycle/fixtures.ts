// Shared fixtures: a P3MI caregiver from Pangkalpinang (Bangka Belitung) placed in Taiwan. The
// person is invented; the NIK is built by the rules of UU 23/2006 (female: day + 40).
import type { LifecycleEvent } from "../../src/index.js";

export const NIK = "1971014101990001";
export const BIRTH_DATE = "1999-01-01";
export const at = (date: string, time = "09:00") => `${date}T${time}:00+07:00`;

export const DOCUMENTS = {
  KTP_EL: { nik: NIK, name: "Siti Aminah", birthDate: BIRTH_DATE, sex: "F" },
  KK: { number: "1971010101200001" },
  SIP3MI: { number: "SIP3MI-001", status: "ACTIVE" },
  SIP2MI: {
    number: "SIP2MI-2025-001",
    status: "ACTIVE",
    destination: "TW",
    positions: ["CAREGIVER"],
    issueDate: "2024-12-01",
    expiryDate: "2025-12-01",
  },
  JOB_ORDER: { destination: "TW", positions: ["CAREGIVER"], verifiedDate: "2024-11-20" },
  COOP_AGREEMENT: { signedDate: "2024-10-01" },
  MARITAL_STATUS: { status: "SINGLE", issueDate: "2025-01-10" },
  FAMILY_CONSENT: {
    consenterName: "Ahmad",
    relation: "FATHER",
    signedDate: "2025-01-10",
    acknowledgedBy: { role: "LURAH" },
  },
  COMPETENCY_CERT: { number: "LSP-123", issueDate: "2025-02-01" },
  HEALTH_CERT: { destination: "TW", issueDate: "2025-01-20", conclusion: "FIT" },
  PASSPORT: {
    number: "X1234567",
    name: "Siti Aminah",
    birthDate: BIRTH_DATE,
    sex: "F",
    issueDate: "2025-01-15",
    expiryDate: "2035-01-15",
  },
  WORK_VISA: { number: "V-1", destination: "TW", validUntil: "2028-03-01" },
  PLACEMENT_AGREEMENT: { signedDate: "2025-01-25" },
  EMPLOYMENT_CONTRACT: {
    signedDate: "2025-02-10",
    employerName: "Wang Household",
    employerProfile: "Household in Taipei",
    employerAddress: "Taipei",
    workerName: "Siti Aminah",
    workerIdNumber: NIK,
    workerAddress: "Pangkalpinang",
    position: "CAREGIVER",
    jobDescription: "Care of an elderly person",
    destination: "TW",
    startDate: "2025-03-05",
    durationMonths: 24,
    wage: { amount: 20000, currency: "TWD", paymentMethod: "Bank transfer" },
    clauses: [
      "RIGHTS_AND_OBLIGATIONS",
      "WORKING_HOURS_REST_AND_LEAVE",
      "OVERTIME_AND_BONUS",
      "FACILITIES",
      "SOCIAL_SECURITY",
      "EXTENSION",
      "TERMINATION",
      "END_OF_CONTRACT",
      "DISPUTE_SETTLEMENT",
      "RETURN",
      "SAFETY_GUARANTEE",
    ],
  },
  SOCSEC_CARD: { membershipNumber: "BPJS-1", programs: ["JKK", "JKM"], registrationDate: "2025-02-01" },
  OPP_CERT: { date: "2025-02-25", hours: 10 },
  E_KPMI: { number: "EPMI-1", cardType: "E_PMI", issueDate: "2025-02-25" },
} as const;

type Payload = Record<string, unknown>;
/** Builds events with consecutive seq numbers from [type, date, payload] triples. */
export function events(...rows: readonly (readonly [string, string, Payload?])[]): LifecycleEvent[] {
  return rows.map(
    ([type, when, payload], i) => ({ type, seq: i + 1, at: when, ...(payload ?? {}) }) as LifecycleEvent,
  );
}

export const submit = (kind: keyof typeof DOCUMENTS, when: string) =>
  ["DocumentSubmitted", when, { kind, document: DOCUMENTS[kind] }] as const;

/** The pre-placement part of the journey, up to the day before departure. */
/** An extension executed as UU 18/2017 Pasal 17 and Perban BP2MI 1/2020 require, with the same employer. */
export const EXTENSION_APPROVAL = {
  employerId: "EMP-TW-1",
  contractEndDate: "2029-03-04",
  executedBeforeMissionOfficial: true,
  reportVerifiedByMission: true,
  familyConsentRenewed: true,
  socialSecurityExtended: true,
} as const;

export const PRE_PLACEMENT_ROWS = [
  [
    "Registered",
    at("2025-01-06"),
    { route: "P3MI", worker: { sex: "F", birthDate: BIRTH_DATE, provinceCode: "19", regencyCode: "1971" } },
  ],
  [
    "JobOrderAssigned",
    at("2025-01-07"),
    {
      jobOrderId: "JO-TW-2025-17",
      destination: "TW",
      position: "CAREGIVER",
      employerType: "INDIVIDUAL_HOUSEHOLD",
      sector: "INFORMAL",
      employerId: "EMP-TW-1",
      verifiedByMission: true,
      sip2miIssued: true,
    },
  ],
  ["SelectionStarted", at("2025-01-08"), { jobOrderId: "JO-TW-2025-17" }],
  ["SelectionPassed", at("2025-01-09")],
  ["MedicalFit", at("2025-01-20")],
  ["PlacementAgreementSigned", at("2025-01-25")],
  ["CompetencyCertified", at("2025-02-01")],
  ["SocialSecurityRegistered", at("2025-02-01"), { programs: ["JKK", "JKM"] }],
  ...(Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[])
    .filter((kind) => kind !== "OPP_CERT" && kind !== "E_KPMI")
    .map((kind) => submit(kind, at("2025-02-20"))),
  ["DocumentsCompleted", at("2025-02-21")],
  ["OppCompleted", at("2025-02-25")],
  submit("OPP_CERT", at("2025-02-25", "12:00")),
  ["EKpmiIssued", at("2025-02-25", "15:00")],
  submit("E_KPMI", at("2025-02-25", "15:05")),
] as const satisfies readonly (readonly [string, string, Payload?])[];
