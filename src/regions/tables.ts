import { REGION_DATA } from "./data.generated.js";
import type { Province, Regency } from "./types.js";

function decodeProvinces(data: readonly string[]): readonly Province[] {
  return Object.freeze(
    data.map((line) => {
      const head = line.split("|", 1)[0] as string;
      return Object.freeze({ code: head.slice(0, 2), name: head.slice(3) });
    }),
  );
}

function decodeRegencies(data: readonly string[]): readonly Regency[] {
  const regencies: Regency[] = [];
  for (const line of data) {
    const [head = "", ...entries] = line.split("|");
    const provinceCode = head.slice(0, 2);
    for (const entry of entries) {
      const local = entry.slice(0, 2);
      regencies.push(
        Object.freeze({
          code: provinceCode + local,
          provinceCode,
          name: entry.slice(3),
          type: Number(local) >= 71 ? "KOTA" : "KABUPATEN",
        }),
      );
    }
  }
  return Object.freeze(regencies);
}

/**
 * Every province of Indonesia (38) with its Kemendagri code and name, ordered by code, from the
 * generated table (source idn-area-data, ODbL 1.0; see {@link REGIONS_SOURCE}). Frozen.
 *
 * @example
 * ```ts
 * PROVINCES.length;  //=> 38
 * PROVINCES[0];      //=> { code: "11", name: "Aceh" }
 * ```
 */
export const PROVINCES: readonly Province[] = /* @__PURE__ */ decodeProvinces(REGION_DATA);

/**
 * Every regency (*kabupaten*) and city (*kota*) of Indonesia (514) with its current Kemendagri
 * code, ordered by code, from the generated table. Codes retired by the 2022 Papua split are not
 * here but in {@link LEGACY_REGENCY_CODES}. Frozen.
 *
 * @example
 * ```ts
 * REGENCIES.length; //=> 514
 * REGENCIES[0];     //=> { code: "1101", provinceCode: "11", name: "Kabupaten Aceh Selatan", type: "KABUPATEN" }
 * ```
 */
export const REGENCIES: readonly Regency[] = /* @__PURE__ */ decodeRegencies(REGION_DATA);
