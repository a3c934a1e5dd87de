import { defineConfig } from "tsup";
import { SUBPATHS } from "./scripts/surface.mjs";

// Two builds:
// - ESM keeps one file per source module (bundle: false). With `sideEffects: false`, a consumer's
//   bundler then drops every module an import does not reach: `import { parseNik }` does not pull in
//   zod, the document schemas or the region table.
// - CJS is bundled per entry (the root and each subpath of scripts/surface.mjs; shared code goes to
//   chunks), with the type declarations for both formats.
export default defineConfig([
  {
    entry: ["src/**/*.ts"],
    format: ["esm"],
    bundle: false,
    outDir: "dist/esm",
    target: "es2022",
    sourcemap: false,
    clean: true,
  },
  {
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(SUBPATHS.map((name: string) => [name, `src/${name}/index.ts`])),
    },
    format: ["cjs", "esm"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    splitting: true,
    treeshake: true,
    target: "es2022",
    sourcemap: false,
    outDir: "dist",
    // The bundled ESM files are not published (see package.json `files`); only their declarations are.
    clean: ["*.js", "*.cjs", "*.d.ts", "*.d.cts"],
  },
]);
