import { deepFreeze } from "../_lib/deep-freeze.js";
import type { PlacementRoute } from "../reference/index.js";

/**
 * The shape of a {@link ROUTE_REQUIREMENTS} entry.
 *
 * @example
 * ```ts
 * const individual: RouteRequirements = ROUTE_REQUIREMENTS.INDIVIDUAL;
 * individual.placementAgreement; //=> false
 * individual.verified;           //=> false
 * ```
 */
export interface RouteRequirements {
  /** Whether the case may go through the pre-placement procedure at all (false only for NONPROCEDURAL). */
  readonly procedural: boolean;
  /** Selection at the Disnaker/LTSA passed before the placement agreement and departure. */
  readonly selection: boolean;
  /** SIP2MI issued before selection (UU 18/2017 Pasal 59: a P3MI's recruitment permit). */
  readonly sip2mi: boolean;
  /** A placement agreement (*Perjanjian Penempatan*) signed before departure. */
  readonly placementAgreement: boolean;
  readonly basis: string;
  /** `false` where the domain notes do not settle the point; the value is then a conservative reading. */
  readonly verified: boolean;
}

/**
 * Which pre-placement milestones each placement route needs before departure, besides those every
 * route needs (medical fitness, social security, OPP and the full dossier check). The placement
 * agreement is made between an implementer (UU 18/2017 Pasal 49: the government agency, a P3MI or
 * a company placing its own workers) and the CPMI, so the individual route and re-entry after leave
 * do not need one; selection is run for a job order, which UKPS, individual and re-entry placements
 * do not go through. Those readings are marked `verified: false`.
 *
 * @example
 * ```ts
 * ROUTE_REQUIREMENTS.P3MI.sip2mi;        //=> true
 * ROUTE_REQUIREMENTS.INDIVIDUAL.selection; //=> false
 * ```
 */
export const ROUTE_REQUIREMENTS = /* @__PURE__ */ deepFreeze({
  P3MI: {
    procedural: true,
    selection: true,
    sip2mi: true,
    placementAgreement: true,
    basis: "UU 18/2017 Pasal 13 huruf g, Pasal 59; Permen P2MI 4/2025 Pasal 9 ayat (1)",
    verified: true,
  },
  GOVERNMENT_G2G: {
    procedural: true,
    selection: true,
    sip2mi: false,
    placementAgreement: true,
    basis: "UU 18/2017 Pasal 13 huruf g, Pasal 50",
    verified: true,
  },
  GOVERNMENT_G2P: {
    procedural: true,
    selection: true,
    sip2mi: false,
    placementAgreement: true,
    basis: "UU 18/2017 Pasal 13 huruf g, Pasal 50",
    verified: true,
  },
  COMPANY_OWN_INTEREST: {
    procedural: true,
    selection: false,
    sip2mi: false,
    placementAgreement: true,
    basis: "UU 18/2017 Pasal 13 huruf g, Pasal 49 huruf c, Pasal 61–62",
    verified: false,
  },
  INDIVIDUAL: {
    procedural: true,
    selection: false,
    sip2mi: false,
    placementAgreement: false,
    basis: "UU 18/2017 Pasal 63; Permenaker 9/2019 Pasal 34",
    verified: false,
  },
  REENTRY: {
    procedural: true,
    selection: false,
    sip2mi: false,
    placementAgreement: false,
    basis: "REGULATIONS.md §13 (dokumen re-entry: paspor, visa, visa re-entry, Perjanjian Kerja)",
    verified: false,
  },
  SPECIAL_PROGRAM: {
    procedural: true,
    selection: true,
    sip2mi: false,
    placementAgreement: true,
    basis: "REGULATIONS.md §10 (alur SSW Jepang)",
    verified: false,
  },
  NONPROCEDURAL: {
    procedural: false,
    selection: false,
    sip2mi: false,
    placementAgreement: false,
    basis: "REGULATIONS.md §15",
    verified: true,
  },
} as const satisfies Record<PlacementRoute, RouteRequirements>);
