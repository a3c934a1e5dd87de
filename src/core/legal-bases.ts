import { deepFreeze } from "../_lib/deep-freeze.js";
import { invalidArgument } from "../_lib/invalid-argument.js";
/**
 * One entry of {@link LEGAL_BASES}: an article (or a whole instrument) the library's rules rest on.
 *
 * - `instrument`: the law or regulation ("UU 18/2017", "Permenaker 4/2023").
 * - `article`: the article within it ("Pasal 13"), or `""` when the rule rests on the instrument as
 *   a whole or the article number is not known.
 * - `title`: what the article says, in Indonesian and English.
 * - `verified`: `false` when the domain notes mark the article, its number or its current force
 *   UNVERIFIED (secondary sources only, or sources that disagree).
 * - `note`: the section of the project's domain notes the entry rests on ("REGULATIONS §5.1"). It is
 *   a reference for maintainers, never part of the printed basis: the notes are not shipped.
 *
 * @example
 * ```ts
 * const basis: LegalBasis = LEGAL_BASES.UU18_P13;
 * basis.article; //=> "Pasal 13"
 * ```
 */
export interface LegalBasis {
  readonly instrument: string;
  readonly article: string;
  readonly title: { readonly id: string; readonly en: string };
  readonly verified: boolean;
  readonly note: string;
}

const UU18 = "UU 18/2017";
const ADMINDUK = "UU 23/2006 jo. UU 24/2013";

/**
 * The legal bases the rules, requirement rows and policies of this library cite, by id. Rules and
 * rows refer to an entry by its id (with an optional point such as `"huruf e"`); the basis text an
 * issue carries is printed from this table by {@link basisText}, so one article is spelt one way.
 *
 * @example
 * ```ts
 * LEGAL_BASES.UU18_P5.instrument; //=> "UU 18/2017"
 * basisText([["UU18_P13", "huruf e"]]); //=> "UU 18/2017 Pasal 13 huruf e"
 * ```
 */
