import { deepFreeze } from "../_lib/deep-freeze.js";
/**
 * The statuses of a complaint (LIFECYCLE.md §1 notes on `IN_DISTRESS`), with whether each is final.
 *
 * @example
 * ```ts
 * COMPLAINT_STATUSES.RESOLVED.final; //=> true
 * ```
 */
export const COMPLAINT_STATUSES = /* @__PURE__ */ deepFreeze({
  RECEIVED: { code: "RECEIVED", final: false, label: { id: "Diterima", en: "Received" } },
  VERIFIED: { code: "VERIFIED", final: false, label: { id: "Diverifikasi", en: "Verified" } },
  IN_HANDLING: { code: "IN_HANDLING", final: false, label: { id: "Dalam penanganan", en: "In handling" } },
  RESOLVED: { code: "RESOLVED", final: true, label: { id: "Selesai", en: "Resolved" } },
  REFERRED: { code: "REFERRED", final: true, label: { id: "Dirujuk", en: "Referred" } },
  CLOSED_UNRESOLVED: {
    code: "CLOSED_UNRESOLVED",
    final: true,
    label: { id: "Ditutup tanpa penyelesaian", en: "Closed unresolved" },
  },
} as const satisfies Record<
  string,
  { code: string; final: boolean; label: { readonly id: string; readonly en: string } }
>);

/**
 * The status of a complaint.
 *
 * @example
 * ```ts
 * const status: ComplaintStatus = "IN_HANDLING";
 * ```
 */
export type ComplaintStatus = keyof typeof COMPLAINT_STATUSES;

/**
 * The shape of a {@link COMPLAINT_TRANSITIONS} entry.
 *
 * @example
 * ```ts
 * const resolve: ComplaintTransition = {
 *   event: "ComplaintResolved",
 *   from: ["IN_HANDLING"],
 *   to: "RESOLVED",
 *   basis: "REGULATIONS.md §17",
 * };
 * ```
 */
export interface ComplaintTransition {
  readonly event:
    | "ComplaintVerified"
    | "ComplaintHandlingStarted"
    | "ComplaintResolved"
    | "ComplaintReferred"
    | "ComplaintClosedUnresolved";
  readonly from: readonly ComplaintStatus[];
  readonly to: ComplaintStatus;
  readonly basis: string;
}

/**
 * The complaint lifecycle as data: `ComplaintFiled` creates a complaint in `RECEIVED`; each other
 * complaint event moves one complaint (named by `complaintId`) from one of `from` to `to`. Closing
 * without resolution is allowed from every open status (a complaint that cannot be verified is
 * closed from `RECEIVED`); referral needs verification and resolution needs handling first.
 * REGULATIONS.md §17 records the statuses published, not their legal order: this ordering is the
 * library's reading.
 *
 * @example
 * ```ts
 * COMPLAINT_TRANSITIONS.find((t) => t.event === "ComplaintResolved")?.from; //=> ["IN_HANDLING"]
 * ```
 */
export const COMPLAINT_TRANSITIONS = /* @__PURE__ */ deepFreeze([
  { event: "ComplaintVerified", from: ["RECEIVED"], to: "VERIFIED", basis: "REGULATIONS.md §17" },
  {
    event: "ComplaintHandlingStarted",
    from: ["VERIFIED"],
    to: "IN_HANDLING",
    basis: "UU 18/2017 Pasal 21 ayat (1) huruf d, f",
  },
  { event: "ComplaintResolved", from: ["IN_HANDLING"], to: "RESOLVED", basis: "REGULATIONS.md §17" },
  {
    event: "ComplaintReferred",
    from: ["VERIFIED", "IN_HANDLING"],
    to: "REFERRED",
    basis: "UU 18/2017 Pasal 39 (ringkasan pemerintah); REGULATIONS.md §17",
  },
  {
    event: "ComplaintClosedUnresolved",
    from: ["RECEIVED", "VERIFIED", "IN_HANDLING"],
    to: "CLOSED_UNRESOLVED",
    basis: "REGULATIONS.md §17",
  },
] as const satisfies readonly ComplaintTransition[]);
