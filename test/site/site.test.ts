// Opens the built API site (`npm run docs` writes site/) in Debian's Chromium, served on 127.0.0.1:
// the pages people land on render, the lifecycle diagram is an SVG, the search finds "NIK", and a
// crawl of every page finds no internal link to a missing page or a missing anchor.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SITE = resolve("site");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(join(SITE, "index.html"))) throw new Error("site/ is not built: run npm run docs");
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(SITE, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(SITE) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** Opens a page of the site and fails on a script error or a failed request. */
async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(new URL(path, base).href, { waitUntil: "load" });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

describe("the API site", () => {
  it("renders the index with the guides and the entry points", async () => {
    const page = await open("index.html");
    await expect(page.locator("h1, h2").first().textContent()).resolves.toContain("pekerja-migran");
    const nav = (await page.locator(".site-menu").textContent()) ?? "";
    for (const name of ["Getting started", "Glossary", "identity", "documents", "lifecycle", "statistics"])
      expect(nav).toContain(name);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  for (const [path, heading] of [
    ["functions/index.checkDossier.html", "Function checkDossier"],
    ["functions/index.replay.html", "Function replay"],
    ["functions/index.reconcile.html", "Function reconcile"],
  ] as const) {
    it(`renders ${path}`, async () => {
      const page = await open(path);
      await expect(page.locator("h1").textContent()).resolves.toContain(heading);
      expect(await page.locator(".tsd-signature").count()).toBeGreaterThan(0);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });
  }

  it("shows a document kind's fields and an event's payload", async () => {
    const page = await open("documents/Document_fields.html");
    const passport = page.locator("h2#passport + p + table, h2#passport ~ table").first();
    const text = (await passport.textContent()) ?? "";
    for (const field of ["number", "expiryDate", "issueDate"]) expect(text).toContain(field);
    await expect(page.locator("h2#passport + p").textContent()).resolves.toContain("Basis:");
    const events = await open("documents/Event_payloads.html");
    await expect(events.locator("h2#registered ~ table").first().textContent()).resolves.toContain("route");
    expect([...errorsOf(page), ...errorsOf(events)]).toEqual([]);
    await page.close();
    await events.close();
  });

  it("writes a zod schema's type as ZodObject<…>, not zod's generics spelling every field", async () => {
    const page = await open("functions/lifecycle.caseSchema.html");
    const signature = (await page.locator(".tsd-signature").first().textContent()) ?? "";
    expect(signature.replace(/\s+/g, "")).toBe("caseSchema():ZodObject<…>");
    const events = await open("functions/lifecycle.lifecycleEventSchemas.html");
    const payloads = (await events.locator(".tsd-signature").first().textContent()) ?? "";
    expect(payloads).toContain("Registered");
    expect(payloads).not.toContain("ZodEnum");
    // A short argument that names a type stays.
    const union = await open("functions/index.lifecycleEventSchema.html");
    const unionSignature = (await union.locator(".tsd-signature").first().textContent()) ?? "";
    expect(unionSignature.replace(/\s+/g, "")).toBe("lifecycleEventSchema():ZodType<LifecycleEvent>");
    const policy = await open("types/index.Policy.html");
    await expect(policy.locator(".tsd-signature").first().textContent()).resolves.toContain("policySchema");
    expect([...errorsOf(page), ...errorsOf(events), ...errorsOf(union), ...errorsOf(policy)]).toEqual([]);
    for (const opened of [page, events, union, policy]) await opened.close();
  });

  it("renders the lifecycle guide with its state diagram as an SVG", async () => {
    const page = await open("documents/Lifecycle.html");
    await page.waitForSelector("html[data-mermaid='rendered']", { timeout: 30_000 });
    const svg = page.locator("div.mermaid svg").first();
    await expect(svg.count()).resolves.toBe(1);
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    await expect(
      page.locator("div.mermaid svg text, div.mermaid svg foreignObject").count(),
    ).resolves.toBeGreaterThan(10);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it("finds NIK in the search", async () => {
    const page = await open("index.html");
    await page.locator("#tsd-search-trigger, #tsd-search .field input, #tsd-search input").first().click();
    const input = page.locator("#tsd-search-input, #tsd-search input").first();
    await input.fill("NIK");
    const results = page.locator("#tsd-search-results li, #tsd-search .results li");
    await results.first().waitFor({ timeout: 10_000 });
    expect(await results.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Nik/)]));
    await page.close();
  });
});
