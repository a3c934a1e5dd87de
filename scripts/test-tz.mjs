// Runs the unit tests once per time zone: calendar rules must give the same answer everywhere.
import { spawnSync } from "node:child_process";

const zones = ["UTC", "Asia/Jakarta", "Asia/Jayapura", "America/Los_Angeles", "Pacific/Kiritimati"];
let failed = 0;
for (const zone of zones) {
  process.stdout.write(`\n== TZ=${zone}\n`);
  const run = spawnSync("npx", ["vitest", "run"], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
    shell: process.platform === "win32",
  });
  if (run.status !== 0) failed += 1;
}
if (failed > 0) {
  console.error(`\nUnit tests failed in ${failed} of ${zones.length} time zones.`);
  process.exit(1);
}
console.log(`\nUnit tests passed in all ${zones.length} time zones.`);
