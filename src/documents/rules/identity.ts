import { isAtLeastAge, isAtLeastMonthsOld } from "../../_lib/dates/windows.js";
import { twoDigits } from "../../_lib/read-id-digits.js";
import type { Issue, Result } from "../../core/index.js";
import { NIK_BASIS, parseKkNumber, parsePassportNumber } from "../../identity/index.js";
import { type NikReading, readNik } from "../../identity/parse-nik.js";
import { meetsMinimumAge } from "../predicates.js";
import { type DossierRule, defineRule, ruleBasisText } from "./rule.js";
import { type RuleState, reissue, report, severityOf } from "./state.js";

/** What identity's number readers raise for the 16-digit structure shared by NIK and KK numbers. */
const ID_NUMBER_STRUCTURE_CODES = [
  "INPUT_REQUIRED",
  "ID_NUMBER_INVALID_CHARACTERS",
  "ID_NUMBER_MISPLACED_SEPARATOR",
  "ID_NUMBER_LENGTH",
  "ID_PROVINCE_CODE_UNKNOWN",
  "ID_REGENCY_CODE_ZERO",
  "ID_DISTRICT_CODE_ZERO",
] as const;

const KTP_NIK_PATH = ["documents", "KTP_EL", "nik"] as const;
const NO_PATH: readonly string[] = [];

/** The declared birth date: KTP-el first, then the passport. @internal */
export function declaredBirthDate(state: RuleState): { date: string; path: readonly string[] } | undefined {
  const { KTP_EL, PASSPORT } = state.docs;
  if (KTP_EL !== undefined) return { date: KTP_EL.birthDate, path: ["documents", "KTP_EL", "birthDate"] };
  if (PASSPORT !== undefined)
    return { date: PASSPORT.birthDate, path: ["documents", "PASSPORT", "birthDate"] };
  return undefined;
}

/** The declared sex: KTP-el, then passport. @internal */
export function declaredSex(state: RuleState): "M" | "F" | undefined {
  return state.docs.KTP_EL?.sex ?? state.docs.PASSPORT?.sex;
}

/** The path of the declared birth date ({@link declaredBirthDate}), fresh for each issue. */
function birthPath(state: RuleState): readonly string[] {
  return (declaredBirthDate(state) as { path: readonly string[] }).path;
}

/**
 * UU 18/2017 Pasal 5 huruf a: at least the minimum age at registration and at departure (the
 * predicate the lifecycle's `ageAtRegistration` guard shares). @internal
 */
function checkMinimumAge(state: RuleState): void {
  const { context, policy } = state;
  const basis = policy.parameters.minimumAge.basis;
  const minimumAge = policy.parameters.minimumAge.value;
  // The declared birth date as declaredBirthDate reads it; its path is built only for an issue.
  const { KTP_EL, PASSPORT } = state.docs;
  const birthDate = KTP_EL !== undefined ? KTP_EL.birthDate : PASSPORT?.birthDate;
  const registration = context.stage === "REGISTRATION" ? context.decisiveDate : context.registrationDate;
  const departure = context.stage === "DEPARTURE" ? context.decisiveDate : undefined;
  if (birthDate === undefined) {
    // Without a birth date the age rule cannot be judged: say so (a warning; the missing identity
    // documents are errors of their own where they are required).
    if (registration !== undefined || departure !== undefined) {
      report(state, "BIRTH_DATE_UNKNOWN", ["documents"], { basis: basis, severity: "warning" });
    }
    return;
  }
  if (registration !== undefined && !meetsMinimumAge(birthDate, registration, policy)) {
    report(state, "AGE_BELOW_MINIMUM_AT_REGISTRATION", birthPath(state), {
      basis: basis,
      params: { minimumAge },
    });
  }
  if (departure !== undefined && !meetsMinimumAge(birthDate, departure, policy)) {
    report(state, "AGE_BELOW_MINIMUM_AT_DEPARTURE", birthPath(state), {
      basis: basis,
      params: { minimumAge },
    });
  }
}

/** The minimum age at registration and departure. @internal */
export const MINIMUM_AGE = defineRule({
  id: "MINIMUM_AGE",
  title: {
    id: "Usia minimal pada tanggal pendaftaran dan keberangkatan (ulang tahun dihitung pada harinya).",
    en: "Minimum age on the registration and departure dates (a birthday counts on the day).",
  },
  codes: ["AGE_BELOW_MINIMUM_AT_REGISTRATION", "AGE_BELOW_MINIMUM_AT_DEPARTURE", "BIRTH_DATE_UNKNOWN"],
  basis: [["UU18_P5", "huruf a"], "UU18_P80"],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkMinimumAge,
});

