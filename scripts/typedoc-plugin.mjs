// typedoc plugin for the API site (`npm run docs`, typedoc.json):
// - names each entry point after the import that reaches it (`pekerja-migran/identity`), or after
//   its bounded context while the package does not export it as a subpath;
// - titles each guide with its first heading and groups guides, glossary and domain notes;
// - links every mention of a domain note ("REGULATIONS.md §14") to the published note's section, so
//   every `basis` resolves to a page;
// - copies mermaid's browser build next to docs/assets/site.js, which renders ```mermaid blocks as SVG.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { Converter, ReflectionKind, RendererEvent } from "typedoc";

/** The domain notes, by file name, with their titles on the site. */
const NOTE_TITLES = {
  REGULATIONS: "Domain notes: regulations",
  LIFECYCLE: "Domain notes: case lifecycle",
  STATISTICS: "Domain notes: statistics",
};
const NOTES = Object.keys(NOTE_TITLES);

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
