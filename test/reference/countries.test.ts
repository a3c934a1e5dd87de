import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COUNTRIES,
  formatIssue,
  type PathSegment,
  PekerjaMigranError,
  parseCountryCode,
  parseLabel,
} from "../../src/index.js";
import { COUNTRY_CODES, destinationRegionOf } from "../../src/reference/index.js";

// The country label and code readers as the removed twins behaved, written over the one function of
// each task (parseLabel, parseCountryCode): the undefined-returning forms read their Result.
const parseCountryLabel = (label: unknown, options: { readonly path?: readonly PathSegment[] } = {}) =>
  parseLabel(COUNTRIES, label, options);
const countryFromLabel = (label: unknown) => {
  const result = parseLabel(COUNTRIES, label);
  return result.ok ? result.value : undefined;
};
const countryByCode = (code: unknown) => {
  const result = parseCountryCode(code);
  return result.ok ? result.value : undefined;
};

// Every country label printed in STATISTICS.md §5.1 (and the variants of §4), with the ISO 3166-1
// alpha-2 code it names, written from the document rather than from the table.
const PUBLISHED: ReadonlyArray<readonly [string, string]> = [
  ["Hong Kong", "HK"],
  ["Hongkong", "HK"],
  ["Taiwan", "TW"],
  ["Malaysia", "MY"],
  ["Jepang", "JP"],
  ["Singapura", "SG"],
  ["Korea Selatan", "KR"],
  ["Arab Saudi", "SA"],
  ["Saudi Arabia", "SA"],
  ["Italia", "IT"],
  ["Brunei Darussalam", "BN"],
  ["Turki", "TR"],
  ["Polandia", "PL"],
  ["Uni Emirat Arab", "AE"],
  ["UEA", "AE"],
  ["United Arab Emirates", "AE"],
  ["Zambia", "ZM"],
  ["Qatar", "QA"],
  ["Kuwait", "KW"],
  ["Maladewa", "MV"],
  ["Papua Nugini", "PG"],
  ["Hungaria", "HU"],
  ["Slovakia", "SK"],
  ["Rumania", "RO"],
  ["Jerman", "DE"],
  ["Prancis", "FR"],
  ["Selandia Baru", "NZ"],
  ["Austria", "AT"],
  ["Dominika", "DM"],
  ["Kamboja", "KH"],
  ["Australia", "AU"],
  ["Belanda", "NL"],
  ["Burkina Faso", "BF"],
  ["Eritrea", "ER"],
  ["Kepulauan Turks dan Caicos", "TC"],
  ["Kongo", "CG"],
  ["Libanon", "LB"],
  ["Palau", "PW"],
  ["Republik Moldova", "MD"],
  ["Serbia", "RS"],
  ["Yunani", "GR"],
  ["Meksiko", "MX"],
  ["Oman", "OM"],
  ["Bosnia dan Herzegovina", "BA"],
  ["Inggris Raya dan Irlandia Utara", "GB"],
  ["Yordania", "JO"],
  ["Suriah", "SY"],
  ["Syria", "SY"],
  ["Bahrain", "BH"],
  ["Laos", "LA"],
  ["Thailand", "TH"],
  ["Amerika Serikat", "US"],
  ["Sri Lanka", "LK"],
];

// STATISTICS.md §6 tables (Example A and B) print these destinations.
const EXAMPLE_TABLES: ReadonlyArray<readonly [string, string]> = [
  ["Hong Kong", "HK"],
  ["Taiwan", "TW"],
  ["Malaysia", "MY"],
  ["Korea Selatan", "KR"],
];

