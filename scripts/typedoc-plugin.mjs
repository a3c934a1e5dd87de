// typedoc plugin for the API site (`npm run docs`, typedoc.json):
// - names each entry point after the import that reaches it (`pekerja-migran/identity`), or after
//   its bounded context while the package does not export it as a subpath;
// - titles each guide with its first heading and groups guides, glossary and domain notes;
// - links every mention of a domain note ("REGULATIONS.md §14") to the published note's section, so
//   every `basis` resolves to a page;
// - shows a union of literals that a named type spells (`State`, `IssueCode`, `EventType`…) as a link
//   to that type instead of its members (a case's `state` was a 40-line union);
// - shows a zod type's long arguments as "…" (`caseSchema(): ZodObject<…>`): they spell out every
//   field again as zod's generics (26 kB on `caseSchema`'s page), where the page's text and the
//   type it parses (`Case`, each event's payload) already say what each field means; a short one
//   that names a type (`ZodType<LifecycleEvent>`) stays;
// - copies mermaid's browser build next to docs/assets/site.js, which renders ```mermaid blocks as SVG.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { Converter, IntrinsicType, ReferenceType, ReflectionKind, RendererEvent } from "typedoc";

/** The domain notes, by file name, with their titles on the site. */
const NOTE_TITLES = {
  REGULATIONS: "Domain notes: regulations",
  LIFECYCLE: "Domain notes: case lifecycle",
  STATISTICS: "Domain notes: statistics",
};
const NOTES = Object.keys(NOTE_TITLES);
/** A zod type argument longer than this (as typedoc writes it) is shown as "…". */
const ZOD_ARGUMENT_LENGTH = 80;

