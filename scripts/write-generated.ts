// The write-or-check step shared by the generators of src/**/*.generated.ts: without `--check` the
// file is written; with it, the run fails when the file is not what would be written (`npm test`
// runs the checks, so a generated file never drifts from its source).

import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

/** Writes `text` to `target`, or with `--check` fails when `target` differs; `command` regenerates it. */
export function writeOrCheck(target: string, text: string, command: string): void {
  if (process.argv.includes("--check")) {
    if (readFileSync(target, "utf8") !== text) {
      console.error(`${target} is stale: run ${command}`);
      process.exit(1);
    }
    console.log(`${basename(target)} is up to date`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
