import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// For `npm run mutation`. Stryker instruments every mutant into the code, which makes the heavier
// property tests several times slower: they get a longer timeout here, and test/runs.ts scales the
// fast-check counts down by FAST_CHECK_SCALE (set by the npm script), also for the default count.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      testTimeout: 60_000,
      hookTimeout: 60_000,
      setupFiles: ["test/runs.ts"],
      // Mutants are switched on at run time (static ones are ignored), so the modules need not be
      // loaded afresh for every run: sharing them makes each mutant about twice as cheap. But code
      // that runs once and is cached (the lazily built zod schemas) then runs before its mutant is
      // switched on, so its mutants survive falsely: STRYKER_ISOLATE=1 reloads modules for each run.
      isolate: process.env.STRYKER_ISOLATE === "1",
    },
  }),
);
