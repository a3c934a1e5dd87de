import { deepFreeze } from "../_lib/deep-freeze.js";
/**
 * The shape of an {@link EVENT_TYPES} entry.
 *
 * @example
 * ```ts
 * const departed: EventDefinition = EVENT_TYPES.Departed;
 * departed.milestone; //=> true
 * departed.basis;     //=> "Permenaker 9/2019 Pasal 23; UU 18/2017 Pasal 5, Pasal 13"
 * ```
 */
export interface EventDefinition {
  readonly type: string;
  /** What the event records, in English (the Indonesian term in italics where there is one). */
  readonly description: string;
  readonly basis: string;
  /**
   * Whether the event marks a milestone: the case keeps the instant it was first recorded in
   * `milestones`. Document and complaint events are bookkeeping, not milestones.
   */
  readonly milestone: boolean;
}

/**
 * Every event a case can record (LIFECYCLE.md §1–§2 and the sub-processes of §3.10 and the
 * complaints notes), with its legal basis. Events are PascalCase; each is recorded as
 * `{ type, seq, at, ...payload }`, the payload described by {@link lifecycleEventSchema}.
 *
 * Besides the names of LIFECYCLE.md this library adds: `JobOrderAssigned` (the verified job order /
 * SIP2MI the case is recruited for; carries destination, position, employer), `DocumentSubmitted` /
 * `DocumentWithdrawn` (documents enter and leave the dossier), `CaseClosed` (closes a returned case in
 * its terminal outcome), the complaint events (`ComplaintFiled` … `ComplaintClosedUnresolved`) and the
 * repatriation-of-remains steps (`RemainsRepatriationStarted`, `BuriedAbroad`).
 *
 * @example
 * ```ts
 * EVENT_TYPES.Departed.basis; //=> "Permenaker 9/2019 Pasal 23; UU 18/2017 Pasal 5, Pasal 13"
 * ```
 */
