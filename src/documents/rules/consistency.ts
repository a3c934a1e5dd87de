import { digitsOnly, normaliseLabel, sameName } from "../../_lib/normalise.js";
import type { DocumentKind } from "../kinds.js";
import type { DossierDocument } from "../schemas.js";
import { defineRule, ruleBasisText } from "./rule.js";
import { type RuleState, report } from "./state.js";

/**
 * NIK, name and birth date agree between KTP-el, KK (the worker's member row), passport and the
 * employment contract. Names are compared after normalisation ({@link sameName}).
 */
function checkIdentityConsistency(state: RuleState): void {
  const { KTP_EL: ktp, KK: kk, PASSPORT: passport, EMPLOYMENT_CONTRACT: contract } = state.docs;
  if (ktp === undefined) {
    // Without a KTP-el, the contract's worker is compared with the passport's holder.
    if (passport !== undefined && contract?.workerName !== undefined) {
      if (!sameName(contract.workerName, passport.name)) {
        report(state, "IDENTITY_NAME_MISMATCH", ["documents", "EMPLOYMENT_CONTRACT", "workerName"], {
          basis: identityBasis(),
          documentKind: "EMPLOYMENT_CONTRACT",
          params: { kind: "EMPLOYMENT_CONTRACT", other: "PASSPORT" },
        });
      }
    }
    return;
  }
  const nik = digitsOnly(ktp.nik);
  if (kk?.members !== undefined) checkFamilyCardMember(state, kk.members, nik, ktp);
  if (passport !== undefined) checkPassportHolder(state, passport, ktp);
  if (contract !== undefined) checkContractWorker(state, contract, nik, ktp.name, passport?.number);
}

type Ktp = DossierDocument<"KTP_EL">;

/** The worker's row on the KK (found by NIK) names her as the KTP-el does. */
function checkFamilyCardMember(
  state: RuleState,
  members: NonNullable<DossierDocument<"KK">["members"]>,
  nik: string,
  ktp: Ktp,
): void {
  // A plain loop: no closure per call.
  let index = -1;
  for (let i = 0; i < members.length; i++) {
    if (sameNumber((members[i] as (typeof members)[number]).nik, nik)) {
      index = i;
      break;
    }
  }
  if (index < 0) {
    report(state, "WORKER_NOT_IN_FAMILY_CARD", ["documents", "KK", "members"], {
      basis: identityBasis(),
      documentKind: "KK",
    });
    return;
  }
  const member = members[index] as (typeof members)[number];
  const path = ["documents", "KK", "members", index];
  const options = { basis: identityBasis(), documentKind: "KK", params: { kind: "KK", other: "KTP_EL" } };
  if (member.name !== undefined && !sameName(member.name, ktp.name))
    report(state, "IDENTITY_NAME_MISMATCH", [...path, "name"], options);
  if (member.birthDate !== undefined && member.birthDate !== ktp.birthDate)
    report(state, "IDENTITY_BIRTH_DATE_MISMATCH", [...path, "birthDate"], options);
}

/** The passport's holder is the KTP-el's: same name and birth date. */
function checkPassportHolder(state: RuleState, passport: DossierDocument<"PASSPORT">, ktp: Ktp): void {
  const options = {
    basis: identityBasis(),
    documentKind: "PASSPORT",
    params: { kind: "PASSPORT", other: "KTP_EL" },
  };
  if (!sameName(passport.name, ktp.name))
    report(state, "IDENTITY_NAME_MISMATCH", ["documents", "PASSPORT", "name"], options);
  if (passport.birthDate !== ktp.birthDate)
    report(state, "IDENTITY_BIRTH_DATE_MISMATCH", ["documents", "PASSPORT", "birthDate"], options);
}

/**
 * The contract's worker is the KTP-el's: same identity number and name, when the contract gives
 * them. Perban BP2MI 1/2020 Pasal 2 huruf b asks for the worker's "identity number": the NIK, or the
 * worker's own passport number, which contracts made abroad usually carry.
 */