// The Middle-East moratorium lists of REGULATIONS.md §7 (English names as the document gives them).
const MORATORIUM: ReadonlyArray<readonly [string, string]> = [
  ["Algeria", "DZ"],
  ["Saudi Arabia", "SA"],
  ["Bahrain", "BH"],
  ["Iraq", "IQ"],
  ["Iran", "IR"],
  ["Kuwait", "KW"],
  ["Lebanon", "LB"],
  ["Libya", "LY"],
  ["Morocco", "MA"],
  ["Mauritania", "MR"],
  ["Egypt", "EG"],
  ["Oman", "OM"],
  ["Pakistan", "PK"],
  ["Palestine", "PS"],
  ["Qatar", "QA"],
  ["South Sudan", "SS"],
  ["Sudan", "SD"],
  ["Syria", "SY"],
  ["Tunisia", "TN"],
  ["UAE", "AE"],
  ["Yemen", "YE"],
  ["Jordan", "JO"],
];

// Destinations the seed articles name, as they spell them.
const SEEDS: ReadonlyArray<readonly [string, string]> = [
  ["Saudi", "SA"],
  ["turki", "TR"],
  ["Korea", "KR"],
  ["Tiongkok", "CN"],
  ["Myanmar", "MM"],
  ["Inggris", "GB"],
  ["hongkong", "HK"],
  ["suriah", "SY"],
  ["Brunei", "BN"],
  ["jepang", "JP"],
];

describe("parseLabel(COUNTRIES)", () => {
  it.each([...PUBLISHED, ...EXAMPLE_TABLES, ...MORATORIUM, ...SEEDS])("resolves %j to %s", (label, code) => {
    const result = parseCountryLabel(label);
    expect(result.ok && result.value.code).toBe(code);
    expect(countryFromLabel(label)?.code).toBe(code);
  });

  it("prints the Indonesian label the releases use", () => {
    expect(COUNTRIES.SA.label.id).toBe("Arab Saudi");
    expect(COUNTRIES.KR.label.id).toBe("Korea Selatan");
    expect(COUNTRIES.AE.label.id).toBe("Uni Emirat Arab");
    expect(COUNTRIES.HK.label.id).toBe("Hong Kong");
  });

  it("ignores case, accents, spacing and punctuation", () => {
    for (const label of ["  HONG KONG ", "hong-kong", "Hong.Kong", "hong\tkong", "ＨＯＮＧ ＫＯＮＧ"])
      expect(countryFromLabel(label)?.code, label).toBe("HK");
    expect(countryFromLabel("Türkiye")?.code).toBe("TR");
    expect(countryFromLabel("U.E.A.")?.code).toBe("AE");
    expect(countryFromLabel("Bosnia-Herzegovina")?.code).toBe("BA");
  });

  it("resolves every label and variant of the table to its own country", () => {
    for (const country of Object.values(COUNTRIES))
      for (const label of [country.label.id, country.label.en, ...country.variants])
        expect(countryFromLabel(label)?.code, label).toBe(country.code);
  });

  it("reports an unknown label without repeating it", () => {
    const result = parseCountryLabel("Atlantis", { path: ["destination"] });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: "REFERENCE_LABEL_UNKNOWN",
          severity: "error",
          path: ["destination"],
          params: { taxonomy: "country" },
        },
      ],
    });
    expect(countryFromLabel("Atlantis")).toBeUndefined();
    // An ISO code is not a label, and a city is not a country.
    expect(countryFromLabel("SA")).toBeUndefined();
    expect(countryFromLabel("Dubai")).toBeUndefined();
  });

  it("refuses what is not a usable string, with the shape issue", () => {
    const codeOf = (input: unknown) => {
      const result = parseCountryLabel(input);
      return result.ok ? "ok" : result.issues.map((issue) => issue.code).join();
    };
    expect(codeOf(undefined)).toBe("INPUT_REQUIRED");
    expect(codeOf(null)).toBe("INPUT_REQUIRED");
    expect(codeOf("")).toBe("INPUT_REQUIRED");
    expect(codeOf(" - . ")).toBe("INPUT_REQUIRED");
    expect(codeOf(42)).toBe("INPUT_NOT_STRING");
    expect(codeOf({ id: "Taiwan" })).toBe("INPUT_NOT_STRING");
    expect(codeOf(["Taiwan"])).toBe("INPUT_NOT_STRING");
    expect(codeOf(new String("Taiwan"))).toBe("INPUT_NOT_STRING");
    expect(codeOf("Taiwan".padEnd(200, " "))).toBe("ok");
    expect(codeOf("Taiwan".padEnd(201, " "))).toBe("INPUT_TOO_LONG");
    expect(codeOf("x".repeat(5_000_000))).toBe("INPUT_TOO_LONG");
    const tooLong = parseCountryLabel("Taiwan".padEnd(201, " "));
    expect(!tooLong.ok && tooLong.issues[0]?.params).toEqual({ max: 200 });
  });

  it("never resolves prototype keys", () => {
    for (const key of ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"]) {
      expect(countryFromLabel(key)).toBeUndefined();
      expect(parseCountryLabel(key).ok).toBe(false);
    }
  });

  it("never throws and never echoes the input, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseCountryLabel(input);
        expect(typeof result.ok).toBe("boolean");
        countryFromLabel(input);
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (text) => {
        const canary = `QZX${text}XZQ`;
        const result = parseCountryLabel(canary);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          const everything =
            JSON.stringify(result.issues) +
            result.issues.map((i) => formatIssue(i, "id") + formatIssue(i, "en")).join();
          expect(everything).not.toContain("QZX");
        }
      }),
    );
  });

  it("resolves a label however it is cased and padded", () => {
    const labels = Object.values(COUNTRIES).flatMap((country) =>
      [country.label.id, ...country.variants].map((label) => [label, country.code] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...labels),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.constantFrom("", " ", "  ", "\t", ".", "-"),
        ([label, code], upper, pad) => {
          const cased = [...label]
            .map((char, i) => (upper[i % 60] ? char.toUpperCase() : char.toLowerCase()))
            .join("");
          expect(countryFromLabel(`${pad}${cased}${pad}`)?.code).toBe(code);
        },
      ),
    );
  });
});

