// Cases of the journeys of scenarios.test.ts, each step kept, for the tests of the case schema and
// of its JSON Schema.
import { expect } from "vitest";
import type { Case } from "../../src/index.js";
import { RETURN_OUTCOMES } from "../../src/lifecycle/index.js";
import { RETURN_REASON_CODES } from "../../src/reference/index.js";
import { at, DOCUMENTS, EXTENSION_APPROVAL, events, PRE_PLACEMENT_ROWS } from "./fixtures.js";
import { caseOf, mustApply } from "./helpers.js";

/** The case of the whole pre-placement fixture: READY_TO_DEPART. */
export const readyCase = (): Case => caseOf(events(...PRE_PLACEMENT_ROWS));

/** A non-procedural case opened abroad by a complaint. */
export function complaintCase(): Case {
  return caseOf(
    events([
      "ComplaintFiled",
      at("2025-04-01"),
      { complaintId: "ADU-1", category: "WANTS_REPATRIATION", channel: "SOCIAL_MEDIA", destination: "KH" },
    ]),
  );
}

/**
 * The cases of the journeys of scenarios.test.ts, each step kept: procedural from information to
 * closure with an extension and a home leave, every pre-placement outcome, a return for each reason,
 * a deportee and other non-procedural openings, a death abroad with both endings of the remains,
 * complaints through each of their statuses.
 */