function checkContractWorker(
  state: RuleState,
  contract: DossierDocument<"EMPLOYMENT_CONTRACT">,
  nik: string,
  name: string,
  passportNumber: string | undefined,
): void {
  const id = contract.workerIdNumber;
  if (id !== undefined && !sameNumber(id, nik) && !samePassportNumber(id, passportNumber)) {
    report(state, "IDENTITY_NIK_MISMATCH", ["documents", "EMPLOYMENT_CONTRACT", "workerIdNumber"], {
      basis: identityBasis(),
      documentKind: "EMPLOYMENT_CONTRACT",
      params: { kind: "EMPLOYMENT_CONTRACT" },
    });
  }
  if (contract.workerName !== undefined && !sameName(contract.workerName, name)) {
    report(state, "IDENTITY_NAME_MISMATCH", ["documents", "EMPLOYMENT_CONTRACT", "workerName"], {
      basis: identityBasis(),
      documentKind: "EMPLOYMENT_CONTRACT",
      params: { kind: "EMPLOYMENT_CONTRACT", other: "KTP_EL" },
    });
  }
}

/**
 * Whether a number is the passport's, compared as labels are (letters and digits only, any case:
 * "x-1234567" is "X1234567").
 */
function samePassportNumber(raw: string, passportNumber: string | undefined): boolean {
  if (passportNumber === undefined) return false;
  const given = normaliseLabel(raw);
  return given !== "" && given === normaliseLabel(passportNumber);
}

/**
 * Whether an identity number reads as `digits` (digits only) once its separators are dropped.
 * Dropping never lengthens a string, so one of the same length matches only as it is, and a
 * shorter one never: only a longer one is scanned.
 */
function sameNumber(raw: string, digits: string): boolean {
  if (raw.length === digits.length) return raw === digits;
  return raw.length > digits.length && digitsOnly(raw) === digits;
}

/** The rule's basis, looked up only when an issue is reported. */
function identityBasis(): string {
  return ruleBasisText(IDENTITY_CONSISTENCY);
}

/** The worker's identity across documents. @internal */
export const IDENTITY_CONSISTENCY = defineRule({
  id: "IDENTITY_CONSISTENCY",
  title: {
    id: "NIK, nama dan tanggal lahir sama pada KTP-el, KK, paspor dan Perjanjian Kerja (nomor identitas pada Perjanjian Kerja boleh NIK atau nomor paspor; nama dibandingkan tanpa membedakan huruf besar, spasi dan tanda baca).",
    en: "NIK, name and birth date agree across KTP-el, KK, passport and contract (the contract's identity number may be the NIK or the passport number; names compared ignoring case, spaces and punctuation).",
  },
  codes: [
    "IDENTITY_NIK_MISMATCH",
    "IDENTITY_NAME_MISMATCH",
    "IDENTITY_BIRTH_DATE_MISMATCH",
    "WORKER_NOT_IN_FAMILY_CARD",
  ],
  basis: [["UU18_P8", "huruf a"], "UU18_P79"],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkIdentityConsistency,
});

/**
 * The employer is one and the same on the work visa, the employment contract and the placement
 * agreement (compared as names are). The first document that names it is the reference; each
 * other that names a different one is reported against it.
 */
function checkEmployerConsistency(state: RuleState): void {
  const d = state.docs;
  const contract = d.EMPLOYMENT_CONTRACT?.employerName;
  const visa = d.WORK_VISA?.employerName;
  const agreement = d.PLACEMENT_AGREEMENT?.employerName;
  // The first document that names the employer is the reference for the others.
  if (contract !== undefined) {
    compareEmployer(state, "WORK_VISA", visa, contract, "EMPLOYMENT_CONTRACT");
    compareEmployer(state, "PLACEMENT_AGREEMENT", agreement, contract, "EMPLOYMENT_CONTRACT");
  } else if (visa !== undefined) {
    compareEmployer(state, "PLACEMENT_AGREEMENT", agreement, visa, "WORK_VISA");
  }
}

function compareEmployer(
  state: RuleState,
  kind: DocumentKind,
  name: string | undefined,
  reference: string,
  other: DocumentKind,
): void {
  if (name === undefined || sameName(name, reference)) return;
  report(state, "EMPLOYER_MISMATCH", ["documents", kind, "employerName"], {
    basis: ruleBasisText(EMPLOYER_CONSISTENCY),
    documentKind: kind,
    params: { kind, other },
  });
}

/** The employer across work visa, contract and placement agreement. @internal */
export const EMPLOYER_CONSISTENCY = defineRule({
  id: "EMPLOYER_CONSISTENCY",
  title: {
    id: "Pemberi Kerja sama pada visa kerja, Perjanjian Kerja dan Perjanjian Penempatan.",
    en: "The employer agrees across the work visa, the employment contract and the placement agreement.",
  },
  codes: ["EMPLOYER_MISMATCH"],
  basis: [
    ["UU18_P8", "huruf a"],
    ["UU18_P13", "huruf f–h"],
  ],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkEmployerConsistency,
});
