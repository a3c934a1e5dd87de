// Bundles the common single imports the way an app's bundler would (esbuild, minified, tree-shaken,
// from the published ESM build) and fails if a small bundle contains what it must not: the region
// table in a `parseNik`-only bundle, zod in a NIK or date bundle, and so on. size-limit enforces the
// byte budgets; this enforces the contents.
import { brotliCompressSync } from "node:zlib";
import { build } from "esbuild";
import { SUBPATHS } from "./surface.mjs";

const REGION_TABLE = ["Kabupaten", "idn-area-data", "Papua Selatan", "Permendagri 72/2019"];
const ZOD = ["ZodObject", "$ZodType", "zod"];
const MESSAGES = ["Nilai harus berupa teks", "The value must be a string"];
// Field descriptions of pekerja-migran/json-schema, which the validating bundles must not carry.
const DESCRIPTIONS = ["Calendar date, YYYY-MM-DD.", "Sequence number of the event in its case"];

const checks = [
  { from: ".", names: ["parseNik"], forbidden: [...REGION_TABLE, ...ZOD, ...MESSAGES, "date-fns"] },
  { from: ".", names: ["isValidNik", "maskNik"], forbidden: [...REGION_TABLE, ...ZOD, ...MESSAGES] },
  { from: ".", names: ["formatIssue"], forbidden: [...REGION_TABLE, ...ZOD] },
  { from: ".", names: ["tally", "share", "growth"], forbidden: [...REGION_TABLE, ...ZOD, ...MESSAGES] },
  { from: ".", names: ["checkDossier"], forbidden: [...REGION_TABLE, ...MESSAGES, ...DESCRIPTIONS] },
  { from: ".", names: ["replay"], forbidden: [...REGION_TABLE, ...MESSAGES, ...DESCRIPTIONS] },
  { from: "./regions", names: ["provinceByCode"], forbidden: [...ZOD, ...MESSAGES] },
  { from: "./identity", names: ["parseNik"], forbidden: [...REGION_TABLE, ...ZOD, ...MESSAGES, "date-fns"] },
  {
    from: "./reference",
    names: ["parseLabel", "COUNTRIES"],
    forbidden: [...REGION_TABLE, ...ZOD, ...MESSAGES, "House Maid", "Caregiver"],
  },
  {
    from: "./documents",
    names: ["checkDossier"],
    forbidden: [...REGION_TABLE, ...MESSAGES, ...DESCRIPTIONS],
  },
  { from: "./lifecycle", names: ["replay"], forbidden: [...REGION_TABLE, ...MESSAGES, ...DESCRIPTIONS] },
  { from: "./documents", names: ["dossierSchema"], forbidden: [...REGION_TABLE, ...DESCRIPTIONS] },
];

const entry = {
  ".": "./dist/esm/index.js",
  ...Object.fromEntries(SUBPATHS.map((name) => [`./${name}`, `./dist/esm/${name}/index.js`])),
};
let failed = 0;
for (const check of checks) {
  const result = await build({
    stdin: {
      contents: `export { ${check.names.join(", ")} } from "${entry[check.from]}";`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "error",
  });
  const code = result.outputFiles[0].text;
  const size = brotliCompressSync(Buffer.from(code)).length;
  const found = check.forbidden.filter((text) => code.includes(text));
  const label = `import { ${check.names.join(", ")} } from "pekerja-migran${check.from === "." ? "" : check.from.slice(1)}"`;
  if (found.length > 0) {
    failed += 1;
    console.error(`FAIL ${label}: contains ${found.map((t) => JSON.stringify(t)).join(", ")}`);
  } else {
    console.log(
      `ok   ${label}: ${(size / 1024).toFixed(2)} kB brotli, none of ${check.forbidden.length} forbidden names`,
    );
  }
}
if (failed > 0) process.exit(1);
