import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    regions: "src/regions/index.ts",
  },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // One chunk per shared module keeps the entries tree-shakeable for bundlers.
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  outDir: "dist",
});
