import * as z from "zod";
import { deepFreeze } from "../_lib/deep-freeze.js";
import { calendarDateSchema, countryCodeSchema, instantSchema, spskNameSchema } from "../_lib/schemas.js";
import { DOCUMENT_KIND_CODES } from "../documents/index.js";
import {
  COMPLAINT_CATEGORY_CODES,
  COMPLAINT_CHANNEL_CODES,
  EMPLOYER_TYPE_CODES,
  PLACEMENT_ROUTE_CODES,
  POSITION_CODES,
  RETURN_REASON_CODES,
  SECTOR_CODES,
  WORKER_CATEGORY_CODES,
} from "../reference/index.js";
import type { EventType } from "./events.js";

/** Highest sequence number accepted (keeps arithmetic on `seq` exact). */
const MAX_SEQ = 1_000_000_000;

/**
 * Reasons a departure fails (*gagal berangkat*), from LIFECYCLE.md §1 (`CANCELLED_FAILED_TO_DEPART`).
 *
 * @example
 * ```ts
 * DEPARTURE_FAILURE_REASONS.includes("VISA_REFUSED"); //=> true
 * ```
 */
export const DEPARTURE_FAILURE_REASONS = /* @__PURE__ */ deepFreeze([
  "VISA_REFUSED",
  "JOB_ORDER_CANCELLED",
  "IMPLEMENTER_SANCTIONED",
  "PRE_WORK_COVER_EXPIRED",
  "OTHER",
] as const);

/**
 * Who receives a returning worker at handover (Permen P2MI 32/2025 Pasal 13 huruf e–f): the family
 * or its proxy, or the social-affairs ministry when there is no family.
 *
 * @example
 * ```ts
 * HANDOVER_RECIPIENTS; //=> ["FAMILY", "SOCIAL_AFFAIRS_MINISTRY"]
 * ```
 */
export const HANDOVER_RECIPIENTS = /* @__PURE__ */ deepFreeze(["FAMILY", "SOCIAL_AFFAIRS_MINISTRY"] as const);

/**
 * The employment social-security programmes (Permenaker 4/2023): JKK and JKM mandatory, JHT optional.
 *
 * @example
 * ```ts
 * SOCIAL_SECURITY_PROGRAMS; //=> ["JKK", "JKM", "JHT"]
 * ```
 */
export const SOCIAL_SECURITY_PROGRAMS = /* @__PURE__ */ deepFreeze(["JKK", "JKM", "JHT"] as const);

/**
 * An opaque identifier (job order, employer, complaint): never personal data, never echoed.
 * @internal
 */
export function identifier() {
  return z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/);
}

/**
 * The schema of each fact about the worker an event may carry (and a case keeps), each required:
 * the events make them optional, the case schema exactly optional.
 * @internal
 */
export function workerFields() {
  return {
    sex: z.enum(["M", "F"]),
    birthDate: calendarDateSchema(),
    provinceCode: z.string().regex(/^\d{2}$/),
    regencyCode: z.string().regex(/^\d{4}$/),
  };
}

