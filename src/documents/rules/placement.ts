import { sameName } from "../../_lib/normalise.js";
import { basisText } from "../../core/index.js";
import { EMPLOYER_TYPES } from "../../reference/index.js";
import { CONTRACT_MINIMUM_CONTENT, type ContractContentItem } from "../contract-content.js";
import type { DocumentKind } from "../kinds.js";
import type { DossierDocument } from "../schemas.js";
import { isHouseholdWork } from "./identity.js";
import { defineRule, ruleBasisText } from "./rule.js";
import { type RuleState, report, severityOf } from "./state.js";

/** The perseorangan route needs a legal-entity employer. */
function checkIndividualRouteEmployer(state: RuleState): void {
  const { route, employerType } = state.context;
  if (route === "INDIVIDUAL" && !EMPLOYER_TYPES[employerType].legalEntity) {
    report(state, "INDIVIDUAL_ROUTE_REQUIRES_LEGAL_ENTITY", ["context", "employerType"], {
      basis: ruleBasisText(INDIVIDUAL_ROUTE_EMPLOYER),
    });
  }
}

const DESTINATION_KINDS = [
  "WORK_VISA",
  "HEALTH_CERT",
  "EMPLOYMENT_CONTRACT",
  "JOB_ORDER",
  "SIP2MI",
  "E_KPMI",
] as const;

/** Every document that names a destination names the placement's. */
function checkDestinationConsistency(state: RuleState): void {
  // Each field read directly (no keyed lookups); the kinds in DESTINATION_KINDS order.
  const d = state.docs;
  const expected = state.context.destination;
  const found = [
    d.WORK_VISA?.destination,
    d.HEALTH_CERT?.destination,
    d.EMPLOYMENT_CONTRACT?.destination,
    d.JOB_ORDER?.destination,
    d.SIP2MI?.destination,
    d.E_KPMI?.destination,
  ];
  for (let k = 0; k < found.length; k++) {
    const destination = found[k];
    if (destination !== undefined && destination !== expected) {
      const kind = DESTINATION_KINDS[k] as (typeof DESTINATION_KINDS)[number];
      report(state, "DESTINATION_MISMATCH", ["documents", kind, "destination"], {
        basis: ruleBasisText(DESTINATION_CONSISTENCY),
        documentKind: kind,
        params: { kind },
      });
    }
  }
}

/** The placement's position: the contract's, else the context's. @internal */
export function placementPosition(state: RuleState): string | undefined {
  return state.docs.EMPLOYMENT_CONTRACT?.position ?? state.context.position;
}

/** UU 18/2017 Pasal 19: the contract's position is the one recruited for. */
function checkPositionConsistency(state: RuleState): void {
  const contractPosition = state.docs.EMPLOYMENT_CONTRACT?.position;
  const contextPosition = state.context.position;
  if (
    contractPosition !== undefined &&
    contextPosition !== undefined &&
    contractPosition !== contextPosition
  ) {
    report(state, "POSITION_MISMATCH", ["documents", "EMPLOYMENT_CONTRACT", "position"], {
      basis: positionBasis(),
      documentKind: "EMPLOYMENT_CONTRACT",
      params: { kind: "EMPLOYMENT_CONTRACT" },
    });
  }
  const position = contractPosition ?? contextPosition;
  if (position === undefined) return;
  for (const kind of ["JOB_ORDER", "SIP2MI"] as const satisfies readonly DocumentKind[]) {
    const doc = state.docs[kind];
    if (doc !== undefined && !doc.positions.includes(position)) {
      report(state, "POSITION_MISMATCH", ["documents", kind, "positions"], {
        basis: positionBasis(),
        documentKind: kind,
        params: { kind },
      });
    }
  }
  const call = state.docs.CALL_LETTER?.position;
  if (call !== undefined && call !== position) {
    report(state, "POSITION_MISMATCH", ["documents", "CALL_LETTER", "position"], {
      basis: positionBasis(),
      documentKind: "CALL_LETTER",
      params: {
        kind: "CALL_LETTER",
      },
    });
  }
}

/** One minimum-content item, prepared once: the field to read, or the clause's bit in a mask. */
interface PreparedItem {
  readonly item: string;
  readonly basis: string;
  readonly field: string | undefined;
  readonly bit: number;
}

let prepared:
  | {
      readonly items: readonly PreparedItem[];
      readonly bits: Map<string, number>;
      /** Every clause's bit: a contract listing them all needs no clause item looked at. */
      readonly allClauses: number;
    }
  | undefined;

