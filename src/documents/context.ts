import * as z from "zod";
import { deepFreeze } from "../_lib/deep-freeze.js";
import { readOwnFields } from "../_lib/read-once.js";
import { calendarDateSchema, countryCodeSchema, lazy, spskNameSchema } from "../_lib/schemas.js";
import type { CalendarDate, Issue } from "../core/index.js";
import type { Policy } from "../policies/index.js";
import { readPolicy } from "../policies/policy-on.js";
import {
  EMPLOYER_TYPE_CODES,
  type EmployerType,
  PLACEMENT_ROUTE_CODES,
  type PlacementRoute,
  POSITION_CODES,
  type Position,
  WORKER_CATEGORY_CODES,
  type WorkerCategory,
} from "../reference/index.js";

/**
 * The stages at which documents are required: at registration (becoming a CPMI), at selection for a
 * job order, and at departure (the guard of `Departed`).
 *
 * @example
 * ```ts
 * DOSSIER_STAGES; //=> ["REGISTRATION", "SELECTION", "DEPARTURE"]
 * ```
 */
export const DOSSIER_STAGES = /* @__PURE__ */ deepFreeze(["REGISTRATION", "SELECTION", "DEPARTURE"] as const);

/**
 * A stage of {@link DOSSIER_STAGES}.
 *
 * @example
 * ```ts
 * const stage: DossierStage = "DEPARTURE";
 * ```
 */
export type DossierStage = (typeof DOSSIER_STAGES)[number];

/**
 * What a dossier is judged against. Apps pass it from outside, so `checkDossier` validates it and
 * reports its problems as issues (path `["context", …]`), never throws.
 *
 * - `route`, `workerCategory`, `employerType`, `position`: codes of the reference taxonomies.
 * - `destination`: ISO 3166-1 alpha-2 code of the destination country; `destinationCity` and
 *   `placementAgency` (the P3MI's licence number or id) are needed only for the SPSK exception.
 * - `stage`: defaults to `"DEPARTURE"`.
 * - `asOf`: the day of the check (inject today; the library never reads the clock).
 * - `departureDate`: the planned or actual departure; at the departure stage documents are judged on
 *   it, and on `asOf` when it is absent. `registrationDate`: when given, the age at registration is
 *   checked too.
 * - `policy`: judge with this policy (from {@link policies!POLICIES} or `definePolicy`) instead of the one in
 *   force on the decisive date.
 *
 * @example
 * ```ts
 * const context: DossierContext = {
 *   route: "P3MI",
 *   workerCategory: "LEGAL_ENTITY_EMPLOYER",
 *   employerType: "LEGAL_ENTITY",
 *   destination: "TW",
 *   position: "CAREGIVER",
 *   asOf: "2026-01-10",
 *   departureDate: "2026-02-01",
 * };
 * ```
 */
export interface DossierContext {
  readonly route: PlacementRoute;
  readonly workerCategory: WorkerCategory;
  readonly employerType: EmployerType;
  readonly destination: string;
  readonly destinationCity?: string;
  readonly placementAgency?: string;
  readonly position?: Position;
  readonly stage?: DossierStage;
  readonly asOf: CalendarDate;
  readonly registrationDate?: CalendarDate;
  readonly departureDate?: CalendarDate;
  readonly policy?: Policy;
}

function buildContextSchema() {
  const date = calendarDateSchema();
  return z.strictObject({
    route: z.enum(PLACEMENT_ROUTE_CODES),
    workerCategory: z.enum(WORKER_CATEGORY_CODES),
    employerType: z.enum(EMPLOYER_TYPE_CODES),
    destination: countryCodeSchema(),
    destinationCity: spskNameSchema().optional(),
    placementAgency: spskNameSchema().optional(),
    position: z.enum(POSITION_CODES).optional(),
    stage: z.enum(DOSSIER_STAGES).optional(),
    asOf: date,
    registrationDate: date.optional(),
    departureDate: date.optional(),
    // Checked apart (below): a known policy is not validated again on every call.
    policy: z.unknown().optional(),
  });
}

/**
 * The zod schema of a {@link DossierContext}, built on first call, compiled by `z.compile` and cached.
 *
 * @example
 * ```ts
 * dossierContextSchema().safeParse({ route: "P3MI" }).success; //=> false
 * ```
 */
export const dossierContextSchema = lazy(() => z.compile(buildContextSchema()));

/** A validated context with its defaults resolved. @internal */
export interface ResolvedContext {
  readonly route: PlacementRoute;
  readonly workerCategory: WorkerCategory;
  readonly employerType: EmployerType;
  readonly destination: string;
  readonly destinationCity: string | undefined;
  readonly placementAgency: string | undefined;
  readonly position: Position | undefined;
  readonly stage: DossierStage;
  readonly asOf: CalendarDate;
  readonly registrationDate: CalendarDate | undefined;
  readonly departureDate: CalendarDate | undefined;
  /** The date documents are judged on and the policy is picked by. */
  readonly decisiveDate: CalendarDate;
  readonly policy: Policy | undefined;
}

/**
 * Validates a context from outside. Issues carry the path `["context", …]`. `pristine` (see
 * `objectPrototypeIsPristine`): zod's own parse is the one read of the caller's value, as in
 * `checkDossier`; otherwise a keyless copy is read and validated.
 * @internal
 */
export function resolveContext(
  input: unknown,
  toIssues: (issues: readonly z.core.$ZodIssue[], input: unknown) => Issue[],
  pristine: boolean,
): { context: ResolvedContext | undefined; issues: Issue[] } {
  const schema = dossierContextSchema();
  let data: z.output<typeof schema>;
  if (pristine) {
    // A plain object's missing option finds nothing inherited, and zod's output is a fresh value.
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { context: undefined, issues: toIssues(parsed.error.issues, input) };
    data = parsed.data;
  } else {
    // A prototype-free copy: an option the caller did not give is not found on a polluted prototype.
    const copy = readOwnFields(input);
    // Checked without building zod's output: the schema transforms nothing, so the valid copy is
    // what zod would build, and unlike zod's output it inherits no key.
    if (!z.validate(schema, copy)) {
      return { context: undefined, issues: toIssues(schema.safeParse(copy).error?.issues ?? [], copy) };
    }
    data = copy as z.output<typeof schema>;
  }
  let policy: Policy | undefined;
  if (data.policy !== undefined) {
    // A shipped or defined policy as it is; any other is validated as a copy, and only the copy used.
    const read = readPolicy(data.policy, ["context", "policy"]);
    if (!read.ok) return { context: undefined, issues: read.issues };
    policy = read.policy;
  }
  const stage = data.stage ?? "DEPARTURE";
  const decisiveDate =
    stage === "REGISTRATION"
      ? (data.registrationDate ?? data.asOf)
      : stage === "DEPARTURE"
        ? (data.departureDate ?? data.asOf)
        : data.asOf;
  return {
    context: {
      route: data.route,
      workerCategory: data.workerCategory,
      employerType: data.employerType,
      destination: data.destination,
      destinationCity: data.destinationCity,
      placementAgency: data.placementAgency,
      position: data.position,
      stage,
      asOf: data.asOf,
      registrationDate: data.registrationDate,
      departureDate: data.departureDate,
      decisiveDate,
      policy,
    },
    issues: [],
  };
}
