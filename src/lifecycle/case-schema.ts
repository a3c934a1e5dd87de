import * as z from "zod";
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
import { REMAINS_STATUSES } from "./case.js";
import { COMPLAINT_STATUSES, type ComplaintStatus } from "./complaints.js";
import { EVENT_TYPES, type EventType, type MilestoneCode } from "./events.js";
import { PHASES, type Phase } from "./phases.js";
import { identifier, lifecycleEventSchema, SOCIAL_SECURITY_PROGRAMS, workerFields } from "./schemas.js";
import { STATE_CODES, STATES, type TerminalState } from "./states.js";

/** A milestone's instant: `null` until the case reaches it (described by its event type's entry). */
const milestoneInstant = (code: MilestoneCode) =>
  instantSchema()
    .nullable()
    .meta({
      description: `When this milestone was first recorded, or null until reached: ${EVENT_TYPES[code].description}`,
    });

// The descriptions repeat the doc comments of `Case`, `Complaint`, `CaseFlags` and `CaseWorker` in
// case.ts word for word, so that they land in the JSON Schema (a test compares the two).
// A field not yet known is `null`, never absent: every case has the same fields, as `Case` says.
function buildCaseSchema() {
  const describe = (description: string) => ({ description });
  const phases = Object.keys(PHASES) as Phase[];
  const terminal = STATE_CODES.filter((code) => STATES[code].terminal) as TerminalState[];
  const milestones = (Object.keys(EVENT_TYPES) as EventType[]).filter(
    (type) => EVENT_TYPES[type].milestone,
  ) as MilestoneCode[];
  const complaintStatuses = Object.keys(COMPLAINT_STATUSES) as ComplaintStatus[];
  const worker = workerFields();

  const complaint = z.strictObject({
    id: identifier().meta(describe("The complaint's identifier, unique within the case.")),
    category: z.enum(COMPLAINT_CATEGORY_CODES).meta(describe("What the complaint is about.")),
    channel: z.enum(COMPLAINT_CHANNEL_CODES).meta(describe("How the complaint reached the office.")),
    status: z.enum(complaintStatuses).meta(describe("Where the complaint stands in its own lifecycle.")),
    receivedAt: instantSchema().meta(
      describe("When the complaint was filed (the `at` of its `ComplaintFiled` event)."),
    ),
    closedAt: instantSchema()
      .nullable()
      .meta(
        describe(
          "When the complaint reached a final status (resolved, referred or closed unresolved), or null while open.",
        ),
      ),
  });

  const flags = z.strictObject({
    openComplaint: z
      .boolean()
      .meta(describe("At least one complaint is not in a final status (RECEIVED, VERIFIED or IN_HANDLING).")),
    lostContact: z
      .boolean()
      .meta(
        describe(
          "A `LOST_CONTACT` complaint is not yet resolved (REFERRED or CLOSED_UNRESOLVED keep the flag).",
        ),
      ),
    contractExtended: z
      .boolean()
      .meta(describe("The employment contract has been extended at least once in this case.")),
  });

  const caseWorker = z.strictObject({
    sex: worker.sex.nullable().meta(describe("Sex: `M` or `F`.")),
    birthDate: worker.birthDate.nullable().meta(describe("Birth date.")),
    provinceCode: worker.provinceCode
      .nullable()
      .meta(describe("Two-digit province code of origin (as in the first digits of the NIK).")),
    regencyCode: worker.regencyCode
      .nullable()
      .meta(describe("Four-digit regency/city (kabupaten/kota) code of origin.")),
  });

  // Loose at the top level: `applyEvent` accepts a case from outside that carries keys of its own
  // (an app's id, tenant, version…) and keeps them in the next case (it spreads such a case), so the
  // schema lets them through too, and `parse` keeps them. Everything below the top level is strict:
  // only the engine writes it.
  return (
    z
      .looseObject({
        state: z.enum(STATE_CODES).meta(describe("The current state of the main lifecycle.")),
        phase: z.enum(phases).meta(describe("The protection phase of `state` (UU 18/2017 Pasal 7).")),
        route: z
          .enum(PLACEMENT_ROUTE_CODES)
          .nullable()
          .meta(describe("The placement route; null only for a prospect who has not registered yet.")),
        outcome: z
          .enum(terminal)
          .nullable()
          .meta(
            describe(
              "The terminal outcome once it is known: set when the case enters a terminal state, and already at handover (`HandedOver`) for a returned worker, whose case stays open for rehabilitation and empowerment until `CaseClosed`.",
            ),
          ),
        milestones: z
          .strictObject(
            Object.fromEntries(milestones.map((code) => [code, milestoneInstant(code)])) as {
              [K in MilestoneCode]: ReturnType<typeof milestoneInstant>;
            },
          )
          .meta(
            describe(
              "Every milestone event type, with the instant it was first recorded or `null` while not reached (a repeat is in `history`).",
            ),
          ),
        returnReason: z
          .enum(RETURN_REASON_CODES)
          .nullable()
          .meta(
            describe("The return reason (UU 18/2017 Pasal 27) once a return starts or a death is reported."),
          ),
        destination: countryCodeSchema()
          .nullable()
          .meta(describe("Destination country (ISO 3166-1 alpha-2).")),
        destinationCity: spskNameSchema()
          .nullable()
          .meta(
            describe(
              "The destination city of the job order; read only by the SPSK exception to the Middle-East moratorium (Kepmenaker 291/2018).",
            ),
          ),
        position: z
          .enum(POSITION_CODES)
          .nullable()
          .meta(describe("The position (*jabatan*) of the job order.")),
        employerType: z
          .enum(EMPLOYER_TYPE_CODES)
          .nullable()
          .meta(describe("The type of employer of the job order.")),
        sector: z
          .enum(SECTOR_CODES)
          .nullable()
          .meta(describe("The sector (formal or informal) of the job order.")),
        workerCategory: z
          .enum(WORKER_CATEGORY_CODES)
          .nullable()
          .meta(
            describe(
              "The worker category (UU 18/2017 Pasal 4 ayat (1)): given at registration or with the job order, else derived from the employer type.",
            ),
          ),
        worker: caseWorker.meta(
          describe("What is known about the worker, for statistics only (never a name, NIK or address)."),
        ),
        employerId: identifier()
          .nullable()
          .meta(
            describe(
              "Opaque employer identifier from the job order or employment start, for the same-employer checks.",
            ),
          ),
        jobOrderId: identifier().nullable().meta(describe("The job order the case is recruited for.")),
        placementAgency: spskNameSchema()
          .nullable()
          .meta(
            describe(
              "The placing agency (P3MI) named by the job order; read only by the SPSK exception to the Middle-East moratorium (Kepmenaker 291/2018).",
            ),
          ),
        jobOrderVerified: z
          .boolean()
          .nullable()
          .meta(
            describe("Whether the job order was verified by the mission / attaché (UU 18/2017 Pasal 9–10)."),
          ),
        sip2miIssued: z
          .boolean()
          .nullable()
          .meta(describe("Whether the SIP2MI for the job order was issued (UU 18/2017 Pasal 59).")),
        contractEndDate: calendarDateSchema()
          .nullable()
          .meta(describe("End date of the employment contract, moved by an approved extension.")),
        preWorkCoverFrom: calendarDateSchema()
          .nullable()
          .meta(describe("The date the latest pre-work social-security registration started its cover.")),
        socialSecurityPrograms: z
          .array(z.enum(SOCIAL_SECURITY_PROGRAMS))
          .min(1)
          .max(SOCIAL_SECURITY_PROGRAMS.length)
          .nullable()
          .meta(describe("The social-security programmes of the latest registration.")),
        documents: z
          .partialRecord(z.enum(DOCUMENT_KIND_CODES), z.record(z.string(), z.unknown()))
          .meta(
            describe("The case's dossier: the latest document of each kind submitted and not withdrawn."),
          ),
        complaints: z
          .array(complaint)
          // Each id names one complaint: the complaint events find it by id (complaintIdNew's rule).
          .superRefine((list, ctx) => {
            const seen = new Set<string>();
            list.forEach(({ id }, index) => {
              if (seen.has(id)) {
                ctx.addIssue({
                  code: "custom",
                  path: [index, "id"],
                  params: { code: "COMPLAINT_DUPLICATE_ID" },
                });
              }
              seen.add(id);
            });
          })
          .meta(
            describe(
              "The complaints filed on the case, in the order they were filed, each with its own status.",
            ),
          ),
        remains: z
          .enum(REMAINS_STATUSES)
          .nullable()
          .meta(describe("The repatriation of remains, once a death is reported.")),
        flags: flags.meta(
          describe("Flags derived from the events, for the lists and counts an office keeps."),
        ),
        history: z
          .array(lifecycleEventSchema())
          .meta(describe("The events applied, in `seq` order (the case is their fold).")),
        lastSeq: z.int().min(1).meta(describe("The `seq` of the last event applied.")),
        lastAt: instantSchema().meta(describe("The `at` of the last event applied.")),
      })
      // The bookkeeping the engine extends must agree with the history, or the next event's history
      // would not replay: seqs 1, 2, 3…, `lastSeq` and `lastAt` the last event's, `phase` the state's.
      .superRefine((c, ctx) => {
        const inconsistent = (path: (string | number)[]) =>
          ctx.addIssue({ code: "custom", path, params: { code: "CASE_INCONSISTENT" } });
        c.history.forEach((event, index) => {
          if (event.seq !== index + 1) inconsistent(["history", index, "seq"]);
        });
        if (c.lastSeq !== c.history.length) inconsistent(["lastSeq"]);
        const last = c.history.at(-1);
        if (last !== undefined && c.lastAt !== last.at) inconsistent(["lastAt"]);
        if (STATES[c.state].phase !== c.phase) inconsistent(["phase"]);
      })
      .meta(
        describe(
          "A case: one placement of one person for one employment contract, as the fold of its events. Everything in it is derived from `history`; it is plain JSON data (no Map, Set, class or function), so it survives `JSON.parse(JSON.stringify(case))` unchanged. Every field is always present: one that no event has made known yet is `null`.",
        ),
      )
  );
}

