import { deepFreeze } from "../_lib/deep-freeze.js";
import { SPSK_POSITIONS } from "../reference/positions.js";
import { COST_COMPONENT_CODES } from "./cost-components.js";
import type { Policy, PolicyParameters } from "./schema.js";

// Sources: /domain REGULATIONS.md §3, §6, §7, §11, §13, §14 and LIFECYCLE.md §3.5, §5. Every value
// the notes mark UNVERIFIED carries `verified: false` and a conservative default; "conservative"
// means the value that protects the worker: a rule that refuses or warns rather than one that lets a
// doubtful dossier through silently, and never a refusal the notes give no ground for.

const MINIMUM_AGE = {
  value: 18,
  basis: "UU 18/2017 Pasal 5 huruf a",
  verified: true,
} as const satisfies PolicyParameters["minimumAge"];

const HOUSEHOLD_MINIMUM_AGE = {
  value: { enabled: false, age: 21 },
  basis: "Perda Kab. Blitar 16/2011 (rezim TKI lama); tidak ada pasal nasional yang ditemukan",
  verified: false,
  note: "UNVERIFIED: no current national article sets 21 for household work; off by default, enable with definePolicy where a regional or destination rule applies.",
} as const satisfies PolicyParameters["householdMinimumAge"];

const HEALTH_CERTIFICATE_VALIDITY = {
  value: 3,
  basis: "Perpres 64/2011 Pasal 14; UU 18/2017 Pasal 13 huruf d",
  verified: false,
  severity: "error",
  note: "Valid 3 months from issue (Perpres 64/2011, old TKI regime; its current force is UNVERIFIED). An error: UU 18/2017 Pasal 13 huruf d requires the certificate itself, and an older one no longer shows that the worker is fit now, so refusing it protects the worker; the 3 months are the only period any source gives.",
} as const satisfies PolicyParameters["healthCertificateValidityMonths"];

const PREGNANCY_VOIDS_HEALTH_CERTIFICATE = {
  value: false,
  basis: "Perpres 64/2011 Pasal 14 ayat 6–7",
  verified: false,
  note: "UNVERIFIED under UU 18/2017; off by default. When on, a dossier whose worker is recorded as pregnant has a void health certificate.",
} as const satisfies PolicyParameters["pregnancyVoidsHealthCertificate"];

const INFANT_RULE = {
  value: { enabled: false, minimumChildAgeMonths: 12 },
  basis: "Peraturan 2024 Pasal 6 (per Disnaker Sleman, Des 2025; nomor peraturan tidak terverifikasi)",
  verified: false,
  note: "UNVERIFIED instrument; off by default. When on, a woman whose youngest child is younger than the limit on the departure date may not depart.",
} as const satisfies PolicyParameters["infantRule"];

const PASSPORT_MINIMUM_REMAINING = {
  value: { months: 6, severity: "warning" },
  basis: "Tidak ada sumber hukum Indonesia (sisa masa berlaku paspor minimal)",
  verified: false,
  note: "UNVERIFIED: no Indonesian source sets a minimum remaining validity. The verified rule (expiry strictly after departure) is always an error; this margin of 6 months is conservative in that it flags a passport that would lapse early in the contract, as a warning, without refusing a departure the law has not been shown to forbid. Set severity to 'error' or months to the contract length with definePolicy.",
} as const satisfies PolicyParameters["passportMinimumRemaining"];

const PRE_WORK_COVER = {
  value: 5,
  basis: "Permenaker 4/2023 (proses bisnis BPJS Ketenagakerjaan; nomor pasal tidak terverifikasi)",
  verified: true,
  note: "Cover before work runs from registration for at most 5 months; the article number is UNVERIFIED, the period is stated for Permenaker 18/2018 and 4/2023 alike.",
} as const satisfies PolicyParameters["preWorkCoverMonths"];

const INDIVIDUAL_PRE_DEPARTURE_COVER = {
  value: 1,
  basis: "Permenaker 4/2023 (proses bisnis BPJS Ketenagakerjaan; nomor pasal tidak terverifikasi)",
  verified: false,
  severity: "warning",
  note: "A PMI Perseorangan has up to 1 month of pre-departure JKM cover from registration/payment until embarkation (article number UNVERIFIED). A lapsed cover is a warning, not a refusal: the notes say that after that month the risks are the worker's own, not that the departure is forbidden, and the period itself is UNVERIFIED.",
} as const satisfies PolicyParameters["individualPreDepartureCoverMonths"];

