import { findComplaint } from "../_lib/complaint-index.js";
import type { Case, Complaint } from "../case.js";
import { COMPLAINT_TRANSITIONS, type ComplaintStatus, type ComplaintTransition } from "../complaints.js";
import type { GuardDefinition } from "../guard-types.js";
import type { GuardName } from "../guards.js";
import type { EventOf, LifecycleEvent } from "../schemas.js";

// Through the complaints' index (constant time), not a scan: a guard runs on every complaint event,
// and a scan made a history of many complaints replay in quadratic time.
const complaintOf = (current: Case, event: LifecycleEvent) =>
  findComplaint(current.complaints, (event as { complaintId?: string }).complaintId);

const complaintFrom = (event: LifecycleEvent): readonly ComplaintStatus[] =>
  (COMPLAINT_TRANSITIONS.find((transition) => transition.event === event.type) as ComplaintTransition).from;

/**
 * The guards of the records a case keeps in every phase (LIFECYCLE.md §3; REGULATIONS.md §17): a
 * withdrawn document and the complaints with their own statuses. Part of {@link GUARDS}.
 * @internal
 */
export const CASE_RECORD_GUARDS = {
  documentInCase: {
    code: "GUARD_DOCUMENT_NOT_IN_CASE",
    description: "The document to withdraw is in the dossier.",
    basis: "UU 18/2017 Pasal 13",
    verified: true,
    reads: ["payload"],
    target: "document",
    check: (c, e) => Object.hasOwn(c.documents, (e as EventOf<"DocumentWithdrawn">).kind),
    params: (_c, e) => ({ kind: (e as EventOf<"DocumentWithdrawn">).kind }),
  },
  complaintIdNew: {
    code: "COMPLAINT_DUPLICATE_ID",
    description: "The complaint's identifier is new in the case.",
    basis: "REGULATIONS.md §17",
    verified: true,
    reads: ["payload"],
    check: (c, e) => complaintOf(c, e) === undefined,
  },
  complaintFromAbroad: {
    code: "GUARD_COMPLAINT_NOT_ABROAD",
    description:
      "A complaint that opens a case abroad is not about a failed departure: a worker who never left is recorded on a pre-placement case (Registered), and the complaint filed there.",
    basis: "LIFECYCLE.md §1 (IN_DISTRESS: DURING); REGULATIONS.md §17 (gagal berangkat)",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => (e as EventOf<"ComplaintFiled">).category !== "FAILED_DEPARTURE",
  },
  complaintExists: {
    code: "COMPLAINT_NOT_FOUND",
    description: "The complaint named by the event exists in the case.",
    basis: "REGULATIONS.md §17",
    verified: true,
    reads: ["payload"],
    target: "complaint",
    check: (c, e) => complaintOf(c, e) !== undefined,
  },
  complaintStatusAllows: {
    code: "COMPLAINT_TRANSITION_NOT_ALLOWED",
    description: "The complaint's status allows the event (see COMPLAINT_TRANSITIONS).",
    basis: "REGULATIONS.md §17",
    verified: true,
    reads: ["payload"],
    target: "complaint",
    check: (c, e) => {
      const complaint = complaintOf(c, e);
      return complaint === undefined || complaintFrom(e).includes(complaint.status);
    },
    params: (c, e) => ({ event: e.type, status: (complaintOf(c, e) as Complaint).status }),
  },
} satisfies Partial<Record<GuardName, GuardDefinition>>;
