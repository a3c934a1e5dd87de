import * as z from "zod";
import { deepFreeze } from "../_lib/deep-freeze.js";
import { readOwnFields } from "../_lib/read-once.js";
import { calendarDateSchema, lazy } from "../_lib/schemas.js";
import { issuesFromZod } from "../_lib/zod-issues.js";
import { type BasisRef, basisText, err, ok, type Result } from "../core/index.js";
import { type Policy, policyOn } from "../policies/index.js";
import { readPolicy } from "../policies/policy-on.js";
import { PLACEMENT_ROUTE_CODES, type PlacementRoute } from "../reference/index.js";
import { DOSSIER_STAGES, type DossierStage } from "./context.js";
import type { DocumentKind } from "./kinds.js";

/**
 * One row of {@link DOCUMENT_REQUIREMENTS}: a kind required on some routes at some stages.
 *
 * @example
 * ```ts
 * const reentryPassport: DocumentRequirement = {
 *   kind: "PASSPORT",
 *   routes: ["REENTRY"],
 *   stages: ["DEPARTURE"],
 *   basis: ["BP2MI_LETTER_2023_08_16"],
 * };
 * ```
 */
export interface DocumentRequirement {
  readonly kind: DocumentKind;
  readonly routes: readonly PlacementRoute[];
  readonly stages: readonly DossierStage[];
  /** The legal bases, by id of `LEGAL_BASES` (printed by `basisText`). */
  readonly basis: readonly BasisRef[];
  /** The groups the row belongs to: `"PASAL_13"` for the eight documents of UU 18/2017 Pasal 13. */
  readonly groups?: readonly RequirementGroup[];
  readonly note?: string;
}

/**
 * The named groups of requirement rows: `PASAL_13`, the eight placement documents of UU 18/2017
 * Pasal 13 (the lifecycle's `pasal13Complete` guard checks exactly these).
 *
 * @example
 * ```ts
 * const group: RequirementGroup = "PASAL_13";
 * ```
 */
export type RequirementGroup = "PASAL_13";

/** Routes of a new placement (every procedural route but re-entry). */
const NEW_PLACEMENT = [
  "P3MI",
  "GOVERNMENT_G2G",
  "GOVERNMENT_G2P",
  "COMPANY_OWN_INTEREST",
  "INDIVIDUAL",
  "SPECIAL_PROGRAM",
] as const satisfies readonly PlacementRoute[];

/** Routes with a placement implementer (UU 18/2017 Pasal 49): every new placement but the individual one. */
const WITH_IMPLEMENTER = [
  "P3MI",
  "GOVERNMENT_G2G",
  "GOVERNMENT_G2P",
  "COMPANY_OWN_INTEREST",
  "SPECIAL_PROGRAM",
] as const satisfies readonly PlacementRoute[];

const ALL_STAGES = DOSSIER_STAGES;
const FROM_SELECTION = ["SELECTION", "DEPARTURE"] as const satisfies readonly DossierStage[];
const DEPARTURE = ["DEPARTURE"] as const satisfies readonly DossierStage[];
const INDIVIDUAL_SET = ["PERMENAKER_9_2019_P34", "SISKO_EPMI_INDIVIDUAL"] as const;
const REENTRY_SET = ["BP2MI_LETTER_2023_08_16"] as const;
const P13 = ["PASAL_13"] as const;

/**
 * The requirement matrix: which document kinds are required, on which placement routes, at which
 * stages, with the legal basis of each. `NONPROCEDURAL` cases (recorded for protection only) require
 * nothing. The individual route has no placement implementer, hence no placement agreement (UU
 * Pasal 49 lists the implementers; Pasal 63 lets an individual go without one). Re-entry after leave
 * checks the four documents of the BP2MI letter of 16 August 2023.
 *
 * @example
 * ```ts
 * DOCUMENT_REQUIREMENTS.filter((r) => "groups" in r && r.groups.includes("PASAL_13")).length; //=> 8
 * ```
 */