/** @param {import("typedoc").Application} app */
export function load(app) {
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  const subpaths = new Set(Object.keys(pkg.exports ?? {}));

  /** Document reflections by the name of their file ("REGULATIONS"), before they are titled. */
  const documents = new Map();
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, reflection) => {
    // Named after its path ("domain/REGULATIONS") unless its front matter gave a title.
    const file = reflection.name.split("/").pop();
    documents.set(file, reflection);
    if (Object.hasOwn(NOTE_TITLES, file)) {
      reflection.name = NOTE_TITLES[file];
    } else if (reflection.name.includes("/")) {
      const first = reflection.content.map((part) => part.text).join("");
      const heading = /^#\s+(.+)$/m.exec(first)?.[1];
      if (heading !== undefined) reflection.name = heading.trim();
    }
  });

  // Type aliases that stand for a union of literals, by the sorted members of the union: also
  // `keyof typeof TABLE`, whose members the checker knows though typedoc shows the operator.
  const aliasesByMembers = new Map();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    if (symbol === undefined) return;
    const type = context.checker.getDeclaredTypeOfSymbol(symbol);
    if (!type.isUnion() || type.types.length < 3) return;
    if (!type.types.every((member) => member.isStringLiteral() || member.isNumberLiteral())) return;
    const key = membersKey(type.types.map((member) => member.value));
    if (!aliasesByMembers.has(key)) aliasesByMembers.set(key, reflection);
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const link = (type, owner) => {
      if (type === undefined || type === null || typeof type !== "object") return type;
      // Only arguments that spell out a shape: `ZodType<LifecycleEvent>` and
      // `z.output<ReturnType<typeof policySchema>>` name what they stand for, and stay.
      if (
        type.type === "reference" &&
        type.package === "zod" &&
        (type.typeArguments ?? []).some((argument) => argument.toString().length > ZOD_ARGUMENT_LENGTH)
      ) {
        type.typeArguments = [new IntrinsicType("…")];
        return type;
      }
      if (type.type === "union") {
        type.types = type.types.map((member) => link(member, owner));
        if (type.types.every((member) => member.type === "literal")) {
          const alias = aliasesByMembers.get(membersKey(type.types.map((member) => member.value)));
          if (alias !== undefined && alias !== owner)
            return ReferenceType.createResolvedReference(alias.name, alias, project);
        }
        return type;
      }
      for (const key of ["elementType", "target", "trueType", "falseType", "objectType", "indexType"])
        if (type[key] !== undefined) type[key] = link(type[key], owner);
      for (const key of ["types", "typeArguments", "elements"])
        if (Array.isArray(type[key])) type[key] = type[key].map((member) => link(member, owner));
      return type;
    };
    for (const reflection of Object.values(project.reflections)) {
      if (reflection.type !== undefined) reflection.type = link(reflection.type, reflection);
    }
  });

  // Renamed once links are resolved, so that comments can cite `{@link core!PekerjaMigranError}`.
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    const project = event.project;
    for (const module of project.children ?? []) {
      if (!module.kindOf(ReflectionKind.Module)) continue;
      if (module.name === "index") {
        module.name = pkg.name;
      } else if (subpaths.has(`./${module.name}`)) {
        module.name = `${pkg.name}/${module.name}`;
      }
    }
  });

  app.renderer.on(RendererEvent.END, (event) => {
    const out = event.outputDirectory;
    copyFileSync(
      join(dirname(new URL(import.meta.resolve("mermaid")).pathname), "mermaid.min.js"),
      join(out, "assets", "mermaid.min.js"),
    );
    // Where each domain note and each of its numbered sections landed.
    const pages = htmlFiles(out);
    const notes = new Map();
    for (const note of NOTES) {
      const model = documents.get(note);
      const url = event.pages.find((page) => page.model === model)?.url;
      if (url === undefined) throw new Error(`typedoc-plugin: the domain note ${note}.md is not published`);
      const page = join(out, url);
      const html = readFileSync(page, "utf8");
      {
        const sections = new Map();
        for (const match of html.matchAll(/<h[1-6] id="([^"]+)"[^>]*>\s*(\d+(?:\.\d+)*)[.\s]/g)) {
          if (!sections.has(match[2])) sections.set(match[2], match[1]);
        }
        notes.set(note, { page, sections });
      }
    }
    const unresolved = new Set();
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      const linked = linkNotes(html, page, notes, unresolved);
      if (linked !== html) writeFileSync(page, linked);
    }
    for (const mention of unresolved)
      app.logger.error(`typedoc-plugin: "${mention}" cites a section that the note does not have`);
  });
}

function membersKey(values) {
  return JSON.stringify(values.map(String).sort());
}

function htmlFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(path));
    else if (entry.name.endsWith(".html")) files.push(path);
  }
  return files;
}

/** Links "NOTE.md" and "NOTE.md §n.m" in text (never inside a tag, a link or a code block). */
function linkNotes(html, page, notes, unresolved) {
  let inLink = 0;
  let inPre = 0;
  return html.replace(/(<[^>]+>)|([^<]+)/g, (whole, tag, text) => {
    if (tag !== undefined) {
      if (/^<a[\s>]/.test(tag)) inLink++;
      else if (tag === "</a>") inLink = Math.max(0, inLink - 1);
      else if (/^<pre[\s>]/.test(tag)) inPre++;
      else if (tag === "</pre>") inPre = Math.max(0, inPre - 1);
      return whole;
    }
    if (inLink > 0 || inPre > 0) return whole;
    return text.replace(
      /\b(REGULATIONS|LIFECYCLE|STATISTICS)\.md(?:\s*§\s*(\d+(?:\.\d+)*))?/g,
      (mention, note, number) => {
        const target = notes.get(note);
        if (target === undefined) return mention;
        const href = relative(dirname(page), target.page).split("\\").join("/");
        const anchor = number === undefined ? undefined : target.sections.get(number);
        if (number !== undefined && anchor === undefined) unresolved.add(mention);
        return `<a href="${href}${anchor === undefined ? "" : `#${anchor}`}">${mention}</a>`;
      },
    );
  });
}
