import type { Instant } from "../../core/index.js";
import type { DocumentKind } from "../../documents/index.js";
import type { Case, CaseFlags, CaseWorker, Complaint } from "../case.js";
import { COMPLAINT_STATUSES, type ComplaintStatus } from "../complaints.js";
import type { EffectDraft, SettableField } from "../effects.js";
import type { MilestoneCode } from "../events.js";
import type { EventOf, LifecycleEvent } from "../schemas.js";
import type { State } from "../states.js";
import { CASE_KEYS, caseOf, type DraftCase, draftOf } from "./case-shape.generated.js";
import {
  complaintIndex,
  findComplaint,
  pushComplaint,
  replaceComplaint,
  shareIndex,
} from "./complaint-index.js";
import { stateFacts } from "./table-index.js";

type Parts = "milestones" | "complaints" | "worker";

const NO_FLAGS: CaseFlags = Object.freeze({
  openComplaint: false,
  lostContact: false,
  contractExtended: false,
});
const NO_HISTORY: readonly LifecycleEvent[] = Object.freeze([]);

/**
 * The case an opening event starts from, before its effect.
 * @internal
 */
export function blankCase(event: LifecycleEvent): Case {
  return {
    state: "PROSPECT",
    phase: "PRE_PLACEMENT",
    milestones: {},
    worker: {},
    documents: {},
    complaints: [],
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
  // Every field present from the start (see case-shape.generated.ts); a case from outside may carry
  // keys of its own at the top level, kept aside and put back in the finished case.
  let c = (start === undefined ? undefined : draftOf(start)) as DraftCase;
  const extra = start === undefined ? undefined : extraKeys(start);
  const owned = new Set<Parts>();
  let event: LifecycleEvent;
  let opening = false;

  function own<P extends Parts>(part: P): DraftCase[P] {
    if (!owned.has(part)) {
      const value = c[part];
      const copy = (Array.isArray(value) ? [...value] : { ...value }) as DraftCase[P];
      if (part === "complaints") shareIndex(value as readonly Complaint[], copy as readonly Complaint[]);
      c[part] = copy;
      owned.add(part);
    }
    return c[part];
  }

  function updateFlags(): void {
    const index = complaintIndex(c.complaints);
    const openComplaint = index.open > 0;
    const lostContact = index.lostContact > 0;
    if (openComplaint !== c.flags.openComplaint || lostContact !== c.flags.lostContact) {
      c.flags = Object.freeze({ openComplaint, lostContact, contractExtended: c.flags.contractExtended });
    }
  }

  const draft: EffectDraft = {
    get opening() {
      return opening;
    },
    get current() {
      return c as unknown as Case;
    },
    milestone() {
      const type = event.type as MilestoneCode;
      if (c.milestones[type] !== undefined) return;
      (own("milestones") as Record<string, Instant>)[type] = event.at;
    },
    set<K extends SettableField>(field: K, value: Case[K] | undefined) {
      if (value !== undefined) (c as Record<string, unknown>)[field] = value;
    },
    worker(facts) {
      if (facts === undefined) return;
      const worker = own("worker") as { -readonly [K in keyof CaseWorker]: CaseWorker[K] };
      for (const key of Object.keys(facts) as (keyof CaseWorker)[]) {
        const value = facts[key];
        if (value !== undefined) (worker as Record<string, unknown>)[key] = value;
      }
    },
    // A new dossier object on each change (never changed in place), so a dossier's verdict can be
    // remembered by the object's identity (see dossier.ts).
    document(kind: DocumentKind, document: Readonly<Record<string, unknown>>) {
      const documents: Record<string, unknown> = { ...c.documents };
      documents[kind] = document;
      c.documents = Object.freeze(documents) as Case["documents"];
    },
    withdraw(kind: DocumentKind) {
      const documents: Record<string, unknown> = {};
      for (const key of Object.keys(c.documents)) if (key !== kind) documents[key] = c.documents[key];
      c.documents = Object.freeze(documents) as Case["documents"];
    },
    fileComplaint(e: EventOf<"ComplaintFiled">) {
      const complaint: Complaint = Object.freeze({
        id: e.complaintId,
        category: e.category,
        channel: e.channel,
        status: "RECEIVED" as const,
        receivedAt: e.at,
      });
      pushComplaint(own("complaints") as Complaint[], complaint);
      updateFlags();
    },
    complaintStatus(id: string, status: ComplaintStatus, at: Instant) {
      const old = findComplaint(c.complaints, id);
      // Only a trusted history (guards unchecked) can name a complaint the case does not have.
      if (old === undefined) return;
      const next = COMPLAINT_STATUSES[status].final ? { ...old, status, closedAt: at } : { ...old, status };
      replaceComplaint(own("complaints") as Complaint[], Object.freeze(next));
      updateFlags();
    },
    contractExtended() {
      if (!c.flags.contractExtended) c.flags = Object.freeze({ ...c.flags, contractExtended: true });
    },
  };

  return {
    opened: start !== undefined,
    draft,
    begin(next: LifecycleEvent) {
      event = next;
      opening = !this.opened;
      if (opening) {
        c = draftOf(blankCase(next));
        this.opened = true;
      }
      c.lastSeq = next.seq;
      c.lastAt = next.at;
    },
    settle(state: State) {
      const facts = stateFacts(state);
      c.state = state;
      c.phase = facts.phase;
      if (facts.terminal && c.outcome === undefined) c.outcome = state as Exclude<Case["outcome"], undefined>;
    },
    finish(history: readonly LifecycleEvent[]) {
      c.history = history;
      for (const part of owned) Object.freeze(c[part]);
      const done = caseOf(c);
      if (extra !== undefined)
        for (const [key, value] of extra) (done as Record<string, unknown>)[key] = value;
      return Object.freeze(done);
    },
  };
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
