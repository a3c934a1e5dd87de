// Doctests: every `@example` of the TSDoc in src/ and every ```ts block of the README and the guides is
// type-checked against the BUILT package (they import "pekerja-migran", which resolves to dist/ through
// the package's own exports) and run, and each `//=>` result is asserted.
//
//   node scripts/doctest.mjs            (after `npm run build`)
//
// A TSDoc block names the library's exports without importing them, as the reference shows them: the
// script adds the imports (from the entry point whose declarations in dist/ export each name). A block
// of the README or a guide imports what it uses, as an app that copies it must. Results:
//   expr; //=> value            the value of `expr` deep-equals `value` (a JavaScript literal); the
//                               expected object may leave out keys, and a trailing "(…)" is a comment
//   //=> value                  on its own line(s), after a line that is an expression: the same
//   //=> …prose…                fails: write the result as a literal
// Blocks marked ```ts skip-doctest are shown only (none should need it).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const OUT = ".tmp/doctest";
const pkg = JSON.parse(readFileSync("package.json", "utf8"));

// ---- the exports, and the entry point each is imported from: read from the built declarations
// (`export { a, type B, c as d }` at the end of each entry point's .d.ts), the root first.
const exportsByName = new Map(); // name -> { from, value }
const entries = Object.entries(pkg.exports ?? {})
  .filter(([key, target]) => key !== "./package.json" && !key.includes("*") && target?.import?.types)
  .sort(([a], [b]) => (a === "." ? -1 : b === "." ? 1 : a.localeCompare(b)));