export const EVENT_TYPES = /* @__PURE__ */ deepFreeze({
  InformationGiven: {
    type: "InformationGiven",
    description: "Information on vacancies, procedure, costs and risks given (*informasi/sosialisasi*).",
    basis: "PP 59/2021 Pasal 4 ayat (4), Pasal 7",
    milestone: true,
  },
  Registered: {
    type: "Registered",
    description: "Registered as job seeker for work abroad at the Disnaker kab/kota or LTSA; now a CPMI.",
    basis: "UU 18/2017 Pasal 1 angka 1, Pasal 5 huruf a",
    milestone: true,
  },
  JobOrderAssigned: {
    type: "JobOrderAssigned",
    description: "The verified job order (and SIP2MI for P3MI) the CPMI is recruited for.",
    basis: "UU 18/2017 Pasal 9–10, Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf a–b",
    milestone: true,
  },
  SelectionStarted: {
    type: "SelectionStarted",
    description: "Administrative and interview selection started at the Disnaker/LTSA.",
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c",
    milestone: true,
  },
  SelectionPassed: {
    type: "SelectionPassed",
    description: "Selection passed and reported to the Disnaker kab/kota.",
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf d",
    milestone: true,
  },
  SelectionFailed: {
    type: "SelectionFailed",
    description: "Not selected for the job order.",
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c–d",
    milestone: true,
  },
  MedicalFit: {
    type: "MedicalFit",
    description: "Medical and psychological examination concluded fit to work.",
    basis: "UU 18/2017 Pasal 5 huruf c, Pasal 13 huruf d",
    milestone: true,
  },
  MedicalUnfit: {
    type: "MedicalUnfit",
    description: "Medical or psychological examination concluded unfit.",
    basis: "UU 18/2017 Pasal 5 huruf c",
    milestone: true,
  },
  PlacementAgreementSigned: {
    type: "PlacementAgreementSigned",
    description: "*Perjanjian Penempatan* signed between the implementer and the CPMI.",
    basis: "UU 18/2017 Pasal 13 huruf g; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf c–d",
    milestone: true,
  },
  CompetencyCertified: {
    type: "CompetencyCertified",
    description: "Training done and work competency certificate obtained.",
    basis: "UU 18/2017 Pasal 5 huruf b, Pasal 13 huruf c",
    milestone: true,
  },
  SocialSecurityRegistered: {
    type: "SocialSecurityRegistered",
    description: "JKK and JKM (JHT optional) registered and paid; pre-work cover starts.",
    basis: "UU 18/2017 Pasal 5 huruf d; Permenaker 4/2023",
    milestone: true,
  },
  DocumentsCompleted: {
    type: "DocumentsCompleted",
    description: "All eight documents of UU 18/2017 Pasal 13 present and valid.",
    basis: "UU 18/2017 Pasal 13",
    milestone: true,
  },
  OppCompleted: {
    type: "OppCompleted",
    description: "Pre-departure orientation (OPP) attended at the BP3MI.",
    basis: "Permen P2MI 4/2025 Pasal 9 ayat (1) huruf e",
    milestone: true,
  },
  EKpmiIssued: {
    type: "EKpmiIssued",
    description: "E-PMI / E-KPMI card recorded.",
    basis: "Permen P2MI 34/2025",
    milestone: true,
  },
  DocumentSubmitted: {
    type: "DocumentSubmitted",
    description: "A document enters the case's dossier (replacing an earlier one of the same kind).",
    basis: "UU 18/2017 Pasal 8 ayat (1) huruf a, Pasal 13",
    milestone: false,
  },
  DocumentWithdrawn: {
    type: "DocumentWithdrawn",
    description: "A document leaves the case's dossier (withdrawn, revoked or recorded in error).",
    basis: "UU 18/2017 Pasal 8 ayat (1) huruf a, Pasal 13",
    milestone: false,
  },
  Departed: {
    type: "Departed",
    description: "Left through an Indonesian embarkation point; during-work cover starts.",
    basis: "Permenaker 9/2019 Pasal 23; UU 18/2017 Pasal 5, Pasal 13",
    milestone: true,
  },
  Withdrawn: {
    type: "Withdrawn",
    description: "The CPMI withdraws before departure.",
    basis: "(tanpa pasal khusus / no specific article)",
    milestone: true,
  },
  DepartureFailed: {
    type: "DepartureFailed",
    description:
      "*Gagal berangkat*: visa refused, job order cancelled, implementer sanctioned, cover expired…",
    basis: "Permenaker 4/2023 (manfaat gagal berangkat)",
    milestone: true,
  },
  DeparturePrevented: {
    type: "DeparturePrevented",
    description: "Departure prevented by Immigration or other authorities as non-procedural.",
    basis: "REGULATIONS.md §15 (pencegahan keberangkatan nonprosedural)",
    milestone: true,
  },
  ArrivalReported: {
    type: "ArrivalReported",
    description: "Arrived; self-report (*lapor diri*) and data collection by the mission.",
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf a; Permenaker 9/2019 Pasal 24 ayat (2)",
    milestone: true,
  },
  EmploymentStarted: {
    type: "EmploymentStarted",
    description: "The employment relationship under the signed *Perjanjian Kerja* starts.",
    basis: "UU 18/2017 Pasal 14, Pasal 15 ayat (1)",
    milestone: true,
  },
  ExtensionRequested: {
    type: "ExtensionRequested",
    description: "Extension of the employment contract requested.",
    basis: "UU 18/2017 Pasal 16, Pasal 25",
    milestone: true,
  },
  ExtensionApproved: {
    type: "ExtensionApproved",
    description: "Extension executed before the mission official; the contract end date moves.",
    basis: "UU 18/2017 Pasal 17, Pasal 26 huruf b; Perban BP2MI 1/2020",
    milestone: true,
  },
  ExtensionRejected: {
    type: "ExtensionRejected",
    description: "Extension refused; the worker returns at the end of the contract.",
    basis: "UU 18/2017 Pasal 26 huruf a, Pasal 27",
    milestone: true,
  },
  LeaveStarted: {
    type: "LeaveStarted",
    description: "Home leave (*cuti*) in Indonesia with a re-entry visa.",
    basis: "UU 18/2017 Pasal 27 (cuti); REGULATIONS.md §13",
    milestone: true,
  },
  ReentryDeparted: {
    type: "ReentryDeparted",
    description: "Back to the same employer after home leave.",
    basis: "REGULATIONS.md §13 (surat BP2MI 16 Agustus 2023)",
    milestone: true,
  },
  NewContractAbroad: {
    type: "NewContractAbroad",
    description: "New employer or new contract: this case closes and a new case opens.",
    basis: "REGULATIONS.md §13 (skema re-entry)",
    milestone: true,
  },
  ComplaintFiled: {
    type: "ComplaintFiled",
    description: "A complaint (*pengaduan*) is received.",
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf d; REGULATIONS.md §17",
    milestone: false,
  },
  ComplaintVerified: {
    type: "ComplaintVerified",
    description: "The complaint is verified.",
    basis: "REGULATIONS.md §17",
    milestone: false,
  },
  ComplaintHandlingStarted: {
    type: "ComplaintHandlingStarted",
    description: "Handling of the complaint starts.",
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf d, f; REGULATIONS.md §17",
    milestone: false,
  },
  ComplaintResolved: {
    type: "ComplaintResolved",
    description: "The complaint is resolved.",
    basis: "REGULATIONS.md §17",
    milestone: false,
  },
  ComplaintReferred: {
    type: "ComplaintReferred",
    description: "The complaint is referred to another institution.",
    basis: "UU 18/2017 Pasal 39 (koordinasi, ringkasan pemerintah); REGULATIONS.md §17",
    milestone: false,
  },
  ComplaintClosedUnresolved: {
    type: "ComplaintClosedUnresolved",
    description: "The complaint is closed without resolution.",
    basis: "REGULATIONS.md §17",
    milestone: false,
  },
  ReturnInitiated: {
    type: "ReturnInitiated",
    description: "Return process started for a reason of UU 18/2017 Pasal 27.",
    basis: "UU 18/2017 Pasal 25–27; Permen P2MI 32/2025 Pasal 13",
    milestone: true,
  },
  ArrivedAtDebarkation: {
    type: "ArrivedAtDebarkation",
    description: "Arrived at an Indonesian debarkation point (airport, seaport, land border).",
    basis: "Permen P2MI 32/2025",
    milestone: true,
  },
  HandedOver: {
    type: "HandedOver",
    description: "Handed over to the family (or the social-affairs ministry) with a handover record.",
    basis: "Permen P2MI 32/2025 Pasal 13 huruf e–f",
    milestone: true,
  },
  RehabStarted: {
    type: "RehabStarted",
    description: "Rehabilitation or reintegration services start.",
    basis: "UU 18/2017 Pasal 24 ayat (1) huruf d; PP 59/2021 Pasal 22",
    milestone: true,
  },
  EmpowermentEnrolled: {
    type: "EmpowermentEnrolled",
    description: "Returned worker (*purna PMI*) enrolled in an empowerment programme.",
    basis: "UU 18/2017 Pasal 24 ayat (1) huruf e; PP 59/2021 Pasal 23; Perban BP2MI 5/2024",
    milestone: true,
  },
  CaseClosed: {
    type: "CaseClosed",
    description: "A returned case is closed in the terminal outcome fixed at handover.",
    basis: "UU 18/2017 Pasal 24, Pasal 27",
    milestone: true,
  },
  DeathReported: {
    type: "DeathReported",
    description: "Death in the destination country reported to (or recorded by) the mission.",
    basis: "UU 18/2017 Pasal 27; Perpres 96/2018 Pasal 46; PP 59/2021 Pasal 21",
    milestone: true,
  },
  RemainsRepatriationStarted: {
    type: "RemainsRepatriationStarted",
    description: "Death documents, export permit, embalming and sealing done; remains sent home.",
    basis: "PP 59/2021 Pasal 21 ayat (3)–(4); prosedur pemulangan jenazah (indonesia.go.id)",
    milestone: true,
  },
  BuriedAbroad: {
    type: "BuriedAbroad",
    description: "Remains buried in the destination country instead of being repatriated.",
    basis: "LIFECYCLE.md §1 (DIED_ABROAD: dipulangkan atau dimakamkan di luar negeri)",
    milestone: true,
  },
} as const satisfies Record<string, EventDefinition>);

/**
 * The type of a lifecycle event (PascalCase).
 *
 * @example
 * ```ts
 * const type: EventType = "Departed";
 * ```
 */
export type EventType = keyof typeof EVENT_TYPES;

/**
 * An event type that marks a milestone (see {@link EventDefinition.milestone}).
 *
 * @example
 * ```ts
 * const milestone: MilestoneCode = "Registered";
 * ```
 */
export type MilestoneCode = {
  [K in EventType]: (typeof EVENT_TYPES)[K]["milestone"] extends true ? K : never;
}[EventType];
