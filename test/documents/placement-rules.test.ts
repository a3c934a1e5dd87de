import { describe, expect, it } from "vitest";
import { CONTRACT_MINIMUM_CONTENT } from "../../src/documents/contract-content.js";
import {
  basisText,
  type DossierContext,
  definePolicy,
  type Issue,
  POLICIES,
  type Policy,
} from "../../src/index.js";
import { basisOf, householdAbroad, issuesOf, patch, validContext, validDossier } from "./fixtures.js";

// Employer, destination, position, contract content, moratorium, permitted destinations and costs:
// each issue's code, path, params, basis and document kind.
const P2025 = POLICIES[2] as Policy;
const params = P2025.parameters;

describe("individual route", () => {
  it("reports a non-legal-entity employer under the context's employer type, with no document kind", () => {
    const context: DossierContext = {
      ...validContext(),
      route: "INDIVIDUAL",
      employerType: "INDIVIDUAL_HOUSEHOLD",
    };
    expect(issuesOf("INDIVIDUAL_ROUTE_EMPLOYER", validDossier(), context)).toEqual([
      {
        code: "INDIVIDUAL_ROUTE_REQUIRES_LEGAL_ENTITY",
        severity: "error",
        path: ["context", "employerType"],
        basis: basisOf("INDIVIDUAL_ROUTE_EMPLOYER"),
        policyId: P2025.id,
      },
    ]);
    const p3mi = { ...context, route: "P3MI" } as DossierContext;
    expect(issuesOf("INDIVIDUAL_ROUTE_EMPLOYER", validDossier(), p3mi)).toEqual([]);
  });
});

describe("destination consistency", () => {
  const kinds = ["WORK_VISA", "HEALTH_CERT", "EMPLOYMENT_CONTRACT", "JOB_ORDER", "SIP2MI", "E_KPMI"] as const;
  const mismatch = (kind: (typeof kinds)[number]): Issue => ({
    code: "DESTINATION_MISMATCH",
    severity: "error",
    path: ["documents", kind, "destination"],
    params: { kind },
    basis: basisOf("DESTINATION_CONSISTENCY"),
    documentKind: kind,
    policyId: P2025.id,
  });

  for (const kind of kinds) {
    it(`refuses a ${kind} naming another destination, under its own path`, () => {
      const dossier = patch(validDossier(), { [kind]: { destination: "MY" } });
      expect(issuesOf("DESTINATION_CONSISTENCY", dossier)).toEqual([mismatch(kind)]);
    });
  }

  it("reports every document in a fixed order", () => {
    const all = Object.fromEntries(kinds.map((kind) => [kind, { destination: "HK" }]));
    expect(issuesOf("DESTINATION_CONSISTENCY", patch(validDossier(), all))).toEqual(kinds.map(mismatch));
    expect(issuesOf("DESTINATION_CONSISTENCY", validDossier())).toEqual([]);
  });
});

