import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NIK_BASIS } from "../../src/identity/index.js";
import { crossCheckNik, formatIssue } from "../../src/index.js";

const REF = { referenceDate: "2026-01-01" } as const;
const NIK_F_1999_01_01 = "3201014101990001";

describe("crossCheckNik", () => {
  it("finds no mismatch when date and sex agree", () => {
    expect(crossCheckNik(NIK_F_1999_01_01, { birthDate: "1999-01-01", sex: "F" }, REF)).toEqual({
      ok: true,
      value: {
        parts: {
          nik: NIK_F_1999_01_01,
          provinceCode: "32",
          regencyCode: "3201",
          districtCode: "320101",
          birthDate: "1999-01-01",
          sex: "F",
          serial: "0001",
        },
        birthDateMatches: true,
        sexMatches: true,
        warnings: [],
      },
    });
  });

  it("warns, without refusing, when the date or the sex differs", () => {
    const result = crossCheckNik(NIK_F_1999_01_01, { birthDate: "1999-01-02", sex: "M" }, REF);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.birthDateMatches).toBe(false);
    expect(result.value.sexMatches).toBe(false);
    expect(result.value.warnings).toEqual([
      { code: "NIK_BIRTH_DATE_MISMATCH", severity: "warning", path: [], basis: NIK_BASIS },
      { code: "NIK_SEX_MISMATCH", severity: "warning", path: [], basis: NIK_BASIS },
    ]);
    // The NIK's own reading is kept when the dates disagree.
    expect(result.value.parts.birthDate).toBe("1999-01-01");
  });

  it.each([
    ["1998-01-01", false],
    ["1999-02-01", false],
    ["1999-01-11", false],
    ["1899-01-01", true],
  ])("declared %s matches the NIK date: %s", (birthDate, matches) => {
    const result = crossCheckNik(NIK_F_1999_01_01, { birthDate, sex: "F" }, REF);
    expect(result.ok && result.value.birthDateMatches).toBe(matches);
  });

  it("settles the century with the declared date (declared 1925, read as 2025)", () => {
    const result = crossCheckNik("3201010103250001", { birthDate: "1925-03-01", sex: "M" }, REF);
    expect(result.ok && result.value.birthDateMatches).toBe(true);
    expect(result.ok && result.value.parts.birthDate).toBe("1925-03-01");
    expect(result.ok && result.value.warnings).toEqual([]);
  });

  it("refuses an invalid NIK and invalid declared data, all at once", () => {
    const result = crossCheckNik("3201013104990001", { birthDate: "1999-02-30", sex: "X" } as never, REF);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path])).toEqual([
      ["NIK_BIRTH_DATE_INVALID", []],
      ["DATE_INVALID", ["birthDate"]],
      ["SCHEMA_INVALID_VALUE", ["sex"]],
    ]);
    expect(crossCheckNik(NIK_F_1999_01_01, undefined as never, REF).ok).toBe(false);
    expect(
      crossCheckNik(NIK_F_1999_01_01, { birthDate: "1999-01-01", sex: "F" }, undefined as never).ok,
    ).toBe(false);
    expect(crossCheckNik(NIK_F_1999_01_01, { birthDate: "1999-01-01", sex: "X" } as never, REF).ok).toBe(
      false,
    );
  });

  it("does not mutate the declared data and never throws", () => {
    const declared = Object.freeze({ birthDate: "1925-03-01", sex: "M" as const });
    crossCheckNik("3201010103250001", declared, REF);
    expect(declared).toEqual({ birthDate: "1925-03-01", sex: "M" });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (nik, decl, options) => {
        expect(typeof crossCheckNik(nik, decl as never, options as never).ok).toBe("boolean");
      }),
    );
  });

  it("never puts dates or the NIK into warnings or messages", () => {
    const result = crossCheckNik(NIK_F_1999_01_01, { birthDate: "1988-07-15", sex: "M" }, REF);
    if (!result.ok) throw new Error("expected ok");
    const text =
      JSON.stringify(result.value.warnings) +
      result.value.warnings.map((w) => formatIssue(w, "id") + formatIssue(w, "en")).join("");
    for (const fragment of [NIK_F_1999_01_01, "1988", "1999", "07-15", "410199"])
      expect(text).not.toContain(fragment);
  });
});