describe("parseCountryCode, its value", () => {
  it("finds every listed ISO code, forgiving case and surrounding spaces", () => {
    for (const code of COUNTRY_CODES) {
      expect(countryByCode(code)?.code).toBe(code);
      expect(countryByCode(` ${code.toLowerCase()} `)?.code).toBe(code);
    }
    expect(countryByCode("SA")?.label).toEqual({ id: "Arab Saudi", en: "Saudi Arabia" });
  });

  it("gives undefined for unknown codes and for anything that is not a string", () => {
    for (const input of ["XX", "", "S", "SAU", "S A", "__proto__", "constructor", "x".repeat(1_000_000)])
      expect(countryByCode(input)).toBeUndefined();
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const found = countryByCode(input);
        if (found !== undefined) expect(COUNTRY_CODES).toContain(found.code);
      }),
    );
  });
});

describe("destinationRegionOf", () => {
  it("files destinations under the ministry's three kawasan", () => {
    expect(destinationRegionOf("HK")).toBe("ASIA_AFRICA");
    expect(destinationRegionOf("TW")).toBe("ASIA_AFRICA");
    expect(destinationRegionOf("ZM")).toBe("ASIA_AFRICA");
    expect(destinationRegionOf("sa")).toBe("EUROPE_MIDDLE_EAST");
    expect(destinationRegionOf("DE")).toBe("EUROPE_MIDDLE_EAST");
    expect(destinationRegionOf("US")).toBe("AMERICA_PACIFIC");
    expect(destinationRegionOf(" nz ")).toBe("AMERICA_PACIFIC");
    expect(destinationRegionOf("PG")).toBe("AMERICA_PACIFIC");
  });

  it("agrees with the region of each country entry", () => {
    for (const country of Object.values(COUNTRIES))
      expect(destinationRegionOf(country.code)).toBe(country.region);
  });

  it("gives undefined for unknown codes and non-strings", () => {
    for (const input of ["XX", "__proto__", "constructor", 7, null, undefined, {}, "x".repeat(100)])
      expect(destinationRegionOf(input)).toBeUndefined();
  });

  it("lets overrides win, including for countries the table does not list, without mutating them", () => {
    const overrides = Object.freeze({ EG: "ASIA_AFRICA", PH: "ASIA_AFRICA" } as const);
    const options = Object.freeze({ overrides });
    expect(destinationRegionOf("EG", options)).toBe("ASIA_AFRICA");
    expect(destinationRegionOf("eg")).toBe("EUROPE_MIDDLE_EAST");
    expect(destinationRegionOf("ph", options)).toBe("ASIA_AFRICA");
    expect(destinationRegionOf("TW", options)).toBe("ASIA_AFRICA");
    expect(overrides).toEqual({ EG: "ASIA_AFRICA", PH: "ASIA_AFRICA" });
  });

  it("ignores inherited override keys and throws a programmer error on a bad override", () => {
    const inherited = Object.create({ SA: "AMERICA_PACIFIC" }) as Record<string, "AMERICA_PACIFIC">;
    expect(destinationRegionOf("SA", { overrides: inherited })).toBe("EUROPE_MIDDLE_EAST");
    const polluted = JSON.parse('{"__proto__": "AMERICA_PACIFIC"}') as Record<string, "AMERICA_PACIFIC">;
    expect(destinationRegionOf("__proto__", { overrides: polluted })).toBeUndefined();
    const bad = { SA: "Timur Tengah" } as unknown as Record<string, "ASIA_AFRICA">;
    expect(() => destinationRegionOf("SA", { overrides: bad })).toThrow(PekerjaMigranError);
    try {
      destinationRegionOf("SA", { overrides: bad });
    } catch (error) {
      expect((error as PekerjaMigranError).code).toBe("INVALID_ARGUMENT");
      expect((error as Error).message).not.toContain("Timur Tengah");
    }
    // An override that is not used is not checked.
    expect(destinationRegionOf("TW", { overrides: bad })).toBe("ASIA_AFRICA");
  });
});

