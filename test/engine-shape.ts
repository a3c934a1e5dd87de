// The engines stay readable (issue 14's and the documents engine's rule): no file of engine code
// over 400 lines, no function of logic over 60. Shared by the size tests of each engine.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** What an engine may hold beyond the limits: tables of data, and functions that only declare. */
export interface ShapeExemptions {
  /** Files (by name) that are tables of data: one row per event, state or kind, deciding nothing. */
  readonly tables?: ReadonlySet<string>;
  /** Functions (by name) that declare zod schemas: one entry per field or kind, deciding nothing. */
  readonly declarations?: ReadonlySet<string>;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** Every file over 400 lines and every function over 60 under `root`, less the exemptions. */
export function oversized(root: string, exempt: ShapeExemptions = {}): string[] {
  const tooLong: string[] = [];
  for (const file of files(root)) {
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n").length - 1;
    const name = file.slice(file.lastIndexOf("/") + 1);
    if (lines > 400 && !exempt.tables?.has(name)) tooLong.push(`${file}: ${lines} lines`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
        const fn = node.name?.getText(source) ?? "(anonymous)";
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (last - first + 1 > 60 && !exempt.declarations?.has(fn)) tooLong.push(`${file}: ${fn}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return tooLong;
}
