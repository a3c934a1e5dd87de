import type { Complaint } from "../case.js";
import { COMPLAINT_STATUSES, type ComplaintStatus } from "../complaints.js";

/**
 * A case's complaints by id, with the counts its flags derive from, so that finding a complaint and
 * updating the flags take constant time (a history of many complaints replays in linear time).
 * @internal
 */
export interface ComplaintIndex {
  readonly byId: Map<string, number>;
  /** Complaints not in a final status. */
  open: number;
  /** `LOST_CONTACT` complaints not resolved. */
  lostContact: number;
}

const indexes = new WeakMap<readonly Complaint[], ComplaintIndex>();

const isOpen = (status: ComplaintStatus): boolean => !COMPLAINT_STATUSES[status].final;
const keepsLostContact = (complaint: Complaint): boolean =>
  complaint.category === "LOST_CONTACT" && complaint.status !== "RESOLVED";

/**
 * The index of a list of complaints, built on first use (linear) and kept beside the list.
 * @internal
 */
export function complaintIndex(list: readonly Complaint[]): ComplaintIndex {
  let index = indexes.get(list);
  if (index === undefined) {
    index = { byId: new Map(), open: 0, lostContact: 0 };
    for (let i = 0; i < list.length; i++) count(index, list[i] as Complaint, i, 1);
    indexes.set(list, index);
  }
  return index;
}

/** Adds (`sign` 1) or removes (`sign` -1) a complaint from the index's counts. */
function count(index: ComplaintIndex, complaint: Complaint, at: number, sign: 1 | -1): void {
  if (sign === 1 && !index.byId.has(complaint.id)) index.byId.set(complaint.id, at);
  if (isOpen(complaint.status)) index.open += sign;
  if (keepsLostContact(complaint)) index.lostContact += sign;
}

/**
 * The complaint with `id`, or `undefined`.
 * @internal
 */
export function findComplaint(list: readonly Complaint[], id: string | undefined): Complaint | undefined {
  if (id === undefined) return undefined;
  const at = complaintIndex(list).byId.get(id);
  return at === undefined ? undefined : list[at];
}

/**
 * Appends a complaint to a list the caller owns, keeping its index.
 * @internal
 */
export function pushComplaint(list: Complaint[], complaint: Complaint): void {
  const index = complaintIndex(list);
  list.push(complaint);
  count(index, complaint, list.length - 1, 1);
}

/**
 * Replaces the complaint with the same id in a list the caller owns, keeping its index.
 * @internal
 */
export function replaceComplaint(list: Complaint[], complaint: Complaint): void {
  const index = complaintIndex(list);
  const at = index.byId.get(complaint.id) as number;
  count(index, list[at] as Complaint, at, -1);
  list[at] = complaint;
  count(index, complaint, at, 1);
}

/**
 * Moves the index of `from` to its copy `to` (the same complaints), without a rescan.
 * @internal
 */
export function shareIndex(from: readonly Complaint[], to: readonly Complaint[]): void {
  const index = indexes.get(from);
  if (index !== undefined) {
    indexes.set(to, { byId: new Map(index.byId), open: index.open, lostContact: index.lostContact });
  }
}
