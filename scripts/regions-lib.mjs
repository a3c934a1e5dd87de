// Pure part of the region table generator: CSV text in, TypeScript module text out. No I/O here, so
// the test can check that the committed src/regions/data.generated.ts is exactly what it produces.

/**
 * Parses simple RFC 4180 CSV (quoted fields with doubled quotes; LF or CRLF line ends).
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

function records(text, header) {
  const [head, ...rows] = parseCsv(text);
  if (JSON.stringify(head) !== JSON.stringify(header)) {
    throw new Error(`unexpected CSV header ${JSON.stringify(head)}, expected ${JSON.stringify(header)}`);
  }
  return rows.map((row, index) => {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 2} has ${row.length} fields`);
    return row;
  });
}

function checkName(name, where) {
  if (name.length === 0 || name !== name.trim() || /[|"\\\n\r]/.test(name)) {
    throw new Error(`unusable name at ${where}`);
  }
}

/**
 * Renders src/regions/data.generated.ts from the idn-area-data CSVs.
 * @param {{ provincesCsv: string, regenciesCsv: string, version: string }} input
 * @returns {string}
 */
export function renderRegionsModule({ provincesCsv, regenciesCsv, version }) {
  const provinces = records(provincesCsv, ["code", "name"]).map(([code, name]) => {
    if (!/^\d{2}$/.test(code)) throw new Error(`bad province code ${code}`);
    checkName(name, code);
    return { code, name, regencies: [] };
  });
  provinces.sort((a, b) => (a.code < b.code ? -1 : 1));
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  if (byCode.size !== provinces.length) throw new Error("duplicate province code");

  const seen = new Set();
  for (const [dotted, provinceCode, name] of records(regenciesCsv, ["code", "province_code", "name"])) {
    const match = /^(\d{2})\.(\d{2})$/.exec(dotted);
    if (match === null || match[1] !== provinceCode) throw new Error(`bad regency code ${dotted}`);
    if (seen.has(dotted)) throw new Error(`duplicate regency code ${dotted}`);
    seen.add(dotted);
    const province = byCode.get(provinceCode);
    if (province === undefined) throw new Error(`regency ${dotted} has an unknown province`);
    checkName(name, dotted);
    // Kemendagri numbers regencies (kabupaten) 01–69 and cities (kota) 71–99; the decoder derives
    // the type from the code, so check that the names agree.
    const city = Number(match[2]) >= 71;
    if (!name.startsWith(city ? "Kota " : "Kabupaten "))
      throw new Error(`type of ${dotted} disagrees with its name`);
    province.regencies.push({ code: match[2], name });
  }
  for (const province of provinces) province.regencies.sort((a, b) => (a.code < b.code ? -1 : 1));

  const lines = provinces.map((p) =>
    JSON.stringify([`${p.code} ${p.name}`, ...p.regencies.map((r) => `${r.code} ${r.name}`)].join("|")),
  );
  const regencyCount = provinces.reduce((sum, p) => sum + p.regencies.length, 0);
  return `// GENERATED FILE, DO NOT EDIT. Regenerate with \`npm run regions:generate\` (scripts/generate-regions.mjs).
//
// Source: idn-area-data ${version} (https://github.com/fityannugroho/idn-area-data), files
// data/provinces.csv and data/regencies.csv, compiled by its authors from the Kemendagri decrees on
// region codes (Keputusan Menteri Dalam Negeri on "Pemberian dan Pemutakhiran Kode, Data Wilayah
// Administrasi Pemerintahan, dan Pulau") and UU 29/2022.
//
// License: this table is a Derivative Database of idn-area-data's data, which is made available
// under the Open Database License (ODbL) 1.0: https://opendatacommons.org/licenses/odbl/1-0/.
// This file (and its copies in dist/) is likewise made available under the ODbL 1.0, not under the
// MIT License of the library code. See DATA-LICENSE.md.
//
// ${provinces.length} provinces, ${regencyCount} regencies and cities.

/**
 * Where the region table comes from, and under which license it is made available.
 *
 * @example
 * \`\`\`ts
 * REGIONS_SOURCE.license; //=> "ODbL-1.0"
 * \`\`\`
 */
export const REGIONS_SOURCE = /* @__PURE__ */ Object.freeze({
  package: "idn-area-data",
  version: ${JSON.stringify(version)},
  url: "https://github.com/fityannugroho/idn-area-data",
  license: "ODbL-1.0",
  licenseUrl: "https://opendatacommons.org/licenses/odbl/1-0/",
} as const);

/**
 * One string per province, ordered by code: \`"PP Province name|KK Regency name|…"\`, where \`KK\`
 * is the 2-digit part of the regency code within the province. Decoded by \`tables.ts\`.
 * @internal
 */
export const REGION_DATA: readonly string[] = /* @__PURE__ */ Object.freeze([
${lines.map((line) => `  ${line},`).join("\n")}
]);
`;
}
