import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceEntry, ReferenceLabel, ReferenceTable } from "./types.js";

/**
 * Codes of the institutions that act in a PMI case.
 *
 * @example
 * ```ts
 * INSTITUTION_CODES.includes("BP3MI"); //=> true
 * ```
 */
export const INSTITUTION_CODES = /* @__PURE__ */ deepFreeze([
  "KP2MI_BP2MI",
  "BP3MI",
  "P4MI",
  "LTSA",
  "DISNAKER_KAB_KOTA",
  "DISNAKER_PROVINSI",
  "KEMNAKER",
  "IMIGRASI",
  "PERWAKILAN_RI",
  "ATNAKER",
  "KDEI",
  "BPJS_KETENAGAKERJAAN",
  "BPJS_KESEHATAN",
  "PEMERINTAH_DESA",
  "P3MI",
  "MITRA_USAHA",
  "PEMBERI_KERJA",
  "LSP",
  "SARANA_KESEHATAN",
] as const);

/**
 * An institution (or kind of institution) acting in a PMI case.
 *
 * @example
 * ```ts
 * const institution: Institution = "KP2MI_BP2MI";
 * ```
 */
export type Institution = (typeof INSTITUTION_CODES)[number];

/**
 * One name an institution has carried. `from` is the calendar date (`YYYY-MM-DD`) the name took
 * effect when the sources give it; absent when they do not.
 *
 * @example
 * ```ts
 * const name: InstitutionName = {
 *   abbreviation: "BNP2TKI",
 *   name: "Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia",
 *   from: "2006-09-08",
 *   basis: "Perpres 81/2006",
 * };
 * ```
 */
export interface InstitutionName {
  readonly abbreviation: string;
  /** The full Indonesian name. */
  readonly name: string;
  readonly from?: string;
  readonly basis?: string;
}

/**
 * An {@link INSTITUTIONS} entry.
 *
 * @example
 * ```ts
 * const bp3mi: InstitutionEntry = INSTITUTIONS.BP3MI;
 * bp3mi.single;                             //=> false (one office per region)
 * bp3mi.names.map((n) => n.abbreviation);  //=> ["BP3TKI", "BP3MI"]
 * ```
 */
export interface InstitutionEntry<C extends Institution = Institution> extends ReferenceEntry<C> {
  /** Current short name, as it is printed. */
  readonly abbreviation: string;
  /** Whether the entry is one body (`true`) or a kind of body with many instances (a regency's office, a P3MI). */
  readonly single: boolean;
  /** Names carried, oldest first, the current one last; empty when no renaming is recorded. */
  readonly names: readonly InstitutionName[];
  readonly role: ReferenceLabel;
}

/**
 * The institutions of LIFECYCLE.md §6 with their renamings and dates from REGULATIONS.md §12.
 *
 * The national agency was BNP2TKI (Perpres 81/2006, formed 8 Sep 2006), then BP2MI (Perpres 90/2019;
 * the sources give the end of 2019 / January 2020, not a day, so that `from` is left out), and since
 * Perpres 165/2024 and 166/2024 of 5 Nov 2024 the Ministry (KP2MI) with BP2MI as its agency, both led
 * by one Minister: hence the single code `KP2MI_BP2MI`. Regional units were renamed from BP3TKI /
 * LP3TKI / P4TKI to BP3MI / P4MI (dates not given).
 *
 * @example
 * ```ts
 * INSTITUTIONS.KP2MI_BP2MI.names.map((n) => n.abbreviation); //=> ["BNP2TKI", "BP2MI", "KP2MI/BP2MI"]
 * const latest: InstitutionName | undefined = INSTITUTIONS.KP2MI_BP2MI.names.at(-1);
 * latest?.from; //=> "2024-11-05"
 * ```
 */