describe("position consistency", () => {
  const mismatch = (kind: string, field: string): Issue => ({
    code: "POSITION_MISMATCH",
    severity: "error",
    path: ["documents", kind, field],
    params: { kind },
    basis: basisOf("POSITION_CONSISTENCY"),
    documentKind: kind,
    policyId: P2025.id,
  });

  it("compares the contract with the context, then the job order and SIP2MI with the contract's position", () => {
    const dossier = patch(validDossier(), { EMPLOYMENT_CONTRACT: { position: "HOUSE_MAID" } });
    expect(issuesOf("POSITION_CONSISTENCY", dossier)).toEqual([
      mismatch("EMPLOYMENT_CONTRACT", "position"),
      mismatch("JOB_ORDER", "positions"),
      mismatch("SIP2MI", "positions"),
    ]);
  });

  it("compares the call letter's position", () => {
    const dossier = patch(validDossier(), { CALL_LETTER: { position: "HOUSE_MAID" } });
    expect(issuesOf("POSITION_CONSISTENCY", dossier)).toEqual([mismatch("CALL_LETTER", "position")]);
    const same = patch(validDossier(), { CALL_LETTER: { position: "CAREGIVER" } });
    expect(issuesOf("POSITION_CONSISTENCY", same)).toEqual([]);
    const none = patch(validDossier(), { CALL_LETTER: {} });
    expect(issuesOf("POSITION_CONSISTENCY", none)).toEqual([]);
  });

  it("takes the contract's position when the context names none, and the context's when the contract names none", () => {
    const { position: _, ...noPosition } = validContext();
    const housekeeper = patch(validDossier(), {
      EMPLOYMENT_CONTRACT: { position: "HOUSEKEEPER" },
      JOB_ORDER: { positions: ["HOUSEKEEPER"] },
      SIP2MI: { positions: ["HOUSEKEEPER"] },
    });
    expect(issuesOf("POSITION_CONSISTENCY", housekeeper, noPosition)).toEqual([]);
    expect(
      issuesOf(
        "POSITION_CONSISTENCY",
        patch(housekeeper, { JOB_ORDER: { positions: ["CAREGIVER"] } }),
        noPosition,
      ),
    ).toEqual([mismatch("JOB_ORDER", "positions")]);
    const contractWithout = patch(validDossier(), {
      EMPLOYMENT_CONTRACT: { position: undefined },
      SIP2MI: { positions: ["HOUSEKEEPER"] },
    });
    expect(issuesOf("POSITION_CONSISTENCY", contractWithout)).toEqual([mismatch("SIP2MI", "positions")]);
  });
});

describe("contract minimum content", () => {
  const missing = (entry: (typeof CONTRACT_MINIMUM_CONTENT)[number]): Issue => ({
    code: "CONTRACT_CONTENT_MISSING",
    severity: "error",
    path: ["documents", "EMPLOYMENT_CONTRACT", ...("field" in entry ? entry.field.split(".") : ["clauses"])],
    params: { item: entry.item },
    basis: basisText(entry.basis),
    documentKind: "EMPLOYMENT_CONTRACT",
    policyId: P2025.id,
  });
  const contract = validDossier().documents?.EMPLOYMENT_CONTRACT;
  const clauses = contract?.clauses ?? [];

  for (const entry of CONTRACT_MINIMUM_CONTENT) {
    it(`reports ${entry.item} alone when it is missing`, () => {
      // A nested field ("wage.paymentMethod") is removed from its parent, which stays.
      const [parent, leaf] = "field" in entry ? entry.field.split(".") : [];
      const held = (contract as Record<string, unknown> | undefined)?.[parent as string];
      const change =
        parent === undefined
          ? { clauses: clauses.filter((clause) => clause !== ("clause" in entry ? entry.clause : "")) }
          : leaf === undefined
            ? { [parent]: undefined }
            : { [parent]: { ...(held as object), [leaf]: undefined } };
      const dossier = patch(validDossier(), { EMPLOYMENT_CONTRACT: change });
      expect(issuesOf("CONTRACT_MINIMUM_CONTENT", dossier)).toEqual([missing(entry)]);
    });
  }

  it("asks for the wage and how it is paid (UU 18/2017 Pasal 15 ayat (2) huruf e)", () => {
    const entry = CONTRACT_MINIMUM_CONTENT.find((e) => e.item === "WAGE");
    if (entry === undefined) throw new Error("WAGE");
    const wage = contract?.wage;
    const codes = (change: object) =>
      issuesOf("CONTRACT_MINIMUM_CONTENT", patch(validDossier(), { EMPLOYMENT_CONTRACT: change })).map((i) =>
        i.path.slice(2).join("."),
      );
    expect(codes({ wage: undefined })).toEqual(["wage"]);
    expect(codes({ wage: { ...wage, paymentMethod: undefined } })).toEqual(["wage.paymentMethod"]);
    expect(codes({ wage: { ...wage, paymentMethod: "  " } })).toEqual(["wage.paymentMethod"]);
    expect(codes({ wage: { ...wage, paymentMethod: "Tunai" } })).toEqual([]);
  });

  it("counts a blank text field as missing, whatever the blank characters", () => {
    const entry = CONTRACT_MINIMUM_CONTENT.find((e) => e.item === "JOB_DESCRIPTION");
    if (entry === undefined) throw new Error("JOB_DESCRIPTION");
    for (const blank of ["", "   ", "\t\n", "\u00a0\u3000"]) {
      const dossier = patch(validDossier(), { EMPLOYMENT_CONTRACT: { jobDescription: blank } });
      expect(issuesOf("CONTRACT_MINIMUM_CONTENT", dossier), JSON.stringify(blank)).toEqual([missing(entry)]);
    }
  });

  it("counts text with a leading blank or a non-ASCII first letter as filled", () => {
    for (const text of [" Care", "\u00a0Care", "\u00c9lder care", "~", "\u007fx"]) {
      const dossier = patch(validDossier(), { EMPLOYMENT_CONTRACT: { jobDescription: text } });
      expect(issuesOf("CONTRACT_MINIMUM_CONTENT", dossier), JSON.stringify(text)).toEqual([]);
    }
  });

  it("ignores duplicated clauses and lists every item of an empty contract in catalogue order", () => {
    const doubled = patch(validDossier(), { EMPLOYMENT_CONTRACT: { clauses: [...clauses, ...clauses] } });
    expect(issuesOf("CONTRACT_MINIMUM_CONTENT", doubled)).toEqual([]);
    const withoutClauses = patch(validDossier(), {
      EMPLOYMENT_CONTRACT: { clauses: [], jobDescription: undefined, startDate: undefined },
    });
    const expected = CONTRACT_MINIMUM_CONTENT.filter(
      (e) => !("field" in e) || e.field === "jobDescription" || e.field === "startDate",
    ).map(missing);
    expect(issuesOf("CONTRACT_MINIMUM_CONTENT", withoutClauses)).toEqual(expected);
  });
});

