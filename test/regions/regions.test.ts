import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderRegionsModule } from "../../scripts/regions-lib.mjs";
import { NIK_PROVINCE_CODES } from "../../src/identity/index.js";
import { parseKkNumber, parseNik } from "../../src/index.js";
import {
  bpsProvinceCode,
  kemendagriProvinceCode,
  LEGACY_REGENCY_CODES,
  PROVINCE_CODE_PAIRS,
  PROVINCES,
  provinceByCode,
  REGENCIES,
  REGIONS_SOURCE,
  regencyByCode,
  regionOfNik,
} from "../../src/regions/index.js";

const root = join(import.meta.dirname, "..", "..");
const dataDir = join(root, "node_modules", "idn-area-data", "data");
const csv = (name: string) => readFileSync(join(dataDir, name), "utf8");

describe("generated region table", () => {
  it("is exactly what the generator produces from the installed idn-area-data CSVs", () => {
    const { version } = JSON.parse(
      readFileSync(join(root, "node_modules", "idn-area-data", "package.json"), "utf8"),
    );
    const expected = renderRegionsModule({
      provincesCsv: csv("provinces.csv"),
      regenciesCsv: csv("regencies.csv"),
      version,
    });
    const committed = readFileSync(join(root, "src", "regions", "data.generated.ts"), "utf8");
    expect(committed).toBe(expected);
    expect(REGIONS_SOURCE.version).toBe(version);
  });

  it("names its source, license and that it is generated", () => {
    const committed = readFileSync(join(root, "src", "regions", "data.generated.ts"), "utf8");
    expect(committed).toMatch(/^\/\/ GENERATED FILE, DO NOT EDIT/);
    expect(committed).toContain("idn-area-data 4.0.1");
    expect(committed).toContain("Open Database License (ODbL) 1.0");
    expect(REGIONS_SOURCE).toMatchObject({ package: "idn-area-data", license: "ODbL-1.0" });
  });

  it("holds every row of the CSVs, code and name", () => {
    const provinceRows = csv("provinces.csv").trim().split("\n").slice(1);
    const regencyRows = csv("regencies.csv").trim().split("\n").slice(1);
    expect(PROVINCES.map((p) => `${p.code},${p.name}`).sort()).toEqual(provinceRows.sort());
    expect(
      REGENCIES.map((r) => `${r.code.slice(0, 2)}.${r.code.slice(2)},${r.provinceCode},${r.name}`).sort(),
    ).toEqual(regencyRows.sort());
  });

  it("has 38 provinces and 514 regencies with unique codes, each in an existing province", () => {
    expect(PROVINCES).toHaveLength(38);
    expect(REGENCIES).toHaveLength(514);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(38);
    expect(new Set(REGENCIES.map((r) => r.code)).size).toBe(514);
    const provinceCodes = new Set(PROVINCES.map((p) => p.code));
    for (const regency of REGENCIES) {
      expect(provinceCodes.has(regency.provinceCode)).toBe(true);
      expect(regency.code.startsWith(regency.provinceCode)).toBe(true);
      expect(regency.code).toMatch(/^\d{4}$/);
      expect(regency.name.startsWith(regency.type === "KOTA" ? "Kota " : "Kabupaten ")).toBe(true);
    }
  });

  it("agrees with the province list parseNik uses, so the two cannot drift", () => {
    expect(PROVINCES.map((p) => p.code)).toEqual([...NIK_PROVINCE_CODES]);
  });

  it("is ordered by code and frozen", () => {
    expect(PROVINCES.map((p) => p.code)).toEqual(PROVINCES.map((p) => p.code).sort());
    expect(REGENCIES.map((r) => r.code)).toEqual(REGENCIES.map((r) => r.code).sort());
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    expect(Object.isFrozen(REGENCIES[0])).toBe(true);
  });

  it("refuses CSVs it cannot represent", () => {
    const provincesCsv = "code,name\n11,Aceh\n";
    const ok = (regenciesCsv: string) => renderRegionsModule({ provincesCsv, regenciesCsv, version: "x" });
    expect(() => ok("code,province_code,name\n11.01,11,Kabupaten A\n")).not.toThrow();
    expect(() => ok('code,province_code,name\r\n11.01,11,"Kabupaten ""A"""\r\n')).toThrow(/unusable name/);
    expect(() => ok("code,province_code,name\n11.71,11,Kabupaten A\n")).toThrow(/type/);
    expect(() => ok("code,province_code,name\n11.01,12,Kabupaten A\n")).toThrow(/bad regency code/);
    expect(() => ok("code,province_code,name\n11.01,11,Kabupaten A\n11.01,11,Kabupaten B\n")).toThrow(
      /duplicate/,
    );
    expect(() => ok("code,province,name\n")).toThrow(/header/);
    expect(() => ok("code,province_code,name\n11.01,11\n")).toThrow(/fields/);
  });
});