export const LEGAL_BASES = /* @__PURE__ */ deepFreeze({
  UU18: {
    instrument: UU18,
    article: "",
    title: { id: "Pelindungan Pekerja Migran Indonesia", en: "Protection of Indonesian migrant workers" },
    verified: true,
    note: "REGULATIONS §0",
  },
  UU18_P1_1: {
    instrument: UU18,
    article: "Pasal 1 angka 1",
    title: {
      id: "CPMI: terdaftar di instansi ketenagakerjaan kabupaten/kota",
      en: "A CPMI is registered with the district manpower office",
    },
    verified: true,
    note: "REGULATIONS §1",
  },
  UU18_P4_2: {
    instrument: UU18,
    article: "Pasal 4 ayat (2)",
    title: { id: "Yang bukan PMI", en: "Who is not a migrant worker" },
    verified: true,
    note: "REGULATIONS §2",
  },
  UU18_P5: {
    instrument: UU18,
    article: "Pasal 5",
    title: { id: "Persyaratan PMI", en: "Requirements for a migrant worker" },
    verified: true,
    note: "REGULATIONS §3",
  },
  UU18_P6: {
    instrument: UU18,
    article: "Pasal 6",
    title: { id: "Hak dan kewajiban PMI", en: "Rights and obligations of a migrant worker" },
    verified: false,
    note: "REGULATIONS §4",
  },
  UU18_P8: {
    instrument: UU18,
    article: "Pasal 8 ayat (1)",
    title: {
      id: "Pelindungan administratif: kelengkapan dan keabsahan dokumen penempatan",
      en: "Administrative protection: complete and valid placement documents",
    },
    verified: true,
    note: "REGULATIONS §5.1",
  },
  UU18_P9_10: {
    instrument: UU18,
    article: "Pasal 9 ayat (2), Pasal 10",
    title: {
      id: "Verifikasi permintaan PMI oleh atase ketenagakerjaan",
      en: "Worker requests verified by the labour attaché",
    },
    verified: true,
    note: "REGULATIONS §5.1",
  },
  UU18_P13: {
    instrument: UU18,
    article: "Pasal 13",
    title: { id: "Delapan dokumen penempatan", en: "The eight placement documents" },
    verified: true,
    note: "REGULATIONS §5.1",
  },
  UU18_P14_19: {
    instrument: UU18,
    article: "Pasal 14–19",
    title: { id: "Perjanjian Kerja", en: "The employment contract" },
    verified: true,
    note: "REGULATIONS §5.1",
  },
  UU18_P15_1: {
    instrument: UU18,
    article: "Pasal 15 ayat (1)",
    title: {
      id: "Perjanjian Kerja ditandatangani sebelum hubungan kerja dimulai",
      en: "The employment contract is signed before the employment starts",
    },
    verified: true,
    note: "REGULATIONS §5.1; LIFECYCLE §2 (ordering constraint 7)",
  },
  UU18_P15_2: {
    instrument: UU18,
    article: "Pasal 15 ayat (2)",
    title: { id: "Isi minimal Perjanjian Kerja", en: "Minimum content of the employment contract" },
    verified: true,
    note: "REGULATIONS §5.1",
  },
  UU18_P17: {
    instrument: UU18,
    article: "Pasal 17",
    title: {
      id: "Perpanjangan di hadapan pejabat Perwakilan RI",
      en: "Extension before the official of the Indonesian mission",
    },
    verified: true,
    note: "REGULATIONS §5.1",
  },
  UU18_P19: {
    instrument: UU18,
    article: "Pasal 19",
    title: {
      id: "Penempatan sesuai jabatan dalam Perjanjian Kerja",
      en: "Placement in the position stated in the contract",
    },
    verified: true,
    note: "REGULATIONS §5.1",
  },
  UU18_P21: {
    instrument: UU18,
    article: "Pasal 21 ayat (1)",
    title: { id: "Pelindungan selama bekerja", en: "Protection during work" },
    verified: true,
    note: "REGULATIONS §5.2",
  },
  UU18_P24_27: {
    instrument: UU18,
    article: "Pasal 24–27",
    title: { id: "Pelindungan setelah bekerja dan kepulangan", en: "Protection after work and return" },
    verified: false,
    note: "REGULATIONS §5.3",
  },
  UU18_P30: {
    instrument: UU18,
    article: "Pasal 30 ayat (1)",
    title: { id: "PMI tidak dapat dibebani biaya penempatan", en: "No placement cost charged to the worker" },
    verified: true,
    note: "REGULATIONS §6",
  },
  UU18_P31_32: {
    instrument: UU18,
    article: "Pasal 31–32",
    title: {
      id: "Negara tujuan penempatan dan penghentian penempatan",
      en: "Destination countries and stopping placement",
    },
    verified: false,
    note: "REGULATIONS §7",
  },
  UU18_P49: {
    instrument: UU18,
    article: "Pasal 49",
    title: { id: "Pelaksana penempatan", en: "Placement implementers" },
    verified: true,
    note: "REGULATIONS §8.1",
  },
  UU18_P51: {
    instrument: UU18,
    article: "Pasal 51",
    title: { id: "SIP3MI", en: "Placement company licence (SIP3MI)" },
    verified: true,
    note: "REGULATIONS §8.1",
  },
  UU18_P54: {
    instrument: UU18,
    article: "Pasal 54",
    title: { id: "Persyaratan SIP3MI", en: "SIP3MI requirements" },
    verified: true,
    note: "REGULATIONS §8.1",
  },
  UU18_P57_58: {
    instrument: UU18,
    article: "Pasal 57–58",
    title: { id: "Pencabutan SIP3MI", en: "Revocation of the SIP3MI" },
    verified: false,
    note: "REGULATIONS §8.1",
  },
  UU18_P59: {
    instrument: UU18,
    article: "Pasal 59",
    title: { id: "SIP2MI", en: "Recruitment permit (SIP2MI)" },
    verified: true,
    note: "REGULATIONS §8.1",
  },
  UU18_P61: {
    instrument: UU18,
    article: "Pasal 61",
    title: {
      id: "Penempatan untuk kepentingan perusahaan sendiri",
      en: "Placement in a company's own interest",
    },
    verified: true,
    note: "REGULATIONS §8.1",
  },
  UU18_P63: {
    instrument: UU18,
    article: "Pasal 63",
    title: { id: "PMI perseorangan", en: "Individual migrant workers" },
    verified: false,
    note: "REGULATIONS §8.1",
  },
  UU18_P69_81: {
    instrument: UU18,
    article: "Pasal 69, Pasal 81",
    title: {
      id: "Orang perseorangan dilarang menempatkan PMI",
      en: "Natural persons may not place workers",
    },
    verified: true,
    note: "REGULATIONS §8.1",
  },
  UU18_P79: {
    instrument: UU18,
    article: "Pasal 79",
    title: { id: "Data palsu dalam dokumen", en: "False data in documents" },
    verified: false,
    note: "REGULATIONS §8.5",
  },
  UU18_P80: {
    instrument: UU18,
    article: "Pasal 80",
    title: { id: "Menempatkan PMI di bawah umur", en: "Placing an under-age worker" },
    verified: true,
    note: "REGULATIONS §3",
  },
  ADMINDUK_P13: {
    instrument: ADMINDUK,
    article: "Pasal 13",
    title: { id: "Nomor Induk Kependudukan", en: "National identity number (NIK)" },
    verified: true,
    note: "REGULATIONS §19.1",
  },
  ADMINDUK_KK: {
    instrument: ADMINDUK,
    article: "",
    title: { id: "Kartu Keluarga (SIAK)", en: "Family card (SIAK)" },
    verified: false,
    note: "REGULATIONS §19.2",
  },
  DISNAKER_REGISTRATION_PRACTICE: {
    instrument: "Praktik Disnaker",
    article: "verifikasi KTP, KK dan izin keluarga saat pendaftaran",
    title: {
      id: "KK diverifikasi saat pendaftaran (praktik, tanpa pasal)",
      en: "Family card checked at registration (practice, no article)",
    },
    verified: false,
    note: "REGULATIONS §10",
  },
  PERPRES_64_2011_P14: {
    instrument: "Perpres 64/2011",
    article: "Pasal 14",
    title: {
      id: "Surat keterangan sehat: berlaku 3 bulan, batal bila hamil",
      en: "Health certificate: valid 3 months, void on pregnancy",
    },
    verified: false,
    note: "REGULATIONS §14",
  },
  PERMENKUMHAM_18_2022: {
    instrument: "Permenkumham 18/2022",
    article: "Pasal 2A",
    title: { id: "Masa berlaku paspor biasa", en: "Validity of ordinary passports" },
    verified: true,
    note: "REGULATIONS §14",
  },
  NO_PASSPORT_MARGIN_SOURCE: {
    instrument: "Tidak ada sumber hukum Indonesia",
    article: "sisa masa berlaku paspor minimal",
    title: {
      id: "Sisa masa berlaku paspor: tidak ada sumber hukum Indonesia",
      en: "Minimum remaining passport validity: no Indonesian source",
    },
    verified: false,
    note: "REGULATIONS §14; LIFECYCLE §3.5 item 10",
  },
  PASSPORT_NUMBER_FORMAT_SOURCE: {
    instrument: "Tidak ada sumber hukum Indonesia",
    article: "format nomor paspor",
    title: {
      id: "Format nomor paspor: huruf kapital dan angka, panjang terbatas (sumber tidak ditemukan)",
      en: "Passport number format: capital letters and digits of bounded length (no source found)",
    },
    verified: false,
    note: "REGULATIONS §19.3; LIFECYCLE §5",
  },
  PERMENAKER_9_2019_P34: {
    instrument: "Permenaker 9/2019",
    article: "Pasal 34",
    title: {
      id: "PMI perseorangan: Pemberi Kerja berbadan hukum dan dokumennya (sumber sekunder)",
      en: "Individual workers: legal-entity employer and documents (secondary source)",
    },
    verified: false,
    note: "REGULATIONS §8.1",
  },
  SISKO_EPMI_INDIVIDUAL: {
    instrument: "Sisko P2MI",
    article: "persyaratan E-PMI PMI perseorangan",
    title: {
      id: "Dokumen E-PMI untuk PMI perseorangan (sumber sekunder)",
      en: "E-PMI documents of an individual worker (secondary source)",
    },
    verified: false,
    note: "REGULATIONS §13",
  },
  SISKO_EPMI_REENTRY: {
    instrument: "Sisko P2MI",
    article: "persyaratan E-PMI re-entry",
    title: {
      id: "Dokumen E-PMI untuk re-entry (sumber sekunder)",
      en: "E-PMI documents of a re-entry (secondary source)",
    },
    verified: false,
    note: "REGULATIONS §13",
  },
  SISKO_EPMI: {
    instrument: "Sisko P2MI",
    article: "E-PMI (dahulu E-KTKLN)",
    title: { id: "Kartu E-PMI", en: "The E-PMI card" },
    verified: true,
    note: "REGULATIONS §13",
  },
  BP2MI_LETTER_2023_08_16: {
    instrument: "Surat BP2MI 16 Agustus 2023",
    article: "",
    title: {
      id: "Dokumen PMI cuti/re-entry: paspor, visa kerja, visa re-entry, Perjanjian Kerja",
      en: "Documents of a worker back from leave: passport, work and re-entry visas, contract",
    },
    verified: false,
    note: "REGULATIONS §13",
  },
  PERMENAKER_4_2023: {
    instrument: "Permenaker 4/2023",
    article: "",
    title: {
      id: "Jaminan sosial PMI: JKK dan JKM wajib, JHT pilihan",
      en: "Social security of migrant workers: JKK and JKM mandatory, JHT optional",
    },
    verified: true,
    note: "REGULATIONS §11",
  },
  PERMENAKER_4_2023_P18: {
    instrument: "Permenaker 4/2023",
    article: "Pasal 18",
    title: { id: "Iuran JKK dan JKM", en: "JKK and JKM contributions" },
    verified: true,
    note: "REGULATIONS §11",
  },
  PERMENAKER_4_2023_COVER: {
    instrument: "Permenaker 4/2023",
    article: "masa perlindungan (proses bisnis BPJS Ketenagakerjaan; nomor pasal tidak terverifikasi)",
    title: {
      id: "Masa perlindungan sebelum bekerja: 5 bulan; perseorangan 1 bulan",
      en: "Cover before work: 5 months; individual workers 1 month",
    },
    verified: false,
    note: "REGULATIONS §11",
  },
  PERMENAKER_18_2018: {
    instrument: "Permenaker 18/2018",
    article: "",
    title: {
      id: "Jaminan sosial PMI (diganti Permenaker 4/2023)",
      en: "Social security of migrant workers (replaced by Permenaker 4/2023)",
    },
    verified: true,
    note: "REGULATIONS §11",
  },
  PERBAN_1_2020_P2: {
    instrument: "Perban BP2MI 1/2020",
    article: "Pasal 2",
    title: {
      id: "Isi minimal Perjanjian Kerja (diperluas)",
      en: "Minimum content of the employment contract (extended)",
    },
    verified: true,
    note: "REGULATIONS §5.1",
  },
  PERBAN_1_2020_EXTENSION: {
    instrument: "Perban BP2MI 1/2020",
    article: "perpanjangan (ringkasan sekunder)",
    title: { id: "Syarat perpanjangan Perjanjian Kerja", en: "Conditions of a contract extension" },
    verified: false,
    note: "REGULATIONS §5.1",
  },
  PERBAN_2_2020_P3: {
    instrument: "Perban BP2MI 2/2020",
    article: "Pasal 3",
    title: { id: "Biaya kebutuhan pribadi", en: "Personal-needs costs" },
    verified: true,
    note: "REGULATIONS §6",
  },
  PERBAN_9_2020: {
    instrument: "Perban BP2MI 9/2020",
    article: "",
    title: { id: "Pembebasan biaya penempatan", en: "Zero-cost placement" },
    verified: true,
    note: "REGULATIONS §6",
  },
  PERMEN_P2MI_17_2025_P3: {
    instrument: "Permen P2MI 17/2025",
    article: "Pasal 3",
    title: { id: "Biaya penempatan PMI", en: "Placement costs" },
    verified: false,
    note: "REGULATIONS §6",
  },
  KEPMENAKER_260_2015: {
    instrument: "Kepmenaker 260/2015",
    article: "",
    title: {
      id: "Penghentian penempatan pada Pengguna Perseorangan di Timur Tengah",
      en: "Ban on placement with individual employers in the Middle East",
    },
    verified: true,
    note: "REGULATIONS §7",
  },
  KEPMENAKER_291_2018: {
    instrument: "Kepmenaker 291/2018",
    article: "",
    title: {
      id: "Pedoman Sistem Penempatan Satu Kanal (SPSK)",
      en: "Guidelines of the one-channel placement system (SPSK)",
    },
    verified: true,
    note: "REGULATIONS §7",
  },
  KEPDIRJEN_735_2019: {
    instrument: "Kepdirjen Binapenta Kep.735/PPTKPKK/IV/2019",
    article: "",
    title: { id: "Penetapan P3MI SPSK", en: "Designation of SPSK placement companies" },
    verified: true,
    note: "REGULATIONS §7",
  },
  RI_KSA_ARRANGEMENT_2018: {
    instrument: "Pengaturan RI–KSA 11 Oktober 2018",
    article: "",
    title: { id: "Pengaturan penempatan satu kanal", en: "One-channel placement arrangement" },
    verified: true,
    note: "REGULATIONS §7",
  },
  KEPDIRJEN_PERMITTED_DESTINATIONS: {
    instrument: "Kepdirjen Binapenta 3/111/PK.02.01/IV/2022",
    article: "dan perubahannya",
    title: { id: "Daftar negara tujuan penempatan", en: "List of permitted destination countries" },
    verified: false,
    note: "REGULATIONS §7",
  },
  PERMEN_P2MI_1_2025: {
    instrument: "Permen P2MI 1/2025",
    article: "",
    title: { id: "Perizinan SIP3MI", en: "SIP3MI licensing" },
    verified: true,
    note: "REGULATIONS §8.3",
  },
  PERMEN_P2MI_2_2025: {
    instrument: "Permen P2MI 2/2025",
    article: "",
    title: { id: "SIP2MI", en: "SIP2MI" },
    verified: true,
    note: "REGULATIONS §8.3",
  },
  PERMEN_P2MI_4_2025_P9: {
    instrument: "Permen P2MI 4/2025",
    article: "Pasal 9 ayat (1)",
    title: {
      id: "Penghentian sementara kegiatan usaha P3MI",
      en: "Temporary suspension of a placement company",
    },
    verified: true,
    note: "REGULATIONS §8.4",
  },
  PERMEN_P2MI_4_2025: {
    instrument: "Permen P2MI 4/2025",
    article: "",
    title: { id: "Sanksi administratif", en: "Administrative sanctions" },
    verified: true,
    note: "REGULATIONS §8.4",
  },
  PERMEN_P2MI_34_2025_P14: {
    instrument: "Permen P2MI 34/2025",
    article: "Pasal 14",
    title: { id: "E-KPMI: peralihan dari E-PMI", en: "E-KPMI: transition from the E-PMI" },
    verified: true,
    note: "REGULATIONS §13",
  },
  PERMEN_P2MI_34_2025: {
    instrument: "Permen P2MI 34/2025",
    article: "",
    title: { id: "Kartu E-KPMI", en: "The E-KPMI card" },
    verified: true,
    note: "REGULATIONS §13",
  },
  PERBAN_27_2025_P1: {
    instrument: "Perban 27/2025",
    article: "Pasal 1",
    title: { id: "Definisi E-KPMI dan Sisko P2MI", en: "Definitions of E-KPMI and Sisko P2MI" },
    verified: true,
    note: "REGULATIONS §1",
  },
  PERMEN_P2MI_35_2025: {
    instrument: "Permen P2MI 35/2025",
    article: "",
    title: { id: "Sertifikasi kompetensi kerja", en: "Work competency certification" },
    verified: true,
    note: "REGULATIONS §9",
  },
  PERMEN_P2MI_32_2025_P13: {
    instrument: "Permen P2MI 32/2025",
    article: "Pasal 13",
    title: { id: "Fasilitasi kepulangan", en: "Return facilitation" },
    verified: true,
    note: "REGULATIONS §16",
  },
  PP_59_2021_P21: {
    instrument: "PP 59/2021",
    article: "Pasal 21",
    title: {
      id: "Pelindungan setelah bekerja; pemulangan jenazah oleh P3MI",
      en: "Protection after work; repatriation of the body by the placement company",
    },
    verified: true,
    note: "REGULATIONS §5.3",
  },
  PERPRES_96_2018_P46: {
    instrument: "Perpres 96/2018",
    article: "Pasal 46",
    title: { id: "Pencatatan kematian di luar negeri", en: "Registration of a death abroad" },
    verified: true,
    note: "REGULATIONS §16",
  },
  PERDA_BLITAR_16_2011: {
    instrument: "Perda Kab. Blitar 16/2011",
    article: "",
    title: {
      id: "Usia 21 untuk Pengguna perseorangan (rezim TKI lama; tidak ada pasal nasional)",
      en: "Age 21 for individual employers (old TKI regime; no national article)",
    },
    verified: false,
    note: "REGULATIONS §3",
  },
  INFANT_REGULATION_2024: {
    instrument: "Peraturan 2024 (nomor tidak terverifikasi, per Disnaker Sleman)",
    article: "Pasal 6",
    title: {
      id: "Perempuan dengan anak kandung di bawah 12 bulan tidak berangkat",
      en: "A woman with a child under 12 months does not depart",
    },
    verified: false,
    note: "REGULATIONS §3",
  },
} as const satisfies Readonly<Record<string, LegalBasis>>);

