import { addDaysToDate } from "../../src/_lib/dates/add-to-date.js";
import { DOSSIER_RULES, type DossierRuleId, ruleBasisText } from "../../src/documents/index.js";
import { checkDossier, type Dossier, type DossierContext, type Issue } from "../../src/index.js";

/** A woman born 1998-04-02 registered in Kab. Bogor (NIK day 02 + 40 = 42). */
export const NIK = "3201014204980001";

/** The departure date of the default fixture. */
export const DEPARTURE = "2026-02-01";

/**
 * A complete, valid dossier for a P3MI placement of a caregiver to Taiwan: every document of the
 * requirement matrix, dated relative to `departure` (default 2026-02-01) so that every window holds.
 * `cardType` is the worker card recorded (E-KPMI from the 2025 policy, E-PMI before).
 */
export function validDossier(
  departure: string = DEPARTURE,
  cardType: "E_PMI" | "E_KPMI" = "E_KPMI",
): Dossier {
  const d = (days: number) => addDaysToDate(departure, days);
  return {
    worker: { pregnant: false },
    documents: {
      KTP_EL: {
        nik: NIK,
        name: "Siti Aminah",
        birthPlace: "Bogor",
        birthDate: "1998-04-02",
        sex: "F",
        address: "Jl. Melati 3, Cibinong",
      },
      KK: {
        number: "3201010101100002",
        headOfFamily: "Ahmad Yani",
        members: [
          { nik: "3201010505700003", name: "Ahmad Yani", birthDate: "1970-05-05", relation: "HEAD" },
          { nik: NIK, name: "SITI AMINAH", birthDate: "1998-04-02", relation: "CHILD" },
        ],
      },
      MARITAL_STATUS: { status: "SINGLE", issueDate: d(-123) },
      FAMILY_CONSENT: {
        consenterName: "Ahmad Yani",
        relation: "FATHER",
        signedDate: d(-122),
        acknowledgedBy: { role: "KEPALA_DESA", date: d(-121) },
      },
      COMPETENCY_CERT: { number: "LSP-001", competency: "Caregiver", issueDate: d(-92) },
      HEALTH_CERT: {
        facility: "Klinik Sehat",
        destination: "TW",
        issueDate: d(-48),
        conclusion: "FIT",
      },
      PASSPORT: {
        number: "X1234567",
        name: "Siti  Aminah",
        birthDate: "1998-04-02",
        sex: "F",
        issueDate: d(-153),
        expiryDate: d(1673),
      },
      SKCK: { number: "SKCK-1", issueDate: d(-119) },
      WORK_VISA: { number: "V-77", destination: "TW", validFrom: d(-27), validUntil: d(337) },
      PLACEMENT_AGREEMENT: {
        signedDate: d(-73),
        costs: [
          { component: "DEPARTURE_TICKET", chargedToWorker: 0 },
          { component: "SERVICE_FEE", chargedToWorker: 0 },
        ],
      },
      EMPLOYMENT_CONTRACT: {
        signedDate: d(-62),
        employerName: "Chen Family Care Ltd.",
        employerProfile: "Elderly care company",
        employerAddress: "Taipei",
        workerName: "Siti Aminah",
        workerIdNumber: NIK,
        workerAddress: "Jl. Melati 3, Cibinong",
        position: "CAREGIVER",
        jobDescription: "Care for an elderly person",
        destination: "TW",
        startDate: d(4),
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
        membershipNumber: "BPJS-1",
        programs: ["JKK", "JKM"],
        registrationDate: d(-43),
        preWorkContribution: 37_500,
      },
      OPP_CERT: { date: d(-12), hours: 10 },
      E_KPMI: { number: "EKPMI-1", cardType, issueDate: d(-12), destination: "TW" },
      SIP3MI: { number: "SIP3MI-1", status: "ACTIVE", issueDate: d(-396) },
      SIP2MI: {
        number: "SIP2MI-1",
        status: "ACTIVE",
        destination: "TW",
        positions: ["CAREGIVER"],
        issueDate: d(-139),
      },
      COOP_AGREEMENT: { signedDate: d(-184) },
      JOB_ORDER: { destination: "TW", positions: ["CAREGIVER"], verifiedDate: d(-153) },
    },
  };
}

/** The context of {@link validDossier}. */
export function validContext(departure: string = DEPARTURE): DossierContext {
  return {
    route: "P3MI",
    workerCategory: "LEGAL_ENTITY_EMPLOYER",
    employerType: "LEGAL_ENTITY",
    destination: "TW",
    position: "CAREGIVER",
    asOf: addDaysToDate(departure, -7),
    registrationDate: addDaysToDate(departure, -144),
    departureDate: departure,
  };
}

type Documents = NonNullable<Dossier["documents"]>;
type Patch = { [K in keyof Documents]?: Partial<NonNullable<Documents[K]>> | undefined };

/** A copy of `dossier` with some documents' fields replaced (a kind set to `undefined` is removed). */
export function patch(dossier: Dossier, changes: Patch): Dossier {
  const documents: Record<string, unknown> = { ...dossier.documents };
  for (const [kind, fields] of Object.entries(changes)) {
    if (fields === undefined) delete documents[kind];
    else documents[kind] = { ...(documents[kind] as object), ...fields };
  }
  return { ...dossier, documents: documents as Documents };
}

/** A NIK for a birth date and sex (district 320101, serial 0001). */
export function nikFor(birthDate: string, sex: "M" | "F"): string {
  const day = Number(birthDate.slice(8, 10)) + (sex === "F" ? 40 : 0);
  return `320101${String(day).padStart(2, "0")}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}0001`;
}

/** The fixture dossier for a woman born on `birthDate`, consistently across every document. */
export function bornOn(dossier: Dossier, birthDate: string): Dossier {
  const nik = nikFor(birthDate, "F");
  const members = dossier.documents?.KK?.members ?? [];
  return patch(dossier, {
    KTP_EL: { nik, birthDate },
    PASSPORT: { birthDate },
    KK: { members: members.map((m, i) => (i === 1 ? { ...m, nik, birthDate } : m)) },
    EMPLOYMENT_CONTRACT: { workerIdNumber: nik },
  });
}

/** Household work as a housekeeper in `city`, Saudi Arabia (or `country`), on every document. */
export function householdAbroad(dossier: Dossier, country = "SA"): Dossier {
  return patch(dossier, {
    HEALTH_CERT: { destination: country },
    WORK_VISA: { destination: country },
    EMPLOYMENT_CONTRACT: { destination: country, position: "HOUSEKEEPER" },
    E_KPMI: { destination: country },
    SIP2MI: { destination: country, positions: ["HOUSEKEEPER"] },
    JOB_ORDER: { destination: country, positions: ["HOUSEKEEPER"] },
  });
}

/** The entry of the rule catalogue with this id (its codes and basis). */
export function ruleOf(id: DossierRuleId): (typeof DOSSIER_RULES)[number] {
  const found = DOSSIER_RULES.find((r) => r.id === id);
  if (found === undefined) throw new Error(id);
  return found;
}

/** The printed basis of a rule of the catalogue, as its issues carry it. */
export function basisOf(id: DossierRuleId): string {
  return ruleBasisText(ruleOf(id));
}

/** The issues `checkDossier` raises under one rule of the catalogue (by its codes), in order. */
export function issuesOf(
  id: DossierRuleId,
  dossier: Dossier,
  context: DossierContext = validContext(),
): Issue[] {
  const codes: readonly string[] = ruleOf(id).codes;
  return checkDossier(dossier, context).issues.filter((i) => codes.includes(i.code));
}