function preparedContent() {
  if (prepared === undefined) {
    const bits = new Map<string, number>();
    const items = (CONTRACT_MINIMUM_CONTENT as readonly ContractContentItem[]).map((entry) => {
      if (entry.clause === undefined)
        return { item: entry.item, basis: basisText(entry.basis), field: entry.field, bit: 0 };
      let bit = bits.get(entry.clause);
      if (bit === undefined) {
        bit = 1 << bits.size;
        bits.set(entry.clause, bit);
      }
      return { item: entry.item, basis: basisText(entry.basis), field: undefined, bit };
    });
    let allClauses = 0;
    for (const bit of bits.values()) allClauses |= bit;
    prepared = { items, bits, allClauses };
  }
  return prepared;
}

/** Whether `value.trim()` is empty; a string starting with a printable ASCII non-space is not. */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return value.trim() === "";
}

/** Whether a contract field counts as filled: given, and not a blank string. */
function isFilled(value: unknown): boolean {
  return value !== undefined && (typeof value !== "string" || !isBlank(value));
}

/**
 * Whether every field that {@link CONTRACT_MINIMUM_CONTENT} names is filled, each read by name:
 * keyed reads from a list of names cost more than the rest of the rule. It only decides the usual
 * case; a field left out here would send the contract to the rule's exact loop, never hide a gap.
 * The tests that drop each item in turn hold it to the table.
 */
function contractFieldsFilled(c: DossierDocument<"EMPLOYMENT_CONTRACT">): boolean {
  return (
    isFilled(c.employerName) &&
    isFilled(c.employerProfile) &&
    isFilled(c.employerAddress) &&
    isFilled(c.workerName) &&
    isFilled(c.workerIdNumber) &&
    isFilled(c.workerAddress) &&
    isFilled(c.position) &&
    isFilled(c.jobDescription) &&
    isFilled(c.wage) &&
    isFilled(c.durationMonths) &&
    isFilled(c.startDate)
  );
}

/** UU 18/2017 Pasal 15 ayat (2); Perban BP2MI 1/2020 Pasal 2. */
function checkContractContent(state: RuleState): void {
  const contract = state.docs.EMPLOYMENT_CONTRACT;
  if (contract === undefined) return;
  const { items, bits, allClauses } = preparedContent();
  // The clauses listed, as a bit mask: one pass over the list instead of a search per clause.
  let listed = 0;
  const clauses = contract.clauses;
  if (clauses !== undefined)
    for (let k = 0; k < clauses.length; k++) listed |= bits.get(clauses[k] as string) ?? 0;
  // The usual complete contract: every clause listed and every field filled, nothing to report.
  if ((listed & allClauses) === allClauses && contractFieldsFilled(contract)) return;
  const fields = contract as Readonly<Record<string, unknown>>;
  for (const item of items) {
    const present = item.field === undefined ? (listed & item.bit) !== 0 : isFilled(fields[item.field]);
    if (!present) {
      report(
        state,
        "CONTRACT_CONTENT_MISSING",
        ["documents", "EMPLOYMENT_CONTRACT", item.field ?? "clauses"],
        { basis: item.basis, documentKind: "EMPLOYMENT_CONTRACT", params: { item: item.item } },
      );
    }
  }
}

/**
 * Kepmenaker 260/2015: no household-sector placement to a moratorium country, unless every SPSK
 * condition holds (country, designated P3MI, position, city, employer type).
 */
