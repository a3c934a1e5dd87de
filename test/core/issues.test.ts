import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { issuesFromZod } from "../../src/_lib/zod-issues.js";
import {
  createIssue,
  err,
  formatIssue,
  hasErrors,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  ok,
} from "../../src/index.js";

describe("Result", () => {
  it("wraps values and issues", () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    const issue = createIssue("DATE_INVALID");
    expect(err([issue])).toEqual({ ok: false, issues: [issue] });
  });
});

describe("createIssue / hasErrors", () => {
  it("defaults to an error with an empty path and omits absent fields", () => {
    expect(createIssue("DATE_INVALID")).toEqual({ code: "DATE_INVALID", severity: "error", path: [] });
    expect(Object.keys(createIssue("DATE_INVALID"))).toEqual(["code", "severity", "path"]);
  });

  it("keeps the optional fields given", () => {
    expect(
      createIssue("INPUT_TOO_LONG", ["a", 1], {
        severity: "warning",
        params: { max: 3 },
        basis: "b",
        documentKind: "KTP_EL",
        policyId: "p",
      }),
    ).toEqual({
      code: "INPUT_TOO_LONG",
      severity: "warning",
      path: ["a", 1],
      params: { max: 3 },
      basis: "b",
      documentKind: "KTP_EL",
      policyId: "p",
    });
  });

  it("tells errors from warnings", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([createIssue("DATE_INVALID", [], { severity: "warning" })])).toBe(false);
    expect(
      hasErrors([createIssue("DATE_INVALID", [], { severity: "warning" }), createIssue("DATE_INVALID")]),
    ).toBe(true);
  });
});

describe("ISSUE_CODES", () => {
  const codes = Object.keys(ISSUE_CODES) as IssueCode[];

  it("has codes in SCREAMING_SNAKE_CASE with an Indonesian and an English message each", () => {
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      const message = ISSUE_CODES[code];
      expect(message.id.length).toBeGreaterThan(5);
      expect(message.en.length).toBeGreaterThan(5);
      expect(message.id).not.toBe(message.en);
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of codes) {
      const message = ISSUE_CODES[code];
      expect(placeholders(message.id), code).toEqual(placeholders(message.en));
    }
  });
});