function buildLifecycleEventSchemas() {
  const base = { seq: z.number().int().min(1).max(MAX_SEQ), at: instantSchema() };
  const fields = workerFields();
  const worker = z.strictObject({
    sex: fields.sex.optional(),
    birthDate: fields.birthDate.optional(),
    provinceCode: fields.provinceCode.optional(),
    regencyCode: fields.regencyCode.optional(),
  });
  const returnReason = z.enum(RETURN_REASON_CODES);
  const complaintId = identifier();
  // No `.readonly()`: zod freezes the value it was given when the inner check fails, which would
  // freeze the caller's own objects. The engine freezes the events it parsed instead (parse-event.ts).
  const event = <T extends EventType, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
    z.strictObject({ type: z.literal(type), ...base, ...shape });
  const empty = <T extends EventType>(type: T) => event(type, {});
  // Fields an event may carry when it opens a case abroad or on return: the destination, the worker,
  // and the placement route when the reporter knows it (NONPROCEDURAL when absent).
  const opener = {
    destination: countryCodeSchema().optional(),
    worker: worker.optional(),
    route: z.enum(PLACEMENT_ROUTE_CODES).optional(),
  };

  return {
    InformationGiven: empty("InformationGiven"),
    Registered: event("Registered", {
      route: z.enum(PLACEMENT_ROUTE_CODES),
      workerCategory: z.enum(WORKER_CATEGORY_CODES).optional(),
      worker: worker.optional(),
    }),
    JobOrderAssigned: event("JobOrderAssigned", {
      jobOrderId: identifier(),
      destination: countryCodeSchema(),
      position: z.enum(POSITION_CODES).optional(),
      employerType: z.enum(EMPLOYER_TYPE_CODES).optional(),
      workerCategory: z.enum(WORKER_CATEGORY_CODES).optional(),
      sector: z.enum(SECTOR_CODES).optional(),
      employerId: identifier().optional(),
      // The SPSK exception to the Middle-East moratorium names both (Kepmenaker 291/2018).
      destinationCity: spskNameSchema().optional(),
      placementAgency: spskNameSchema().optional(),
      verifiedByMission: z.boolean(),
      sip2miIssued: z.boolean(),
    }),
    SelectionStarted: event("SelectionStarted", { jobOrderId: identifier().optional() }),
    SelectionPassed: empty("SelectionPassed"),
    SelectionFailed: empty("SelectionFailed"),
    MedicalFit: empty("MedicalFit"),
    MedicalUnfit: empty("MedicalUnfit"),
    PlacementAgreementSigned: empty("PlacementAgreementSigned"),
    CompetencyCertified: empty("CompetencyCertified"),
    SocialSecurityRegistered: event("SocialSecurityRegistered", {
      programs: z.array(z.enum(SOCIAL_SECURITY_PROGRAMS)).min(1).max(3),
    }),
    DocumentsCompleted: empty("DocumentsCompleted"),
    OppCompleted: empty("OppCompleted"),
    EKpmiIssued: empty("EKpmiIssued"),
    DocumentSubmitted: event("DocumentSubmitted", {
      kind: z.enum(DOCUMENT_KIND_CODES),
      // Judged by the kind's own schema from documents/ once the kind is known.
      // Not frozen: parseEvent replaces it by the kind's parsed (and deep-frozen) document.
      document: z.record(z.string().max(200), z.unknown()),
    }),
    DocumentWithdrawn: event("DocumentWithdrawn", { kind: z.enum(DOCUMENT_KIND_CODES) }),
    Departed: empty("Departed"),
    Withdrawn: empty("Withdrawn"),
    DepartureFailed: event("DepartureFailed", { reason: z.enum(DEPARTURE_FAILURE_REASONS) }),
    DeparturePrevented: event("DeparturePrevented", opener),
    ArrivalReported: empty("ArrivalReported"),
    EmploymentStarted: event("EmploymentStarted", {
      employerId: identifier().optional(),
      contractEndDate: calendarDateSchema().optional(),
    }),
    ExtensionRequested: empty("ExtensionRequested"),
    ExtensionApproved: event("ExtensionApproved", {
      employerId: identifier(),
      contractEndDate: calendarDateSchema(),
      executedBeforeMissionOfficial: z.boolean(),
      reportVerifiedByMission: z.boolean(),
      familyConsentRenewed: z.boolean(),
      socialSecurityExtended: z.boolean(),
    }),
    ExtensionRejected: empty("ExtensionRejected"),
    LeaveStarted: empty("LeaveStarted"),
    ReentryDeparted: empty("ReentryDeparted"),
    NewContractAbroad: empty("NewContractAbroad"),
    ComplaintFiled: event("ComplaintFiled", {
      complaintId,
      category: z.enum(COMPLAINT_CATEGORY_CODES),
      channel: z.enum(COMPLAINT_CHANNEL_CODES),
      ...opener,
    }),
    ComplaintVerified: event("ComplaintVerified", { complaintId }),
    ComplaintHandlingStarted: event("ComplaintHandlingStarted", { complaintId }),
    ComplaintResolved: event("ComplaintResolved", { complaintId }),
    ComplaintReferred: event("ComplaintReferred", { complaintId }),
    ComplaintClosedUnresolved: event("ComplaintClosedUnresolved", { complaintId }),
    ReturnInitiated: event("ReturnInitiated", {
      reason: returnReason,
      reportVerifiedByMission: z.boolean().optional(),
      fitToReturnLetter: z.boolean().optional(),
      ...opener,
    }),
    ArrivedAtDebarkation: event("ArrivedAtDebarkation", { reason: returnReason.optional(), ...opener }),
    HandedOver: event("HandedOver", {
      recipient: z.enum(HANDOVER_RECIPIENTS),
      witnessedByGovernment: z.boolean(),
    }),
    RehabStarted: empty("RehabStarted"),
    EmpowermentEnrolled: empty("EmpowermentEnrolled"),
    CaseClosed: empty("CaseClosed"),
    DeathReported: event("DeathReported", opener),
    RemainsRepatriationStarted: empty("RemainsRepatriationStarted"),
    BuriedAbroad: empty("BuriedAbroad"),
  } as const satisfies { readonly [K in EventType]: z.ZodType };
}

