// Checks that `npm pack` ships exactly what users need: the build, the JSON Schemas, the README,
// the licences and data attribution, the CHANGELOG, and nothing else (no sources, tests, configs).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { SUBPATHS } from "./surface.mjs";

const [pack] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--silent"], { encoding: "utf8" }),
);
const files = pack.files.map((file) => file.path).sort();
const allowed = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^DATA-LICENSE\.md$/,
  /^CHANGELOG\.md$/,
  /^dist\/[\w.-]+\.(cjs|d\.ts|d\.cts)$/,
  /^dist\/esm\/[\w/.-]+\.js$/,
  /^schemas\/[\w.-]+\.json$/,
  // The node10 stubs of the subpaths (TypeScript's node10 resolution reads no `exports`).
  ...SUBPATHS.map((name) => new RegExp(`^${name}/package\\.json$`)),
];
const required = [
  "package.json",
  "README.md",
  "LICENSE",
  "DATA-LICENSE.md",
  "dist/esm/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  ...SUBPATHS.flatMap((name) => [
    `dist/esm/${name}/index.js`,
    `dist/${name}.cjs`,
    `dist/${name}.d.ts`,
    `dist/${name}.d.cts`,
    `${name}/package.json`,
  ]),
  ...(existsSync("CHANGELOG.md") ? ["CHANGELOG.md"] : []),
  ...(existsSync("schemas") ? ["schemas/dossier.schema.json"] : []),
];
const unexpected = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
const missing = required.filter((file) => !files.includes(file));
console.log(
  `npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} kB packed, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked`,
);
if (unexpected.length > 0 || missing.length > 0) {
  if (unexpected.length > 0) console.error(`unexpected in the package: ${unexpected.join(", ")}`);
  if (missing.length > 0) console.error(`missing from the package: ${missing.join(", ")}`);
  process.exit(1);
}
console.log("npm pack: exactly the files users need");
