import * as fc from "fast-check";

// Property tests run their full count normally. Under mutation testing (`npm run mutation`, which
// sets FAST_CHECK_SCALE) every mutant reruns the tests that cover it, so the counts are scaled down:
// a mutant that survives a few dozen generated inputs is rare, and the full count runs in CI.
const scale = Number(process.env.FAST_CHECK_SCALE ?? "1");

/** The number of runs for a property test: `n`, scaled by FAST_CHECK_SCALE (never below 10). */
export function runs(n: number): number {
  return scale >= 1 ? n : Math.max(10, Math.round(n * scale));
}

if (scale < 1) fc.configureGlobal({ numRuns: runs(100) });
