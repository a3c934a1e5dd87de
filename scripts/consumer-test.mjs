// Packs the package, installs the tarball into a scratch project and uses it the ways users do:
// ESM import, CommonJS require, and TypeScript under strict with moduleResolution node16, bundler and
// node10 (which reads no `exports`: the subpaths resolve through their stub package.json folders).
// Every fixture imports the root and every subpath.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const fixtures = join(root, "test", "consumers");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const scratch = mkdtempSync(join(tmpdir(), "pekerja-migran-consumer-"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

try {
  run("npm", ["pack", "--pack-destination", scratch, "--silent"], root);
  const tarball = readdirSync(scratch).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack produced no tarball");

  const project = join(scratch, "app");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "app", private: true, type: "module" }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--silent", join(scratch, tarball)], project);
  for (const file of readdirSync(fixtures)) copyFileSync(join(fixtures, file), join(project, file));

  process.stdout.write(run("node", ["esm.mjs"], project));
  process.stdout.write(run("node", ["cjs.cjs"], project));

  const common = { strict: true, target: "ES2022", lib: ["ES2022", "DOM"], skipLibCheck: false, types: [] };
  const configs = {
    "tsconfig.node16.json": {
      ...common,
      module: "node16",
      moduleResolution: "node16",
      outDir: "out-node16",
      verbatimModuleSyntax: true,
    },
    "tsconfig.bundler.json": {
      ...common,
      module: "esnext",
      moduleResolution: "bundler",
      outDir: "out-bundler",
    },
    "tsconfig.node10.json": {
      ...common,
      module: "commonjs",
      moduleResolution: "node10",
      esModuleInterop: true,
      ignoreDeprecations: "6.0",
      outDir: "out-node10",
    },
  };
  for (const [name, compilerOptions] of Object.entries(configs)) {
    const files = name.includes("node16") ? ["typed.ts", "typed.cts"] : ["typed.ts"];
    writeFileSync(join(project, name), JSON.stringify({ compilerOptions, files }));
    run("node", [tsc, "-p", name], project);
    const out = compilerOptions.outDir;
    // CommonJS output inside the app's `"type": "module"` project.
    if (compilerOptions.module === "commonjs")
      writeFileSync(join(project, out, "package.json"), '{"type":"commonjs"}');
    process.stdout.write(run("node", [join(out, "typed.js")], project));
    if (files.includes("typed.cts")) process.stdout.write(run("node", [join(out, "typed.cjs")], project));
    process.stdout.write(`  (${name} type-checked under strict)\n`);
  }
  console.log("consumers: all passed");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