describe("parseCountryCode", () => {
  it("reads a code from a form field, forgiving case and spaces", () => {
    const result = parseCountryCode(" hk ", { path: ["destination"] });
    expect(result.ok && result.value.code).toBe("HK");
    for (const code of COUNTRY_CODES) expect(parseCountryCode(code).ok).toBe(true);
  });

  it("says why it cannot, without repeating the input", () => {
    const codesOf = (input: unknown) => {
      const result = parseCountryCode(input, { path: ["destination"] });
      return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.params ?? {}]);
    };
    expect(codesOf("XX")).toEqual([["REFERENCE_CODE_UNKNOWN", ["destination"], { taxonomy: "country" }]]);
    expect(codesOf("__proto__")).toEqual([
      ["REFERENCE_CODE_UNKNOWN", ["destination"], { taxonomy: "country" }],
    ]);
    expect(codesOf(undefined)).toEqual([["INPUT_REQUIRED", ["destination"], {}]]);
    expect(codesOf("   ")).toEqual([["INPUT_REQUIRED", ["destination"], {}]]);
    expect(codesOf(360)).toEqual([["INPUT_NOT_STRING", ["destination"], {}]]);
    expect(codesOf(`${" ".repeat(7)}SA${" ".repeat(7)}`)).toEqual([]);
    expect(codesOf(`${" ".repeat(8)}SA${" ".repeat(7)}`)).toEqual([
      ["INPUT_TOO_LONG", ["destination"], { max: 16 }],
    ]);
    expect(parseCountryCode("XX").ok).toBe(false);
  });

  it("never throws and never echoes the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseCountryCode(input);
        if (!result.ok && typeof input === "string" && input.length > 3)
          expect(JSON.stringify(result.issues)).not.toContain(JSON.stringify(input).slice(1, -1));
      }),
    );
  });
});
