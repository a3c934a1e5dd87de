// Crawls the whole built site (`npm run docs` writes site/): every internal link of every page, and of
// the navigation and search data the pages' scripts read, leads to a page that exists, and every
// `#anchor` to an element of that page. External links are only counted.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const SITE = resolve("site");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const decode = (text: string) =>
  text
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");

/** The ids a page declares (typedoc's anchors are `id` attributes; markdown headings too). */
const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (found === undefined) {
    const html = readFileSync(file, "utf8");
    found = new Set(
      [...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => decode(match[1] as string)),
    );
    ids.set(file, found);
  }
  return found;
}

/** The site-relative paths in a script's compressed data (typedoc's navigation and search). */
function pathsInData(asset: string): string[] {
  const script = readFileSync(join(SITE, "assets", asset), "utf8");
  const data = /= "([^"]+)"/.exec(script)?.[1];
  if (data === undefined) throw new Error(`no data in ${asset}`);
  const json = inflateSync(Buffer.from(data, "base64")).toString("utf8");
  return [...json.matchAll(/"(?:path|url)":"([^"]+)"/g)].map((match) => match[1] as string);
}

describe("the API site's links", () => {
  it("has no broken internal link on any page", () => {
    expect(existsSync(join(SITE, "index.html")), "site/ is not built: run npm run docs").toBe(true);
    const pages = htmlFiles(SITE);
    const broken: string[] = [];
    let internal = 0;
    let external = 0;
    const check = (from: string, target: string, file: string) => {
      const [path = "", hash] = target.split("#");
      const resolved = path === "" ? file : resolve(dirname(file), decodeURIComponent(path));
      internal++;
      if (!existsSync(resolved)) broken.push(`${relative(SITE, from)} -> ${target} (no such page)`);
      else if (
        hash !== undefined &&
        hash !== "" &&
        resolved.endsWith(".html") &&
        !idsOf(resolved).has(decodeURIComponent(hash))
      )
        broken.push(`${relative(SITE, from)} -> ${target} (no such anchor)`);
    };
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const target = decode(match[1] as string);
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
          external++;
          continue;
        }
        check(page, target, page);
      }
    }
    for (const path of [...pathsInData("navigation.js"), ...pathsInData("search.js")]) {
      check(join(SITE, "assets", "navigation.js"), path, join(SITE, "index.html"));
    }
    console.log(`site crawl: ${pages.length} pages, ${internal} internal links, ${external} external`);
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(100);
  });
});
