// Runs the README's quick start exactly as written, against the built package, and checks that each
// `console.log(...); // expected` line printed what its comment says.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const readme = readFileSync("README.md", "utf8");
const section = readme.slice(readme.indexOf("## Quick start"));
const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
if (block === undefined) throw new Error("README has no ```ts block under ## Quick start");

mkdirSync(".tmp", { recursive: true });
writeFileSync(".tmp/readme-quick-start.ts", block);
const run = spawnSync("npx", ["tsx", ".tmp/readme-quick-start.ts"], { encoding: "utf8" });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const printed = run.stdout.trimEnd().split("\n");
const expected = block
  .split("\n")
  .filter((line) => /^\s*console\.log\(.*\/\/ /.test(line))
  .map((line) => line.slice(line.lastIndexOf("// ") + 3).trim());
const logLines = block.split("\n").filter((line) => /console\.log\(/.test(line));
let failures = 0;
let cursor = 0;
for (const line of logLines) {
  const output = printed[cursor++] ?? "";
  if (/\/\/ /.test(line) && /^\s*console\.log\(/.test(line)) {
    const want = line.slice(line.lastIndexOf("// ") + 3).trim();
    if (output.trim() !== want) {
      failures++;
      console.error(`README quick start: expected "${want}", printed "${output}"`);
    }
  } else if (/for \(/.test(line)) {
    // A loop prints a variable number of lines: stop comparing positions after it.
    break;
  }
}
console.log(run.stdout);
if (failures > 0) process.exit(1);
console.log(`README quick start: ran, ${expected.length} commented outputs as documented`);
