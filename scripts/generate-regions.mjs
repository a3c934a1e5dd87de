// Regenerates src/regions/data.generated.ts from the idn-area-data CSVs (devDependency).
// Usage: npm run regions:generate
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderRegionsModule } from "./regions-lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packageDir = join(root, "node_modules", "idn-area-data");
const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const output = renderRegionsModule({
  provincesCsv: readFileSync(join(packageDir, "data", "provinces.csv"), "utf8"),
  regenciesCsv: readFileSync(join(packageDir, "data", "regencies.csv"), "utf8"),
  version,
});
const target = join(root, "src", "regions", "data.generated.ts");
writeFileSync(target, output);
console.log(`wrote ${target} (idn-area-data ${version})`);