/**
 * The zod schema of each event type, as {@link lifecycleEventSchemas} returns them.
 *
 * @example
 * ```ts
 * const schemas: EventSchemas = lifecycleEventSchemas();
 * ```
 */
export type EventSchemas = ReturnType<typeof buildLifecycleEventSchemas>;
let schemas: EventSchemas | undefined;

/**
 * The zod schemas of the lifecycle events, one per event type, built on the first call and cached
 * (importing the library builds nothing, so zod stays out of bundles that do not use events). Each
 * schema is strict: an unknown field is refused rather than silently dropped.
 *
 * @example
 * ```ts
 * lifecycleEventSchemas().Departed.safeParse({ type: "Departed", seq: 9, at: "2025-03-01T08:00:00+07:00" }).success;
 * //=> true
 * ```
 */
export function lifecycleEventSchemas(): EventSchemas {
  schemas ??= compileEach(buildLifecycleEventSchemas());
  return schemas;
}

/**
 * Each event schema compiled by `z.compile`: a valid event is parsed by generated code; an invalid one
 * falls back to zod's interpreter, so the issues are unchanged.
 */
function compileEach(built: EventSchemas): EventSchemas {
  const out: Record<string, z.ZodType> = {};
  for (const type of Object.keys(built)) out[type] = z.compile(built[type as EventType] as z.ZodType);
  return out as EventSchemas;
}

let union: z.ZodType<LifecycleEvent> | undefined;

/**
 * The zod schema of any lifecycle event: a union discriminated by `type` (for JSON Schema export and
 * for apps that validate events before storing them). Built on the first call and cached.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * z.toJSONSchema(lifecycleEventSchema()); // JSON Schema of every event
 * lifecycleEventSchema().safeParse({ type: "Nope", seq: 1, at: "2025-01-01T00:00:00Z" }).success; //=> false
 * ```
 */
export function lifecycleEventSchema(): z.ZodType<LifecycleEvent> {
  if (union === undefined) {
    const all = Object.values(lifecycleEventSchemas()) as unknown as [
      z.ZodType<LifecycleEvent>,
      ...z.ZodType<LifecycleEvent>[],
    ];
    union = z.union(all) as unknown as z.ZodType<LifecycleEvent>;
  }
  return union;
}

/**
 * A lifecycle event of a given type, as validated: `{ type, seq, at, ...payload }`.
 *
 * @example
 * ```ts
 * const departed: EventOf<"Departed"> = { type: "Departed", seq: 12, at: "2025-03-01T08:00:00+07:00" };
 * ```
 */
export type EventOf<T extends EventType> = Readonly<z.output<EventSchemas[T]>>;

/**
 * Any lifecycle event (a union discriminated by `type`).
 *
 * @example
 * ```ts
 * const event: LifecycleEvent = { type: "Registered", seq: 1, at: "2025-01-06T09:00:00+07:00", route: "P3MI" };
 * ```
 */
export type LifecycleEvent = { [T in EventType]: EventOf<T> }[EventType];