export function journeys(): [string, Case][] {
  const cases: [string, Case][] = [];
  const keep = (name: string, c: Case): Case => {
    cases.push([name, c]);
    return c;
  };
  const steps = (name: string, start: Case, ...rows: [string, string, Record<string, unknown>?][]) => {
    let c = keep(name, start);
    for (const [type, when, payload] of rows) c = keep(`${name}: ${type}`, mustApply(c, type, when, payload));
    return c;
  };

  keep("prospect", caseOf(events(["InformationGiven", at("2025-01-02")])));
  const allRows = events(["InformationGiven", at("2025-01-02")], ...PRE_PLACEMENT_ROWS);
  for (let n = 1; n <= allRows.length; n += 1) keep(`pre-placement ${n}`, caseOf(allRows.slice(0, n)));

  const departed = steps("procedural", readyCase(), ["Departed", at("2025-03-03")]);
  const working = steps(
    "procedural",
    departed,
    ["ArrivalReported", at("2025-03-04")],
    ["EmploymentStarted", at("2025-03-05"), { employerId: "EMP-TW-1", contractEndDate: "2027-03-04" }],
  );
  const extended = steps(
    "extension",
    working,
    ["ExtensionRequested", at("2027-01-10")],
    ["ExtensionApproved", at("2027-02-01"), EXTENSION_APPROVAL],
    ["LeaveStarted", at("2027-06-01")],
    ["DocumentSubmitted", at("2027-06-02"), { kind: "REENTRY_VISA", document: { validUntil: "2027-07-01" } }],
    ["ReentryDeparted", at("2027-06-20")],
  );
  steps(
    "return at contract end",
    extended,
    ["ReturnInitiated", at("2029-03-01"), { reason: "CONTRACT_ENDED", reportVerifiedByMission: true }],
    ["ArrivedAtDebarkation", at("2029-03-05")],
    ["HandedOver", at("2029-03-06"), { recipient: "FAMILY", witnessedByGovernment: true }],
    ["RehabStarted", at("2029-03-10")],
    ["EmpowermentEnrolled", at("2029-04-01")],
    ["CaseClosed", at("2029-06-01")],
  );
  steps(
    "extension rejected",
    working,
    ["ExtensionRequested", at("2027-01-10")],
    ["ExtensionRejected", at("2027-01-20")],
  );
  steps(
    "new contract abroad",
    working,
    ["LeaveStarted", at("2026-02-01")],
    ["NewContractAbroad", at("2026-02-20")],
  );
  steps("document withdrawn", working, ["DocumentWithdrawn", at("2025-04-01"), { kind: "WORK_VISA" }]);

  const base = caseOf(events(...PRE_PLACEMENT_ROWS.slice(0, 3)));
  for (const [type, payload] of [
    ["Withdrawn", {}],
    ["SelectionFailed", {}],
    ["MedicalUnfit", {}],
    ["DepartureFailed", { reason: "VISA_REFUSED" }],
    ["DeparturePrevented", {}],
  ] as const) {
    steps(`pre-placement outcome ${type}`, base, [type, at("2025-01-10"), payload]);
  }

  for (const reason of RETURN_REASON_CODES) {
    if (RETURN_OUTCOMES[reason].outcome === null) continue;
    const opened = caseOf(
      events(["ReturnInitiated", at("2025-05-01"), { reason, destination: "MY", fitToReturnLetter: true }]),
    );
    steps(
      `return ${reason}`,
      opened,
      ["ArrivedAtDebarkation", at("2025-05-02")],
      [
        "HandedOver",
        at("2025-05-03"),
        { recipient: "SOCIAL_AFFAIRS_MINISTRY", witnessedByGovernment: false },
      ],
      ["CaseClosed", at("2025-05-04")],
    );
  }

  const deportee = caseOf(
    events([
      "ArrivedAtDebarkation",
      at("2025-03-20"),
      { reason: "DEPORTED", destination: "MM", worker: { provinceCode: "19", regencyCode: "1971" } },
    ]),
  );
  steps(
    "deportee",
    deportee,
    ["HandedOver", at("2025-03-22"), { recipient: "FAMILY", witnessedByGovernment: true }],
    ["CaseClosed", at("2025-03-22", "15:00")],
  );
  keep("prevented abroad", caseOf(events(["DeparturePrevented", at("2025-04-01"), { destination: "TR" }])));
  keep(
    "death reported, never registered",
    caseOf(
      events([
        "DeathReported",
        at("2025-04-01"),
        { destination: "MY", worker: { sex: "M", birthDate: "1990-05-05" } },
      ]),
    ),
  );

  const died = steps("death abroad", working, ["DeathReported", at("2026-05-01")]);
  steps(
    "remains repatriated",
    died,
    [
      "DocumentSubmitted",
      at("2026-05-02"),
      { kind: "DEATH_DOCS", document: { documents: ["MCCD", "EXPORT_PERMIT"] } },
    ],
    ["RemainsRepatriationStarted", at("2026-05-05")],
    ["ArrivedAtDebarkation", at("2026-05-06")],
    ["HandedOver", at("2026-05-07"), { recipient: "FAMILY", witnessedByGovernment: true }],
    [
      "ComplaintFiled",
      at("2026-05-08"),
      { complaintId: "ADU-9", category: "DIED_ABROAD", channel: "WALK_IN" },
    ],
  );
  steps("buried abroad", died, ["BuriedAbroad", at("2026-05-03")]);

  steps(
    "complaints",
    complaintCase(),
    ["ComplaintVerified", at("2025-04-02"), { complaintId: "ADU-1" }],
    [
      "ComplaintFiled",
      at("2025-04-03"),
      { complaintId: "ADU-2", category: "LOST_CONTACT", channel: "PHONE" },
    ],
    [
      "ComplaintFiled",
      at("2025-04-03", "10:00"),
      { complaintId: "ADU-3", category: "UNPAID_WAGES", channel: "E_PENGADUAN" },
    ],
    ["ComplaintHandlingStarted", at("2025-04-04"), { complaintId: "ADU-1" }],
    ["ComplaintResolved", at("2025-04-05"), { complaintId: "ADU-1" }],
    ["ComplaintVerified", at("2025-04-05", "10:00"), { complaintId: "ADU-2" }],
    ["ComplaintReferred", at("2025-04-06"), { complaintId: "ADU-2" }],
    ["ComplaintClosedUnresolved", at("2025-04-07"), { complaintId: "ADU-3" }],
    ["ReturnInitiated", at("2025-04-10"), { reason: "OTHER" }],
  );
  // The fixture documents all end up in the dossier of a ready case.
  expect(Object.keys(readyCase().documents).sort()).toEqual(Object.keys(DOCUMENTS).sort());
  return cases;
}
