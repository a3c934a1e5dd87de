import { createBrand } from "../../_lib/brand.js";
import type { Instant } from "../../core/index.js";
import type { DocumentKind } from "../../documents/index.js";
import type { Case, CaseFlags, CaseWorker, Complaint } from "../case.js";
import { COMPLAINT_STATUSES, type ComplaintStatus } from "../complaints.js";
import type { EffectDraft, SettableField } from "../effects.js";
import type { MilestoneCode } from "../events.js";
import type { EventOf, LifecycleEvent } from "../schemas.js";
import type { State } from "../states.js";
import {
  CASE_KEYS,
  copyCase,
  copyMilestones,
  type DraftCase,
  NO_MILESTONES,
} from "./case-shape.generated.js";
import {
  complaintIndex,
  findComplaint,
  pushComplaint,
  replaceComplaint,
  shareIndex,
} from "./complaint-index.js";
import { copyDossier, defineKind, emptyValidatedDossier } from "./dossier.js";
import { stateFacts } from "./table-index.js";

type Parts = "milestones" | "complaints" | "worker" | "documents";

const NO_FLAGS: CaseFlags = Object.freeze({
  openComplaint: false,
  lostContact: false,
  contractExtended: false,
});
const NO_HISTORY: readonly LifecycleEvent[] = Object.freeze([]);
const NO_WORKER: CaseWorker = Object.freeze({
  sex: null,
  birthDate: null,
  provinceCode: null,
  regencyCode: null,
});
const NO_DOCUMENTS: Case["documents"] = /* @__PURE__ */ Object.freeze(emptyValidatedDossier());

/**
 * The case an opening event starts from, before its effect.
 * @internal
 */
export function blankCase(event: LifecycleEvent): Case {
  return {
    state: "PROSPECT",
    phase: "PRE_PLACEMENT",
    route: null,
    outcome: null,
    milestones: NO_MILESTONES,
    returnReason: null,
    destination: null,
    destinationCity: null,
    position: null,
    employerType: null,
    sector: null,
    workerCategory: null,
    worker: NO_WORKER,
    employerId: null,
    jobOrderId: null,
    placementAgency: null,
    jobOrderVerified: null,
    sip2miIssued: null,
    contractEndDate: null,
    preWorkCoverFrom: null,
    socialSecurityPrograms: null,
    documents: NO_DOCUMENTS,
    complaints: [],
    remains: null,
    flags: NO_FLAGS,
    history: NO_HISTORY,
    lastSeq: 0,
    lastAt: event.at,
  };
}

/**
 * A private draft of a case that events are applied to one after the other: the top level is
 * copied once, and each part (milestones, documents, complaints, worker) is copied the first time
 * an effect writes it, then changed in place. {@link Work.finish} freezes what was built.
 * @internal
 */
export interface Work {
  /** Whether a case exists (an opening event has been applied, or the work started from a case). */
  opened: boolean;
  readonly draft: EffectDraft;
  /** Starts an event: sets `lastSeq` and `lastAt`, and opens the case if needed. */
  begin(event: LifecycleEvent): void;
  /** Ends an event: sets the derived state and phase (and the outcome of a terminal state). */
  settle(state: State): void;
  /** The finished case, frozen, with its history. The work is not used after this. */
  finish(history: readonly LifecycleEvent[]): Case;
}

/**
 * A work on `start` (a frozen case, never changed) or on nothing (the first event opens the case).
 * @internal
 */
export function createWork(start: Case | undefined): Work {
  return new CaseWork(start);
}

/** Which parts a draft has copied (and may change in place), one bit each. */
const PART_BIT: { readonly [P in Parts]: number } = { milestones: 1, complaints: 2, worker: 4, documents: 8 };
const PARTS = Object.keys(PART_BIT) as Parts[];

/** A copy of a part that the draft may change in place. */
function copyOf<P extends Parts>(part: P, value: DraftCase[P]): DraftCase[P] {
  if (part === "milestones") return copyMilestones(value as Case["milestones"]) as DraftCase[P];
  if (part === "worker") return { ...(value as CaseWorker) } as DraftCase[P];
  if (part === "documents") return copyDossier(value as Case["documents"]) as DraftCase[P];
  const complaints = [...(value as readonly Complaint[])];
  shareIndex(value as readonly Complaint[], complaints);
  return complaints as unknown as DraftCase[P];
}

/**
 * The draft effects write to: the methods live on the prototype, so a work costs two objects, not a
 * closure per method.
 */
class CaseDraft implements EffectDraft {
  // A copy of the case (every case has every field, so the draft has one shape throughout).
  c: DraftCase;
  owned = 0;
  event: LifecycleEvent | undefined;
  opening = false;

  constructor(start: Case | undefined) {
    this.c = (start === undefined ? undefined : copyCase(start)) as DraftCase;
  }

  get current(): Case {
    return this.c as unknown as Case;
  }

  /** A part of the case, copied the first time it is written, then changed in place. */
  own<P extends Parts>(part: P): DraftCase[P] {
    const c = this.c;
    if ((this.owned & PART_BIT[part]) === 0) {
      c[part] = copyOf(part, c[part]);
      this.owned |= PART_BIT[part];
    }
    return c[part];
  }

  updateFlags(): void {
    const c = this.c;
    const index = complaintIndex(c.complaints);
    const openComplaint = index.open > 0;
    const lostContact = index.lostContact > 0;
    if (openComplaint !== c.flags.openComplaint || lostContact !== c.flags.lostContact) {
      c.flags = Object.freeze({ openComplaint, lostContact, contractExtended: c.flags.contractExtended });
    }
  }

