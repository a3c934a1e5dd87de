// The descriptions of the fields of the library's schemas, by dotted path (array items and record
// values add no segment: `members.nik` is the NIK of each KK member). They are the one source of the
// text: schemaDescriptions() puts them into a zod registry (the schemas' metadata), from which the
// shipped JSON Schemas (scripts/generate-schemas.ts), the site's field pages and an app's
// describedJsonSchema() are made.
//
// Why a table beside the schemas and not `.meta({ description })` inline: the schemas are in the
// runtime bundles of `checkDossier` and `replay`, and some 600 descriptions would add several kB to
// them. This folder is reached only through `pekerja-migran/json-schema`. The case schema keeps its
// inline `.meta()` (it repeats `Case`'s doc comments word for word); the registry carries it too.
//
// Meanings come from the domain notes (REGULATIONS.md, LIFECYCLE.md): each cites its legal basis
// where it has one, and says UNVERIFIED where the notes do.
import type { DocumentKind } from "../../documents/index.js";
import type { EventType } from "../../lifecycle/index.js";

type Fields = Readonly<Record<string, string>>;

const DATE = "Calendar date, YYYY-MM-DD.";
const COUNTRY = "ISO 3166-1 alpha-2 code, upper case (e.g. `TW`).";
const PERSONAL = "Personal data (UU 27/2022): never echoed in issues or messages.";

