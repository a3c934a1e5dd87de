// The built package, as users import it: the plain-loop scripts (run by tsx, which would otherwise
// load `src` through its own transform) time `dist`, like vitest.bench.config.ts does for the
// `*.bench.ts` files. Build first (`npx tsup`). Typed from `src`, whose `dist` is the build.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

async function load<T>(entry: string): Promise<T> {
  const url = new URL(`../dist/esm/${entry}`, import.meta.url);
  if (!existsSync(fileURLToPath(url)))
    throw new Error(`dist/esm/${entry} is missing: run \`npx tsup\` first`);
  return (await import(url.href)) as T;
}

/** The package's root entry, from `dist`. */
export const lib = await load<typeof import("../src/index.js")>("index.js");
/** `pekerja-migran/statistics`, from `dist`. */
export const statistics = await load<typeof import("../src/statistics/index.js")>("statistics/index.js");