for (const [key, target] of entries) {
  const from = key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`;
  const declarations = readFileSync(target.import.types, "utf8");
  const runtime = new Set(Object.keys(await import(from)));
  for (const group of declarations.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const item of group[1].split(",")) {
      const spec = item.trim();
      if (spec === "") continue;
      const name = spec
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop();
      const value = runtime.has(name);
      if (!exportsByName.has(name)) exportsByName.set(name, { from, value });
    }
  }
}
if (exportsByName.size === 0) throw new Error("doctest: no exports found in dist (run npm run build first)");

// ---- the blocks
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith(".generated.ts") ? [path] : [];
  });
}
const blocks = []; // { source, line, code }
// Private modules (`_lib/`) and `@internal` declarations are not reachable from the package, so their
// examples document the code for its maintainers and are not run against dist.
for (const file of walk("src").filter((path) => !path.split(/[\\/]/).includes("_lib"))) {
  const text = readFileSync(file, "utf8");
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    if (/@internal\b/.test(comment[0])) continue;
    const body = comment[0].split("\n").map((line) => line.replace(/^\s*\/?\*\*?\/?\s?/, ""));
    const startLine = text.slice(0, comment.index).split("\n").length;
    let inExample = false;
    for (let i = 0; i < body.length; i++) {
      if (/^@example\b/.test(body[i])) inExample = true;
      else if (/^@\w/.test(body[i])) inExample = false;
      if (!inExample || !/^```(ts|typescript)\s*$/.test(body[i])) continue;
      const end = body.indexOf("```", i + 1);
      blocks.push({ source: file, line: startLine + i + 1, code: body.slice(i + 1, end).join("\n") });
      i = end;
    }
  }
}
const markdown = ["README.md", ...readdirSync("docs/guides").map((f) => join("docs/guides", f))].filter((f) =>
  f.endsWith(".md"),
);
for (const file of markdown) {
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue;
    const end = lines.indexOf("```", i + 1);
    blocks.push({ source: file, line: i + 2, code: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
}

// ---- each block as a module
function transform(block) {
  const lines = block.code.split("\n");
  const out = [];
  let asserts = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const marker = line.indexOf("//=>");
    if (marker < 0) {
      out.push(line);
      continue;
    }
    let expression = line.slice(0, marker).trim().replace(/;$/, "");
    let expected = line.slice(marker + 4).trim();
    // The expected value may go on over the next lines, as `//   …` or `//=> …`.
    while (i + 1 < lines.length && /^\s*\/\/(?:=>|\s{2,})/.test(lines[i + 1]) && !parses(expected)) {
      expected += ` ${lines[++i].replace(/^\s*\/\/(?:=>)?/, "").trim()}`;
    }
    let prefix = "";
    if (expression === "") {
      // A result on its own line: of the statement just before, which may span several lines.
      const taken = [];
      while (out.length > 0) {
        taken.unshift(out.pop());
        if (balanced(taken.join("\n"), "([{", ")]}")) break;
      }
      if (taken.length === 0)
        throw new Error(`${block.source}:${block.line + i}: //=> with nothing before it`);
      expression = taken.join("\n").trim().replace(/;$/, "");
    }
    // `const name: Type = expr; //=> value` declares, then asserts on the name.
    const declaration = /^(?:const|let)\s+([A-Za-z_$][\w$]*)\b/.exec(expression);
    if (declaration) {
      out.push(`${expression};`);
      expression = declaration[1];
    }
    // `if (cond) expr` keeps its guard.
    const guarded = /^if \((.*)\) (.*)$/.exec(expression);
    if (guarded && balanced(guarded[1])) {
      prefix = `if (${guarded[1]}) `;
      expression = guarded[2];
    }
    const literal = literalOf(expected);
    const where = JSON.stringify(`${block.source}:${block.line + i}`);
    const indent = /^\s*/.exec(line)[0];
    if (literal === undefined) {
      out.push(`${indent}__unasserted(${where}, ${JSON.stringify(expected)});`);
    } else {
      out.push(`${indent}${prefix}__expect(${expression}, ${literal}, ${where});`);
      asserts++;
    }
  }
  return { code: out.join("\n"), asserts };
}
function balanced(text, open = "(", close = ")") {
  let depth = 0;
  for (const c of text) {
    if (open.includes(c)) depth++;
    else if (close.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}
function parses(text) {
  try {
    new Function(`return (${text});`);
    return true;
  } catch {
    return false;
  }
}
/** A single JavaScript literal (no names, no comma expression): evaluates it to make sure. */
function isLiteral(text) {
  if (text.trim() === "") return false;
  try {
    return new Function(`"use strict"; return [${text}].length;`)() === 1;
  } catch {
    return false;
  }
}
/** Splits at commas outside brackets and strings. */
function splitTop(text) {
  const parts = [];
  let depth = 0;
  let quote;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
/**
 * The expected value as a literal, or undefined. Accepts, besides a literal:
 * - a trailing "(…)" comment: `false (31 April)`;
 * - an elision `…` in an object, and a string ending with `…` (a prefix);
 * - `ok, LITERAL` and `ok, key LITERAL, key LITERAL…` for a successful Result.
 */
function literalOf(raw) {
  let text = raw
    .trim()
    .replace(/,\s*…\s*(?=[}\]])/g, " ")
    .replace(/"([^"]*)…"/g, '{ "__prefix": "$1" }');
  const comment = /^(.*?)\s+\(([^()]*|[^()]*\([^()]*\)[^()]*)\)\s*$/.exec(text);
  if (!isLiteral(text) && comment && (isLiteral(comment[1]) || /^ok,/.test(comment[1]))) text = comment[1];
  if (isLiteral(text)) return text;
  const okForm = /^ok,\s*(.*)$/s.exec(text);
  if (okForm === null) return undefined;
  const rest = okForm[1];
  if (isLiteral(rest)) return `{ ok: true, value: ${rest} }`;
  const fields = [];
  for (const part of splitTop(rest)) {
    const pair = /^([A-Za-z_$][\w$]*)\s+(.+)$/s.exec(part);
    if (pair === null || !isLiteral(pair[2])) return undefined;
    fields.push(`${pair[1]}: ${pair[2]}`);
  }
  return `{ ok: true, value: { ${fields.join(", ")} } }`;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, "_expect.ts"),
  `import { isDeepStrictEqual } from "node:util";
export const failures: string[] = [];
export let asserted = 0;
function matches(actual: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === "object" && "__prefix" in expected)
    return typeof actual === "string" && actual.startsWith(String((expected as { __prefix: string }).__prefix));
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected) && !(expected instanceof RegExp)) {
    if (actual === null || typeof actual !== "object") return false;
    return Object.entries(expected).every(([key, value]) => matches((actual as Record<string, unknown>)[key], value));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((v, i) => matches(actual[i], v));
  }
  return isDeepStrictEqual(actual, expected);
}
export function __expect(actual: unknown, expected: unknown, where: string): void {
  asserted++;
  if (!matches(actual, expected))
    failures.push(\`\${where}: expected \${JSON.stringify(expected)}, got \${JSON.stringify(actual)}\`);
}
export function __unasserted(where: string, text: string): void {
  failures.push(\`\${where}: "//=> \${text}" is not a JavaScript literal; write the result as one\`);
}
`,
);
// Names the reference's examples use for data they do not build themselves ("given records…"): a
// dossier and its context, a case's events, cases, records and a published table, from the
// examples' own sample data (examples/data.ts).
const FIXTURES = ["dossier", "context", "events", "cases", "records", "table", "json"];
writeFileSync(
  join(OUT, "_fixtures.ts"),
  `import { type Case, type PublishedTable, replay } from "pekerja-migran";
import { COHORT, sampleContext, sampleDossier, sampleJourney, toEvents } from "../../examples/data.js";
export const dossier = sampleDossier("2026-02-02");
export const context = sampleContext("2026-02-02");
export const events = toEvents(sampleJourney());
const replayed = replay(events);
if (!replayed.ok) throw new Error("the sample journey does not replay");
export const cases: readonly Case[] = [replayed.value];
export const json: string = JSON.stringify(replayed.value);
export const records = COHORT;
export const table: PublishedTable = {
  title: "Penempatan PMI Januari–September 2022 (STATISTICS.md §6 A)",
  total: "122.870",
  breakdowns: [{ name: "Negara penempatan", partial: true, rows: [{ label: "Hong Kong", count: "42.152", share: "34,31" }] }],
};
`,
);
const names = [];
blocks.forEach((block, index) => {
  const { code } = transform(block);
  const declared = new Set(
    [
      ...code.matchAll(
        /\b(?:const|let|var|function|class|type|interface|import\s+(?:type\s+)?\{?[^}]*?)\s*\{?\s*([A-Za-z_$][\w$]*)/g,
      ),
    ].map((m) => m[1]),
  );
  const imported = new Set(
    [...code.matchAll(/import[^;]*?\{([^}]*)\}/g)].flatMap((m) =>
      m[1].split(",").map((s) =>
        s
          .replace(/\btype\b/, "")
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      ),
    ),
  );
  const used = new Set(code.match(/\b[A-Za-z_$][\w$]*\b/g) ?? []);
  const bySource = new Map();
  // A guide's block is copied whole into an app: it imports what it uses itself, and the type
  // check fails on a name it does not (only its sample data comes from the fixtures below).
  const copied = block.source.endsWith(".md");
  for (const name of copied ? [] : used) {
    const entry = exportsByName.get(name);
    if (
      entry === undefined ||
      imported.has(name) ||
      (declared.has(name) &&
        !imported.has(name) &&
        new RegExp(`\\b(?:const|let|var|function|class|type|interface)\\s+${name}\\b`).test(code))
    )
      continue;
    const list = bySource.get(entry.from) ?? [];
    list.push(entry.value ? name : `type ${name}`);
    bySource.set(entry.from, list);
  }
  const fixtures = FIXTURES.filter(
    (name) =>
      used.has(name) &&
      !new RegExp(`\\b(?:const|let|var|function)\\s+${name}\\b|import[^;]*\\b${name}\\b`).test(code),
  );
  if (fixtures.length > 0) bySource.set("./_fixtures.js", fixtures);
  if (/\bz\.\w/.test(code) && !/import \* as z\b/.test(code)) bySource.set("zod", ["* as z"]);
  const header = [
    `// ${block.source}:${block.line}`,
    `import { __expect, __unasserted } from "./_expect.js";`,
    ...[...bySource].map(([from, list]) =>
      list[0]?.startsWith("* as")
        ? `import ${list[0]} from "${from}";`
        : `import { ${list.sort().join(", ")} } from "${from}";`,
    ),
    "",
  ].join("\n");
  const name = `block-${String(index).padStart(3, "0")}.ts`;
  names.push({ name, block });
  // Each block runs in its own function scope, so that its names stay its own; `export {}` makes it a module.
  writeFileSync(join(OUT, name), `${header}\n${code}\n\nexport {};\n`);
});
writeFileSync(
  join(OUT, "tsconfig.json"),
  JSON.stringify(
    {
      extends: "../../tsconfig.json",
      compilerOptions: {
        lib: ["ES2022", "DOM"],
        types: ["node"],
        noUnusedLocals: false,
        noUnusedParameters: false,
      },
      include: ["./*.ts"],
    },
    null,
    2,
  ),
);

