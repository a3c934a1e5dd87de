import { deepFreeze } from "../deep-freeze.js";
import type { IssueMessage } from "./message.js";

/** Messages of the issue codes raised by `statistics/`. */
export const STATISTICS_ISSUE_MESSAGES = /* @__PURE__ */ deepFreeze({
  STATISTICS_COUNT_NOT_NUMBER: {
    id: "Jumlah harus berupa angka yang terhingga.",
    en: "The count must be a finite number.",
  },
  STATISTICS_COUNT_NEGATIVE: {
    id: "Jumlah tidak boleh negatif.",
    en: "The count must not be negative.",
  },
  STATISTICS_COUNT_NOT_INTEGER: {
    id: "Jumlah harus berupa bilangan bulat.",
    en: "The count must be a whole number.",
  },
  STATISTICS_COUNT_TOO_LARGE: {
    id: "Jumlah terlalu besar (paling banyak {max}).",
    en: "The count is too large (at most {max}).",
  },
  STATISTICS_COUNT_EXCEEDS_TOTAL: {
    id: "Bagian tidak boleh melebihi totalnya.",
    en: "A part must not exceed its total.",
  },
  STATISTICS_OPTIONS_INVALID: {
    id: "Opsi harus berupa objek.",
    en: "The options must be an object.",
  },
  STATISTICS_DECIMALS_INVALID: {
    id: "Jumlah desimal harus bilangan bulat dari 0 sampai {max}.",
    en: "The number of decimals must be a whole number from 0 to {max}.",
  },
  STATISTICS_ROUNDING_INVALID: {
    id: "Pembulatan harus 'half-up' atau 'truncate'.",
    en: "The rounding must be 'half-up' or 'truncate'.",
  },
  STATISTICS_TOP_INVALID: {
    id: "Jumlah peringkat teratas harus bilangan bulat positif.",
    en: "The number of top entries must be a positive whole number.",
  },
  STATISTICS_NUMBER_UNPARSEABLE: {
    id: "Teks bukan angka dengan format yang dikenali ({locale}).",
    en: "The text is not a number in a recognised format ({locale}).",
  },
  STATISTICS_RECORDS_NOT_ITERABLE: {
    id: "Data harus berupa kumpulan rekaman yang dapat diiterasi (array atau generator).",
    en: "The records must be an iterable collection (an array or a generator).",
  },
  STATISTICS_DIMENSION_INVALID: {
    id: "Dimensi harus berupa objek dengan nama dan fungsi kunci.",
    en: "A dimension must be an object with a name and a key function.",
  },
  STATISTICS_DIMENSIONS_DIFFER: {
    id: "Tabulasi hanya dapat digabung bila dimensinya sama.",
    en: "Tallies can only be merged when they have the same dimensions.",
  },
  STATISTICS_TALLY_INVALID: {
    id: "Tabulasi tidak sah: total tidak sama dengan jumlah barisnya atau ada baris ganda.",
    en: "The tally is invalid: its total differs from the sum of its rows or a row is repeated.",
  },
  STATISTICS_GRANULARITY_INVALID: {
    id: "Periode harus 'month', 'quarter', 'semester' atau 'year'.",
    en: "The period must be 'month', 'quarter', 'semester' or 'year'.",
  },
  STATISTICS_PERIOD_INVALID: {
    id: "Kode periode tidak sah (contoh: 2024-09, 2024-Q3, 2024-S2, 2024).",
    en: "The period code is invalid (for example 2024-09, 2024-Q3, 2024-S2, 2024).",
  },
  STATISTICS_RANGE_INVALID: {
    id: "Awal rentang periode harus sebelum atau sama dengan akhirnya.",
    en: "The start of the period range must not be after its end.",
  },
  STATISTICS_RANGE_TOO_LONG: {
    id: "Rentang periode terlalu panjang (paling banyak {max} periode).",
    en: "The period range is too long (at most {max} periods).",
  },
  STATISTICS_VALUES_INVALID: {
    id: "Nilai harus berupa daftar angka terhingga.",
    en: "The values must be a list of finite numbers.",
  },
  STATISTICS_PERCENTILE_INVALID: {
    id: "Persentil harus angka dari 0 sampai 100.",
    en: "The percentile must be a number from 0 to 100.",
  },
  STATISTICS_FIGURE_MISMATCH: {
    id: "Angka yang dipublikasikan berbeda {unitsOff} satuan pada desimal ke-{decimals} dari hasil hitung ulang.",
    en: "The published figure is {unitsOff} units off in decimal place {decimals} from the recomputed value.",
  },
  STATISTICS_FIGURE_OFF_BY_ONE: {
    id: "Angka yang dipublikasikan berbeda satu satuan pada digit terakhir dan tidak dijelaskan oleh pembulatan mana pun.",
    en: "The published figure is one unit off in its last digit and no rounding convention explains it.",
  },
  STATISTICS_DIRECTION_MISMATCH: {
    id: "Arah perubahan yang dipublikasikan tidak sesuai dengan angkanya.",
    en: "The published direction of change does not match the figures.",
  },
  STATISTICS_DIRECTION_UNKNOWN: {
    id: "Kata arah perubahan tidak dikenali (gunakan naik, turun atau tetap).",
    en: "The direction word is not recognised (use naik, turun or tetap).",
  },
  STATISTICS_DIFFERENCE_MISMATCH: {
    id: "Selisih yang dipublikasikan tidak sama dengan selisih angka-angkanya.",
    en: "The published difference does not equal the difference of the figures.",
  },
  STATISTICS_BREAKDOWN_SUM_MISMATCH: {
    id: "Rincian tidak berjumlah sama dengan totalnya (selisih {difference}).",
    en: "The breakdown does not add up to its total (difference {difference}).",
  },
  STATISTICS_BREAKDOWN_PARTIAL: {
    id: "Rincian bersifat sebagian; sisa {residual} tidak dirinci.",
    en: "The breakdown is partial; a residual of {residual} is not itemised.",
  },
  STATISTICS_ROW_DUPLICATE: {
    id: "Baris ini mengulang kategori baris sebelumnya dalam rincian yang sama (varian label).",
    en: "This row repeats the category of an earlier row of the same breakdown (a label variant).",
  },
  STATISTICS_DENOMINATOR_MISSING: {
    id: "Persentase tidak dapat diperiksa karena total (penyebut) tidak diketahui.",
    en: "The share cannot be checked because its total (denominator) is not known.",
  },
  STATISTICS_DENOMINATOR_ZERO: {
    id: "Nilai tidak terdefinisi karena penyebutnya nol.",
    en: "The value is undefined because its denominator is zero.",
  },
} as const satisfies Record<string, IssueMessage>);
