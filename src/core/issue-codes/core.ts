import { deepFreeze } from "../deep-freeze.js";
import type { IssueMessage } from "./message.js";

/** Messages of the issue codes shared by every context: input shape, schema and calendar dates. */
export const CORE_ISSUE_MESSAGES = /* @__PURE__ */ deepFreeze({
  INPUT_NOT_STRING: {
    id: "Nilai harus berupa teks.",
    en: "The value must be a string.",
  },
  INPUT_NOT_OBJECT: {
    id: "Nilai harus berupa objek.",
    en: "The value must be an object.",
  },
  INPUT_NOT_ARRAY: {
    id: "Nilai harus berupa daftar (array).",
    en: "The value must be an array.",
  },
  INPUT_TOO_LONG: {
    id: "Nilai terlalu panjang (paling banyak {max} karakter).",
    en: "The value is too long (at most {max} characters).",
  },
  INPUT_REQUIRED: {
    id: "Nilai wajib diisi.",
    en: "A value is required.",
  },
  SCHEMA_INVALID_TYPE: {
    id: "Jenis nilai tidak sesuai (seharusnya {expected}).",
    en: "The value has the wrong type (expected {expected}).",
  },
  SCHEMA_INVALID_VALUE: {
    id: "Nilai tidak termasuk pilihan yang diizinkan.",
    en: "The value is not one of the allowed options.",
  },
  SCHEMA_INVALID_FORMAT: {
    id: "Format nilai tidak sesuai ({format}).",
    en: "The value does not have the expected format ({format}).",
  },
  SCHEMA_TOO_SMALL: {
    id: "Nilai terlalu kecil atau terlalu pendek (minimum {minimum}).",
    en: "The value is too small or too short (minimum {minimum}).",
  },
  SCHEMA_TOO_BIG: {
    id: "Nilai terlalu besar atau terlalu panjang (maksimum {maximum}).",
    en: "The value is too big or too long (maximum {maximum}).",
  },
  SCHEMA_UNRECOGNIZED_KEYS: {
    id: "Objek memuat kolom yang tidak dikenal.",
    en: "The object contains unrecognised fields.",
  },
  SCHEMA_INVALID: {
    id: "Nilai tidak sesuai skema.",
    en: "The value does not match the schema.",
  },
  DATE_INVALID: {
    id: "Tanggal harus berupa tanggal kalender yang sah dengan format YYYY-MM-DD.",
    en: "The date must be a real calendar date written as YYYY-MM-DD.",
  },
  DATETIME_INVALID: {
    id: "Waktu harus berupa tanggal-waktu ISO 8601 dengan zona waktu (misalnya 2025-01-31T09:00:00+07:00).",
    en: "The instant must be an ISO 8601 date-time with an offset (for example 2025-01-31T09:00:00+07:00).",
  },
} as const satisfies Record<string, IssueMessage>);