describe("provinceByCode", () => {
  it("finds provinces by Kemendagri code", () => {
    expect(provinceByCode("32")).toEqual({ code: "32", name: "Jawa Barat" });
    expect(provinceByCode("93")).toEqual({ code: "93", name: "Papua Selatan" });
    expect(provinceByCode("96")).toEqual({ code: "96", name: "Papua Barat Daya" });
  });

  it.each(["20", "97", "3", "032", " 32", 32, null, undefined, {}, "__proto__", "constructor"])(
    "gives undefined for %s",
    (code) => {
      expect(provinceByCode(code)).toBeUndefined();
    },
  );
});

describe("regencyByCode", () => {
  it("accepts 3201 and 32.01", () => {
    const bogor = {
      code: "3201",
      provinceCode: "32",
      name: "Kabupaten Bogor",
      type: "KABUPATEN",
      isLegacyCode: false,
    };
    expect(regencyByCode("3201")).toEqual(bogor);
    expect(regencyByCode("32.01")).toEqual(bogor);
    expect(regencyByCode("3171")).toMatchObject({ name: "Kota Administrasi Jakarta Pusat", type: "KOTA" });
  });

  it("resolves a legacy Papua code to the current regency and says so", () => {
    const merauke = regencyByCode("91.01");
    expect(merauke).toMatchObject({
      code: "9301",
      provinceCode: "93",
      name: "Kabupaten Merauke",
      isLegacyCode: true,
    });
    expect(merauke?.change).toMatchObject({
      legacyCode: "9101",
      currentCode: "9301",
      basis: expect.stringContaining("UU 14/2022"),
    });
    const sorong = regencyByCode("9201");
    expect(sorong).toMatchObject({ code: "9601", name: "Kabupaten Sorong", isLegacyCode: true });
    expect(sorong?.change?.basis).toContain("UU 29/2022");
    // A regency that stayed in Papua kept its code and is not legacy.
    expect(regencyByCode("9103")).toMatchObject({ name: "Kabupaten Jayapura", isLegacyCode: false });
  });

  it.each(["3299", "9101 ", "32-01", "320", "32010", "32.1", "3.201", 3201, null, [], "__proto__"])(
    "gives undefined for %s",
    (code) => {
      expect(regencyByCode(code)).toBeUndefined();
    },
  );

  it("returns a copy that cannot change the table", () => {
    const found = regencyByCode("3201") as { name: string };
    found.name = "changed";
    expect(regencyByCode("3201")?.name).toBe("Kabupaten Bogor");
  });
});

describe("LEGACY_REGENCY_CODES", () => {
  it("points every legacy code to an existing regency of the new province with the same name", () => {
    // Names before the split, as in Permendagri 72/2019 (spelled as in the current table).
    const oldNames: Record<string, string> = {
      "9101": "Merauke",
      "9116": "Boven Digoel",
      "9117": "Mappi",
      "9118": "Asmat",
      "9104": "Nabire",
      "9107": "Puncak Jaya",
      "9108": "Paniai",
      "9109": "Mimika",
      "9125": "Puncak",
      "9126": "Dogiyai",
      "9127": "Intan Jaya",
      "9128": "Deiyai",
      "9102": "Jayawijaya",
      "9112": "Pegunungan Bintang",
      "9113": "Yahukimo",
      "9114": "Tolikara",
      "9121": "Mamberamo Tengah",
      "9122": "Yalimo",
      "9123": "Lanny Jaya",
      "9124": "Nduga",
      "9201": "Sorong",
      "9204": "Sorong Selatan",
      "9205": "Raja Ampat",
      "9209": "Tambrauw",
      "9210": "Maybrat",
      "9271": "Sorong",
    };
    expect(LEGACY_REGENCY_CODES).toHaveLength(Object.keys(oldNames).length);
    const current = new Map(REGENCIES.map((r) => [r.code, r]));
    for (const change of LEGACY_REGENCY_CODES) {
      const regency = current.get(change.currentCode);
      expect(regency, change.legacyCode).toBeDefined();
      expect(regency?.name.replace(/^(Kabupaten|Kota) /, "")).toBe(oldNames[change.legacyCode]);
      expect(current.has(change.legacyCode), `${change.legacyCode} is also a current code`).toBe(false);
      expect(["91", "92"]).toContain(change.legacyCode.slice(0, 2));
      expect(change.legacyCode.slice(2) >= "71").toBe(change.currentCode.slice(2) >= "71");
      expect(change.legacyCodeSource).toBe("Permendagri 72/2019");
      expect(change.changedOn).toMatch(/^2022-\d{2}-\d{2}$/);
    }
    expect(new Set(LEGACY_REGENCY_CODES.map((c) => c.legacyCode)).size).toBe(LEGACY_REGENCY_CODES.length);
    expect(new Set(LEGACY_REGENCY_CODES.map((c) => c.currentCode)).size).toBe(LEGACY_REGENCY_CODES.length);
  });

  it("moves every regency of the four new provinces, and only those", () => {
    const moved = new Set(LEGACY_REGENCY_CODES.map((c) => c.currentCode));
    const inNewProvinces = REGENCIES.filter((r) => ["93", "94", "95", "96"].includes(r.provinceCode)).map(
      (r) => r.code,
    );
    expect([...moved].sort()).toEqual(inNewProvinces.sort());
  });
});