function checkMoratorium(state: RuleState): void {
  const { context } = state;
  const { moratorium, spsk } = state.policy.parameters;
  const country = context.destination;
  if (!(moratorium.value.countries as readonly string[]).includes(country) || !isHouseholdWork(state)) return;
  const failed: string[] = [];
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

/** Exempt cost components charged to the worker, for the jobs the cost regime covers. */
function checkCosts(state: RuleState): void {
  const costs = state.docs.PLACEMENT_AGREEMENT?.costs;
  if (costs === undefined) return;
  const param = state.policy.parameters.zeroCost;
  const position = placementPosition(state);
  const covered =
    (position !== undefined && (param.value.positions as readonly string[]).includes(position)) ||
    (param.value.workerCategories as readonly string[]).includes(state.context.workerCategory);
  if (!covered) return;
  for (let index = 0; index < costs.length; index++) {
    const cost = costs[index] as (typeof costs)[number];
    if (cost.chargedToWorker > 0 && (param.value.components as readonly string[]).includes(cost.component)) {
      report(
        state,
        "COST_CHARGED_TO_WORKER",
        ["documents", "PLACEMENT_AGREEMENT", "costs", index, "chargedToWorker"],
        {
          basis: param.basis,
          documentKind: "PLACEMENT_AGREEMENT",
          params: { component: cost.component },
          severity: severityOf(param),
        },
      );
    }
  }
}

/** The rule's basis, looked up only when an issue is reported. */
function positionBasis(): string {
  return ruleBasisText(POSITION_CONSISTENCY);
}

/**
 * The individual route's employer. An error although Pasal 63's wording is UNVERIFIED: both the
 * secondary summary of Pasal 63 and Permenaker 9/2019 Pasal 34 require a legal-entity employer, and
 * no source allows an individual one (LIFECYCLE §5 states it as a check). @internal
 */
export const INDIVIDUAL_ROUTE_EMPLOYER = defineRule({
  id: "INDIVIDUAL_ROUTE_EMPLOYER",
  title: {
    id: "Penempatan perseorangan hanya untuk Pemberi Kerja berbadan hukum.",
    en: "The individual route requires a legal-entity employer.",
  },
  codes: ["INDIVIDUAL_ROUTE_REQUIRES_LEGAL_ENTITY"],
  basis: ["UU18_P63", "PERMENAKER_9_2019_P34"],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkIndividualRouteEmployer,
});

/** The destination across documents. @internal */
export const DESTINATION_CONSISTENCY = defineRule({
  id: "DESTINATION_CONSISTENCY",
  title: {
    id: "Negara tujuan sama pada visa kerja, surat keterangan sehat, Perjanjian Kerja, job order, SIP2MI dan kartu PMI.",
    en: "The destination agrees across work visa, health certificate, contract, job order, SIP2MI and worker card.",
  },
  codes: ["DESTINATION_MISMATCH"],
  basis: ["UU18_P59", "PERPRES_64_2011_P14"],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkDestinationConsistency,
});

/** The position across documents. @internal */
export const POSITION_CONSISTENCY = defineRule({
  id: "POSITION_CONSISTENCY",
  title: {
    id: "Jabatan pada Perjanjian Kerja sama dengan jabatan penempatan, job order, SIP2MI dan surat panggilan kerja.",
    en: "The contract's position equals the placement's, the job order's, the SIP2MI's and the call letter's.",
  },
  codes: ["POSITION_MISMATCH"],
  basis: ["UU18_P19", ["PERMEN_P2MI_4_2025_P9", "huruf i"]],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkPositionConsistency,
});

/** The contract's minimum content (each item's issue cites its own clause). @internal */
export const CONTRACT_MINIMUM_CONTENT_RULE = defineRule({
  id: "CONTRACT_MINIMUM_CONTENT",
  title: {
    id: "Perjanjian Kerja memuat isi minimal.",
    en: "The employment contract has the minimum content.",
  },
  codes: ["CONTRACT_CONTENT_MISSING"],
  basis: ["UU18_P15_2", "PERBAN_1_2020_P2"],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkContractContent,
});

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

/** Exempt cost components charged to the worker. @internal */
export const PLACEMENT_COSTS = defineRule({
  id: "PLACEMENT_COSTS",
  title: {
    id: "Komponen biaya yang dibebaskan tidak dibebankan kepada PMI pada jabatan yang dicakup rezim biaya yang berlaku.",
    en: "Exempt cost components are not charged to the worker for the jobs the cost regime in force covers.",
  },
  codes: ["COST_CHARGED_TO_WORKER"],
  basis: ["UU18_P30", "PERBAN_9_2020", "PERMEN_P2MI_17_2025_P3"],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkCosts,
});

/**
 * A dossier on the non-procedural route: recorded for protection only, never a placement the
 * dossier check can pass. The lifecycle refuses such a registration with its own guard code,
 * `GUARD_ROUTE_NONPROCEDURAL`: a guard code says which transition is refused, this one what is
 * wrong with the dossier.
 */
function checkProceduralRoute(state: RuleState): void {
  if (state.context.route !== "NONPROCEDURAL") return;
  report(state, "ROUTE_NOT_PROCEDURAL", ["context", "route"], { basis: ruleBasisText(PROCEDURAL_ROUTE) });
}

/** The route is a procedural one. @internal */
export const PROCEDURAL_ROUTE = defineRule({
  id: "PROCEDURAL_ROUTE",
  title: {
    id: "Jalur penempatan adalah jalur prosedural (bukan nonprosedural).",
    en: "The placement route is a procedural one (not non-procedural).",
  },
  codes: ["ROUTE_NOT_PROCEDURAL"],
  basis: [["UU18_P5", "huruf e"], "UU18_P13", "UU18_P49"],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkProceduralRoute,
});