describe("moratorium and SPSK", () => {
  const moratorium = params.moratorium;
  const spsk = params.spsk;
  const policy = definePolicy(P2025, {
    id: "SPSK-LISTED",
    parameters: { spsk: { ...spsk, value: { ...spsk.value, designatedAgencies: ["P3MI-SPSK-01"] } } },
  });
  const context: DossierContext = {
    ...validContext(),
    destination: "SA",
    destinationCity: "Jeddah",
    placementAgency: "P3MI-SPSK-01",
    employerType: "SYARIKAH",
    position: "HOUSEKEEPER",
    policy,
  };
  const saudi = householdAbroad(validDossier());

  it("accepts a designated agency written with surrounding spaces", () => {
    expect(issuesOf("MORATORIUM_AND_SPSK", saudi, context)).toEqual([]);
    expect(
      issuesOf("MORATORIUM_AND_SPSK", saudi, { ...context, placementAgency: "  P3MI-SPSK-01 " }),
    ).toEqual([]);
  });

  it("reports the placement under the context's destination, then each failed condition under the context", () => {
    const { placementAgency: _, destinationCity: __, ...bare } = context;
    const check = issuesOf("MORATORIUM_AND_SPSK", saudi, { ...bare, employerType: "INDIVIDUAL_HOUSEHOLD" });
    expect(check).toEqual([
      {
        code: "MORATORIUM_HOUSEHOLD_PLACEMENT",
        severity: "error",
        path: ["context", "destination"],
        params: { country: "SA" },
        basis: moratorium.basis,
        policyId: "SPSK-LISTED",
      },
      ...["DESIGNATED_AGENCY", "CITY", "EMPLOYER_TYPE"].map((condition) => ({
        code: "SPSK_CONDITION_NOT_MET",
        severity: "error",
        path: ["context"],
        params: { condition },
        basis: spsk.basis,
        policyId: "SPSK-LISTED",
      })),
    ]);
  });

  it("checks the position of the contract before the context's", () => {
    // The contract's position (a household one, outside SPSK's list) decides, not the context's.
    const maid = patch(saudi, {
      EMPLOYMENT_CONTRACT: { position: "HOUSE_MAID" },
      SIP2MI: { positions: ["HOUSE_MAID"] },
      JOB_ORDER: { positions: ["HOUSE_MAID"] },
    });
    expect(spsk.value.positions).not.toContain("HOUSE_MAID");
    expect(
      issuesOf("MORATORIUM_AND_SPSK", maid, context).map((i) => i.params?.condition ?? i.params?.country),
    ).toEqual(["SA", "POSITION"]);
  });
});