// ---- compile, then run every block in one process
const typecheck = spawnSync("npx", ["tsc", "-p", join(OUT, "tsconfig.json")], { encoding: "utf8" });
if (typecheck.status !== 0) {
  const text = typecheck.stdout.replace(/\.tmp\/doctest\/(block-\d+)\.ts\(\d+,\d+\)/g, (whole, file) => {
    const entry = names.find((n) => n.name === `${file}.ts`);
    return entry ? `${whole} [${entry.block.source}:${entry.block.line}]` : whole;
  });
  console.error(text);
  console.error("doctest: examples do not compile against the built package");
  process.exit(1);
}
writeFileSync(
  join(OUT, "_run.ts"),
  `import { failures } from "./_expect.js";
const blocks: [string, string][] = ${JSON.stringify(names.map((n) => [`./${n.name.replace(/\.ts$/, ".js")}`, `${n.block.source}:${n.block.line}`]))};
let asserted = 0;
// What the examples print is not checked here (their //=> results are): keep the output short.
const log = console.log;
console.log = () => {};
for (const [block, source] of blocks) {
  try {
    await import(block);
  } catch (error) {
    failures.push(\`\${source}: threw \${error instanceof Error ? error.message : String(error)}\`);
  }
}
console.log = log;
const { asserted: count } = await import("./_expect.js");
asserted = count;
if (failures.length > 0) {
  console.error(failures.join("\\n"));
  console.error(\`doctest: \${failures.length} failures\`);
  process.exit(1);
}
console.log(\`doctest: \${blocks.length} examples compiled and ran, \${asserted} //=> results asserted\`);
`,
);
const run = spawnSync("npx", ["tsx", join(OUT, "_run.ts")], { stdio: "inherit" });
process.exit(run.status ?? 1);