/** The fields of each document kind, relative to the document. */
export const DOCUMENT_FIELDS = {
  KTP_EL: {
    nik: `NIK (Nomor Induk Kependudukan): 16 digits, the national identity number (UU 23/2006 jo. UU 24/2013 Pasal 13); its structure is checked by the library. ${PERSONAL}`,
    name: `Full name as printed on the card. ${PERSONAL}`,
    birthPlace: `Place of birth as printed on the card. ${PERSONAL}`,
    birthDate: `Birth date as printed on the card. ${DATE} May differ from the date encoded in the NIK (a warning, not an error).`,
    sex: "Sex as printed on the card: `M` (male) or `F` (female).",
    address: `Address of residence as printed on the card. ${PERSONAL}`,
  },
  KK: {
    number: `Family card number (Nomor Kartu Keluarga): 16 digits, the first six a region code (Adminduk). ${PERSONAL}`,
    headOfFamily: `Name of the head of the family (kepala keluarga). ${PERSONAL}`,
    members: "The members listed on the family card (at most 50).",
    "members.nik": `The member's NIK: 16 digits. ${PERSONAL}`,
    "members.name": `The member's full name. ${PERSONAL}`,
    "members.birthDate": `The member's birth date. ${DATE}`,
    "members.relation":
      "The member's relation to the head of the family, as a code (e.g. `SPOUSE`, `CHILD`).",
  },
  MARITAL_STATUS: {
    status:
      "Marital status the certificate states: `SINGLE`, `MARRIED`, `DIVORCED` or `WIDOWED` (UU 18/2017 Pasal 13 huruf a).",
    spouseName: `Name of the spouse, when married; the spouse must sign the family consent (Pasal 13 huruf b). ${PERSONAL}`,
    issueDate: `Date the certificate was issued. ${DATE}`,
    marriageBookCopy:
      "Whether a copy of the marriage book (buku nikah) is attached; required when married (UU 18/2017 Pasal 13 huruf a).",
  },
  FAMILY_CONSENT: {
    consenterName: `Name of the person who gives consent (spouse, parent or guardian). ${PERSONAL}`,
    relation:
      "Who consents: `SPOUSE` when the worker is married, else `FATHER`, `MOTHER` or `GUARDIAN` (UU 18/2017 Pasal 13 huruf b).",
    consenterNik: `NIK of the person who consents: 16 digits. ${PERSONAL}`,
    signedDate: `Date the consent letter was signed. ${DATE}`,
    acknowledgedBy:
      "The acknowledgement (diketahui) of the consent by the village head or lurah, which UU 18/2017 Pasal 13 huruf b requires.",
    "acknowledgedBy.role":
      "Who acknowledged: `KEPALA_DESA` (village head) or `LURAH` (head of an urban kelurahan).",
    "acknowledgedBy.name": `Name of the village head or lurah who acknowledged. ${PERSONAL}`,
    "acknowledgedBy.date": `Date of the acknowledgement. ${DATE}`,
  },
  COMPETENCY_CERT: {
    number: "Certificate number (sertifikat kompetensi kerja, issued by a BNSP-licensed LSP).",
    competency: "The competency or occupation certified (UU 18/2017 Pasal 5 huruf b, Pasal 13 huruf c).",
    scheme: "The certification scheme of the LSP.",
    issueDate: `Date the certificate was issued. ${DATE}`,
    expiryDate: `Date the certificate expires, when it states one (its validity rule is UNVERIFIED). ${DATE}`,
  },
  HEALTH_CERT: {
    facility: "The designated health facility (sarana kesehatan) that examined the worker.",
    destination: `Destination country the examination was for; must equal the case's destination. ${COUNTRY}`,
    issueDate: `Date of issue; the certificate is valid for the months the policy sets from it (3, Perpres 64/2011 Pasal 14, UNVERIFIED under UU 18/2017). ${DATE}`,
    examinations: "The examinations done (medical and psychological), as codes.",
    conclusion:
      "The conclusion: `FIT` (fit to work) or `UNFIT`; departure needs `FIT` (UU 18/2017 Pasal 13 huruf d).",
    validUntil: `End of validity when the certificate states one. ${DATE}`,
    doctorName: `Name of the examining internist. ${PERSONAL}`,
  },
  PASSPORT: {
    number: `Passport number: upper-case letters and digits (Kantor Imigrasi; format UNVERIFIED). ${PERSONAL}`,
    name: `Holder's full name as printed in the passport. ${PERSONAL}`,
    birthDate: `Holder's birth date as printed in the passport. ${DATE}`,
    sex: "Holder's sex as printed: `M` or `F`.",
    issueDate: `Date of issue. ${DATE}`,
    expiryDate: `Date of expiry; must be after the departure date (UU 18/2017 Pasal 13 huruf e), with the policy's margin as a warning. ${DATE}`,
    issuingOffice: "The immigration office (Kantor Imigrasi) that issued the passport.",
  },
  SKCK: {
    number: "Number of the police clearance (Surat Keterangan Catatan Kepolisian, issued by Polri).",
    issueDate: `Date of issue. ${DATE}`,
    expiryDate: `Date of expiry, when stated (validity rule UNVERIFIED). ${DATE}`,
  },
  WORK_VISA: {
    number: "Visa number (UU 18/2017 Pasal 13 huruf f).",
    type: "Visa type as the destination country names it.",
    destination: `Country that issued the visa; must equal the case's destination. ${COUNTRY}`,
    employerName: "Employer named on the visa; must agree with the employment contract.",
    validFrom: `First day of validity. ${DATE}`,
    validUntil: `Last day of validity. ${DATE}`,
  },
  REENTRY_VISA: {
    number: "Re-entry visa number (for home leave; BP2MI letter of 16 Aug 2023).",
    validUntil: `Last day the worker may re-enter the destination country. ${DATE}`,
  },
  PLACEMENT_AGREEMENT: {
    signedDate: `Date the Perjanjian Penempatan was signed by the implementer and the worker (UU 18/2017 Pasal 13 huruf g). ${DATE}`,
    implementer: "The placement implementer party: the P3MI or the government agency.",
    employerName: "The employer the placement is for.",
    jobOrderReference: "Reference of the job order (demand letter) the placement is for.",
    costs:
      "The placement-cost components and what each charges to the worker (UU 18/2017 Pasal 30; the cost regime in force).",
    "costs.component":
      "The cost component, as a code of the cost regimes (Perban BP2MI 9/2020; Permen P2MI 17/2025).",
    "costs.chargedToWorker":
      "Amount of the component charged to the worker, in rupiah (IDR); must be 0 where the policy makes the component zero-cost.",
  },
  EMPLOYMENT_CONTRACT: {
    signedDate: `Date the Perjanjian Kerja was signed by the employer and the worker (UU 18/2017 Pasal 13 huruf h). ${DATE}`,
    employerName:
      "Employer's name (UU 18/2017 Pasal 15 ayat (2) huruf a; Perban BP2MI 1/2020 Pasal 2 huruf a).",
    employerProfile: "Employer's profile (Perban BP2MI 1/2020 Pasal 2 huruf a).",
    employerAddress: "Employer's address (UU 18/2017 Pasal 15 ayat (2) huruf a).",
    workerName: `Worker's name (UU 18/2017 Pasal 15 ayat (2) huruf b). ${PERSONAL}`,
    workerIdNumber: `Worker's identity number (Perban BP2MI 1/2020 Pasal 2 huruf b). ${PERSONAL}`,
    workerAddress: `Worker's address (UU 18/2017 Pasal 15 ayat (2) huruf b). ${PERSONAL}`,
    position:
      "The position (jabatan), as a position code; must equal the position of the job order and SIP2MI (UU 18/2017 Pasal 15 ayat (2) huruf c, Pasal 19).",
    jobDescription: "The job description (Perban BP2MI 1/2020 Pasal 2 huruf c).",
    destination: `Country where the work is done. ${COUNTRY}`,
    startDate: `Start date of the employment (Perban BP2MI 1/2020 Pasal 2 huruf f). ${DATE}`,
    durationMonths:
      "Duration of the contract in whole months (UU 18/2017 Pasal 15 ayat (2) huruf f); it picks the social-security contribution tier.",
    wage: "The wage and how it is paid (UU 18/2017 Pasal 15 ayat (2) huruf e).",
    "wage.amount":
      "Wage amount per the contract's pay period, in `currency` (not rupiah unless the currency is IDR).",
    "wage.currency": "ISO 4217 currency code of the wage, upper case (e.g. `TWD`, `HKD`).",
    "wage.paymentMethod": "How the wage is paid (e.g. bank transfer).",
    clauses:
      "The minimum-content clauses the contract contains, as codes (UU 18/2017 Pasal 15 ayat (2); Perban BP2MI 1/2020 Pasal 2); a missing one is reported.",
  },
  SOCSEC_CARD: {
    membershipNumber: "BPJS Ketenagakerjaan membership number.",
    programs:
      "The programmes registered: `JKK` and `JKM` are mandatory, `JHT` optional (UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023).",
    registrationDate: `Date of registration; pre-work cover runs from it for at most the policy's months (5). ${DATE}`,
    preWorkContribution:
      "Pre-work contribution paid, in rupiah (IDR); the tariff is Rp37,500 (Permenaker 4/2023 Pasal 18).",
  },
  JKN_PROOF: {
    number: "National health insurance (JKN, BPJS Kesehatan) membership number; required for individual PMI.",
  },
  OPP_CERT: {
    date: `Date the pre-departure orientation (OPP) was attended at BP3MI (Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e). ${DATE}`,
    hours: "Hours of orientation attended.",
  },
  E_KPMI: {
    number: "Card number in Sisko P2MI.",
    cardType: "Which card: `E_PMI` (issued before Permen P2MI 34/2025) or `E_KPMI` (Kartu PMI Elektronik).",
    issueDate: `Date of issue. ${DATE}`,
    expiryDate: `Date of expiry, when stated (E-KPMI validity UNVERIFIED; an E-PMI stays valid until its own expiry, Permen P2MI 34/2025 Pasal 14). ${DATE}`,
    destination: `Destination country recorded on the card. ${COUNTRY}`,
  },
  SIP3MI: {
    number: "Licence number of the placement company (SIP3MI; UU 18/2017 Pasal 51, 54; Permen P2MI 1/2025).",
    status: "Licence status: `ACTIVE`, `SUSPENDED` or `REVOKED`; recruitment and departure need `ACTIVE`.",
    issueDate: `Date of issue. ${DATE}`,
    expiryDate: `Date of expiry, when known (reportedly 1 year, auto-extended: UNVERIFIED). ${DATE}`,
  },
  SIP2MI: {
    number: "Recruitment permit number (SIP2MI, one per job order, non-transferable; UU 18/2017 Pasal 59).",
    status: "Permit status: `ACTIVE`, `SUSPENDED` or `REVOKED`.",
    destination: `Destination country the permit lists; must equal the case's destination. ${COUNTRY}`,
    positions: "The positions the permit covers, as position codes.",
    issueDate: `Date of issue. ${DATE}`,
    expiryDate: `Date of expiry, when known (validity UNVERIFIED). ${DATE}`,
  },
  COOP_AGREEMENT: {
    signedDate: `Date the placement cooperation agreement between the P3MI and its foreign partner (Mitra Usaha) was signed (UU 18/2017 Pasal 59 ayat (4) huruf a). ${DATE}`,
  },
  JOB_ORDER: {
    destination: `Country of the employer who requests workers. ${COUNTRY}`,
    positions: "The positions requested, as position codes (UU 18/2017 Pasal 9 ayat (2), 10).",
    verifiedDate: `Date the mission's labour attaché verified the job order. ${DATE}`,
  },
  CALL_LETTER: {
    position:
      "The position offered by the legal-entity employer, as a position code (Permenaker 9/2019 Pasal 34, secondary source).",
    date: `Date of the letter. ${DATE}`,
  },
  RISK_STATEMENT: {
    signedDate: `Date the individual PMI signed the statement taking responsibility for the risks (Permenaker 9/2019 Pasal 34, secondary source). ${DATE}`,
  },
  LEAVE_LETTER: {
    from: `First day of the home leave (cuti) the employer grants. ${DATE}`,
    until: `Last day of the leave. ${DATE}`,
  },
  FIT_TO_RETURN: {
    date: `Date of the fit-to-return letter for a sick worker (Permen P2MI 32/2025 Pasal 13 huruf b). ${DATE}`,
  },
  HANDOVER_RECORD: {
    date: `Date of the handover record (berita acara serah terima; Permen P2MI 32/2025 Pasal 13 huruf e). ${DATE}`,
    recipientRelation: "The recipient's relation to the worker, as a code (e.g. `SPOUSE`, `PARENT`).",
    witnessedBy:
      "Who witnessed the handover: `REGIONAL_GOVERNMENT` or `VILLAGE_GOVERNMENT` (Permen P2MI 32/2025 Pasal 13 huruf e).",
  },
  DEATH_DOCS: {
    date: `Date of death. ${DATE}`,
    documents:
      "The documents received, as codes: `MCCD` (medical certificate of cause of death), `EXPORT_PERMIT` (of the remains), `EMBALMING_CERTIFICATE`, `SEALING_CERTIFICATE`.",
  },
} as const satisfies Record<DocumentKind, Fields>;