export const DOCUMENT_REQUIREMENTS = /* @__PURE__ */ deepFreeze([
  {
    kind: "KTP_EL",
    routes: NEW_PLACEMENT,
    stages: ALL_STAGES,
    basis: ["UU18_P1_1", "ADMINDUK_P13"],
  },
  {
    kind: "KK",
    routes: NEW_PLACEMENT,
    stages: ALL_STAGES,
    basis: ["ADMINDUK_KK", "DISNAKER_REGISTRATION_PRACTICE"],
    note: "Verified at registration in practice (Dinperinaker Kota Pekalongan, 2024); no article requires it.",
  },
  { kind: "SIP3MI", routes: ["P3MI"], stages: FROM_SELECTION, basis: ["UU18_P51"] },
  { kind: "SIP2MI", routes: ["P3MI"], stages: FROM_SELECTION, basis: [["UU18_P59", "ayat (1)"]] },
  {
    kind: "JOB_ORDER",
    routes: ["P3MI"],
    stages: FROM_SELECTION,
    basis: [["UU18_P59", "ayat (4) huruf b"]],
  },
  {
    kind: "COOP_AGREEMENT",
    routes: ["P3MI"],
    stages: FROM_SELECTION,
    basis: [["UU18_P59", "ayat (4) huruf a"]],
  },
  {
    kind: "MARITAL_STATUS",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["UU18_P13", "huruf a"]],
    groups: P13,
  },
  {
    kind: "FAMILY_CONSENT",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["UU18_P13", "huruf b"]],
    groups: P13,
  },
  {
    kind: "COMPETENCY_CERT",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["UU18_P13", "huruf c"]],
    groups: P13,
  },
  {
    kind: "HEALTH_CERT",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["UU18_P13", "huruf d"]],
    groups: P13,
  },
  {
    kind: "PASSPORT",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["UU18_P13", "huruf e"]],
    groups: P13,
  },
  {
    kind: "WORK_VISA",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["UU18_P13", "huruf f"]],
    groups: P13,
  },
  {
    kind: "PLACEMENT_AGREEMENT",
    routes: WITH_IMPLEMENTER,
    stages: DEPARTURE,
    basis: [["UU18_P13", "huruf g"]],
    groups: P13,
  },
  {
    kind: "EMPLOYMENT_CONTRACT",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["UU18_P13", "huruf h"]],
    groups: P13,
  },
  {
    kind: "SOCSEC_CARD",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["UU18_P5", "huruf d"], "PERMENAKER_4_2023"],
  },
  {
    kind: "OPP_CERT",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: [["PERMEN_P2MI_4_2025_P9", "huruf e"]],
  },
  {
    kind: "E_KPMI",
    routes: NEW_PLACEMENT,
    stages: DEPARTURE,
    basis: ["PERMEN_P2MI_34_2025", "SISKO_EPMI"],
    note: "Recorded at the pre-departure orientation; which card type is accepted depends on the policy.",
  },
  { kind: "JKN_PROOF", routes: ["INDIVIDUAL"], stages: DEPARTURE, basis: INDIVIDUAL_SET },
  { kind: "CALL_LETTER", routes: ["INDIVIDUAL"], stages: DEPARTURE, basis: INDIVIDUAL_SET },
  { kind: "RISK_STATEMENT", routes: ["INDIVIDUAL"], stages: DEPARTURE, basis: INDIVIDUAL_SET },
  { kind: "PASSPORT", routes: ["REENTRY"], stages: DEPARTURE, basis: REENTRY_SET },
  { kind: "WORK_VISA", routes: ["REENTRY"], stages: DEPARTURE, basis: REENTRY_SET },
  { kind: "REENTRY_VISA", routes: ["REENTRY"], stages: DEPARTURE, basis: REENTRY_SET },
  { kind: "EMPLOYMENT_CONTRACT", routes: ["REENTRY"], stages: DEPARTURE, basis: REENTRY_SET },
] as const satisfies readonly DocumentRequirement[]);

/**
 * A document required in a context, with the basis of the requirement.
 *
 * @example
 * ```ts
 * const required: RequiredDocument = { kind: "PASSPORT", basis: "UU 18/2017 Pasal 13 huruf e" };
 * ```
 */
export interface RequiredDocument {
  readonly kind: DocumentKind;
  readonly basis: string;
  /**
   * For `E_KPMI`, when the context gives a date: the card types the policy in force accepts (the
   * card it issues, and an older card issued before the switch), and that policy's id.
   */
  readonly cardTypes?: readonly ("E_PMI" | "E_KPMI")[];
  readonly policyId?: string;
}

/**
 * The document kinds of a group of the requirement matrix, in the matrix's order (for `PASAL_13`:
 * the eight placement documents of UU 18/2017 Pasal 13).
 *
 * @example
 * ```ts
 * requirementGroupKinds("PASAL_13").length; //=> 8
 * ```
 */
export function requirementGroupKinds(group: RequirementGroup): readonly DocumentKind[] {
  const kinds: DocumentKind[] = [];
  for (const row of DOCUMENT_REQUIREMENTS as readonly DocumentRequirement[]) {
    if (row.groups?.includes(group) === true && !kinds.includes(row.kind)) kinds.push(row.kind);
  }
  return kinds;
}