export const INSTITUTIONS = /* @__PURE__ */ deepFreeze({
  KP2MI_BP2MI: {
    code: "KP2MI_BP2MI",
    abbreviation: "KP2MI/BP2MI",
    label: {
      id: "Kementerian Pelindungan Pekerja Migran Indonesia / Badan Pelindungan Pekerja Migran Indonesia",
      en: "Ministry for the Protection of Indonesian Migrant Workers / Indonesian Migrant Workers Protection Agency",
    },
    role: {
      id: "Kebijakan dan pelaksanaan pelindungan PMI: penempatan (SIP2MI), SIP3MI, sanksi, E-KPMI, Sisko P2MI",
      en: "Policy and execution of PMI protection: placement (SIP2MI), SIP3MI licensing, sanctions, E-KPMI, Sisko P2MI",
    },
    basis: "Perpres 165/2024; Perpres 166/2024",
    verified: true,
    single: true,
    names: [
      {
        abbreviation: "BNP2TKI",
        name: "Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia",
        from: "2006-09-08",
        basis: "Perpres 81/2006",
      },
      { abbreviation: "BP2MI", name: "Badan Pelindungan Pekerja Migran Indonesia", basis: "Perpres 90/2019" },
      {
        abbreviation: "KP2MI/BP2MI",
        name: "Kementerian Pelindungan Pekerja Migran Indonesia / Badan Pelindungan Pekerja Migran Indonesia",
        from: "2024-11-05",
        basis: "Perpres 165/2024; Perpres 166/2024",
      },
    ],
  },
  BP3MI: {
    code: "BP3MI",
    abbreviation: "BP3MI",
    label: {
      id: "Balai Pelayanan Pelindungan Pekerja Migran Indonesia",
      en: "Regional Migrant Worker Protection Service Office",
    },
    role: {
      id: "UPT: verifikasi, OPP, pencatatan E-PMI, pengaduan, kepulangan, pemberdayaan",
      en: "Technical unit: verification, pre-departure orientation, E-PMI recording, complaints, returns, empowerment",
    },
    basis: "Perpres 90/2019",
    verified: true,
    single: false,
    names: [
      { abbreviation: "BP3TKI", name: "Balai Pelayanan Penempatan dan Perlindungan Tenaga Kerja Indonesia" },
      {
        abbreviation: "BP3MI",
        name: "Balai Pelayanan Pelindungan Pekerja Migran Indonesia",
        basis: "Perpres 90/2019",
      },
    ],
  },
  P4MI: {
    code: "P4MI",
    abbreviation: "P4MI",
    label: {
      id: "Pos Pelayanan Pelindungan Pekerja Migran Indonesia",
      en: "Migrant Worker Protection Service Post",
    },
    role: { id: "UPT tingkat pos di daerah", en: "Local service post of the agency" },
    basis: "Perpres 90/2019",
    verified: true,
    single: false,
    names: [
      { abbreviation: "P4TKI", name: "Pos Pelayanan Penempatan dan Perlindungan Tenaga Kerja Indonesia" },
      {
        abbreviation: "P4MI",
        name: "Pos Pelayanan Pelindungan Pekerja Migran Indonesia",
        basis: "Perpres 90/2019",
      },
    ],
  },
  LTSA: {
    code: "LTSA",
    abbreviation: "LTSA-PMI",
    label: {
      id: "Layanan Terpadu Satu Atap Penempatan dan Pelindungan PMI",
      en: "One-stop integrated service for PMI placement and protection",
    },
    role: {
      id: "Layanan satu atap yang dibentuk gubernur/bupati/wali kota di daerah basis atau transit",
      en: "One-stop service set up by a governor, regent or mayor in base or transit areas",
    },
    basis: "UU 18/2017 Pasal 38; PP 59/2021 Pasal 30–31",
    verified: true,
    single: false,
    names: [],
  },
  DISNAKER_KAB_KOTA: {
    code: "DISNAKER_KAB_KOTA",
    abbreviation: "Disnaker kabupaten/kota",
    label: { id: "Dinas ketenagakerjaan kabupaten/kota", en: "Regency/city manpower office" },
    role: {
      id: "Pendaftaran pencari kerja (CPMI), seleksi, informasi, pelatihan dan penanganan kepulangan",
      en: "Registers job seekers (CPMI), hosts selection, informs, trains and handles returns",
    },
    basis: "UU 18/2017 Pasal 1 angka 1; Pasal 41",
    verified: true,
    single: false,
    names: [],
  },
  DISNAKER_PROVINSI: {
    code: "DISNAKER_PROVINSI",
    abbreviation: "Disnaker provinsi",
    label: { id: "Dinas ketenagakerjaan provinsi", en: "Provincial manpower office" },
    role: { id: "Urusan ketenagakerjaan tingkat provinsi", en: "Provincial manpower affairs" },
    verified: true,
    single: false,
    names: [],
  },
  KEMNAKER: {
    code: "KEMNAKER",
    abbreviation: "Kemnaker",
    label: { id: "Kementerian Ketenagakerjaan", en: "Ministry of Manpower" },
    role: {
      // The notes date the move both "before 2024" (the role) and "2025" (Permen P2MI 1/2025, 4/2025):
      // the label names the regulations that moved them rather than a year.
      id: "Sampai dialihkan ke KP2MI (Permen P2MI 1/2025, 4/2025): SIP3MI, sanksi, daftar negara penempatan; tetap mengatur jaminan sosial dan pengantar kerja",
      en: "Until moved to KP2MI (Permen P2MI 1/2025, 4/2025): SIP3MI licensing, sanctions, destination list; still rules on social security and job placement officers",
    },
    verified: true,
    single: true,
    names: [],
  },
  IMIGRASI: {
    code: "IMIGRASI",
    abbreviation: "Imigrasi",
    label: { id: "Direktorat Jenderal Imigrasi", en: "Directorate General of Immigration" },
    role: {
      id: "Penerbitan paspor, wawancara dan pemeriksaan keberangkatan",
      en: "Passport issuance, interviews and departure checks",
    },
    verified: true,
    single: true,
    // The sources say Immigration moved from Kemenkumham to the Ministry of Immigration and Corrections
    // without giving the date; the directorate's own name is unchanged.
    names: [],
  },
  PERWAKILAN_RI: {
    code: "PERWAKILAN_RI",
    abbreviation: "Perwakilan RI",
    label: { id: "Perwakilan Republik Indonesia (KBRI/KJRI)", en: "Indonesian mission (embassy/consulate)" },
    role: {
      id: "Verifikasi pemberi kerja dan Mitra Usaha, perpanjangan kontrak, bantuan hukum dan konsuler, pemulangan",
      en: "Verifies employers and partners, contract extensions, consular and legal aid, repatriation",
    },
    basis: "UU 18/2017 Pasal 9–10, 17, 21–22, 25",
    verified: true,
    single: false,
    names: [],
  },
  ATNAKER: {
    code: "ATNAKER",
    abbreviation: "Atnaker",
    label: { id: "Atase Ketenagakerjaan", en: "Labour attaché" },
    role: { id: "Urusan ketenagakerjaan di Perwakilan RI", en: "Labour affairs at an Indonesian mission" },
    basis: "UU 18/2017 Pasal 9–10, 17, 21–22, 25",
    verified: true,
    single: false,
    names: [],
  },
  KDEI: {
    code: "KDEI",
    abbreviation: "KDEI Taipei",
    label: {
      id: "Kantor Dagang dan Ekonomi Indonesia di Taipei",
      en: "Indonesian Economic and Trade Office to Taipei",
    },
    role: { id: "Fungsi perwakilan di Taiwan", en: "Acts as the Indonesian mission in Taiwan" },
    verified: true,
    single: true,
    names: [],
  },
  BPJS_KETENAGAKERJAAN: {
    code: "BPJS_KETENAGAKERJAAN",
    abbreviation: "BPJS Ketenagakerjaan",
    label: { id: "BPJS Ketenagakerjaan", en: "Employment social security agency (BPJS Ketenagakerjaan)" },
    role: {
      id: "Menyelenggarakan JKK, JKM dan JHT bagi PMI",
      en: "Runs work-accident, death and old-age benefits for PMI",
    },
    basis: "Permenaker 4/2023",
    verified: true,
    single: true,
    names: [],
  },
  BPJS_KESEHATAN: {
    code: "BPJS_KESEHATAN",
    abbreviation: "BPJS Kesehatan",
    label: { id: "BPJS Kesehatan", en: "Health social security agency (BPJS Kesehatan)" },
    role: { id: "Menyelenggarakan JKN", en: "Runs national health insurance (JKN)" },
    verified: true,
    single: true,
    names: [],
  },
  PEMERINTAH_DESA: {
    code: "PEMERINTAH_DESA",
    abbreviation: "Pemerintah desa",
    label: { id: "Pemerintah desa", en: "Village government" },
    role: {
      id: "Mengetahui surat izin keluarga; pemberdayaan",
      en: "Acknowledges family consent letters; empowerment",
    },
    basis: "UU 18/2017 Pasal 13 huruf b; PP 59/2021 Pasal 23",
    verified: true,
    single: false,
    names: [],
  },
  P3MI: {
    code: "P3MI",
    abbreviation: "P3MI",
    label: {
      id: "Perusahaan Penempatan Pekerja Migran Indonesia",
      en: "Indonesian migrant worker placement company",
    },
    role: {
      id: "Mencari peluang kerja, menempatkan PMI dan menyelesaikan permasalahan PMI yang ditempatkannya",
      en: "Finds job opportunities, places PMI and resolves the problems of the PMI it placed",
    },
    basis: "UU 18/2017 Pasal 1 angka 9; Pasal 52",
    verified: true,
    single: false,
    // "PPTKIS" is the older name seen in BNP2TKI-era complaint lists (STATISTICS.md §5.8).
    names: [
      { abbreviation: "PPTKIS", name: "Pelaksana Penempatan Tenaga Kerja Indonesia Swasta" },
      {
        abbreviation: "P3MI",
        name: "Perusahaan Penempatan Pekerja Migran Indonesia",
        basis: "UU 18/2017 Pasal 1 angka 9",
      },
    ],
  },
  MITRA_USAHA: {
    code: "MITRA_USAHA",
    abbreviation: "Mitra Usaha",
    label: { id: "Mitra Usaha", en: "Business partner in the destination country" },
    role: {
      id: "Instansi dan/atau badan usaha berbadan hukum di negara tujuan yang menempatkan PMI pada Pemberi Kerja",
      en: "Agency and/or legal-entity business abroad that places PMI with employers",
    },
    basis: "UU 18/2017 Pasal 1 angka 10",
    verified: true,
    single: false,
    names: [],
  },
  PEMBERI_KERJA: {
    code: "PEMBERI_KERJA",
    abbreviation: "Pemberi Kerja",
    label: { id: "Pemberi Kerja", en: "Employer" },
    role: {
      id: "Instansi pemerintah, badan hukum pemerintah, badan hukum swasta dan/atau perseorangan di negara tujuan yang mempekerjakan PMI",
      en: "Government agency, government or private legal entity and/or individual abroad employing a PMI",
    },
    basis: "UU 18/2017 Pasal 1 angka 11",
    verified: true,
    single: false,
    names: [],
  },
  LSP: {
    code: "LSP",
    abbreviation: "LSP",
    label: { id: "Lembaga Sertifikasi Profesi", en: "Professional certification body" },
    role: { id: "Sertifikasi kompetensi, berlisensi BNSP", en: "Competency certification, licensed by BNSP" },
    verified: true,
    single: false,
    names: [],
  },
  SARANA_KESEHATAN: {
    code: "SARANA_KESEHATAN",
    abbreviation: "Sarana kesehatan",
    label: { id: "Sarana kesehatan", en: "Health facility" },
    role: {
      id: "Pemeriksaan kesehatan dan psikologi CPMI",
      en: "Medical and psychological examination of CPMI",
    },
    verified: true,
    single: false,
    names: [],
  },
} as const satisfies ReferenceTable<Institution, InstitutionEntry>);