describe("formatIssue", () => {
  it("renders in Indonesian by default and in English on request", () => {
    const issue = createIssue("INPUT_TOO_LONG", [], { params: { max: 64 } });
    expect(formatIssue(issue)).toBe("Nilai terlalu panjang (paling banyak 64 karakter).");
    expect(formatIssue(issue, "id")).toBe("Nilai terlalu panjang (paling banyak 64 karakter).");
    expect(formatIssue(issue, "en")).toBe("The value is too long (at most 64 characters).");
  });

  it("never shows a raw placeholder, even when the parameter is missing or unusable", () => {
    const bare = { code: "INPUT_TOO_LONG", severity: "error", path: [] } as Issue;
    expect(formatIssue(bare, "en")).toBe("The value is too long (at most (unknown) characters).");
    expect(formatIssue(bare, "id")).toBe("Nilai terlalu panjang (paling banyak (tidak diketahui) karakter).");
    const odd = { ...bare, params: { max: { nested: 1 } } } as unknown as Issue;
    expect(formatIssue(odd, "en")).not.toContain("{max}");
    const inherited = { ...bare, params: Object.create({ max: 9 }) } as Issue;
    expect(formatIssue(inherited, "en")).toBe("The value is too long (at most (unknown) characters).");
  });

  it("falls back to English for an unknown locale", () => {
    const issue = createIssue("INPUT_TOO_LONG", [], { params: { max: 64 } });
    for (const locale of ["fr", "EN", "id-ID", "", undefined, null, 7]) {
      const text = formatIssue(issue, locale as "en");
      expect(text).toBe(locale === undefined ? formatIssue(issue, "id") : formatIssue(issue, "en"));
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it("gives a generic sentence for an unknown code, without echoing it", () => {
    const forged = { code: "3201014101990001", severity: "error", path: [] } as unknown as Issue;
    expect(formatIssue(forged, "en")).toBe("Unknown issue.");
    expect(formatIssue(forged, "id")).toBe("Masalah yang tidak dikenal.");
    expect(formatIssue({ code: "__proto__" } as unknown as Issue, "en")).toBe("Unknown issue.");
    expect(formatIssue({ code: "toString" } as unknown as Issue, "en")).toBe("Unknown issue.");
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (issue, locale) => {
        expect(typeof formatIssue(issue as Issue, locale as "id")).toBe("string");
      }),
    );
  });
});

describe("issuesFromZod", () => {
  const schema = z.strictObject({
    name: z.string().min(2).max(5),
    age: z.number().int().min(18).max(60),
    email: z.email(),
    kind: z.enum(["A", "B"]),
    when: z.string().refine(() => false, { params: { code: "DATE_INVALID", basis: "some basis" } }),
    other: z.string().refine(() => false),
    tags: z.array(z.string()).min(1),
    union: z.union([z.string(), z.number()]),
    big: z.bigint().max(5n),
  });

  it("maps each kind of zod issue to a stable code and drops the input", () => {
    const input = {
      name: "a",
      age: "x",
      email: "3201014101990001",
      kind: "C",
      when: "",
      other: "",
      tags: [],
      union: true,
      big: 9n,
      extra: "secret",
    };
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = issuesFromZod(parsed.error.issues, ["worker"], input);
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join("."), i]));
    expect(byPath["worker.name"]).toEqual({
      code: "SCHEMA_TOO_SMALL",
      severity: "error",
      path: ["worker", "name"],
      params: { minimum: 2 },
    });
    expect(byPath["worker.age"]?.code).toBe("SCHEMA_INVALID_TYPE");
    expect(byPath["worker.age"]?.params).toEqual({ expected: "number" });
    expect(byPath["worker.email"]).toEqual({
      code: "SCHEMA_INVALID_FORMAT",
      severity: "error",
      path: ["worker", "email"],
    });
    expect(byPath["worker.kind"]).toMatchObject({
      code: "SCHEMA_INVALID_VALUE",
      params: { allowed: "A, B" },
    });
    expect(byPath["worker.when"]).toMatchObject({ code: "DATE_INVALID", basis: "some basis" });
    expect(byPath["worker.other"]?.code).toBe("SCHEMA_INVALID");
    expect(byPath["worker.tags"]?.code).toBe("SCHEMA_TOO_SMALL");
    expect(byPath["worker.union"]?.code).toBe("SCHEMA_INVALID");
    expect(byPath["worker.big"]).toMatchObject({ code: "SCHEMA_TOO_BIG", params: { maximum: 5 } });
    // One issue per unknown key that reads as a field name, at its own path; never its value.
    expect(byPath["worker.extra"]).toEqual({
      code: "SCHEMA_UNKNOWN_KEY",
      severity: "error",
      path: ["worker", "extra"],
    });
    expect(JSON.stringify(issues)).not.toContain("3201014101990001");
    expect(JSON.stringify(issues)).not.toContain("secret");
  });

  it("names an unknown key only when it reads as a field name, and counts the others", () => {
    const input = {
      name: "ab",
      extra: 1,
      other_1: 2,
      "3201014101990001": 3,
      "Siti Aminah": 4,
      ["k".repeat(65)]: 5,
    };
    const parsed = z.strictObject({ name: z.string() }).safeParse(input);
    if (parsed.success) throw new Error("expected failure");
    expect(issuesFromZod(parsed.error.issues, ["ktp"], input, { unknownKeySeverity: "warning" })).toEqual([
      { code: "SCHEMA_UNKNOWN_KEY", severity: "warning", path: ["ktp", "extra"] },
      { code: "SCHEMA_UNKNOWN_KEY", severity: "warning", path: ["ktp", "other_1"] },
      { code: "SCHEMA_UNRECOGNIZED_KEYS", severity: "warning", path: ["ktp"], params: { count: 3 } },
    ]);
  });

  it("tells a missing field from a field of the wrong type", () => {
    const parsed = z.object({ a: z.string(), b: z.string() }).safeParse({ b: 1 });
    if (parsed.success) throw new Error("expected failure");
    const issues = issuesFromZod(parsed.error.issues, [], { b: 1 });
    expect(issues.map((i) => [i.path[0], i.code])).toEqual([
      ["a", "INPUT_REQUIRED"],
      ["b", "SCHEMA_INVALID_TYPE"],
    ]);
    // Without the input every type problem reads as a missing value; inherited keys do not count.
    expect(issuesFromZod(parsed.error.issues).map((i) => i.code)).toEqual([
      "INPUT_REQUIRED",
      "INPUT_REQUIRED",
    ]);
    expect(issuesFromZod(parsed.error.issues, [], Object.create({ b: 1 }))[1]?.code).toBe("INPUT_REQUIRED");
  });

  it("reports a missing enum or union field as required, a wrong one as invalid", () => {
    const schema = z.object({ route: z.enum(["P3MI", "INDIVIDUAL"]), id: z.union([z.string(), z.number()]) });
    const missing = schema.safeParse({});
    if (missing.success) throw new Error("expected failure");
    expect(issuesFromZod(missing.error.issues, [], {}).map((i) => [i.path[0], i.code])).toEqual([
      ["route", "INPUT_REQUIRED"],
      ["id", "INPUT_REQUIRED"],
    ]);
    const wrong = schema.safeParse({ route: "X", id: true });
    if (wrong.success) throw new Error("expected failure");
    expect(issuesFromZod(wrong.error.issues, [], { route: "X", id: true }).map((i) => i.code)).toEqual([
      "SCHEMA_INVALID_VALUE",
      "SCHEMA_INVALID",
    ]);
  });

  it("maps array indexes as numbers and nested paths", () => {
    const parsed = z
      .object({ list: z.array(z.object({ x: z.number() })) })
      .safeParse({ list: [{ x: 1 }, { x: null }] });
    if (parsed.success) throw new Error("expected failure");
    expect(issuesFromZod(parsed.error.issues, [], { list: [{ x: 1 }, { x: null }] })[0]).toMatchObject({
      path: ["list", 1, "x"],
      code: "SCHEMA_INVALID_TYPE",
    });
  });
});
