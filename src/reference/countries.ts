import { deepFreeze } from "../_lib/deep-freeze.js";
import type { DestinationRegion } from "./destination-regions.js";
import type { ReferenceEntry, ReferenceTable } from "./types.js";

/**
 * ISO 3166-1 alpha-2 codes of the destination countries and territories in {@link COUNTRIES}.
 *
 * @example
 * ```ts
 * COUNTRY_CODES.includes("HK"); //=> true
 * ```
 */
export const COUNTRY_CODES = /* @__PURE__ */ deepFreeze([
  "HK",
  "TW",
  "MY",
  "JP",
  "SG",
  "KR",
  "BN",
  "MV",
  "KH",
  "LA",
  "TH",
  "MM",
  "CN",
  "LK",
  "PK",
  "ZM",
  "BF",
  "ER",
  "CG",
  "SS",
  "SA",
  "AE",
  "QA",
  "KW",
  "OM",
  "BH",
  "JO",
  "LB",
  "SY",
  "IQ",
  "IR",
  "YE",
  "PS",
  "TR",
  "EG",
  "LY",
  "DZ",
  "MA",
  "TN",
  "MR",
  "SD",
  "IT",
  "PL",
  "HU",
  "SK",
  "RO",
  "DE",
  "FR",
  "AT",
  "NL",
  "GR",
  "RS",
  "MD",
  "BA",
  "GB",
  "US",
  "MX",
  "DM",
  "TC",
  "AU",
  "NZ",
  "PG",
  "PW",
] as const);

/**
 * The ISO 3166-1 alpha-2 code of a destination country or territory known to the library.
 *
 * @example
 * ```ts
 * const destination: CountryCode = "TW";
 * ```
 */
export type CountryCode = (typeof COUNTRY_CODES)[number];

/**
 * A {@link COUNTRIES} entry.
 *
 * @example
 * ```ts
 * const taiwan: CountryEntry = COUNTRIES.TW;
 * //=> { code: "TW", label: { id: "Taiwan", en: "Taiwan" }, verified: true, variants: [], region: "ASIA_AFRICA" }
 * ```
 */
export interface CountryEntry<C extends CountryCode = CountryCode> extends ReferenceEntry<C> {
  /**
   * Other labels for the country: the variants the releases print ("Hongkong", "Saudi Arabia",
   * "UEA") and common Indonesian or English alternatives. `label.id` and `label.en` are matched too.
   */
  readonly variants: readonly string[];
  /** The kawasan the library files the country under (see `DESTINATION_REGIONS`). */
  readonly region: DestinationRegion;
}

/**
 * Destination countries and territories, keyed by ISO 3166-1 alpha-2 code, with the Indonesian label
 * as the official releases print it (STATISTICS.md §5.1), the English name, the label variants and
 * the kawasan. It covers every country named in the releases (§5.1), in the Middle-East moratorium
 * lists of Kepmenaker 260/2015 (REGULATIONS.md §7) and in the seed articles; it is not a list of all
 * UN members, nor the list of countries open for placement (that list is policy data, UNVERIFIED).
 * Hong Kong, Taiwan, Palestine and the Turks and Caicos Islands are territories with their own ISO
 * code, listed because the releases list them.
 *
 * `verified: false` marks the two labels whose ISO code the releases leave open: "Kongo" (taken as
 * the Republic of the Congo, CG) and "Dominika" (taken as Dominica, DM).
 *
 * @example
 * ```ts
 * COUNTRIES.SA.label; //=> { id: "Arab Saudi", en: "Saudi Arabia" }
 * COUNTRIES.HK.variants; //=> ["Hongkong"]
 * ```
 */
