// The documents engine stays readable: no file over 400 lines, no function of logic over 60. The
// schema builder is exempt: it declares data (one entry per document kind), it decides nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../src/documents");
const DECLARATIONS = new Set(["buildDocumentSchemas"]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("the documents engine's size", () => {
  it("keeps every file at 400 lines or fewer and every function of logic at 60 or fewer", () => {
    const tooLong: string[] = [];
    for (const file of files(ROOT)) {
      const text = readFileSync(file, "utf8");
      const lines = text.split("\n").length - 1;
      if (lines > 400) tooLong.push(`${file}: ${lines} lines`);
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
          const name = node.name?.getText(source) ?? "(anonymous)";
          const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
          const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (last - first + 1 > 60 && !DECLARATIONS.has(name)) tooLong.push(`${file}: ${name}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(tooLong).toEqual([]);
  });
});
