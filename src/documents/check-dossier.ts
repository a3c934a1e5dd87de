import * as z from "zod";
import { objectPrototypeIsPristine, readOnce } from "../_lib/read-once.js";
import { issuesFromZod, unknownKeyIssues } from "../_lib/zod-issues.js";
import { basisText, createIssue, hasErrors, type Issue, type PathSegment } from "../core/index.js";
import { POLICIES, type Policy } from "../policies/index.js";
import { pickPolicy } from "../policies/policy-on.js";
import { type ResolvedContext, resolveContext } from "./context.js";
import { DOCUMENT_KIND_CODES, DOCUMENT_KINDS, type DocumentKind } from "./kinds.js";
import { requirementsFor } from "./requirements.js";
import { DOSSIER_RULES, type DossierRuleId } from "./rule-catalogue.js";
import type { RuleState, ValidDocuments, WorkerFacts } from "./rules/state.js";
import { documentSchemas, documentsSchema, workerFactsSchema } from "./schemas.js";
import { lenientDocumentSchema, UNKNOWN_KEY_SEVERITY } from "./unknown-keys.js";

/**
 * The outcome of {@link checkDossier}.
 *
 * @example
 * ```ts
 * const check: DossierCheck = { ok: false, issues: [], missing: ["PASSPORT"], policy: "ID-2025-P2MI" };
 * ```
 */
export interface DossierCheck {
  /** `true` when no issue is an error (warnings alone pass). */
  readonly ok: boolean;
  /** Every problem found, errors and warnings, each with code, path, basis, documentKind and policyId. */
  readonly issues: readonly Issue[];
  /** The required kinds that are absent (present-but-malformed documents are not "missing"). */
  readonly missing: readonly DocumentKind[];
  /** The id of the policy that judged, or `null` when none could (invalid context, no policy in force). */
  readonly policy: string | null;
}

const CONTEXT_PATH: readonly PathSegment[] = ["context"];
const hasOwn = Object.prototype.hasOwnProperty;
/** Which rules run, and which of their issues are built (see checkValidatedDossier). */
interface JudgeScope {
  readonly onlyKinds?: ReadonlySet<string> | undefined;
  readonly onlyRules?: ReadonlySet<DossierRuleId> | undefined;
}
const EVERY_RULE: JudgeScope = {};
/** A shared empty list of kinds, never written to. */
const NO_KINDS: readonly DocumentKind[] = [];
/**
 * Runs every rule of the catalogue, in its order: the catalogue is the run list (only those of
 * `onlyRules` when given).
 */