/** The optional household minimum age at departure (policy parameter, off by default). */
function checkHouseholdMinimumAge(state: RuleState): void {
  const household = state.policy.parameters.householdMinimumAge;
  if (!household.value.enabled || state.context.stage !== "DEPARTURE") return;
  const { KTP_EL, PASSPORT } = state.docs;
  const birthDate = KTP_EL !== undefined ? KTP_EL.birthDate : PASSPORT?.birthDate;
  if (birthDate === undefined || !isHouseholdWork(state)) return;
  if (!isAtLeastAge(birthDate, state.context.decisiveDate, household.value.age)) {
    report(state, "AGE_BELOW_HOUSEHOLD_MINIMUM", birthPath(state), {
      basis: household.basis,
      params: { minimumAge: household.value.age },
      severity: severityOf(household),
    });
  }
}

/** The household minimum age (UNVERIFIED, off by default). @internal */
export const HOUSEHOLD_MINIMUM_AGE = defineRule({
  id: "HOUSEHOLD_MINIMUM_AGE",
  title: {
    id: "Usia minimal untuk Pemberi Kerja perseorangan/rumah tangga (opsional, mati secara bawaan).",
    en: "Minimum age for individual/household employers (optional, off by default).",
  },
  codes: ["AGE_BELOW_HOUSEHOLD_MINIMUM"],
  basis: ["PERDA_BLITAR_16_2011"],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkHouseholdMinimumAge,
});

/** Household-sector work as the moratorium parameter defines it. @internal */
export function isHouseholdWork(state: RuleState): boolean {
  const { context } = state;
  const moratorium = state.policy.parameters.moratorium.value;
  const position = state.docs.EMPLOYMENT_CONTRACT?.position ?? context.position;
  return (
    context.workerCategory === "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER" ||
    (moratorium.householdEmployerTypes as readonly string[]).includes(context.employerType) ||
    (position !== undefined && (moratorium.householdPositions as readonly string[]).includes(position))
  );
}

function stamp(state: RuleState, issues: readonly Issue[]): void {
  // Identity's issues get the document's path prefix and the judging policy's id.
  const basis = ruleBasisText(NIK_STRUCTURE);
  for (const issue of issues) reissue(state, issue, { prefix: KTP_NIK_PATH, documentKind: "KTP_EL", basis });
}

/** NIK structure (identity's parseNik) and the NIK-vs-declared cross-check as warnings. */
function checkNik(state: RuleState): void {
  const ktp = state.docs.KTP_EL;
  if (ktp === undefined) return;
  const reading = readNik(ktp.nik, state.context.asOf, NO_PATH);
  if (Array.isArray(reading)) {
    stamp(state, reading);
    return;
  }
  // identity's crossCheckNik, read for a schema-valid declaration (a real date, sex M or F): its
  // checks of the declaration cannot fail, so the NIK is read once and compared here, without the
  // parts' strings or the cross-check's result objects. The property tests hold this to crossCheckNik.
  // The KTP-el always declares the birth date, and the NIK's own day says how to read it (women's
  // day + 40), so the dates are compared even when no document declares the sex.
  if (!sameBirthDay(reading, ktp.birthDate)) stampNikWarning(state, "NIK_BIRTH_DATE_MISMATCH");
  const sex = declaredSex(state);
  if (sex !== undefined && (reading.female ? "F" : "M") !== sex) stampNikWarning(state, "NIK_SEX_MISMATCH");
}

/**
 * Whether a NIK's birth day agrees with a `YYYY-MM-DD` date on the day, the month and the year's
 * last two digits: the NIK knows no century.
 */
function sameBirthDay(reading: NikReading, date: string): boolean {
  const digits = reading.digits;
  return (
    twoDigits(date, 8) === reading.day &&
    twoDigits(date, 5) === twoDigits(digits, 8) &&
    twoDigits(date, 2) === twoDigits(digits, 10)
  );
}

/** crossCheckNik's warning, stamped as {@link stamp} stamps it. */
function stampNikWarning(state: RuleState, code: "NIK_BIRTH_DATE_MISMATCH" | "NIK_SEX_MISMATCH"): void {
  report(state, code, [...KTP_NIK_PATH], { basis: NIK_BASIS, documentKind: "KTP_EL", severity: "warning" });
}

/** The NIK's structure, and its agreement with the declared birth date and sex. @internal */
export const NIK_STRUCTURE = defineRule({
  id: "NIK_STRUCTURE",
  title: {
    id: "NIK pada KTP-el sah strukturnya; ketidaksesuaian dengan tanggal lahir/jenis kelamin yang dinyatakan hanya peringatan.",
    en: "The KTP-el's NIK is structurally valid; a mismatch with the declared birth date or sex is only a warning.",
  },
  codes: [
    ...ID_NUMBER_STRUCTURE_CODES,
    "NIK_BIRTH_DAY_INVALID",
    "NIK_BIRTH_MONTH_INVALID",
    "NIK_BIRTH_DATE_INVALID",
    "NIK_SERIAL_ZERO",
    "NIK_BIRTH_DATE_MISMATCH",
    "NIK_SEX_MISMATCH",
  ],
  basis: ["ADMINDUK_P13"],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkNik,
});