// Each kind appears at most once per (route, stage) in the matrix (a test checks it).
// The matrix is small and fixed: each (route, stage) list is computed once and shared (read-only),
// so checkDossier allocates nothing for it per call.
// Keyed by route, then stage: two lookups of constant strings, no key built per call.
const cache = new Map<PlacementRoute, Map<DossierStage, readonly RequiredDocument[]>>();

/** @internal */
export function requirementsFor(route: PlacementRoute, stage: DossierStage): readonly RequiredDocument[] {
  let byStage = cache.get(route);
  if (byStage === undefined) {
    byStage = new Map();
    cache.set(route, byStage);
  }
  let list = byStage.get(stage);
  if (list === undefined) {
    const out: RequiredDocument[] = [];
    for (const row of DOCUMENT_REQUIREMENTS as readonly DocumentRequirement[]) {
      if (!row.routes.includes(route) || !row.stages.includes(stage)) continue;
      out.push(Object.freeze({ kind: row.kind, basis: basisText(row.basis) }));
    }
    list = Object.freeze(out);
    byStage.set(stage, list);
  }
  return list;
}

const requirementContextSchema = lazy(() => {
  const date = calendarDateSchema();
  return z.object({
    route: z.enum(PLACEMENT_ROUTE_CODES),
    stage: z.enum(DOSSIER_STAGES).optional(),
    asOf: date.optional(),
    registrationDate: date.optional(),
    departureDate: date.optional(),
    policy: z.unknown().optional(),
  });
});

/** The worker card requirement as the policy in force on the date reads it. */
function withCardTypes(required: RequiredDocument, policy: Policy): RequiredDocument {
  const { issued, legacy } = policy.parameters.workerCard.value;
  return {
    kind: required.kind,
    basis: `${required.basis}; ${policy.parameters.workerCard.basis}`,
    cardTypes: legacy === null ? [issued] : [issued, legacy],
    policyId: policy.id,
  };
}

/**
 * The documents required for a placement route at a stage (default `"DEPARTURE"`), each with its
 * basis, in the order of the matrix. Accepts a `checkDossier` context: when it carries a date (the
 * stage's decisive date, as in `checkDossier`) or a policy, the worker-card entry says which card
 * types (E-PMI, E-KPMI) the policy in force accepts. Worker category, employer, destination and
 * position are accepted but change nothing: the domain notes name no document specific to them.
 * Accepts anything: an invalid context gives issues, never an exception.
 *
 * @example
 * ```ts
 * const result = requiredDocuments({ route: "INDIVIDUAL", stage: "DEPARTURE" });
 * result.ok && result.value.map((r) => r.kind).includes("RISK_STATEMENT"); //=> true
 * result.ok && result.value.map((r) => r.kind).includes("PLACEMENT_AGREEMENT"); //=> false
 * requiredDocuments({ route: "NONPROCEDURAL" }); //=> { ok: true, value: [] }
 * const card = requiredDocuments({ route: "P3MI", departureDate: "2026-02-01" });
 * card.ok && card.value.find((r) => r.kind === "E_KPMI")?.cardTypes; //=> ["E_KPMI", "E_PMI"]
 * ```
 */
export function requiredDocuments(context: unknown): Result<readonly RequiredDocument[]> {
  // A prototype-free copy: an option the caller did not give is not found on a polluted prototype.
  const copy = readOwnFields(context);
  const parsed = requirementContextSchema().safeParse(copy);
  if (!parsed.success) return err(issuesFromZod(parsed.error.issues, [], copy));
  // zod's output is a plain object: an optional field left out would be read from the prototype.
  const data = readOwnFields(parsed.data) as typeof parsed.data;
  const { route, asOf, registrationDate, departureDate } = data;
  const stage = data.stage ?? "DEPARTURE";
  const list = requirementsFor(route, stage);
  const date =
    stage === "REGISTRATION"
      ? (registrationDate ?? asOf)
      : stage === "DEPARTURE"
        ? (departureDate ?? asOf)
        : asOf;
  // A policy given is read as checkDossier reads it: a malformed one is refused, never replaced.
  let policy: Policy | undefined;
  if (data.policy !== undefined) {
    const read = readPolicy(data.policy, ["policy"]);
    if (!read.ok) return err(read.issues);
    policy = read.policy;
  } else if (date !== undefined) policy = policyOn(date);
  if (policy === undefined || !list.some((r) => r.kind === "E_KPMI")) return ok(list);
  return ok(list.map((r) => (r.kind === "E_KPMI" ? withCardTypes(r, policy) : r)));
}