function runRules(state: RuleState, onlyRules: ReadonlySet<DossierRuleId> | undefined): void {
  for (const rule of DOSSIER_RULES) if (onlyRules === undefined || onlyRules.has(rule.id)) rule.check(state);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withKind(issues: readonly Issue[], kind: DocumentKind): Issue[] {
  const basis = basisText(DOCUMENT_KINDS[kind].basis);
  return issues.map((issue) => ({ ...issue, documentKind: kind, basis: issue.basis ?? basis }));
}

/**
 * Every kind as an own key from the start, so the object keeps one shape as documents are set, and
 * a read of a kind by name never reaches the prototype.
 * @internal
 */
export function emptyDocuments(): ValidDocuments {
  return {
    KTP_EL: undefined,
    KK: undefined,
    MARITAL_STATUS: undefined,
    FAMILY_CONSENT: undefined,
    COMPETENCY_CERT: undefined,
    HEALTH_CERT: undefined,
    PASSPORT: undefined,
    SKCK: undefined,
    WORK_VISA: undefined,
    REENTRY_VISA: undefined,
    PLACEMENT_AGREEMENT: undefined,
    EMPLOYMENT_CONTRACT: undefined,
    SOCSEC_CARD: undefined,
    JKN_PROOF: undefined,
    OPP_CERT: undefined,
    E_KPMI: undefined,
    SIP3MI: undefined,
    SIP2MI: undefined,
    COOP_AGREEMENT: undefined,
    JOB_ORDER: undefined,
    CALL_LETTER: undefined,
    RISK_STATEMENT: undefined,
    LEAVE_LETTER: undefined,
    FIT_TO_RETURN: undefined,
    HANDOVER_RECORD: undefined,
    DEATH_DOCS: undefined,
  };
}

interface ReadDossier {
  readonly docs: ValidDocuments;
  /** Kinds present but malformed: not valid, yet not missing either. */
  readonly malformed: readonly DocumentKind[];
  readonly worker: WorkerFacts | undefined;
}

/**
 * The common case in one call: every document valid under the compiled `documents` schema. On a
 * pristine Object.prototype `rawDocs` is the caller's, and zod's output is used (`undefined` when a
 * kind came from a prototype the caller gave). Else it is checked without building zod's output:
 * `rawDocs` is `readOnce`'s copy, fresh and owned by the library, and
 * the document schemas transform nothing, so a valid copy is exactly what zod would have built, and
 * unlike zod's output it inherits no key: a rule that reads a field the document leaves out finds
 * nothing on a polluted Object.prototype. Otherwise the schema's issues (the caller then parses
 * document by document to report each one's issues, and takes the unknown kinds from these).
 */
function parseDocumentsAtOnce(
  rawDocs: Readonly<Record<string, unknown>>,
  pristine: boolean,
): ValidDocuments | readonly z.core.$ZodIssue[] | undefined {
  const schema = documentsSchema();
  if (!pristine) {
    if (z.validate(schema, rawDocs)) return rawDocs as ValidDocuments;
    return schema.safeParse(rawDocs).error?.issues ?? [];
  }
  const parsed = schema.safeParse(rawDocs);
  if (!parsed.success) return parsed.error.issues;
  const docs = parsed.data as ValidDocuments;
  // zod reads a kind through any prototype: one the caller gave is never a document (`undefined`:
  // the documents are then read one by one, own keys only). A pristine Object.prototype lends none.
  const proto: unknown = Object.getPrototypeOf(rawDocs);
  if (proto !== Object.prototype && proto !== null)
    for (const kind in docs) if (!hasOwn.call(rawDocs, kind)) return undefined;
  return docs;
}

/** The issues of the unknown document kinds, from the `documents` schema's own strict check. */
function unknownKinds(issues: readonly z.core.$ZodIssue[], out: Issue[]): void {
  // An unknown kind is an error: it may be a misspelt kind whose validity a rule would judge.
  for (const issue of issues)
    if (issue.code === "unrecognized_keys" && issue.path.length === 0)
      out.push(...unknownKeyIssues(issue.keys, ["documents"], "error"));
}

/**
 * Validates the dossier's documents, one by one when needed so one malformed document hides no other
 * problem. `pristine` (see `objectPrototypeIsPristine`): `dossier` is the caller's value, and zod's
 * output (each key read once) is what the rules read; otherwise it is `readOnce`'s keyless copy,
 * validated and used as it is.
 */
function readDossier(dossier: unknown, issues: Issue[], pristine: boolean): ReadDossier {
  if (!isRecord(dossier)) {
    issues.push(createIssue("INPUT_NOT_OBJECT", []));
    return { docs: emptyDocuments(), malformed: NO_KINDS, worker: undefined };
  }
  // The top level is read by hand, not by a schema: its unknown keys are found here, in one pass
  // over its (usually two) keys. An error: a misspelt `documents` or `worker` drops what it holds.
  for (const key in dossier)
    if (key !== "documents" && key !== "worker" && hasOwn.call(dossier, key))
      issues.push(...unknownKeyIssues([key], [], "error"));
  let worker: WorkerFacts | undefined;
  const rawWorker = hasOwn.call(dossier, "worker") ? dossier.worker : undefined;
  if (rawWorker !== undefined) {
    // The valid copy is used as it is (see parseDocumentsAtOnce); the caller's value, as zod read it.
    const schema = workerFactsSchema();
    if (!pristine && z.validate(schema, rawWorker)) worker = rawWorker as WorkerFacts;
    else {
      const parsed = schema.safeParse(rawWorker);
      if (parsed.success) worker = parsed.data;
      else issues.push(...issuesFromZod(parsed.error.issues, ["worker"], rawWorker));
    }
  }
  const rawDocs = hasOwn.call(dossier, "documents") ? dossier.documents : undefined;
  if (rawDocs === undefined) return { docs: emptyDocuments(), malformed: NO_KINDS, worker };
  if (!isRecord(rawDocs)) {
    issues.push(createIssue("INPUT_NOT_OBJECT", ["documents"]));
    return { docs: emptyDocuments(), malformed: NO_KINDS, worker };
  }
  // The common case allocates neither the empty documents nor the malformed list.
  const fast = parseDocumentsAtOnce(rawDocs, pristine);
  if (fast !== undefined && !Array.isArray(fast))
    return { docs: fast as ValidDocuments, malformed: NO_KINDS, worker };
  if (fast !== undefined) unknownKinds(fast as readonly z.core.$ZodIssue[], issues);
  return { ...readEachDocument(rawDocs, issues, pristine), worker };
}

/** Reads the documents one by one (own keys only), so one malformed document hides no other problem. */
function readEachDocument(
  rawDocs: Readonly<Record<string, unknown>>,
  issues: Issue[],
  pristine: boolean,
): { docs: ValidDocuments; malformed: readonly DocumentKind[] } {
  const docs = emptyDocuments();
  const malformed: DocumentKind[] = [];
  const schemas = documentSchemas();
  for (const kind of DOCUMENT_KIND_CODES) {
    // Own keys only: a `__proto__` key is never a document.
    const raw = hasOwn.call(rawDocs, kind) ? rawDocs[kind] : undefined;
    if (raw === undefined) continue;
    const parsed = (schemas[kind] as z.ZodType).safeParse(raw);
    if (parsed.success) {
      // The valid copy itself, or zod's output of the caller's value (see readDossier).
      (docs as Record<string, unknown>)[kind] = pristine ? parsed.data : raw;
      continue;
    }
    const found = withKind(
      issuesFromZod(parsed.error.issues, ["documents", kind], raw, {
        unknownKeySeverity: UNKNOWN_KEY_SEVERITY[kind],
      }),
      kind,
    );
    issues.push(...found);
    // Only warnings (unknown keys that cannot change the verdict): the document is read without them.
    const lenient = hasErrors(found) ? undefined : lenientDocumentSchema(kind).safeParse(raw);
    // zod's output without the unknown keys, made keyless like the copy (rare: a warning was found).
    if (lenient?.success)
      (docs as Record<string, unknown>)[kind] = pristine ? lenient.data : readOnce(lenient.data);
    else malformed.push(kind);
  }
  return { docs, malformed };
}

/**
 * Checks a worker's dossier against the law as it stood on the date that matters, reporting every
 * problem at once. Never throws: the dossier and the context are outside data (`unknown`), and their
 * schema problems come back as issues (`["documents", kind, …]`, `["context", …]`). Only an error the
 * caller's own code raises while being read (a getter, a proxy's trap, a revoked proxy) propagates.
 *
 * The decisive date is the departure date at the `DEPARTURE` stage (else `asOf`), the registration
 * date at `REGISTRATION` (else `asOf`), and `asOf` at `SELECTION`. The policy in force on it (or
 * `context.policy`) judges, and its id is returned and stamped on every rule issue. The rules, each
 * with its basis, are listed in {@link DOSSIER_RULES}; among them: required documents
 * ({@link requiredDocuments}), age, NIK structure (warnings for a NIK that disagrees with the declared
 * birth date or sex), cross-document identity, marital status and family consent, the health
 * certificate's window, passport validity (an expiry *on* the departure day is refused: the passport
 * must expire strictly after it), visa and card validity, social-security cover, minimum contract
 * content, destination and position consistency, the Middle-East moratorium with the SPSK exception,
 * and placement costs.
 *
 * Issues never contain a submitted value; params carry only limits, codes and policy dates.
 *
 * @param dossier - anything; see {@link Dossier} for the expected shape
 * @param context - anything; see {@link DossierContext}
 *
 * @example
 * ```ts
 * const check = checkDossier(dossier, {
 *   route: "P3MI",
 *   workerCategory: "LEGAL_ENTITY_EMPLOYER",
 *   employerType: "LEGAL_ENTITY",
 *   destination: "TW",
 *   position: "CAREGIVER",
 *   asOf: "2026-01-10",
 *   departureDate: "2026-02-01",
 * });
 * check.policy; //=> "ID-2025-P2MI"
 * if (!check.ok) console.log(check.missing, check.issues.map((i) => formatIssue(i, "id")));
 * ```
 */
export function checkDossier(dossier: unknown, context: unknown): DossierCheck {
  // Object.prototype asked once: the pristine answer spares the copies (a whole parse's worth of
  // time). Otherwise judged as copies that inherit no key (the strict schemas would meet a polluted
  // Object.prototype as an unknown key in every document), read once and never frozen.
  const pristine = objectPrototypeIsPristine();
  const resolved = resolveContext(context, contextIssues, pristine);
  // The context's issues come first (a fresh array: resolveContext's own is never shared).
  const issues = resolved.issues;
  const { docs, malformed, worker } = readDossier(pristine ? dossier : readOnce(dossier), issues, pristine);
  return judge(resolved.context, docs, malformed, worker, issues);
}

/**
 * {@link checkDossier} for the lifecycle, whose context is already valid (built from a case's
 * validated facts, so it is not parsed again). `validated` says that every document is one that
 * `validateDocument` returned under its own kind (the lifecycle knows it of the dossiers it built
 * from `DocumentSubmitted` events): they are judged as they are. Otherwise the documents are read as
 * `checkDossier` reads `{ documents }`. `onlyKinds`: only the rules' issues about these document kinds
 * are built (the others are not wanted). `onlyRules`: only these rules run (the lifecycle's
 * destination check at selection runs the destination rules alone).
 * @internal
 */
export function checkValidatedDossier(
  documents: Readonly<Record<string, unknown>>,
  context: ResolvedContext,
  validated: boolean,
  onlyKinds?: ReadonlySet<string>,
  onlyRules?: ReadonlySet<DossierRuleId>,
): DossierCheck {
  const issues: Issue[] = [];
  const scope = { onlyKinds, onlyRules };
  if (validated) return judge(context, documents as ValidDocuments, NO_KINDS, undefined, issues, scope);
  // Read as checkDossier reads it: a copy that inherits no key. With `onlyRules`, only those rules'
  // issues are wanted: a malformed document's own issues are not theirs.
  const read = readDossier(readOnce({ documents }), onlyRules === undefined ? issues : [], false);
  return judge(context, read.docs, read.malformed, read.worker, issues, scope);
}

function contextIssues(zodIssues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  return issuesFromZod(zodIssues, CONTEXT_PATH, input);
}

/** Picks the policy, reports the missing documents and runs every rule. */
function judge(
  ctx: ResolvedContext | undefined,
  docs: ValidDocuments,
  malformed: readonly DocumentKind[],
  worker: WorkerFacts | undefined,
  issues: Issue[],
  scope: JudgeScope = EVERY_RULE,
): DossierCheck {
  if (ctx === undefined) return { ok: false, issues, missing: [], policy: null };

  const policy: Policy | undefined = ctx.policy ?? pickPolicy(ctx.decisiveDate, POLICIES);
  if (policy === undefined) {
    issues.push(
      createIssue("POLICY_NOT_IN_FORCE", CONTEXT_PATH, {
        params: { earliest: (POLICIES[0] as Policy).effectiveFrom },
      }),
    );
    return { ok: false, issues, missing: [], policy: null };
  }

  const missing: DocumentKind[] = [];
  const state: RuleState = {
    context: ctx,
    policy,
    docs,
    worker,
    issues,
    requirements: requirementsFor(ctx.route, ctx.stage),
    malformed,
    missing,
    onlyKinds: scope.onlyKinds,
  };
  runRules(state, scope.onlyRules);
  return { ok: !hasErrors(issues), issues, missing, policy: policy.id };
}
