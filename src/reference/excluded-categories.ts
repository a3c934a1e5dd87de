import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceTable } from "./types.js";

/**
 * Codes of the persons who are NOT PMI under UU 18/2017 Pasal 4 ayat (2).
 *
 * @example
 * ```ts
 * EXCLUDED_CATEGORY_CODES.includes("STUDENT_OR_TRAINEE"); //=> true
 * ```
 */
export const EXCLUDED_CATEGORY_CODES = /* @__PURE__ */ deepFreeze([
  "OFFICIAL_DUTY_INTERNATIONAL_OR_FOREIGN_STATE",
  "STUDENT_OR_TRAINEE",
  "REFUGEE_OR_ASYLUM_SEEKER",
  "INVESTOR",
  "CIVIL_SERVANT_OR_MISSION_STAFF",
  "STATE_BUDGET_INSTITUTION_WORKER",
  "SELF_EMPLOYED_ABROAD",
] as const);

/**
 * A category of citizen working or staying abroad who is not a PMI (UU 18/2017 Pasal 4 ayat 2).
 *
 * @example
 * ```ts
 * const excluded: ExcludedCategory = "INVESTOR";
 * ```
 */
export type ExcludedCategory = (typeof EXCLUDED_CATEGORY_CODES)[number];

/**
 * The seven exclusions of UU 18/2017 Pasal 4 ayat (2), which official statistics also leave out
 * (STATISTICS.md §2). The order follows an NGO transcription of the article, so the letter (huruf)
 * of each exclusion is UNVERIFIED and left out of `basis`; `verified` is `true` because every source
 * lists the same seven.
 *
 * @example
 * ```ts
 * EXCLUDED_CATEGORIES.REFUGEE_OR_ASYLUM_SEEKER.label.id; //=> "Pengungsi atau pencari suaka"
 * ```
 */
export const EXCLUDED_CATEGORIES = /* @__PURE__ */ deepFreeze({
  OFFICIAL_DUTY_INTERNATIONAL_OR_FOREIGN_STATE: {
    code: "OFFICIAL_DUTY_INTERNATIONAL_OR_FOREIGN_STATE",
    label: {
      id: "WNI yang dikirim atau dipekerjakan oleh badan internasional atau oleh negara di luar wilayahnya untuk menjalankan tugas resmi",
      en: "Citizens sent or employed by an international body or by a state outside its territory on official duty",
    },
    basis: "UU 18/2017 Pasal 4 ayat (2)",
    verified: true,
  },
  STUDENT_OR_TRAINEE: {
    code: "STUDENT_OR_TRAINEE",
    label: { id: "Pelajar dan peserta pelatihan di luar negeri", en: "Students and trainees abroad" },
    basis: "UU 18/2017 Pasal 4 ayat (2)",
    verified: true,
  },
  REFUGEE_OR_ASYLUM_SEEKER: {
    code: "REFUGEE_OR_ASYLUM_SEEKER",
    label: { id: "Pengungsi atau pencari suaka", en: "Refugees or asylum seekers" },
    basis: "UU 18/2017 Pasal 4 ayat (2)",
    verified: true,
  },
  INVESTOR: {
    code: "INVESTOR",
    label: { id: "Penanam modal", en: "Investors" },
    basis: "UU 18/2017 Pasal 4 ayat (2)",
    verified: true,
  },
  CIVIL_SERVANT_OR_MISSION_STAFF: {
    code: "CIVIL_SERVANT_OR_MISSION_STAFF",
    label: {
      id: "Aparatur sipil negara atau pegawai setempat di Perwakilan Republik Indonesia",
      en: "Civil servants or local staff at Indonesian missions",
    },
    basis: "UU 18/2017 Pasal 4 ayat (2)",
    verified: true,
  },
  STATE_BUDGET_INSTITUTION_WORKER: {
    code: "STATE_BUDGET_INSTITUTION_WORKER",
    label: {
      id: "WNI yang bekerja pada institusi yang dibiayai oleh APBN",
      en: "Citizens working at institutions funded by the state budget (APBN)",
    },
    basis: "UU 18/2017 Pasal 4 ayat (2)",
    verified: true,
  },
  SELF_EMPLOYED_ABROAD: {
    code: "SELF_EMPLOYED_ABROAD",
    label: {
      id: "WNI yang mempunyai usaha mandiri di luar negeri",
      en: "Citizens running their own business abroad",
    },
    basis: "UU 18/2017 Pasal 4 ayat (2)",
    verified: true,
  },
} as const satisfies ReferenceTable<ExcludedCategory>);