  milestone(): void {
    const event = this.event as LifecycleEvent;
    const type = event.type as MilestoneCode;
    if (this.c.milestones[type] !== null) return;
    (this.own("milestones") as Record<string, Instant>)[type] = event.at;
  }

  set<K extends SettableField>(field: K, value: Case[K] | undefined): void {
    if (value !== undefined) (this.c as Record<string, unknown>)[field] = value;
  }

  worker(facts: Parameters<EffectDraft["worker"]>[0]): void {
    if (facts === undefined) return;
    const worker = this.own("worker") as unknown as Record<string, unknown>;
    for (const key of Object.keys(facts) as (keyof CaseWorker)[]) {
      const value = facts[key];
      if (value !== undefined) worker[key] = value;
    }
  }

  // The dossier is copied once per work and changed in place; the dossier check remembers a verdict
  // only for a frozen dossier (a finished case's), so a draft's is never remembered.
  document(kind: DocumentKind, document: Readonly<Record<string, unknown>>): void {
    defineKind(this.own("documents") as Record<string, unknown>, kind, document);
  }

  withdraw(kind: DocumentKind): void {
    this.c.documents = copyDossier(this.c.documents, kind);
    this.owned |= PART_BIT.documents;
  }

  fileComplaint(e: EventOf<"ComplaintFiled">): void {
    const complaint: Complaint = Object.freeze({
      id: e.complaintId,
      category: e.category,
      channel: e.channel,
      status: "RECEIVED" as const,
      receivedAt: e.at,
      closedAt: null,
    });
    pushComplaint(this.own("complaints") as Complaint[], complaint);
    this.updateFlags();
  }

  complaintStatus(id: string, status: ComplaintStatus, at: Instant): void {
    const old = findComplaint(this.c.complaints, id);
    // Only a trusted history (guards unchecked) can name a complaint the case does not have.
    if (old === undefined) return;
    // Written out field by field: V8 freezes a copy made by spread with no new key slowly (about
    // 1 µs, with a new hidden class each time), a literal quickly.
    const next: Complaint = Object.freeze({
      id: old.id,
      category: old.category,
      channel: old.channel,
      status,
      receivedAt: old.receivedAt,
      closedAt: COMPLAINT_STATUSES[status].final ? at : old.closedAt,
    });
    replaceComplaint(this.own("complaints") as Complaint[], next);
    this.updateFlags();
  }

  contractExtended(): void {
    const c = this.c;
    if (!c.flags.contractExtended) {
      const { openComplaint, lostContact } = c.flags;
      c.flags = Object.freeze({ openComplaint, lostContact, contractExtended: true });
    }
  }
}

/** The {@link Work} over a {@link CaseDraft}. */
class CaseWork implements Work {
  opened: boolean;
  readonly draft: CaseDraft;
  // A case from outside may carry keys of its own at the top level, kept aside and put back in the
  // finished case.
  private readonly extra: [string, unknown][] | undefined;

  constructor(start: Case | undefined) {
    this.opened = start !== undefined;
    this.draft = new CaseDraft(start);
    this.extra = start === undefined ? undefined : extrasOf(start);
  }

  begin(next: LifecycleEvent): void {
    const draft = this.draft;
    draft.event = next;
    draft.opening = !this.opened;
    if (draft.opening) {
      draft.c = copyCase(blankCase(next));
      this.opened = true;
    }
    draft.c.lastSeq = next.seq;
    draft.c.lastAt = next.at;
  }

  settle(state: State): void {
    const facts = stateFacts(state);
    const c = this.draft.c;
    c.state = state;
    c.phase = facts.phase;
    if (facts.terminal && c.outcome === null) c.outcome = state as Exclude<Case["outcome"], null>;
  }

  finish(history: readonly LifecycleEvent[]): Case {
    const c = this.draft.c;
    c.history = history;
    for (const part of PARTS) if ((this.draft.owned & PART_BIT[part]) !== 0) Object.freeze(c[part]);
    // The draft is this work's own fresh object with a case's fields only: it becomes the case.
    const extra = this.extra;
    FINISHED.mark(c, extra ?? null);
    if (extra !== undefined) for (const [key, value] of extra) (c as Record<string, unknown>)[key] = value;
    return Object.freeze(c) as Case;
  }
}

// The cases a work finished (frozen, so they come back exactly as they left), with their keys of
// their own (`null`: none). A brand, not a weak collection: a WeakMap's insertion cost more than the
// rest of finishing a case. It is put on before any key of the case's own is added back, while
// every case has the same shape (a store that meets many shapes takes V8's slow path).
const FINISHED = createBrand<[string, unknown][] | null>();

/**
 * Whether a value is a case a work finished (and so needs no check when it comes back).
 * @internal
 */
export function isFinishedCase(value: object): boolean {
  return FINISHED.has(value);
}

/** The keys of a case that are not a case's own fields, remembered for a case a work finished. */
function extrasOf(start: Case): [string, unknown][] | undefined {
  const known = FINISHED.get(start);
  if (known !== undefined) return known ?? undefined;
  return extraKeys(start);
}

/** The keys of a case from outside that are not a case's own fields (an app's id, tenant…). */
function extraKeys(start: Case): [string, unknown][] | undefined {
  let extra: [string, unknown][] | undefined;
  for (const key of Object.keys(start)) {
    if (CASE_KEYS.has(key)) continue;
    extra ??= [];
    extra.push([key, (start as unknown as Record<string, unknown>)[key]]);
  }
  return extra;
}
