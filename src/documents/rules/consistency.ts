import { digitsOnly, sameName } from "../_lib/normalise.js";
import { ruleBasis } from "../rule-catalogue.js";
import { type RuleState, report } from "./state.js";

/**
 * NIK, name and birth date agree between KTP-el, KK (the worker's member row), passport and the
 * employment contract. Names are compared after normalisation ({@link sameName}). @internal
 */
export function checkIdentityConsistency(state: RuleState): void {
  const { KTP_EL: ktp, KK: kk, PASSPORT: passport, EMPLOYMENT_CONTRACT: contract } = state.docs;
  const basis = ruleBasis("IDENTITY_CONSISTENCY");
  if (ktp === undefined) {
    if (passport !== undefined && contract?.workerName !== undefined) {
      if (!sameName(contract.workerName, passport.name)) {
        report(
          state,
          "IDENTITY_NAME_MISMATCH",
          ["documents", "EMPLOYMENT_CONTRACT", "workerName"],
          basis,
          "EMPLOYMENT_CONTRACT",
          { kind: "EMPLOYMENT_CONTRACT", other: "PASSPORT" },
        );
      }
    }
    return;
  }
  const nik = digitsOnly(ktp.nik);
  const name = ktp.name;
  if (kk?.members !== undefined) {
    const index = kk.members.findIndex((member) => digitsOnly(member.nik) === nik);
    if (index < 0) {
      report(state, "WORKER_NOT_IN_FAMILY_CARD", ["documents", "KK", "members"], basis, "KK");
    } else {
      const member = kk.members[index] as (typeof kk.members)[number];
      const path = ["documents", "KK", "members", index];
      if (member.name !== undefined && !sameName(member.name, name)) {
        report(state, "IDENTITY_NAME_MISMATCH", [...path, "name"], basis, "KK", {
          kind: "KK",
          other: "KTP_EL",
        });
      }
      if (member.birthDate !== undefined && member.birthDate !== ktp.birthDate) {
        report(state, "IDENTITY_BIRTH_DATE_MISMATCH", [...path, "birthDate"], basis, "KK", {
          kind: "KK",
          other: "KTP_EL",
        });
      }
    }
  }
  if (passport !== undefined) {
    if (!sameName(passport.name, name)) {
      report(state, "IDENTITY_NAME_MISMATCH", ["documents", "PASSPORT", "name"], basis, "PASSPORT", {
        kind: "PASSPORT",
        other: "KTP_EL",
      });
    }
    if (passport.birthDate !== ktp.birthDate) {
      report(
        state,
        "IDENTITY_BIRTH_DATE_MISMATCH",
        ["documents", "PASSPORT", "birthDate"],
        basis,
        "PASSPORT",
        {
          kind: "PASSPORT",
          other: "KTP_EL",
        },
      );
    }
  }
  if (contract !== undefined) {
    if (contract.workerIdNumber !== undefined && digitsOnly(contract.workerIdNumber) !== nik) {
      report(
        state,
        "IDENTITY_NIK_MISMATCH",
        ["documents", "EMPLOYMENT_CONTRACT", "workerIdNumber"],
        basis,
        "EMPLOYMENT_CONTRACT",
        { kind: "EMPLOYMENT_CONTRACT" },
      );
    }
    if (contract.workerName !== undefined && !sameName(contract.workerName, name)) {
      report(
        state,
        "IDENTITY_NAME_MISMATCH",
        ["documents", "EMPLOYMENT_CONTRACT", "workerName"],
        basis,
        "EMPLOYMENT_CONTRACT",
        { kind: "EMPLOYMENT_CONTRACT", other: "KTP_EL" },
      );
    }
  }
}
