import { deepFreeze } from "../deep-freeze.js";
import type { IssueMessage } from "./message.js";

/**
 * Messages of the issue codes raised by `identity/` (NIK, KK number, passport number). None of them
 * names the submitted number or any part of it: params carry only limits and counts.
 */
export const IDENTITY_ISSUE_MESSAGES = /* @__PURE__ */ deepFreeze({
  ID_NUMBER_AS_NUMBER: {
    id: "Nomor identitas harus ditulis sebagai teks, bukan angka (angka menghilangkan nol di depan dan tidak dapat menyimpan 16 digit dengan tepat).",
    en: "An identity number must be given as a string, not a number (numbers drop leading zeros and cannot hold 16 digits exactly).",
  },
  ID_NUMBER_INVALID_CHARACTERS: {
    id: "Nomor identitas hanya boleh berisi angka 0–9 (spasi, titik, atau tanda hubung hanya sebagai pemisah kelompok).",
    en: "An identity number may contain only the digits 0–9 (spaces, dots or hyphens only as group separators).",
  },
  ID_NUMBER_MISPLACED_SEPARATOR: {
    id: "Pemisah dalam nomor identitas hanya boleh satu karakter di antara kelompok angka (setelah digit ke-2, 4, 6, 8, atau 12).",
    en: "A separator in an identity number must be a single character between digit groups (after digit 2, 4, 6, 8 or 12).",
  },
  ID_NUMBER_LENGTH: {
    id: "Nomor identitas harus terdiri dari {expected} digit (ditemukan {actual}).",
    en: "An identity number must have {expected} digits (found {actual}).",
  },
  ID_PROVINCE_CODE_UNKNOWN: {
    id: "Dua digit pertama bukan kode provinsi Kemendagri yang dikenal.",
    en: "The first two digits are not a known Kemendagri province code.",
  },
  ID_REGENCY_CODE_ZERO: {
    id: "Kode kabupaten/kota (digit ke-3 dan ke-4) tidak boleh 00.",
    en: "The regency/city code (digits 3 and 4) must not be 00.",
  },
  ID_DISTRICT_CODE_ZERO: {
    id: "Kode kecamatan (digit ke-5 dan ke-6) tidak boleh 00.",
    en: "The district code (digits 5 and 6) must not be 00.",
  },
  NIK_BIRTH_DAY_INVALID: {
    id: "Tanggal lahir dalam NIK (digit ke-7 dan ke-8) harus 01–31 untuk laki-laki atau 41–71 untuk perempuan.",
    en: "The birth day in the NIK (digits 7 and 8) must be 01–31 for a man or 41–71 for a woman.",
  },
  NIK_BIRTH_MONTH_INVALID: {
    id: "Bulan lahir dalam NIK (digit ke-9 dan ke-10) harus 01–12.",
    en: "The birth month in the NIK (digits 9 and 10) must be 01–12.",
  },
  NIK_BIRTH_DATE_INVALID: {
    id: "Tanggal lahir dalam NIK bukan tanggal kalender yang sah (misalnya 31 April, atau 29 Februari di tahun bukan kabisat).",
    en: "The birth date in the NIK is not a real calendar date (for example 31 April, or 29 February in a common year).",
  },
  NIK_SERIAL_ZERO: {
    id: "Nomor urut NIK (empat digit terakhir) dimulai dari 0001, tidak boleh 0000.",
    en: "The NIK serial (last four digits) starts at 0001 and must not be 0000.",
  },
  NIK_BIRTH_DATE_MISMATCH: {
    id: "Tanggal lahir yang tertanam dalam NIK berbeda dengan tanggal lahir yang dinyatakan. NIK tidak dapat diubah, jadi hal ini dapat terjadi secara sah; periksa dokumen sumbernya.",
    en: "The birth date embedded in the NIK differs from the declared birth date. A NIK cannot be changed, so this can legitimately happen; check the source documents.",
  },
  NIK_SEX_MISMATCH: {
    id: "Jenis kelamin yang tertanam dalam NIK berbeda dengan jenis kelamin yang dinyatakan. NIK tidak dapat diubah, jadi hal ini dapat terjadi secara sah; periksa dokumen sumbernya.",
    en: "The sex embedded in the NIK differs from the declared sex. A NIK cannot be changed, so this can legitimately happen; check the source documents.",
  },
  PASSPORT_NUMBER_INVALID_CHARACTERS: {
    id: "Nomor paspor hanya boleh berisi huruf A–Z dan angka 0–9.",
    en: "A passport number may contain only the letters A–Z and the digits 0–9.",
  },
  PASSPORT_NUMBER_LOWERCASE: {
    id: "Nomor paspor harus ditulis dengan huruf kapital.",
    en: "A passport number must be written in capital letters.",
  },
  PASSPORT_NUMBER_LENGTH: {
    id: "Nomor paspor harus terdiri dari {min} sampai {max} karakter.",
    en: "A passport number must have {min} to {max} characters.",
  },
  PASSPORT_NUMBER_PATTERN: {
    id: "Nomor paspor tidak sesuai pola yang ditetapkan kebijakan.",
    en: "The passport number does not match the pattern set by the policy.",
  },
} as const satisfies Record<string, IssueMessage>);
