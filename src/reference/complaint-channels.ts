import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReferenceEntry, ReferenceTable } from "./types.js";

/**
 * Codes of the complaint channels.
 *
 * @example
 * ```ts
 * COMPLAINT_CHANNEL_CODES.includes("WALK_IN"); //=> true
 * ```
 */
export const COMPLAINT_CHANNEL_CODES = /* @__PURE__ */ deepFreeze([
  "EMAIL",
  "E_PENGADUAN",
  "SOCIAL_MEDIA",
  "SMS",
  "LETTER",
  "PHONE",
  "WALK_IN",
  "OTHER",
] as const);

/**
 * How a complaint reached the agency (cara / saluran pengaduan).
 *
 * @example
 * ```ts
 * const channel: ComplaintChannel = "E_PENGADUAN";
 * ```
 */
export type ComplaintChannel = (typeof COMPLAINT_CHANNEL_CODES)[number];

/**
 * A {@link COMPLAINT_CHANNELS} entry.
 *
 * @example
 * ```ts
 * const walkIn: ComplaintChannelEntry = COMPLAINT_CHANNELS.WALK_IN;
 * walkIn.publishedLabels; //=> ["Langsung", "Datang sendiri", "Langsung (datang sendiri)"]
 * ```
 */
export interface ComplaintChannelEntry<C extends ComplaintChannel = ComplaintChannel>
  extends ReferenceEntry<C> {
  /** The labels the releases print for this channel (STATISTICS.md §5.8). */
  readonly publishedLabels: readonly string[];
}

/**
 * The complaint channels recorded by the agency (REGULATIONS.md §17; STATISTICS.md §5.8: "langsung
 * (datang sendiri), surat, telepon, SMS, email, e-Pengaduan, media sosial, lainnya"). No article of
 * law lists them: they are the agency's recording practice.
 *
 * @example
 * ```ts
 * COMPLAINT_CHANNELS.WALK_IN.label.id; //=> "Langsung (datang sendiri)"
 * ```
 */
export const COMPLAINT_CHANNELS = /* @__PURE__ */ deepFreeze({
  EMAIL: {
    code: "EMAIL",
    label: { id: "Email", en: "E-mail" },
    verified: true,
    publishedLabels: ["Email", "E-mail"],
  },
  E_PENGADUAN: {
    code: "E_PENGADUAN",
    label: { id: "e-Pengaduan", en: "e-Pengaduan (online complaint form)" },
    verified: true,
    publishedLabels: ["e-Pengaduan"],
  },
  SOCIAL_MEDIA: {
    code: "SOCIAL_MEDIA",
    label: { id: "Media sosial", en: "Social media" },
    verified: true,
    publishedLabels: ["Media sosial"],
  },
  SMS: { code: "SMS", label: { id: "SMS", en: "SMS" }, verified: true, publishedLabels: ["SMS"] },
  LETTER: {
    code: "LETTER",
    label: { id: "Surat", en: "Letter" },
    verified: true,
    publishedLabels: ["Surat"],
  },
  PHONE: {
    code: "PHONE",
    label: { id: "Telepon", en: "Telephone" },
    verified: true,
    publishedLabels: ["Telepon"],
  },
  WALK_IN: {
    code: "WALK_IN",
    label: { id: "Langsung (datang sendiri)", en: "In person (walk-in)" },
    verified: true,
    publishedLabels: ["Langsung", "Datang sendiri", "Langsung (datang sendiri)"],
  },
  OTHER: {
    code: "OTHER",
    label: { id: "Lainnya", en: "Other" },
    verified: true,
    publishedLabels: ["Lainnya"],
  },
} as const satisfies ReferenceTable<ComplaintChannel, ComplaintChannelEntry>);
