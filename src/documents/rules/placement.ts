// Placement rules about the route, the employer, the destination and position across documents, and
// the costs charged to the worker. The contract's content and where a placement may go have their own
// modules (contract.ts, destination.ts).
import { EMPLOYER_TYPES } from "../../reference/index.js";
import type { DocumentKind } from "../kinds.js";
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
