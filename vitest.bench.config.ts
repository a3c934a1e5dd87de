import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Benchmarks time the built package, as users import it. The bench files and the fixtures they use
// import `src` (for its types); here those imports resolve to `dist/esm`, which Node loads itself.
// Through Vite's module transform instead, every call between the library's modules reads a getter,
// which slowed the library's code by about 40% while zod, loaded natively, ran at full speed.
const dist = fileURLToPath(new URL("./dist/esm/", import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^(?:\.\.\/)+src\/(.*)$/, replacement: `${dist}$1` }] },
  test: {
    benchmark: { include: ["bench/**/*.bench.ts"] },
    server: { deps: { external: [/\/dist\/esm\//] } },
  },
});
