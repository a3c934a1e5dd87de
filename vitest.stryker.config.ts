import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// For `npm run mutation`. Stryker instruments every mutant into the code, which makes the heavier
// property tests several times slower: they get a longer timeout here, and test/runs.ts scales the
// fast-check counts down by FAST_CHECK_SCALE (set by the npm script), also for the default count.
export default mergeConfig(
  base,
  defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000, setupFiles: ["test/runs.ts"] } }),
);