describe("permitted destinations", () => {
  it("reports a destination off the list under the context's destination with the parameter's basis", () => {
    const listed = params.permittedDestinations;
    const policy = definePolicy(P2025, {
      id: "LISTED",
      parameters: { permittedDestinations: { ...listed, value: { enforced: true, countries: ["HK"] } } },
    });
    expect(issuesOf("PERMITTED_DESTINATION", validDossier(), { ...validContext(), policy })).toEqual([
      {
        code: "DESTINATION_NOT_PERMITTED",
        severity: "error",
        path: ["context", "destination"],
        params: { country: "TW" },
        basis: listed.basis,
        policyId: "LISTED",
      },
    ]);
    const open = definePolicy(P2025, {
      id: "UNENFORCED",
      parameters: { permittedDestinations: { ...listed, value: { enforced: false, countries: ["HK"] } } },
    });
    expect(issuesOf("PERMITTED_DESTINATION", validDossier(), { ...validContext(), policy: open })).toEqual(
      [],
    );
  });
});

describe("placement costs", () => {
  const zero = params.zeroCost;
  const charged = (position: string | undefined) =>
    patch(validDossier(), {
      EMPLOYMENT_CONTRACT: { position },
      PLACEMENT_AGREEMENT: {
        costs: [
          { component: "SERVICE_FEE", chargedToWorker: 0 },
          { component: "DEPARTURE_TICKET", chargedToWorker: 1 },
        ],
      },
    });
  const issue: Issue = {
    code: "COST_CHARGED_TO_WORKER",
    severity: "error",
    path: ["documents", "PLACEMENT_AGREEMENT", "costs", 1, "chargedToWorker"],
    params: { component: "DEPARTURE_TICKET" },
    basis: zero.basis,
    documentKind: "PLACEMENT_AGREEMENT",
    policyId: P2025.id,
  };

  it("reports an exempt component charged to the worker under its index", () => {
    expect(zero.value.positions).toContain("HOUSEKEEPER");
    expect(zero.value.positions).not.toContain("PRODUCTION_OPERATOR");
    const context: DossierContext = { ...validContext(), position: "PRODUCTION_OPERATOR" };
    expect(issuesOf("PLACEMENT_COSTS", charged("HOUSEKEEPER"), context)).toEqual([issue]);
  });

  it("covers the field and plantation jobs of the reference table ('petugas ladang/perkebunan')", () => {
    const farm = ["PLANTATION_WORKER", "FARMER", "HARVESTER", "CROP_GATHERER"];
    for (const position of farm) {
      expect(zero.value.positions, position).toContain(position);
      expect(issuesOf("PLACEMENT_COSTS", charged(position)), position).toEqual([issue]);
    }
    expect(issuesOf("PLACEMENT_COSTS", charged("CONSTRUCTION_WORKER"))).toEqual([]);
  });

  it("judges the contract's position before the context's, and the context's without a contract", () => {
    const covered: DossierContext = { ...validContext(), position: "HOUSEKEEPER" };
    expect(issuesOf("PLACEMENT_COSTS", charged("PRODUCTION_OPERATOR"), covered)).toEqual([]);
    expect(issuesOf("PLACEMENT_COSTS", charged(undefined), covered)).toEqual([issue]);
    const noContract = patch(charged(undefined), { EMPLOYMENT_CONTRACT: undefined });
    expect(issuesOf("PLACEMENT_COSTS", noContract, covered)).toEqual([issue]);
  });
});