/** The dossier's own fields (the documents come from {@link DOCUMENT_FIELDS}). */
export const DOSSIER_FIELDS: Fields = {
  worker: "Facts about the worker that no document carries, read by optional policy rules.",
  "worker.pregnant":
    "Whether the worker is recorded as pregnant; read only when the policy voids a health certificate on pregnancy (Perpres 64/2011 Pasal 14, UNVERIFIED).",
  "worker.youngestChildBirthDate": `Birth date of the worker's youngest biological child; read only when the policy's infant rule is on (UNVERIFIED instrument). ${DATE}`,
  documents: "The documents of the dossier keyed by document kind, at most one of each.",
};

/** The dossier context (what a dossier is judged against). */
export const CONTEXT_FIELDS: Fields = {
  route:
    "The placement route (skema): `P3MI`, government G-to-G/G-to-P, company's own interest, individual, re-entry, special programme or non-procedural.",
  workerCategory:
    "The worker category (UU 18/2017 Pasal 4 ayat (1)): legal-entity employer, individual/household employer, or seafarer.",
  employerType: "The type of employer: legal entity, individual/household, or syarikah (for SPSK).",
  destination: `Destination country. ${COUNTRY}`,
  destinationCity:
    "Destination city; needed only for the SPSK exception to the Middle-East moratorium (Kepmenaker 291/2018).",
  placementAgency: "The P3MI's licence number or id; needed only for the SPSK exception (designated P3MI).",
  position: "The position (jabatan) of the job order, as a position code.",
  stage: "The stage the dossier is judged for: `REGISTRATION`, `SELECTION` or `DEPARTURE` (the default).",
  asOf: `The day of the check (the library never reads the clock). ${DATE}`,
  registrationDate: `Date of registration; when given, the age at registration is checked (UU 18/2017 Pasal 5 huruf a). ${DATE}`,
  departureDate: `The planned or actual departure date; at the departure stage documents are judged on it (else on asOf). ${DATE}`,
  policy:
    "A policy to judge with (an object of policy.schema.json) instead of the one in force on the decisive date.",
};

