import { deepFreeze } from "../../_lib/deep-freeze.js";
/**
 * The case indicators {@link summarize} computes, as data: each counts the cases that reached a
 * milestone within the period (on the day the milestone was recorded, as written in its own offset),
 * or, for `complaints`, the complaints received within it. The source of each definition is named
 * (STATISTICS.md source keys, LIFECYCLE.md, UU 18/2017).
 *
 * @example
 * ```ts
 * CASE_INDICATORS.placements.milestone; //=> "Departed"
 * CASE_INDICATORS.deportations.returnReason; //=> "DEPORTED"
 * ```
 */
export const CASE_INDICATORS = /* @__PURE__ */ deepFreeze({
  registrations: {
    milestone: "Registered",
    definition: "Cases registered as CPMI in the period.",
    basis: "UU 18/2017 Pasal 1 angka 1 (CPMI); LIFECYCLE.md §1",
  },
  placements: {
    milestone: "Departed",
    definition:
      "Placements (penempatan): cases that departed in the period, after completing the pre-placement steps.",
    basis: "STATISTICS.md §2 [bp2mi-2025-03] [bp2mi-2024]; Permenaker 9/2019 Pasal 23",
  },
  returns: {
    milestone: "ReturnInitiated",
    // A worker first recorded on arrival (a non-procedural deportee) has no ReturnInitiated.
    fallbackMilestone: "ArrivedAtDebarkation",
    definition:
      "Returns whose return process started in the period (or, for a case first recorded on arrival, that arrived in the period), by the recorded return reason.",
    basis: "UU 18/2017 Pasal 27; LIFECYCLE.md §1 (RETURN_IN_PROGRESS)",
  },
  deportations: {
    milestone: "ReturnInitiated",
    fallbackMilestone: "ArrivedAtDebarkation",
    returnReason: "DEPORTED",
    definition:
      "Returns with the reason DEPORTED started in the period (or, for a case first recorded on arrival, as most non-procedural deportees are, that arrived in the period).",
    basis: "UU 18/2017 Pasal 27; Permen P2MI 32/2025; STATISTICS.md §5.9",
  },
  arrivals: {
    milestone: "ArrivedAtDebarkation",
    definition: "Returning workers recorded at an Indonesian debarkation point in the period.",
    basis: "Permen P2MI 32/2025; STATISTICS.md §2 (lintas kedatangan)",
  },
  deaths: {
    milestone: "DeathReported",
    definition: "Deaths abroad reported in the period.",
    basis: "UU 18/2017 Pasal 27; PP 59/2021 Pasal 21(3)",
  },
  complaints: {
    milestone: undefined,
    definition: "Complaints (pengaduan) received in the period, one row per complaint.",
    basis: "UU 18/2017 Pasal 21; STATISTICS.md §3 (complaints by category, channel, status)",
  },
} as const satisfies Record<
  string,
  {
    readonly milestone: string | undefined;
    readonly fallbackMilestone?: string;
    readonly returnReason?: string;
    readonly definition: string;
    readonly basis: string;
  }
>);

/**
 * The name of a case indicator of {@link CASE_INDICATORS}.
 *
 * @example
 * ```ts
 * const indicator: CaseIndicator = "placements";
 * ```
 */
export type CaseIndicator = keyof typeof CASE_INDICATORS;
