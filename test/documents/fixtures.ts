import type { Dossier, DossierContext } from "../../src/index.js";

/** A woman born 1998-04-02 registered in Kab. Bogor (NIK day 02 + 40 = 42). */
export const NIK = "3201014204980001";

/**
 * A complete, valid dossier for a P3MI placement of a caregiver to Taiwan departing on 2026-02-01:
 * every document of the requirement matrix, dated so that every window holds.
 */
export function validDossier(): Dossier {
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
      MARITAL_STATUS: { status: "SINGLE", issueDate: "2025-10-01" },
      FAMILY_CONSENT: {
        consenterName: "Ahmad Yani",
        relation: "FATHER",
        signedDate: "2025-10-02",
        acknowledgedBy: { role: "KEPALA_DESA", date: "2025-10-03" },
      },
      COMPETENCY_CERT: { number: "LSP-001", competency: "Caregiver", issueDate: "2025-11-01" },
      HEALTH_CERT: {
        facility: "Klinik Sehat",
        destination: "TW",
        issueDate: "2025-12-15",
        conclusion: "FIT",
      },
      PASSPORT: {
        number: "X1234567",
        name: "Siti  Aminah",
        birthDate: "1998-04-02",
        sex: "F",
        issueDate: "2025-09-01",
        expiryDate: "2030-09-01",
      },
      SKCK: { number: "SKCK-1", issueDate: "2025-10-05" },
      WORK_VISA: { number: "V-77", destination: "TW", validFrom: "2026-01-05", validUntil: "2027-01-04" },
      PLACEMENT_AGREEMENT: {
        signedDate: "2025-11-20",
        costs: [
          { component: "DEPARTURE_TICKET", chargedToWorker: 0 },
          { component: "SERVICE_FEE", chargedToWorker: 0 },
        ],
      },
      EMPLOYMENT_CONTRACT: {
        signedDate: "2025-12-01",
        employerName: "Chen Family Care Ltd.",
        employerProfile: "Elderly care company",
        employerAddress: "Taipei",
        workerName: "Siti Aminah",
        workerIdNumber: NIK,
        workerAddress: "Jl. Melati 3, Cibinong",
        position: "CAREGIVER",
        jobDescription: "Care for an elderly person",
        destination: "TW",
        startDate: "2026-02-05",
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
        registrationDate: "2025-12-20",
        preWorkContribution: 37_500,
      },
      OPP_CERT: { date: "2026-01-20", hours: 10 },
      E_KPMI: { number: "EKPMI-1", cardType: "E_KPMI", issueDate: "2026-01-20", destination: "TW" },
      SIP3MI: { number: "SIP3MI-1", status: "ACTIVE", issueDate: "2025-01-01" },
      SIP2MI: {
        number: "SIP2MI-1",
        status: "ACTIVE",
        destination: "TW",
        positions: ["CAREGIVER"],
        issueDate: "2025-09-15",
      },
      COOP_AGREEMENT: { signedDate: "2025-08-01" },
      JOB_ORDER: { destination: "TW", positions: ["CAREGIVER"], verifiedDate: "2025-09-01" },
    },
  };
}

/** The context of {@link validDossier}. */
export function validContext(): DossierContext {
  return {
    route: "P3MI",
    workerCategory: "LEGAL_ENTITY_EMPLOYER",
    employerType: "LEGAL_ENTITY",
    destination: "TW",
    position: "CAREGIVER",
    asOf: "2026-01-25",
    registrationDate: "2025-09-10",
    departureDate: "2026-02-01",
  };
}