const TARIFFS = {
  mandatoryPrograms: ["JKK", "JKM"],
  preWorkContribution: 37_500,
  duringAndAfterTiers: [
    { months: 6, contribution: 108_000 },
    { months: 12, contribution: 189_000 },
    { months: 24, contribution: 332_500 },
  ],
  perExtraMonth: 13_500,
} as const;

const SOCIAL_SECURITY_2018 = {
  value: TARIFFS,
  basis: "Permenaker 18/2018",
  verified: false,
  note: "The notes give Permenaker 18/2018's staged total (Rp370,000 = Rp37,500 + Rp332,500) and say Permenaker 4/2023 left contributions unchanged; the tiers below 24 months under 18/2018 are UNVERIFIED and assumed equal to 4/2023's.",
} as const satisfies PolicyParameters["socialSecurity"];

const SOCIAL_SECURITY_2023 = {
  value: TARIFFS,
  basis: "Permenaker 4/2023 Pasal 18 (menggantikan Permenaker 18/2018)",
  verified: true,
  note: "JKK and JKM mandatory, JHT optional. Permenaker 4/2023 replaced 18/2018 with the same contributions; its effective date is not in the notes, so policies from 2021 cite both.",
} as const satisfies PolicyParameters["socialSecurity"];

const HOUSEHOLD_POSITIONS = [
  "HOUSEKEEPER",
  "HOUSE_MAID",
  "DOMESTIC_WORKER",
  "BABY_SITTER",
  "BABY_SITTER_INFORMAL",
  "FAMILY_COOK",
  "ELDERLY_CARETAKER",
  "ELDERLY_CARETAKER_INFORMAL",
  "FAMILY_DRIVER",
  "CHILD_CARE_WORKER",
] as const;

const MORATORIUM = {
  value: {
    // The union of the lists in the sources (21 in the Minister's 2015 release, plus Sudan from the
    // 19-country lists): the widest reading refuses more, which protects the worker.
    countries: [
      "DZ",
      "SA",
      "BH",
      "IQ",
      "IR",
      "KW",
      "LB",
      "LY",
      "MA",
      "MR",
      "EG",
      "OM",
      "PK",
      "PS",
      "QA",
      "SS",
      "SD",
      "SY",
      "TN",
      "AE",
      "YE",
      "JO",
    ],
    householdPositions: HOUSEHOLD_POSITIONS,
    householdEmployerTypes: ["INDIVIDUAL_HOUSEHOLD"],
  },
  basis: "Kepmenaker 260/2015; UU 18/2017 Pasal 32; Permen P2MI 4/2025 Pasal 9 ayat (1) huruf k",
  verified: false,
  // An error: the ban itself is verified and sanctioned (Permen P2MI 4/2025 Pasal 9 ayat (1) huruf k);
  // only which countries it lists is UNVERIFIED, and the widest list protects the worker.
  severity: "error",
  note: "In force since 2015-07-01. The country list is UNVERIFIED: sources give 15, 17–18, 19 or 21 countries; this is their union (22). Household-sector work means an individual/household employer, the household worker category, or a household position (the SPSK 'domestic formal' jobs exist because such placements otherwise fall under the ban).",
} as const satisfies PolicyParameters["moratorium"];

const SPSK_CONDITIONS = {
  country: "SA",
  cities: ["Jeddah", "Riyadh", "Madinah", "Dammam", "Dhahran", "Khobar"],
  // The six SPSK household positions have one source, the reference table (Kepmenaker 291/2018).
  positions: SPSK_POSITIONS,
  designatedAgencies: [],
  employerTypes: ["SYARIKAH"],
} as const;

const SPSK_NOTE =
  "The list of designated P3MI (Kepdirjen Binapenta Kep.735/PPTKPKK/IV/2019) is not in the notes, so it is empty and SPSK cannot be satisfied until an app supplies it with definePolicy. Current status of the Saudi channel (reopening 2022/2023, moratorium reported in force March 2025) is UNVERIFIED.";

const SPSK_OFF = {
  value: { enabled: false, ...SPSK_CONDITIONS },
  basis: "Kepmenaker 291/2018 (SPSK belum berlaku)",
  verified: true,
  note: "The Indonesia–Saudi arrangement was signed on 2018-10-11, after this policy starts; judge later dates with a policy that enables SPSK.",
} as const satisfies PolicyParameters["spsk"];

const SPSK_ON = {
  value: { enabled: true, ...SPSK_CONDITIONS },
  basis: "Kepmenaker 291/2018; Kepdirjen Binapenta Kep.735/PPTKPKK/IV/2019; pengaturan RI–KSA 11 Okt 2018",
  verified: false,
  note: SPSK_NOTE,
} as const satisfies PolicyParameters["spsk"];

