import { describe, expect, it } from "vitest";
import {
  crossCheckNik,
  groupIssuesByPath,
  type Issue,
  parseKkNumber,
  parseNik,
  type Result,
} from "../../src/index.js";
import { COUNTRIES, parseCountryCode, parseLabel } from "../../src/reference/index.js";

// The parsers' `path` option, read one way by all of them (src/_lib/path-option.ts): an own array
// is used, anything else ignored, and the issues are always at an array path.
const REFERENCE_DATE = "2026-01-01";
const PARSERS: readonly [string, (options: unknown) => Result<unknown>][] = [
  ["parseNik", (o) => parseNik("0001014101990001", withDate(o) as never)],
  ["parseKkNumber", (o) => parseKkNumber("0001010203040005", o as never)],
  ["parseLabel", (o) => parseLabel(COUNTRIES, "Atlantis", o as never)],
  ["parseCountryCode", (o) => parseCountryCode("XX", o as never)],
  [
    "crossCheckNik",
    (o) => crossCheckNik("0001014101990001", { birthDate: "1999-01-01", sex: "F" }, withDate(o) as never),
  ],
];

/** The options with the reference date NIKs need, kept as an own field (or the odd options as given). */
function withDate(options: unknown): unknown {
  if (typeof options !== "object" || options === null) return { referenceDate: REFERENCE_DATE };
  const copy = Object.create(Object.getPrototypeOf(options)) as Record<string, unknown>;
  Object.assign(copy, options, { referenceDate: REFERENCE_DATE });
  return copy;
}

const pathsOf = (result: Result<unknown>) => (result.ok ? [] : result.issues.map((i: Issue) => i.path));

describe("the path option of the parsers", () => {
  it("puts every issue at the path given", () => {
    for (const [name, parse] of PARSERS) {
      const paths = pathsOf(parse({ path: ["form", 0, "field"] }));
      expect(paths.length, name).toBeGreaterThan(0);
      for (const path of paths) expect(path, name).toEqual(["form", 0, "field"]);
    }
  });

  it("ignores options that are not an object, a path that is not an array and an inherited path, without throwing", () => {
    const odd: unknown[] = [
      undefined,
      null,
      "path",
      5,
      { path: "nik" },
      { path: 5 },
      Object.create({ path: ["inherited"] }),
    ];
    for (const [name, parse] of PARSERS) {
      for (const options of odd) {
        const result = parse(options);
        expect(result.ok, name).toBe(false);
        for (const path of pathsOf(result)) expect(path, `${name} ${String(options)}`).toEqual([]);
        // The issues can be grouped for a form (a string path used to break it).
        expect(() => groupIssuesByPath(result.ok ? [] : result.issues), name).not.toThrow();
      }
    }
  });

  it("reads the NIK's reference date as an own field only", () => {
    const inherited = Object.create({ referenceDate: REFERENCE_DATE });
    expect(parseNik("3201014101990001", inherited).ok).toBe(false);
    expect(parseNik("3201014101990001", { referenceDate: REFERENCE_DATE }).ok).toBe(true);
  });

  it("puts crossCheckNik's warnings at the NIK's path, as the dossier check does", () => {
    const check = crossCheckNik(
      "3201014101990001",
      { birthDate: "1999-01-02", sex: "M" },
      {
        referenceDate: REFERENCE_DATE,
        path: ["worker", "nik"],
      },
    );
    expect(check.ok && check.value.warnings.map((w) => [w.code, w.path])).toEqual([
      ["NIK_BIRTH_DATE_MISMATCH", ["worker", "nik"]],
      ["NIK_SEX_MISMATCH", ["worker", "nik"]],
    ]);
  });
});