const OPENER =
  "when the event opens a case with no registration before it (a departure prevented as non-procedural, a worker first met abroad or on return), as the reporter knows it";

/** Fields every event has, and fields several events share. */
export const EVENT_COMMON: Fields = {
  type: "The event type, a PascalCase name of the lifecycle's events; here",
  seq: "Sequence number of the event in its case: 1, 2, 3… without gaps; events are applied in this order.",
  at: "When the event happened: ISO 8601 date-time with an offset (e.g. `2025-03-01T08:00:00+07:00`).",
  worker: `What is known about the worker (never a name, NIK or address), ${OPENER}.`,
  "worker.sex": "Sex: `M` or `F`.",
  "worker.birthDate": `Birth date. ${DATE}`,
  "worker.provinceCode": "Two-digit province code of origin (as in the first digits of the NIK).",
  "worker.regencyCode": "Four-digit regency/city (kabupaten/kota) code of origin.",
  destination: `Destination country, ${OPENER}. ${COUNTRY}`,
  route: `The placement route, ${OPENER}; \`NONPROCEDURAL\` when absent.`,
  complaintId: "Opaque identifier of the complaint, unique within the case (never personal data).",
  employerId: "Opaque identifier of the employer (never personal data), for the same-employer checks.",
};

/** Event payload fields, by event type (those not in {@link EVENT_COMMON} or that mean more there). */
export const EVENT_FIELDS: Partial<Record<EventType, Fields>> = {
  Registered: {
    route:
      "The placement route the worker registers under; registration makes the person a CPMI (UU 18/2017 Pasal 1 angka 1).",
    workerCategory: "The worker category (UU 18/2017 Pasal 4 ayat (1)), when known at registration.",
    worker:
      "What is known about the worker at registration, for statistics only (never a name, NIK or address).",
  },
  JobOrderAssigned: {
    jobOrderId: "Opaque identifier of the job order (demand letter) the worker is recruited for.",
    destination: `Destination country of the job order. ${COUNTRY}`,
    position: "The position (jabatan) of the job order, as a position code.",
    employerType: "The type of employer of the job order.",
    workerCategory:
      "The worker category (UU 18/2017 Pasal 4 ayat (1)); derived from the employer type when absent.",
    sector: "The sector of the job: `FORMAL` or `INFORMAL`.",
    destinationCity:
      "The city the worker is placed in; read only by the SPSK exception to the Middle-East moratorium (Kepmenaker 291/2018), which lists the cities.",
    placementAgency:
      "The placing P3MI's licence number or id; read only by the SPSK exception, which lets only designated P3MI place.",
    verifiedByMission:
      "Whether the mission / labour attaché verified the job order (UU 18/2017 Pasal 9–10); recruitment needs it.",
    sip2miIssued:
      "Whether the SIP2MI for the job order was issued (UU 18/2017 Pasal 59); recruitment needs it.",
  },
  SelectionStarted: {
    jobOrderId: "The job order the selection is for, when it differs from or confirms the assigned one.",
  },
  SocialSecurityRegistered: {
    programs:
      "The BPJS Ketenagakerjaan programmes registered: `JKK` and `JKM` mandatory, `JHT` optional (Permenaker 4/2023).",
  },
  DocumentSubmitted: {
    kind: "The document kind submitted, as a document-kind code (e.g. `PASSPORT`).",
    document:
      "The document, in the shape of its kind's schema (document-<kind>.schema.json); it replaces an earlier one of the kind.",
  },
  DocumentWithdrawn: {
    kind: "The document kind withdrawn from the case's dossier.",
  },
  DepartureFailed: {
    reason:
      "Why the departure failed (gagal berangkat): visa refused, job order cancelled, implementer sanctioned, pre-work cover expired, or other.",
  },
  EmploymentStarted: {
    employerId: "Opaque identifier of the employer the work starts with (never personal data).",
    contractEndDate: `End date of the employment contract. ${DATE}`,
  },
  ExtensionApproved: {
    employerId:
      "Opaque identifier of the employer of the extended contract; must be the same employer (Perban BP2MI 1/2020, secondary summary).",
    contractEndDate: `The new end date of the contract. ${DATE}`,
    executedBeforeMissionOfficial:
      "Whether the extension was done before the competent official of the Indonesian mission (UU 18/2017 Pasal 17).",
    reportVerifiedByMission:
      "Whether the mission verified the P3MI's extension report (UU 18/2017 Pasal 25–26).",
    familyConsentRenewed:
      "Whether the family consent was renewed for the extension (Perban BP2MI 1/2020, secondary summary).",
    socialSecurityExtended:
      "Whether social security or insurance was extended over the extension period (Perban BP2MI 1/2020, secondary summary).",
  },
  ComplaintFiled: {
    category: "What the complaint is about (e.g. unpaid wages, lost contact, trafficking).",
    channel: "How the complaint reached the office (e-mail, e-pengaduan, phone, walk-in, …).",
  },
  ReturnInitiated: {
    reason: "Why the worker returns (UU 18/2017 Pasal 27; wording UNVERIFIED).",
    reportVerifiedByMission:
      "Whether the mission verified the P3MI's return report (UU 18/2017 Pasal 25–26).",
    fitToReturnLetter:
      "Whether a fit-to-return letter exists; required when the worker is sick (Permen P2MI 32/2025 Pasal 13 huruf b).",
  },
  ArrivedAtDebarkation: {
    reason: "Why the worker returns (UU 18/2017 Pasal 27), when the case opens on return.",
  },
  HandedOver: {
    recipient:
      "Who received the worker: `FAMILY` (or its proxy) or `SOCIAL_AFFAIRS_MINISTRY` when there is no family (Permen P2MI 32/2025 Pasal 13 huruf e–f).",
    witnessedByGovernment:
      "Whether the regional or village government witnessed the handover (Permen P2MI 32/2025 Pasal 13 huruf e).",
  },
};