describe("BPS province codes", () => {
  it("maps Kemendagri to BPS and back for all 38 provinces", () => {
    expect(PROVINCE_CODE_PAIRS).toHaveLength(38);
    expect(PROVINCE_CODE_PAIRS.map((p) => p.kemendagri).sort()).toEqual(PROVINCES.map((p) => p.code));
    expect(new Set(PROVINCE_CODE_PAIRS.map((p) => p.bps)).size).toBe(38);
    for (const { kemendagri, bps } of PROVINCE_CODE_PAIRS) {
      expect(bpsProvinceCode(kemendagri)).toBe(bps);
      expect(kemendagriProvinceCode(bps)).toBe(kemendagri);
    }
  });

  it("crosses over in Papua", () => {
    expect(bpsProvinceCode("91")).toBe("94");
    expect(bpsProvinceCode("92")).toBe("91");
    expect(kemendagriProvinceCode("94")).toBe("91");
    expect(kemendagriProvinceCode("91")).toBe("92");
    expect(bpsProvinceCode("32")).toBe("32");
    expect(PROVINCE_CODE_PAIRS.filter((p) => !p.verified).map((p) => p.kemendagri)).toEqual([
      "93",
      "94",
      "95",
      "96",
    ]);
  });

  it.each(["00", "97", 91, null, "__proto__"])("gives undefined for %s", (code) => {
    expect(bpsProvinceCode(code)).toBeUndefined();
    expect(kemendagriProvinceCode(code === "97" ? "98" : code)).toBeUndefined();
  });
});

describe("regionOfNik", () => {
  it("reads province and regency names from a NIK string", () => {
    expect(regionOfNik("3201014101990001")).toEqual({
      province: { code: "32", name: "Jawa Barat" },
      regency: { code: "3201", provinceCode: "32", name: "Kabupaten Bogor", type: "KABUPATEN" },
      provinceAtIssue: { code: "32", name: "Jawa Barat" },
      districtCode: "320101",
      isLegacyCode: false,
    });
    expect(regionOfNik(" 35.78.10.711285.0123 ")?.regency.name).toBe("Kota Surabaya");
  });

  it("names the right place for a NIK with a legacy Papua code", () => {
    const region = regionOfNik("9101010101800001");
    expect(region?.regency).toMatchObject({ code: "9301", name: "Kabupaten Merauke" });
    expect(region?.province).toEqual({ code: "93", name: "Papua Selatan" });
    expect(region?.provinceAtIssue).toEqual({ code: "91", name: "Papua" });
    expect(region?.isLegacyCode).toBe(true);
    expect(region?.change?.currentCode).toBe("9301");
    expect(region?.districtCode).toBe("910101");
  });

  it("reads the value of parseNik and parseKkNumber", () => {
    const parsed = parseNik("9201014101990001", { referenceDate: "2026-01-01" });
    if (!parsed.ok) throw new Error("expected a valid NIK");
    expect(regionOfNik(parsed.value)?.regency.name).toBe("Kabupaten Sorong");
    expect(regionOfNik(parsed.value)?.province.name).toBe("Papua Barat Daya");
    const kk = parseKkNumber("9601010203040005");
    if (!kk.ok) throw new Error("expected a valid KK number");
    expect(regionOfNik(kk.value)?.regency.name).toBe("Kabupaten Sorong");
  });

  it.each([
    "3299014101990001",
    "2001014101990001",
    "320101",
    3201014101990001,
    { districtCode: 320101 },
    { districtCode: "3201" },
    { regencyCode: "3201" },
    null,
    undefined,
    "x".repeat(10_000),
  ])("gives undefined for %s", (input) => {
    expect(regionOfNik(input)).toBeUndefined();
  });

  it("never throws and does not mutate its input", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true }), (input) => {
        regionOfNik(input);
        regencyByCode(input);
        provinceByCode(input);
        bpsProvinceCode(input);
      }),
    );
    const value = Object.freeze({ districtCode: "910101" });
    regionOfNik(value);
    expect(value).toEqual({ districtCode: "910101" });
  });

  it("finds a region for every current regency code", () => {
    for (const regency of REGENCIES) {
      expect(regionOfNik(`${regency.code}010101990001`)?.regency.code).toBe(regency.code);
    }
  });
});
