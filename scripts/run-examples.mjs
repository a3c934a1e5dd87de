// Runs every example against the built package (they import "pekerja-migran", resolved to dist/ by
// the package's own exports), after type-checking them: examples that rot fail CI.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const run = (command, args) => spawnSync(command, args, { stdio: "inherit" }).status === 0;
if (!run("npx", ["tsc", "-p", "tsconfig.examples.json"])) process.exit(1);
const examples = readdirSync("examples")
  .filter((name) => name.endsWith(".ts") && name !== "data.ts")
  .sort();
for (const example of examples) {
  console.log(`\n### examples/${example}`);
  if (!run("npx", ["tsx", `examples/${example}`])) {
    console.error(`examples/${example} failed`);
    process.exit(1);
  }
}
console.log("\n### README.md quick start");
if (!run("node", ["scripts/check-readme.mjs"])) process.exit(1);
console.log("\n### doctests: every @example and every ts block of the README and the guides");
if (!run("node", ["scripts/doctest.mjs"])) process.exit(1);
console.log(`\nexamples: ${examples.length} ran, the README quick start, and the doctests`);