const PASSPORT_NUMBER_PATH = ["documents", "PASSPORT", "number"] as const;

/**
 * The passport number's format (identity's parsePassportNumber with its default policy: capital
 * letters A–Z and digits, 6 to 12 of them). The notes give the format as UNVERIFIED and no meaning
 * to the prefix. Its issues carry the passport's path and the judging policy.
 */
function checkPassportNumber(state: RuleState): void {
  const passport = state.docs.PASSPORT;
  if (passport === undefined) return;
  reissueNumber(
    state,
    parsePassportNumber(passport.number),
    PASSPORT_NUMBER_PATH,
    "PASSPORT",
    PASSPORT_NUMBER_FORMAT,
  );
}

/** An identity parser's issues about a document's number, as `rule`'s issues at the number's path. */
function reissueNumber(
  state: RuleState,
  parsed: Result<unknown>,
  prefix: readonly string[],
  documentKind: "PASSPORT" | "KK",
  rule: DossierRule,
): void {
  if (parsed.ok) return;
  const basis = ruleBasisText(rule);
  for (const issue of parsed.issues) reissue(state, issue, { prefix, documentKind, basis });
}

/** The passport number's format. @internal */
export const PASSPORT_NUMBER_FORMAT = defineRule({
  id: "PASSPORT_NUMBER_FORMAT",
  title: {
    id: "Nomor paspor terdiri dari huruf kapital dan angka, 6 sampai 12 karakter (format belum terverifikasi).",
    en: "The passport number is capital letters and digits, 6 to 12 characters (format unverified).",
  },
  codes: [
    "INPUT_REQUIRED",
    "PASSPORT_NUMBER_INVALID_CHARACTERS",
    "PASSPORT_NUMBER_LOWERCASE",
    "PASSPORT_NUMBER_LENGTH",
  ],
  basis: ["PASSPORT_NUMBER_FORMAT_SOURCE"],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkPassportNumber,
});

const KK_NUMBER_PATH = ["documents", "KK", "number"] as const;

/**
 * The KK number's own format (identity's parseKkNumber: 16 digits, a known region prefix, no +40
 * rule). Its issues carry the KK's path and the judging policy.
 */
function checkKkNumber(state: RuleState): void {
  const kk = state.docs.KK;
  if (kk === undefined) return;
  reissueNumber(state, parseKkNumber(kk.number), KK_NUMBER_PATH, "KK", KK_NUMBER_STRUCTURE);
}

/** The KK number's structure. @internal */
export const KK_NUMBER_STRUCTURE = defineRule({
  id: "KK_NUMBER_STRUCTURE",
  title: {
    id: "Nomor KK sah strukturnya (16 digit, kode wilayah dikenal).",
    en: "The KK number is structurally valid (16 digits, a known region code).",
  },
  codes: [...ID_NUMBER_STRUCTURE_CODES],
  basis: ["ADMINDUK_KK"],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkKkNumber,
});

/**
 * The worker's sex: as declared (KTP-el, then passport), else as the KTP-el's NIK encodes it (a
 * woman's birth day + 40). A declaration wins over the NIK, which cannot be corrected.
 */
function workerSex(state: RuleState): "M" | "F" | undefined {
  const declared = declaredSex(state);
  const ktp = state.docs.KTP_EL;
  if (declared !== undefined || ktp === undefined) return declared;
  const reading = readNik(ktp.nik, state.context.asOf, NO_PATH);
  if (Array.isArray(reading)) return undefined;
  return reading.female ? "F" : "M";
}

/** Optional rule: a woman whose youngest child is under the limit on the departure date. */
function checkInfant(state: RuleState): void {
  const rule = state.policy.parameters.infantRule;
  const child = state.worker?.youngestChildBirthDate;
  if (!rule.value.enabled || child === undefined || state.context.stage !== "DEPARTURE") return;
  if (workerSex(state) !== "F") return;
  const months = rule.value.minimumChildAgeMonths;
  // Months counted as ages are (ageOn): 12 months old on the day a child is one year old.
  if (!isAtLeastMonthsOld(child, state.context.decisiveDate, months)) {
    report(state, "INFANT_BELOW_MINIMUM_AGE", ["worker", "youngestChildBirthDate"], {
      basis: rule.basis,
      params: { months },
      severity: severityOf(rule),
    });
  }
}

/** The infant rule (UNVERIFIED instrument, off by default). @internal */
export const INFANT = defineRule({
  id: "INFANT",
  title: {
    id: "Perempuan dengan anak kandung di bawah 12 bulan tidak berangkat (opsional, mati secara bawaan).",
    en: "A woman with a biological child under 12 months does not depart (optional, off by default).",
  },
  codes: ["INFANT_BELOW_MINIMUM_AGE"],
  basis: ["INFANT_REGULATION_2024"],
  verified: false,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkInfant,
});
