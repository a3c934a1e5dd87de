import { describe, expect, it } from "vitest";
import { type Dossier, type Issue, POLICIES, type Policy } from "../../src/index.js";
import { basisOf, issuesOf, NIK, patch, ruleOf, validDossier } from "./fixtures.js";

// Cross-document identity: the KTP-el against the KK's member row, the passport and the contract
// (or the passport against the contract when there is no KTP-el).
const P2025 = POLICIES[2] as Policy;
const BASIS = basisOf("IDENTITY_CONSISTENCY");

/** The issues of the IDENTITY_CONSISTENCY rule, in order (the fixture's context). */
function identityIssues(dossier: Dossier): Issue[] {
  return issuesOf("IDENTITY_CONSISTENCY", dossier);
}

function issue(code: string, path: Issue["path"], kind: string, params?: Issue["params"]): Issue {
  return {
    code: code as Issue["code"],
    severity: "error",
    path,
    ...(params === undefined ? {} : { params }),
    basis: BASIS,
    documentKind: kind,
    policyId: P2025.id,
  };
}

const members = validDossier().documents?.KK?.members ?? [];

describe("identity consistency", () => {
  it("lists the codes of the rule, and the fixture raises none", () => {
    expect(ruleOf("IDENTITY_CONSISTENCY").codes).toEqual(
      expect.arrayContaining([
        "IDENTITY_NAME_MISMATCH",
        "IDENTITY_BIRTH_DATE_MISMATCH",
        "IDENTITY_NIK_MISMATCH",
        "WORKER_NOT_IN_FAMILY_CARD",
      ]),
    );
    expect(identityIssues(validDossier())).toEqual([]);
  });

  it("reports a worker missing from the family card under the members' path", () => {
    const dossier = patch(validDossier(), { KK: { members: members.slice(0, 1) } });
    expect(identityIssues(dossier)).toEqual([
      issue("WORKER_NOT_IN_FAMILY_CARD", ["documents", "KK", "members"], "KK"),
    ]);
  });

  it("reads identity numbers without their separators, and nothing else as a match", () => {
    const worker = members[1] as (typeof members)[number];
    const withNik = (kkNik: string, contractNik: string, ktpNik = NIK) =>
      patch(validDossier(), {
        KTP_EL: { nik: ktpNik },
        KK: { members: [members[0], { ...worker, nik: kkNik }] as typeof members },
        EMPLOYMENT_CONTRACT: { workerIdNumber: contractNik },
      });
    expect(identityIssues(withNik("3201.0142.0498.0001", "3201 0142 0498 0001"))).toEqual([]);
    expect(identityIssues(withNik(NIK, NIK, "32.01.01.420498.0001"))).toEqual([]);
    const notFound = issue("WORKER_NOT_IN_FAMILY_CARD", ["documents", "KK", "members"], "KK");
    const nikMismatch = issue(
      "IDENTITY_NIK_MISMATCH",
      ["documents", "EMPLOYMENT_CONTRACT", "workerIdNumber"],
      "EMPLOYMENT_CONTRACT",
      { kind: "EMPLOYMENT_CONTRACT" },
    );
    // Same length with a letter in it, one digit short, one digit too many behind separators.
    for (const other of ["320101420498000X", NIK.slice(0, 15), `${NIK}.1`]) {
      expect(identityIssues(withNik(other, other)), other).toEqual([notFound, nikMismatch]);
    }
  });

  it("accepts the worker's own passport number as the contract's identity number (Perban 1/2020 Pasal 2 huruf b)", () => {
    const passportNumber = validDossier().documents?.PASSPORT?.number as string;
    const withId = (workerIdNumber: string) =>
      patch(validDossier(), { EMPLOYMENT_CONTRACT: { workerIdNumber } });
    expect(identityIssues(withId(passportNumber))).toEqual([]);
    expect(identityIssues(withId(` ${passportNumber.toLowerCase().split("").join("-")} `))).toEqual([]);
    const mismatch = issue(
      "IDENTITY_NIK_MISMATCH",
      ["documents", "EMPLOYMENT_CONTRACT", "workerIdNumber"],
      "EMPLOYMENT_CONTRACT",
      { kind: "EMPLOYMENT_CONTRACT" },
    );
    // Another passport's number, or one with no passport held, is not the worker's.
    expect(identityIssues(withId("Y7654321"))).toEqual([mismatch]);
    expect(identityIssues(patch(withId(passportNumber), { PASSPORT: undefined }))).toEqual([mismatch]);
    expect(identityIssues(withId("--"))).toEqual([mismatch]);
  });

  it("reports the worker's member row by its index, name then birth date", () => {
    const row = { ...(members[1] as (typeof members)[number]), name: "Siti Rahma", birthDate: "1998-04-01" };
    const dossier = patch(validDossier(), {
      KK: { members: [members[0], members[0], row] as typeof members },
    });
    const params = { kind: "KK", other: "KTP_EL" };
    expect(identityIssues(dossier)).toEqual([
      issue("IDENTITY_NAME_MISMATCH", ["documents", "KK", "members", 2, "name"], "KK", params),
      issue("IDENTITY_BIRTH_DATE_MISMATCH", ["documents", "KK", "members", 2, "birthDate"], "KK", params),
    ]);
  });

  it("takes the first row with the worker's NIK, and skips a row without name or birth date", () => {
    const bare = { nik: NIK, relation: "CHILD" } as (typeof members)[number];
    const other = { ...(members[1] as (typeof members)[number]), name: "Other" };
    expect(
      identityIssues(patch(validDossier(), { KK: { members: [members[0], bare, other] as typeof members } })),
    ).toEqual([]);
  });

  it("reports the passport's name and birth date", () => {
    const dossier = patch(validDossier(), { PASSPORT: { name: "Siti Rahma", birthDate: "1998-04-03" } });
    const params = { kind: "PASSPORT", other: "KTP_EL" };
    expect(identityIssues(dossier)).toEqual([
      issue("IDENTITY_NAME_MISMATCH", ["documents", "PASSPORT", "name"], "PASSPORT", params),
      issue("IDENTITY_BIRTH_DATE_MISMATCH", ["documents", "PASSPORT", "birthDate"], "PASSPORT", params),
    ]);
  });

  it("reports the contract's identity number and name", () => {
    const dossier = patch(validDossier(), {
      EMPLOYMENT_CONTRACT: { workerIdNumber: "3201014204980002", workerName: "Sita Aminah" },
    });
    expect(identityIssues(dossier)).toEqual([
      issue(
        "IDENTITY_NIK_MISMATCH",
        ["documents", "EMPLOYMENT_CONTRACT", "workerIdNumber"],
        "EMPLOYMENT_CONTRACT",
        {
          kind: "EMPLOYMENT_CONTRACT",
        },
      ),
      issue(
        "IDENTITY_NAME_MISMATCH",
        ["documents", "EMPLOYMENT_CONTRACT", "workerName"],
        "EMPLOYMENT_CONTRACT",
        {
          kind: "EMPLOYMENT_CONTRACT",
          other: "KTP_EL",
        },
      ),
    ]);
  });

  it("compares nothing the contract leaves out", () => {
    const dossier = patch(validDossier(), {
      EMPLOYMENT_CONTRACT: { workerIdNumber: undefined, workerName: undefined },
    });
    expect(identityIssues(dossier)).toEqual([]);
  });

  describe("without a KTP-el", () => {
    const noKtp = patch(validDossier(), { KTP_EL: undefined });

    it("compares the contract's name with the passport's", () => {
      expect(identityIssues(noKtp)).toEqual([]);
      const other = patch(noKtp, { EMPLOYMENT_CONTRACT: { workerName: "Someone Else" } });
      expect(identityIssues(other)).toEqual([
        issue(
          "IDENTITY_NAME_MISMATCH",
          ["documents", "EMPLOYMENT_CONTRACT", "workerName"],
          "EMPLOYMENT_CONTRACT",
          {
            kind: "EMPLOYMENT_CONTRACT",
            other: "PASSPORT",
          },
        ),
      ]);
    });

    it("compares nothing when the passport, the contract or its worker name is absent", () => {
      const named = patch(noKtp, { EMPLOYMENT_CONTRACT: { workerName: "Someone Else" } });
      expect(identityIssues(patch(named, { PASSPORT: undefined }))).toEqual([]);
      expect(identityIssues(patch(noKtp, { EMPLOYMENT_CONTRACT: { workerName: undefined } }))).toEqual([]);
      expect(identityIssues(patch(noKtp, { EMPLOYMENT_CONTRACT: undefined }))).toEqual([]);
    });
  });
});