/**
 * The id of an entry of {@link LEGAL_BASES}.
 *
 * @example
 * ```ts
 * const id: LegalBasisId = "UU18_P13";
 * ```
 */
export type LegalBasisId = keyof typeof LEGAL_BASES;

/**
 * A reference to a legal basis: its id, or its id and a point within the article (`"huruf e"`,
 * `"ayat (4) huruf b"`).
 *
 * @example
 * ```ts
 * const passport: BasisRef = ["UU18_P13", "huruf e"];
 * const costs: BasisRef = "UU18_P30";
 * ```
 */
export type BasisRef = LegalBasisId | readonly [LegalBasisId, string];

/** The entry a reference names; a reference to no entry is a programmer error. */
function entryOf(fn: string, ref: BasisRef): LegalBasis {
  const id = typeof ref === "string" ? ref : Array.isArray(ref) ? ref[0] : undefined;
  if (typeof id !== "string" || !Object.hasOwn(LEGAL_BASES, id)) {
    throw invalidArgument(fn, "refs", "a list of LEGAL_BASES ids or [id, point] pairs");
  }
  return LEGAL_BASES[id as LegalBasisId];
}

function printOne(ref: BasisRef): string {
  const entry = entryOf("basisText", ref);
  const parts = [entry.instrument];
  if (entry.article !== "") parts.push(entry.article);
  if (typeof ref !== "string") parts.push(ref[1]);
  return parts.join(" ");
}

/**
 * The printed basis of a list of references, as issues carry it: each reference as instrument,
 * article and point, joined by `"; "`.
 *
 * @example
 * ```ts
 * basisText(["UU18_P5", "UU18_P80"]); //=> "UU 18/2017 Pasal 5; UU 18/2017 Pasal 80"
 * basisText([["UU18_P5", "huruf a"]]); //=> "UU 18/2017 Pasal 5 huruf a"
 * ```
 */
export function basisText(refs: readonly BasisRef[]): string {
  if (!Array.isArray(refs)) throw invalidArgument("basisText", "refs", "a list of legal basis references");
  return refs.map(printOne).join("; ");
}

/**
 * Whether every basis a list refers to is verified in the domain notes.
 *
 * @example
 * ```ts
 * basisVerified(["UU18_P13"]); //=> true
 * basisVerified(["UU18_P63"]); //=> false
 * ```
 */
export function basisVerified(refs: readonly BasisRef[]): boolean {
  if (!Array.isArray(refs))
    throw invalidArgument("basisVerified", "refs", "a list of legal basis references");
  return refs.every((ref) => entryOf("basisVerified", ref).verified);
}
