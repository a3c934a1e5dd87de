// Embedded example data. Every person, NIK and document number here is invented; NIKs are built by
// the rules of UU 23/2006 (birth date DDMMYY with 40 added to the day for women) so that they parse.
import type { Dossier, DossierContext, LifecycleEvent } from "pekerja-migran";

// Calendar arithmetic is the app's (or date-fns'), not the library's: a YYYY-MM-DD date moved by whole days.
const addDaysToDate = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A woman born 2 April 1998, first registered in district 320101 (Kabupaten Bogor, Jawa Barat). */
export const NIK = "3201014204980001";

/**
 * A complete dossier for a P3MI caregiver placement to Taiwan departing on `departure`. The worker
 * card is an E-PMI before the 2025 rules and an E-KPMI under them (Permen P2MI 34/2025).
 */
export function sampleDossier(departure: string, cardType: "E_PMI" | "E_KPMI" = "E_KPMI"): Dossier {
  const day = (offset: number) => addDaysToDate(departure, offset);
  return {
    worker: { pregnant: false },
    documents: {
      KTP_EL: { nik: NIK, name: "Siti Aminah", birthPlace: "Bogor", birthDate: "1998-04-02", sex: "F" },
      KK: {
        number: "3201010101100002",
        headOfFamily: "Ahmad Yani",
        members: [{ nik: NIK, name: "Siti Aminah", birthDate: "1998-04-02", relation: "CHILD" }],
      },
      MARITAL_STATUS: { status: "SINGLE", issueDate: day(-120) },
      FAMILY_CONSENT: {
        consenterName: "Ahmad Yani",
        relation: "FATHER",
        signedDate: day(-118),
        acknowledgedBy: { role: "KEPALA_DESA", date: day(-117) },
      },
      COMPETENCY_CERT: { number: "LSP-0001", competency: "Caregiver", issueDate: day(-90) },
      HEALTH_CERT: { facility: "Klinik Contoh", destination: "TW", issueDate: day(-45), conclusion: "FIT" },
      PASSPORT: {
        number: "X0000001",
        name: "SITI AMINAH",
        birthDate: "1998-04-02",
        sex: "F",
        issueDate: day(-150),
        expiryDate: day(1670),
      },
      SKCK: { number: "SKCK-0001", issueDate: day(-115) },
      WORK_VISA: { number: "V-0001", destination: "TW", validFrom: day(-25), validUntil: day(340) },
      PLACEMENT_AGREEMENT: {
        signedDate: day(-70),
        costs: [
          { component: "DEPARTURE_TICKET", chargedToWorker: 0 },
          { component: "SERVICE_FEE", chargedToWorker: 0 },
        ],
      },
      EMPLOYMENT_CONTRACT: {
        signedDate: day(-60),
        employerName: "Contoh Care Ltd.",
        employerProfile: "Elderly care company",
        employerAddress: "Taipei",
        workerName: "Siti Aminah",
        workerIdNumber: NIK,
        workerAddress: "Cibinong, Bogor",
        position: "CAREGIVER",
        jobDescription: "Care for an elderly person",
        destination: "TW",
        startDate: day(4),
        durationMonths: 24,
        wage: { amount: 20_000, currency: "TWD", paymentMethod: "Bank transfer" },
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
      SOCSEC_CARD: {
        membershipNumber: "BPJS-0001",
        programs: ["JKK", "JKM"],
        registrationDate: day(-40),
        preWorkContribution: 37_500,
      },
      OPP_CERT: { date: day(-10), hours: 10 },
      E_KPMI: { number: "EKPMI-0001", cardType, issueDate: day(-10), destination: "TW" },
      SIP3MI: { number: "SIP3MI-0001", status: "ACTIVE", issueDate: day(-400) },
      SIP2MI: {
        number: "SIP2MI-0001",
        status: "ACTIVE",
        destination: "TW",
        positions: ["CAREGIVER"],
        issueDate: day(-140),
      },
      COOP_AGREEMENT: { signedDate: day(-180) },
      JOB_ORDER: { destination: "TW", positions: ["CAREGIVER"], verifiedDate: day(-150) },
    },
  };
}

/** The context a registration desk or agency passes with the dossier. */
export function sampleContext(departure: string): DossierContext {
  return {
    route: "P3MI",
    workerCategory: "LEGAL_ENTITY_EMPLOYER",
    employerType: "LEGAL_ENTITY",
    destination: "TW",
    position: "CAREGIVER",
    asOf: addDaysToDate(departure, -7),
    registrationDate: addDaysToDate(departure, -140),
    departureDate: departure,
  };
}

export type Row = readonly [type: string, date: string, payload?: Record<string, unknown> | undefined];
const at = (date: string, time = "09:00") => `${date}T${time}:00+07:00`;

/** Numbers a list of [type, date, payload] rows into events with consecutive `seq`. */
export function toEvents(rows: readonly Row[]): LifecycleEvent[] {
  return rows.map(
    ([type, date, payload], i) => ({ type, seq: i + 1, at: at(date), ...payload }) as LifecycleEvent,
  );
}

/** One procedural journey: registration in January 2025, departure in March, return after the contract. */
export function sampleJourney(): Row[] {
  const dossier = sampleDossier("2025-03-03", "E_PMI").documents ?? {};
  const submit = (kind: keyof typeof dossier, date: string): Row => [
    "DocumentSubmitted",
    date,
    { kind, document: dossier[kind] },
  ];
  const beforeOrientation = (Object.keys(dossier) as (keyof typeof dossier)[]).filter(
    (kind) => kind !== "OPP_CERT" && kind !== "E_KPMI",
  );
  return [
    [
      "Registered",
      "2025-01-06",
      {
        route: "P3MI",
        worker: { sex: "F", birthDate: "1998-04-02", provinceCode: "32", regencyCode: "3201" },
      },
    ],
    [
      "JobOrderAssigned",
      "2025-01-07",
      {
        jobOrderId: "JO-TW-0001",
        destination: "TW",
        position: "CAREGIVER",
        employerType: "LEGAL_ENTITY",
        sector: "FORMAL",
        employerId: "EMP-TW-0001",
        verifiedByMission: true,
        sip2miIssued: true,
      },
    ],
    ["SelectionStarted", "2025-01-08", { jobOrderId: "JO-TW-0001" }],
    ["SelectionPassed", "2025-01-09"],
    ["MedicalFit", "2025-01-20"],
    ["PlacementAgreementSigned", "2025-01-25"],
    ["CompetencyCertified", "2025-02-01"],
    ["SocialSecurityRegistered", "2025-02-01", { programs: ["JKK", "JKM"] }],
    ...beforeOrientation.map((kind) => submit(kind, "2025-02-20")),
    ["DocumentsCompleted", "2025-02-21"],
    ["OppCompleted", "2025-02-25"],
    submit("OPP_CERT", "2025-02-25"),
    ["EKpmiIssued", "2025-02-25"],
    submit("E_KPMI", "2025-02-25"),
    ["Departed", "2025-03-03"],
    ["ArrivalReported", "2025-03-04"],
    ["EmploymentStarted", "2025-03-07", { employerId: "EMP-TW-0001", contractEndDate: "2027-03-06" }],
    ["ReturnInitiated", "2027-03-01", { reason: "CONTRACT_ENDED", reportVerifiedByMission: true }],
    ["ArrivedAtDebarkation", "2027-03-02"],
    ["HandedOver", "2027-03-03", { recipient: "FAMILY", witnessedByGovernment: true }],
  ];
}

/** A small cohort of placement records, as an agency's back office would export them. */
export const COHORT: readonly {
  destination: string;
  sex: "M" | "F";
  province: string;
  departedOn: string;
}[] = [
  { destination: "HK", sex: "F", province: "33", departedOn: "2025-01-14" },
  { destination: "HK", sex: "F", province: "35", departedOn: "2025-01-20" },
  { destination: "TW", sex: "F", province: "32", departedOn: "2025-01-22" },
  { destination: "TW", sex: "M", province: "33", departedOn: "2025-02-03" },
  { destination: "MY", sex: "M", province: "52", departedOn: "2025-02-11" },
  { destination: "KR", sex: "M", province: "35", departedOn: "2025-02-18" },
  { destination: "HK", sex: "F", province: "33", departedOn: "2025-02-25" },
  { destination: "TW", sex: "F", province: "35", departedOn: "2025-03-04" },
  { destination: "JP", sex: "M", province: "32", departedOn: "2025-03-10" },
  { destination: "TW", sex: "F", province: "33", departedOn: "2025-03-17" },
  { destination: "MY", sex: "F", province: "61", departedOn: "2025-03-24" },
  { destination: "HK", sex: "F", province: "35", departedOn: "2025-03-31" },
];
