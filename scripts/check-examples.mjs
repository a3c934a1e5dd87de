// Fails when an export of the public API has no `@example` in its TSDoc. typedoc's `notDocumented`
// validation only asks for a summary; this reads typedoc's JSON model (`npm run docs` writes it to
// .tmp/typedoc.json) so the rule covers exactly what the API reference shows: every function
// signature, variable, type alias, interface, class and enum of every entry point.
//
//   node scripts/check-examples.mjs [path/to/typedoc.json]
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".tmp/typedoc.json";
const project = JSON.parse(readFileSync(file, "utf8"));

// typedoc's ReflectionKind values.
const KIND = { Enum: 8, Variable: 32, Function: 64, Class: 128, Interface: 256, TypeAlias: 2097152 };
const checked = new Set(Object.values(KIND));

const hasExample = (comment) => comment?.blockTags?.some((tag) => tag.tag === "@example") === true;

/** The comments that must carry the example: each signature of a function, else the declaration's. */
function commentsOf(reflection) {
  if (reflection.kind === KIND.Function) return (reflection.signatures ?? []).map((s) => s.comment);
  return [reflection.comment];
}

// With several entry points the project's children are modules; with one, they are the exports.
const modules = project.children?.every((child) => child.kind === 2) ? project.children : [project];
const missing = [];
let count = 0;
for (const module of modules) {
  for (const reflection of module.children ?? []) {
    if (!checked.has(reflection.kind)) continue;
    count++;
    const comments = commentsOf(reflection);
    if (comments.length === 0 || !comments.every(hasExample))
      missing.push(`${module.name}: ${reflection.name}`);
  }
}
if (count === 0) {
  console.error(`check-examples: no exports found in ${file}; is it typedoc's JSON output?`);
  process.exit(1);
}
if (missing.length > 0) {
  console.error(
    `check-examples: ${missing.length} of ${count} exports have no @example:\n  ${missing.join("\n  ")}`,
  );
  process.exit(1);
}
console.log(`check-examples: all ${count} exports have an @example`);