let cached: ReturnType<typeof buildCaseSchema> | undefined;

/**
 * The zod schema of a {@link Case}, built on the first call, compiled by `z.compile` and cached
 * (importing the library builds nothing). It checks the shape of a case read back from storage or
 * received from elsewhere: every field of `Case` with its codes, instants, dates and bounds, the
 * `history` with the schema of each event, `milestones` keyed by milestone event types only. Keys
 * of its own at the top level are kept (as `applyEvent` keeps them); inside, unknown keys are
 * refused. Its bookkeeping must agree with its history (`CASE_INCONSISTENT` at the field): the
 * events' `seq` run 1, 2, 3…, `lastSeq` and `lastAt` are the last event's, `phase` is the state's. It
 * does not check that the case is the fold of its history (state, milestones and guards):
 * {@link replay} its `history` for that.
 *
 * @example
 * ```ts
 * const stored: unknown = JSON.parse(json); // a case read back from storage
 * const parsed = caseSchema().safeParse(stored);
 * if (parsed.success) {
 *   const c: Case = parsed.data;
 *   replay(c.history); // re-derive the case to check it is the fold of its events
 * }
 * z.toJSONSchema(caseSchema(), { io: "input" }); // for apps in other languages
 * ```
 */
export function caseSchema() {
  cached ??= z.compile(buildCaseSchema());
  return cached;
}