const PARAM = "A policy parameter: its value, legal basis and verification status.";

/** The policy; `parameters.*.<field>` entries apply to every parameter. */
export const POLICY_FIELDS: Fields = {
  id: "The policy's id: 1–64 characters, a letter or digit first, then letters, digits, `.`, `_`, `+` or `-`.",
  name: "The policy's name in Indonesian (`id`) and English (`en`).",
  "name.id": "Name in Indonesian.",
  "name.en": "Name in English.",
  effectiveFrom: `First day the policy is in force; a date is judged by the latest policy in force on it. ${DATE}`,
  effectiveFromVerified: "Whether the domain notes verify the effective date.",
  effectiveFromNote: "Where the effective date comes from, and what is UNVERIFIED about it.",
  basis: "The legal instruments the policy follows.",
  parameters: "The configurable parameters the dossier rules and guards read, each with its basis.",
  "parameters.*.value": "The parameter's value.",
  "parameters.*.basis": "The legal basis of the parameter (instrument and article).",
  "parameters.*.verified":
    "`false` when the domain notes mark the point UNVERIFIED; the value is then a conservative default.",
  "parameters.*.note": "Why the value is what it is, and what is UNVERIFIED.",
  "parameters.*.severity":
    "What a failed check of the parameter is: `error` (refuses; the default) or `warning`.",
  "parameters.minimumAge": `Minimum age of a worker at registration and departure. ${PARAM}`,
  "parameters.minimumAge.value":
    "Minimum age in whole years: 18 (UU 18/2017 Pasal 5 huruf a), which a policy may raise but not lower.",
  "parameters.householdMinimumAge": `A higher minimum age for work for an individual/household employer (UNVERIFIED, off by default). ${PARAM}`,
  "parameters.householdMinimumAge.value.enabled": "Whether the rule is applied.",
  "parameters.householdMinimumAge.value.age": "Minimum age in whole years (21 in the old regional rule).",
  "parameters.healthCertificateValidityMonths": `How long a health certificate is valid from its issue date. ${PARAM}`,
  "parameters.healthCertificateValidityMonths.value": "Validity in months (3, Perpres 64/2011 Pasal 14).",
  "parameters.pregnancyVoidsHealthCertificate": `Whether a pregnancy voids the health certificate (Perpres 64/2011 Pasal 14, UNVERIFIED). ${PARAM}`,
  "parameters.pregnancyVoidsHealthCertificate.value":
    "`true` to void the certificate of a worker recorded as pregnant.",
  "parameters.infantRule": `A woman whose youngest child is younger than a limit may not depart (instrument UNVERIFIED, off by default). ${PARAM}`,
  "parameters.infantRule.value.enabled": "Whether the rule is applied.",
  "parameters.infantRule.value.minimumChildAgeMonths":
    "Minimum age of the youngest child on the departure date, in whole months counted as ages in years are (12: the child's first birthday; one born on 29 February reaches it on 1 March).",
  "parameters.passportMinimumRemaining": `Minimum remaining validity of the passport on the departure date (no Indonesian source: UNVERIFIED). ${PARAM}`,
  "parameters.passportMinimumRemaining.value.months": "Minimum remaining validity in months.",
  "parameters.passportMinimumRemaining.value.severity": "What a shorter validity is: `error` or `warning`.",
  "parameters.preWorkCoverMonths": `How long the pre-work social-security cover runs from registration (Permenaker 4/2023). ${PARAM}`,
  "parameters.preWorkCoverMonths.value":
    "Cover period in months (5); after it the worker must register and pay again.",
  "parameters.individualPreDepartureCoverMonths": `Pre-departure JKM cover of an individual PMI from registration until embarkation (Permenaker 4/2023, article UNVERIFIED). ${PARAM}`,
  "parameters.individualPreDepartureCoverMonths.value": "Cover period in months (1).",
  "parameters.socialSecurity": `Programmes and contribution tariffs of employment social security (Permenaker 4/2023 Pasal 18). ${PARAM}`,
  "parameters.socialSecurity.value.mandatoryPrograms":
    "The mandatory programmes (`JKK`, `JKM`); `JHT` is optional.",
  "parameters.socialSecurity.value.preWorkContribution":
    "Pre-work contribution, in rupiah (IDR, no decimals; Rp37,500).",
  "parameters.socialSecurity.value.duringAndAfterTiers":
    "The during-and-after-work contribution by contract length.",
  "parameters.socialSecurity.value.duringAndAfterTiers.months":
    "Contract length of the tier, in months (6, 12, 24).",
  "parameters.socialSecurity.value.duringAndAfterTiers.contribution":
    "Contribution of the tier, in rupiah (IDR, no decimals).",
  "parameters.socialSecurity.value.perExtraMonth":
    "Contribution per month beyond the longest tier, in rupiah (IDR, no decimals; Rp13,500).",
  "parameters.moratorium": `The ban on placing household-sector workers in listed (Middle-East) countries (Kepmenaker 260/2015; UU 18/2017 Pasal 32). ${PARAM}`,
  "parameters.moratorium.value.countries":
    "The countries under the moratorium, as ISO 3166-1 alpha-2 codes (list UNVERIFIED).",
  "parameters.moratorium.value.householdPositions": "The position codes that count as household-sector work.",
  "parameters.moratorium.value.householdEmployerTypes":
    "The employer-type codes that count as an individual/household employer.",
  "parameters.spsk": `The SPSK exception (Sistem Penempatan Satu Kanal) to the moratorium for Saudi Arabia (Kepmenaker 291/2018). ${PARAM}`,
  "parameters.spsk.value.enabled": "Whether the exception applies.",
  "parameters.spsk.value.country": `The country of the exception. ${COUNTRY}`,
  "parameters.spsk.value.cities": "The destination cities the exception allows.",
  "parameters.spsk.value.positions": "The position codes the exception allows (six household positions).",
  "parameters.spsk.value.designatedAgencies":
    "Licence numbers or ids of the designated P3MI (empty until an app supplies them).",
  "parameters.spsk.value.employerTypes": "The employer-type codes the exception allows (syarikah).",
  "parameters.zeroCost": `Cost components a worker may not be charged, by job (UU 18/2017 Pasal 30; Perban BP2MI 9/2020 → Permen P2MI 17/2025). ${PARAM}`,
  "parameters.zeroCost.value.positions":
    "The position codes whose workers bear none of the listed components.",
  "parameters.zeroCost.value.workerCategories":
    "The worker-category codes whose workers bear none of the listed components.",
  "parameters.zeroCost.value.components": "The cost-component codes that must be 0 for the worker.",
  "parameters.workerCard": `Which electronic worker card is issued (E-PMI → E-KPMI, Permen P2MI 34/2025). ${PARAM}`,
  "parameters.workerCard.value.issued": "The card issued now: `E_PMI` or `E_KPMI`.",
  "parameters.workerCard.value.legacy": "The older card still accepted until its own expiry, or null.",
  "parameters.workerCard.value.legacyIssuedBefore": `The older card is accepted when issued before this date, or null. ${DATE}`,
  "parameters.permittedDestinations": `The list of destination countries placement is permitted to (UU 18/2017 Pasal 31; the Director General's list, UNVERIFIED). ${PARAM}`,
  "parameters.permittedDestinations.value.enforced":
    "Whether the list is enforced (a destination not on it is refused).",
  "parameters.permittedDestinations.value.countries": "The permitted countries, as ISO 3166-1 alpha-2 codes.",
};