export const COUNTRIES = /* @__PURE__ */ deepFreeze({
  HK: {
    code: "HK",
    label: { id: "Hong Kong", en: "Hong Kong" },
    verified: true,
    variants: ["Hongkong"],
    region: "ASIA_AFRICA",
  },
  TW: {
    code: "TW",
    label: { id: "Taiwan", en: "Taiwan" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  MY: {
    code: "MY",
    label: { id: "Malaysia", en: "Malaysia" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  JP: {
    code: "JP",
    label: { id: "Jepang", en: "Japan" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  SG: {
    code: "SG",
    label: { id: "Singapura", en: "Singapore" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  KR: {
    code: "KR",
    label: { id: "Korea Selatan", en: "South Korea" },
    verified: true,
    variants: ["Korea", "Republik Korea", "Republic of Korea"],
    region: "ASIA_AFRICA",
  },
  BN: {
    code: "BN",
    label: { id: "Brunei Darussalam", en: "Brunei Darussalam" },
    verified: true,
    variants: ["Brunei"],
    region: "ASIA_AFRICA",
  },
  MV: {
    code: "MV",
    label: { id: "Maladewa", en: "Maldives" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  KH: {
    code: "KH",
    label: { id: "Kamboja", en: "Cambodia" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  LA: {
    code: "LA",
    label: { id: "Laos", en: "Laos" },
    verified: true,
    variants: ["Lao PDR"],
    region: "ASIA_AFRICA",
  },
  TH: {
    code: "TH",
    label: { id: "Thailand", en: "Thailand" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  MM: {
    code: "MM",
    label: { id: "Myanmar", en: "Myanmar" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  CN: {
    code: "CN",
    label: { id: "Tiongkok", en: "China" },
    verified: true,
    variants: ["Cina", "Republik Rakyat Tiongkok"],
    region: "ASIA_AFRICA",
  },
  LK: {
    code: "LK",
    label: { id: "Sri Lanka", en: "Sri Lanka" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  PK: {
    code: "PK",
    label: { id: "Pakistan", en: "Pakistan" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  ZM: {
    code: "ZM",
    label: { id: "Zambia", en: "Zambia" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  BF: {
    code: "BF",
    label: { id: "Burkina Faso", en: "Burkina Faso" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  ER: {
    code: "ER",
    label: { id: "Eritrea", en: "Eritrea" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  CG: {
    code: "CG",
    label: { id: "Kongo", en: "Congo" },
    // "Kongo" could also mean the Democratic Republic of the Congo (CD); Indonesian usage names that one "Republik Demokratik Kongo".
    verified: false,
    variants: ["Republik Kongo", "Republic of the Congo"],
    region: "ASIA_AFRICA",
  },
  SS: {
    code: "SS",
    label: { id: "Sudan Selatan", en: "South Sudan" },
    verified: true,
    variants: [],
    region: "ASIA_AFRICA",
  },
  SA: {
    code: "SA",
    label: { id: "Arab Saudi", en: "Saudi Arabia" },
    verified: true,
    variants: ["Saudi"],
    region: "EUROPE_MIDDLE_EAST",
  },
  AE: {
    code: "AE",
    label: { id: "Uni Emirat Arab", en: "United Arab Emirates" },
    verified: true,
    variants: ["UEA", "UAE"],
    region: "EUROPE_MIDDLE_EAST",
  },
  QA: {
    code: "QA",
    label: { id: "Qatar", en: "Qatar" },
    verified: true,
    variants: ["Katar"],
    region: "EUROPE_MIDDLE_EAST",
  },
  KW: {
    code: "KW",
    label: { id: "Kuwait", en: "Kuwait" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  OM: {
    code: "OM",
    label: { id: "Oman", en: "Oman" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  BH: {
    code: "BH",
    label: { id: "Bahrain", en: "Bahrain" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  JO: {
    code: "JO",
    label: { id: "Yordania", en: "Jordan" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  LB: {
    code: "LB",
    label: { id: "Libanon", en: "Lebanon" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  SY: {
    code: "SY",
    label: { id: "Suriah", en: "Syria" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  IQ: {
    code: "IQ",
    label: { id: "Irak", en: "Iraq" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  IR: {
    code: "IR",
    label: { id: "Iran", en: "Iran" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  YE: {
    code: "YE",
    label: { id: "Yaman", en: "Yemen" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  PS: {
    code: "PS",
    label: { id: "Palestina", en: "Palestine" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  TR: {
    code: "TR",
    label: { id: "Turki", en: "Türkiye" },
    verified: true,
    variants: ["Turkiye", "Turkey"],
    region: "EUROPE_MIDDLE_EAST",
  },
  EG: {
    code: "EG",
    label: { id: "Mesir", en: "Egypt" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  LY: {
    code: "LY",
    label: { id: "Libya", en: "Libya" },
    verified: true,
    variants: ["Libia"],
    region: "EUROPE_MIDDLE_EAST",
  },
  DZ: {
    code: "DZ",
    label: { id: "Aljazair", en: "Algeria" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  MA: {
    code: "MA",
    label: { id: "Maroko", en: "Morocco" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  TN: {
    code: "TN",
    label: { id: "Tunisia", en: "Tunisia" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  MR: {
    code: "MR",
    label: { id: "Mauritania", en: "Mauritania" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  SD: {
    code: "SD",
    label: { id: "Sudan", en: "Sudan" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  IT: {
    code: "IT",
    label: { id: "Italia", en: "Italy" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  PL: {
    code: "PL",
    label: { id: "Polandia", en: "Poland" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  HU: {
    code: "HU",
    label: { id: "Hungaria", en: "Hungary" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  SK: {
    code: "SK",
    label: { id: "Slovakia", en: "Slovakia" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  RO: {
    code: "RO",
    label: { id: "Rumania", en: "Romania" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  DE: {
    code: "DE",
    label: { id: "Jerman", en: "Germany" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  FR: {
    code: "FR",
    label: { id: "Prancis", en: "France" },
    verified: true,
    variants: ["Perancis"],
    region: "EUROPE_MIDDLE_EAST",
  },
  AT: {
    code: "AT",
    label: { id: "Austria", en: "Austria" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  NL: {
    code: "NL",
    label: { id: "Belanda", en: "Netherlands" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  GR: {
    code: "GR",
    label: { id: "Yunani", en: "Greece" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  RS: {
    code: "RS",
    label: { id: "Serbia", en: "Serbia" },
    verified: true,
    variants: [],
    region: "EUROPE_MIDDLE_EAST",
  },
  MD: {
    code: "MD",
    label: { id: "Republik Moldova", en: "Moldova" },
    verified: true,
    variants: ["Moldova", "Republic of Moldova"],
    region: "EUROPE_MIDDLE_EAST",
  },
  BA: {
    code: "BA",
    label: { id: "Bosnia dan Herzegovina", en: "Bosnia and Herzegovina" },
    verified: true,
    variants: ["Bosnia-Herzegovina"],
    region: "EUROPE_MIDDLE_EAST",
  },
  GB: {
    code: "GB",
    label: { id: "Inggris Raya dan Irlandia Utara", en: "United Kingdom" },
    verified: true,
    variants: ["Inggris", "Britania Raya", "United Kingdom of Great Britain and Northern Ireland"],
    region: "EUROPE_MIDDLE_EAST",
  },
  US: {
    code: "US",
    label: { id: "Amerika Serikat", en: "United States" },
    verified: true,
    variants: ["United States of America", "USA"],
    region: "AMERICA_PACIFIC",
  },
  MX: {
    code: "MX",
    label: { id: "Meksiko", en: "Mexico" },
    verified: true,
    variants: [],
    region: "AMERICA_PACIFIC",
  },
  DM: {
    code: "DM",
    label: { id: "Dominika", en: "Dominica" },
    // "Dominika" could also mean the Dominican Republic (DO); Indonesian usage names that one "Republik Dominika".
    verified: false,
    variants: [],
    region: "AMERICA_PACIFIC",
  },
  TC: {
    code: "TC",
    label: { id: "Kepulauan Turks dan Caicos", en: "Turks and Caicos Islands" },
    verified: true,
    variants: [],
    region: "AMERICA_PACIFIC",
  },
  AU: {
    code: "AU",
    label: { id: "Australia", en: "Australia" },
    verified: true,
    variants: [],
    region: "AMERICA_PACIFIC",
  },
  NZ: {
    code: "NZ",
    label: { id: "Selandia Baru", en: "New Zealand" },
    verified: true,
    variants: [],
    region: "AMERICA_PACIFIC",
  },
  PG: {
    code: "PG",
    label: { id: "Papua Nugini", en: "Papua New Guinea" },
    verified: true,
    variants: [],
    region: "AMERICA_PACIFIC",
  },
  PW: {
    code: "PW",
    label: { id: "Palau", en: "Palau" },
    verified: true,
    variants: [],
    region: "AMERICA_PACIFIC",
  },
} as const satisfies ReferenceTable<CountryCode, CountryEntry>);