const ZERO_COST_POSITIONS = [
  "HOUSEKEEPER",
  "HOUSE_MAID",
  "DOMESTIC_WORKER",
  "BABY_SITTER",
  "BABY_SITTER_INFORMAL",
  "ELDERLY_CARETAKER",
  "ELDERLY_CARETAKER_INFORMAL",
  "CAREGIVER",
  "FAMILY_COOK",
  "COOK",
  "FAMILY_DRIVER",
  "CHILD_CARE_WORKER",
  "CLEANER",
  // "Petugas ladang/perkebunan": the field and plantation jobs of the reference table.
  "PLANTATION_WORKER",
  "FARMER",
  "HARVESTER",
  "CROP_GATHERER",
  "FISHERMAN",
] as const;

const ZERO_COST_NOTE_POSITIONS =
  "The ten job types are mapped onto the reference positions by this library (the mapping is UNVERIFIED and errs on inclusion); gardener has no reference position yet; migrant fishing crew is matched by the SEAFARER_FISHING worker category as well.";

const ZERO_COST_NONE = {
  value: { positions: [], workerCategories: [], components: [] },
  basis: "UU 18/2017 Pasal 30 ayat (1)",
  verified: true,
  note: "Before Perban BP2MI 9/2020 took effect the notes give no list of components, only the statutory principle; no cost rule is applied.",
} as const satisfies PolicyParameters["zeroCost"];

const ZERO_COST_2020 = {
  value: {
    positions: ZERO_COST_POSITIONS,
    workerCategories: ["SEAFARER_FISHING"],
    // Every component of the catalogue: the catalogue is the list of Perban BP2MI 9/2020.
    components: COST_COMPONENT_CODES,
  },
  basis: "Perban BP2MI 9/2020; UU 18/2017 Pasal 30 ayat (1)",
  // The instrument is verified; which reference positions its ten job types cover is this library's.
  verified: false,
  note: ZERO_COST_NOTE_POSITIONS,
} as const satisfies PolicyParameters["zeroCost"];

const ZERO_COST_2025 = {
  value: {
    positions: ZERO_COST_POSITIONS,
    workerCategories: ["SEAFARER_FISHING"],
    components: [
      "DEPARTURE_TICKET",
      "RETURN_TICKET",
      "WORK_VISA",
      "CONTRACT_LEGALISATION",
      "JOB_TRAINING",
      "COMPETENCY_CERTIFICATE",
      "SERVICE_FEE",
      "ADDITIONAL_MEDICAL_EXAMINATION",
    ],
  },
  basis: "Permen P2MI 17/2025 Pasal 3; UU 18/2017 Pasal 30 ayat (1)",
  verified: false,
  note: "Permen P2MI 17/2025 excludes the worker's personal needs (passport, SKCK, social security, domestic medical exam, local transport, accommodation) from placement cost, so charging them is not refused here. Per an industry reading, training costs and service fees may be charged when the employer does not bear placement costs and the regional government does not train; the text is UNVERIFIED, so they stay refused by default (conservative). Which job types 17/2025 covers is UNVERIFIED; the 2020 list is kept.",
} as const satisfies PolicyParameters["zeroCost"];

const CARD_E_PMI = {
  value: { issued: "E_PMI", legacy: null, legacyIssuedBefore: null },
  basis: "Sisko P2MI (E-PMI, dahulu E-KTKLN)",
  verified: true,
  note: "E-PMI is recorded at the pre-departure orientation; it is not one of the eight documents of UU Pasal 13.",
} as const satisfies PolicyParameters["workerCard"];

const PERMITTED_DESTINATIONS = {
  value: { enforced: false, countries: [] },
  basis: "UU 18/2017 Pasal 31–32; Kepdirjen Binapenta 3/111/PK.02.01/IV/2022 (dan perubahannya)",
  verified: false,
  note: "The permitted list (65 countries in 2022, amended 20+ times) is not in the notes: not enforced by default. Supply it with definePolicy to enforce it.",
} as const satisfies PolicyParameters["permittedDestinations"];

const BASE_PARAMETERS = {
  minimumAge: MINIMUM_AGE,
  householdMinimumAge: HOUSEHOLD_MINIMUM_AGE,
  healthCertificateValidityMonths: HEALTH_CERTIFICATE_VALIDITY,
  pregnancyVoidsHealthCertificate: PREGNANCY_VOIDS_HEALTH_CERTIFICATE,
  infantRule: INFANT_RULE,
  passportMinimumRemaining: PASSPORT_MINIMUM_REMAINING,
  preWorkCoverMonths: PRE_WORK_COVER,
  individualPreDepartureCoverMonths: INDIVIDUAL_PRE_DEPARTURE_COVER,
  socialSecurity: SOCIAL_SECURITY_2018,
  moratorium: MORATORIUM,
  spsk: SPSK_OFF,
  zeroCost: ZERO_COST_NONE,
  workerCard: CARD_E_PMI,
  permittedDestinations: PERMITTED_DESTINATIONS,
} as const satisfies PolicyParameters;

