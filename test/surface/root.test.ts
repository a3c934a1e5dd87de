import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";

// The root is curated: it exports exactly the names of scripts/root-exports.json (the list is data;
// scripts/generate-barrels.mjs writes src/index.ts from it). A name exported from the root without
// being on the list fails here, whether a value or a type.

const REPO = join(import.meta.dirname, "..", "..");
const list = JSON.parse(readFileSync(join(REPO, "scripts", "root-exports.json"), "utf8")) as {
  values: string[];
  types: string[];
};

/** Every name the root module exports, types included, as TypeScript sees it. */
function rootExports(): { values: string[]; types: string[] } {
  const file = join(REPO, "src", "index.ts");
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error("src/index.ts has no module symbol");
  const values: string[] = [];
  const types: string[] = [];
  for (const exported of checker.getExportsOfModule(symbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(exported.name);
  }
  return { values: values.sort(), types: types.sort() };
}

describe("the curated root", () => {
  it("exports at run time exactly the values on the list", () => {
    expect(Object.keys(root).sort()).toEqual([...list.values].sort());
  });

  it("exports exactly the values and types on the list, as TypeScript sees it", () => {
    const found = rootExports();
    expect(found.values).toEqual([...list.values].sort());
    expect(found.types).toEqual([...list.types].sort());
    // A TypeScript program over the whole package: seconds on a busy 2-core machine.
  }, 60_000);

  it("stays about as small as the job: around 50 values, every entry point of DESIGN.md among them", () => {
    expect(list.values.length).toBeGreaterThanOrEqual(40);
    expect(list.values.length).toBeLessThanOrEqual(60);
    for (const name of [
      "parseNik",
      "checkDossier",
      "requiredDocuments",
      "policyOn",
      "replay",
      "applyEvent",
      "availableEvents",
      "tally",
      "share",
      "growth",
      "reconcile",
      "formatIssue",
    ]) {
      expect(list.values, name).toContain(name);
    }
  });

  it("keeps the engine's internals and the date helpers off the root", () => {
    const all = [...list.values, ...list.types];
    for (const name of [
      "START",
      "GuardContext",
      "GuardVerdict",
      "TransitionDefinition",
      "issuesFromZod",
      "ageOn",
    ])
      expect(all).not.toContain(name);
  });
});
