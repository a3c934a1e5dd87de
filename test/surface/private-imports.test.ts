import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

// The layout rule for private helpers (docs/development.md, "Public and private"): a folder's `_lib/`
// is private to that folder; helpers that several folders share live once in `src/_lib/`.

const SRC = join(import.meta.dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

// Every relative module specifier of a file: static imports and re-exports, `import type`, and
// dynamic `import("…")`.
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bfrom\s*["'](\.[^"']*)["']|\bimport\s*\(\s*["'](\.[^"']*)["']\s*\)/g)) {
    found.push((match[1] ?? match[2]) as string);
  }
  return found;
}

/** The top-level folder of `src` a path belongs to (`""` for a file directly in `src`). */
function folderOf(pathFromSrc: string): string {
  const parts = pathFromSrc.split(sep);
  return parts.length > 1 ? (parts[0] as string) : "";
}

/**
 * Why an import from `file` (relative to `src`) of `target` (relative to `src`) breaks the rule, or
 * `undefined` when it keeps it.
 */
function privateImportViolation(file: string, target: string): string | undefined {
  const parts = target.split(sep);
  const libAt = parts.indexOf("_lib");
  if (libAt < 0) return undefined;
  if (parts[0] === "..") return `${target} is outside src`;
  // src/_lib is the shared private place: every folder may use it.
  if (libAt === 0) return undefined;
  const owner = parts.slice(0, libAt).join(sep);
  const importer = dirname(file);
  if (importer === owner || importer.startsWith(owner + sep)) return undefined;
  return `${file} imports ${target}, private to ${owner}/ (share it through src/_lib/ instead)`;
}

describe("private helpers", () => {
  it("no module imports another folder's _lib", () => {
    const violations: string[] = [];
    for (const path of sourceFiles(SRC)) {
      const file = relative(SRC, path);
      for (const specifier of specifiers(readFileSync(path, "utf8"))) {
        const target = relative(SRC, join(dirname(path), specifier));
        const violation = privateImportViolation(file, target);
        if (violation !== undefined) violations.push(violation);
      }
    }
    expect(violations).toEqual([]);
  });

  it("src/_lib imports no bounded context, only core and itself", () => {
    const violations: string[] = [];
    for (const path of sourceFiles(join(SRC, "_lib"))) {
      for (const specifier of specifiers(readFileSync(path, "utf8"))) {
        const folder = folderOf(relative(SRC, join(dirname(path), specifier)));
        if (folder !== "_lib" && folder !== "core") violations.push(`${relative(SRC, path)} → ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("the rule refuses another folder's _lib and allows its own and the shared one", () => {
    const j = (...p: string[]) => p.join(sep);
    expect(privateImportViolation(j("lifecycle", "guards.ts"), j("documents", "_lib", "windows.ts"))).toMatch(
      /private to documents/,
    );
    expect(privateImportViolation(j("regions", "a.ts"), j("identity", "_lib", "x.ts"))).toBeDefined();
    // A sibling folder's _lib inside the same context is still that folder's.
    expect(
      privateImportViolation(j("statistics", "a.ts"), j("statistics", "cases", "_lib", "x.ts")),
    ).toBeDefined();
    expect(
      privateImportViolation(j("statistics", "cases", "a.ts"), j("statistics", "_lib", "x.ts")),
    ).toBeUndefined();
    expect(
      privateImportViolation(j("lifecycle", "_lib", "a.ts"), j("lifecycle", "_lib", "b.ts")),
    ).toBeUndefined();
    expect(
      privateImportViolation(j("documents", "rules", "a.ts"), j("_lib", "dates", "windows.ts")),
    ).toBeUndefined();
    expect(privateImportViolation(j("documents", "a.ts"), j("documents", "kinds.ts"))).toBeUndefined();
    expect(privateImportViolation(j("a.ts"), j("..", "_lib", "x.ts"))).toMatch(/outside src/);
  });

  it("finds static, type-only, re-export and dynamic specifiers", () => {
    const text = [
      'import { a } from "./a.js";',
      'import type { B } from "../b.js";',
      'export { c } from "./_lib/c.js";',
      'const d = await import("../d.js");',
      'import * as z from "zod";',
    ].join("\n");
    expect(specifiers(text)).toEqual(["./a.js", "../b.js", "./_lib/c.js", "../d.js"]);
  });
});
