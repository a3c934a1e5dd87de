// Where a placement may go: the Middle-East moratorium with its SPSK exception, and the policy's list
// of permitted destinations.
import { sameName } from "../../_lib/normalise.js";
import { isHouseholdWork } from "./identity.js";
import { placementPosition } from "./placement.js";
import { defineRule } from "./rule.js";
import { type RuleState, report, severityOf } from "./state.js";

/**
 * The SPSK conditions a moratorium placement can fail, each named in `SPSK_CONDITION_NOT_MET`.
 * @internal
 */
export const SPSK_CONDITIONS = ["DESIGNATED_AGENCY", "POSITION", "CITY", "EMPLOYER_TYPE"] as const;

type SpskCondition = (typeof SPSK_CONDITIONS)[number];

/**
 * Kepmenaker 260/2015: no household-sector placement to a moratorium country, unless every SPSK
 * condition holds (country, designated P3MI, position, city, employer type).
 */
function checkMoratorium(state: RuleState): void {
  const { context } = state;
  const { moratorium, spsk } = state.policy.parameters;
  const country = context.destination;
  if (!(moratorium.value.countries as readonly string[]).includes(country) || !isHouseholdWork(state)) return;
  const failed: SpskCondition[] = [];
  if (spsk.value.enabled && country === spsk.value.country) {
    const agency = context.placementAgency;
    if (
      agency === undefined ||
      !(spsk.value.designatedAgencies as readonly string[]).includes(agency.trim())
    ) {
      failed.push("DESIGNATED_AGENCY");
    }
    const position = placementPosition(state);
    if (position === undefined || !(spsk.value.positions as readonly string[]).includes(position))
      failed.push("POSITION");
    const city = context.destinationCity;
    if (city === undefined || !spsk.value.cities.some((c) => sameName(c, city))) {
      failed.push("CITY");
    }
    if (!(spsk.value.employerTypes as readonly string[]).includes(context.employerType))
      failed.push("EMPLOYER_TYPE");
    if (failed.length === 0) return;
  }
  report(state, "MORATORIUM_HOUSEHOLD_PLACEMENT", ["context", "destination"], {
    basis: moratorium.basis,
    params: { country },
    severity: severityOf(moratorium),
  });
  for (const condition of failed) {
    report(state, "SPSK_CONDITION_NOT_MET", ["context"], { basis: spsk.basis, params: { condition } });
  }
}

/** UU 18/2017 Pasal 31–32: the destination is on the policy's permitted list, when it has one. */
function checkPermittedDestination(state: RuleState): void {
  const param = state.policy.parameters.permittedDestinations;
  const country = state.context.destination;
  if (param.value.enforced && !(param.value.countries as readonly string[]).includes(country)) {
    report(state, "DESTINATION_NOT_PERMITTED", ["context", "destination"], {
      basis: param.basis,
      params: {
        country,
      },
    });
  }
}

/** The Middle-East moratorium and its SPSK exception. @internal */
export const MORATORIUM_AND_SPSK = defineRule({
  id: "MORATORIUM_AND_SPSK",
  title: {
    id: "Tidak ada penempatan sektor rumah tangga ke negara moratorium, kecuali SPSK dengan semua syaratnya.",
    en: "No household-sector placement to a moratorium country, except through SPSK with every condition met.",
  },
  codes: ["MORATORIUM_HOUSEHOLD_PLACEMENT", "SPSK_CONDITION_NOT_MET"],
  basis: ["KEPMENAKER_260_2015", "KEPMENAKER_291_2018", ["PERMEN_P2MI_4_2025_P9", "huruf k"]],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkMoratorium,
});

/** The permitted destination list. @internal */
export const PERMITTED_DESTINATION = defineRule({
  id: "PERMITTED_DESTINATION",
  title: {
    id: "Negara tujuan termasuk daftar negara penempatan yang diizinkan (bila kebijakan memuatnya).",
    en: "The destination is on the permitted list (when the policy enforces one).",
  },
  codes: ["DESTINATION_NOT_PERMITTED"],
  basis: ["UU18_P31_32", "KEPDIRJEN_PERMITTED_DESTINATIONS"],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkPermittedDestination,
});