/**
 * The policies this library ships, oldest first. Each starts on its `effectiveFrom` day and is in
 * force until the next one starts; {@link policyOn} picks the one for a date.
 *
 * - `ID-2017-UU18`: UU 18/2017 as promulgated (2017-11-22); no cost list, no SPSK.
 * - `ID-2021-ZERO-COST`: Perban BP2MI 9/2020's zero-cost placement, applied from the end of its
 *   extended transition (2021-07-15); SPSK to Saudi Arabia; Permenaker 18/2018 → 4/2023 tariffs.
 * - `ID-2025-P2MI`: the 2025 Ministry regulations: cost regime of Permen P2MI 17/2025 and the E-KPMI
 *   card of Permen P2MI 34/2025. Its start date is UNVERIFIED (see `effectiveFromNote`).
 *
 * @example
 * ```ts
 * POLICIES.map((p) => p.id); //=> ["ID-2017-UU18", "ID-2021-ZERO-COST", "ID-2025-P2MI"]
 * POLICIES[2].parameters.workerCard.value.issued; //=> "E_KPMI"
 * ```
 */
export const POLICIES = /* @__PURE__ */ deepFreeze([
  {
    id: "ID-2017-UU18",
    name: {
      id: "UU 18/2017 (sebelum pembebasan biaya penempatan)",
      en: "UU 18/2017 (before zero-cost placement)",
    },
    effectiveFrom: "2017-11-22",
    effectiveFromVerified: true,
    effectiveFromNote:
      "UU 18/2017 was promulgated on 2017-11-22. Dates before it (UU 39/2004) are not modelled.",
    basis: "UU 18/2017",
    parameters: BASE_PARAMETERS,
  },
  {
    id: "ID-2021-ZERO-COST",
    name: {
      id: "Pembebasan biaya penempatan (Perban BP2MI 9/2020)",
      en: "Zero-cost placement (Perban BP2MI 9/2020)",
    },
    effectiveFrom: "2021-07-15",
    effectiveFromVerified: false,
    effectiveFromNote:
      "Perban BP2MI 9/2020 was stipulated on 2020-06-15 with a 6-month transition extended to 2021-07-15; implementation was launched on 2021-08-12. The end of the transition is used.",
    basis: "Perban BP2MI 9/2020; Kepmenaker 291/2018; Permenaker 18/2018 dan 4/2023",
    parameters: {
      ...BASE_PARAMETERS,
      socialSecurity: SOCIAL_SECURITY_2023,
      spsk: SPSK_ON,
      zeroCost: ZERO_COST_2020,
    },
  },
  {
    id: "ID-2025-P2MI",
    name: {
      id: "Peraturan Menteri P2MI 2025 (biaya penempatan, E-KPMI)",
      en: "P2MI Ministry regulations of 2025 (placement costs, E-KPMI)",
    },
    effectiveFrom: "2025-09-01",
    effectiveFromVerified: false,
    effectiveFromNote:
      "UNVERIFIED: the notes give no promulgation date for Permen P2MI 17/2025 or 34/2025; the earliest reactions cited date from September 2025, so 2025-09-01 is a placeholder. Correct it with definePolicy.",
    basis: "Permen P2MI 17/2025; Permen P2MI 34/2025; Permen P2MI 4/2025",
    parameters: {
      ...BASE_PARAMETERS,
      socialSecurity: SOCIAL_SECURITY_2023,
      spsk: SPSK_ON,
      zeroCost: ZERO_COST_2025,
      workerCard: {
        value: { issued: "E_KPMI", legacy: "E_PMI", legacyIssuedBefore: "2025-09-01" },
        basis: "Permen P2MI 34/2025 Pasal 14; Perban 27/2025 Pasal 1",
        // The switch day is the policy's own placeholder start date.
        verified: false,
        note: "E-KPMI replaces E-PMI; an E-PMI issued before this policy stays valid until its own expiry (Pasal 14). The switch day, legacyIssuedBefore, is this policy's placeholder start date (UNVERIFIED): a policy derived with the right effectiveFrom should set it to the same day. E-KPMI validity is UNVERIFIED: only an expiry recorded on the card is checked.",
      },
    },
  },
] as const satisfies readonly Policy[]);
