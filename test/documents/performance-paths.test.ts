import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { digitsOf, digitsOnly, normaliseName, sameName } from "../../src/_lib/normalise.js";
import { checkValidatedDossier } from "../../src/documents/check-dossier.js";
import { resolveContext } from "../../src/documents/context.js";
import { documentSchemas, dossierContextSchema } from "../../src/documents/index.js";
import { documentsSchema, workerFactsSchema } from "../../src/documents/schemas.js";
import { validateDocument } from "../../src/documents/validate-document.js";
import { checkDossier, crossCheckNik, dossierSchema } from "../../src/index.js";
import { runs } from "../runs.js";
import { nikFor, patch, validContext, validDossier } from "./fixtures.js";

// The fast paths added for performance must agree with the plain ones they stand in for.

describe("sameName agrees with normaliseName", () => {
  // Besides ASCII: composed and combining letters, a mark that composes with a symbol (< and U+0338
  // make U+226E), compatibility forms (fullwidth A, Kelvin sign, one half, acute accent), a
  // no-break and a zero-width space, and a capital whose lower case is two characters.
  const alphabet = fc.constantFrom(
    ..."aAbBeEkKzZ0129 -.,'!~_@[`{<=\t\u00e9\u00c9\u0301\u0338\uff21\u212a\u00bd\u00b4\u00a0\u200b\u0130".split(
      "",
    ),
  );
  const name = fc.array(alphabet, { maxLength: 12 }).map((chars) => chars.join(""));
  it("for any two names (ASCII, punctuation, Unicode, combining marks)", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sameName(a, b)).toBe(normaliseName(a) === normaliseName(b));
      }),
      { numRuns: runs(3000) },
    );
  });
  it("for names of the same length that differ mostly by case", () => {
    fc.assert(
      fc.property(name, fc.array(fc.boolean(), { maxLength: 12 }), fc.nat(), alphabet, (a, flips, at, c) => {
        let b = a
          .split("")
          .map((ch, k) => (flips[k] ? (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()) : ch))
          .join("");
        // Sometimes one character replaced, keeping the length.
        if (b.length > 0 && at % 3 === 0) b = b.slice(0, at % b.length) + c + b.slice((at % b.length) + 1);
        expect(sameName(a, b)).toBe(normaliseName(a) === normaliseName(b));
      }),
      { numRuns: runs(3000) },
    );
  });
  // Case, spacing and punctuation; then ASCII names followed or broken by other characters.
  it.each([
    ["SITI AMINAH", "Siti Aminah", true],
    ["  Siti--Aminah. ", "siti aminah", true],
    ["Siti Aminah", "Siti Aminah Binti Ali", false],
    ["Siti Aminah", "SitiAminah", true],
    ["Nur'aini", "Nuraini", true],
    ["NUR AINI", "nur’aini", true],
    ["", "--", true],
    ["Siti Aminah\u0301", "Siti Aminah", false],
    ["Siti Amine\u0301", "SITI AMIN\u00c9", true],
    ["a<\u0338b", "a\u226eb", true],
    ["Siti\u00a0Aminah", "Siti Aminah", true],
    ["Siti Aminah\u200b", "Siti Aminah", false],
    ["\u212aarim", "karim", true],
  ])("sameName(%j, %j) is %s", (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
  });
  it("digitsOnly equals digitsOf", () => {
    for (const value of ["3201014204980001", "32.01.01", "", "abc", "12 34"]) {
      expect(digitsOnly(value)).toBe(digitsOf(value));
    }
  });
});

describe("compiled schemas", () => {
  it("every schema compiles (no silent fallback to the interpreter)", () => {
    const all: z.ZodType[] = [
      ...Object.values(documentSchemas()),
      dossierSchema(),
      dossierContextSchema(),
      documentsSchema(),
      workerFactsSchema(),
    ];
    for (const schema of all) {
      const source = (schema as unknown as { _zod: { parent?: z.ZodType } })._zod.parent ?? schema;
      expect(() => z.compile(source, { strict: true })).not.toThrow();
    }
  });
  it("parse valid and invalid dossiers as the interpreter does", () => {
    const interpreted = (dossierSchema() as unknown as { _zod: { parent: z.ZodType } })._zod.parent;
    const samples: unknown[] = [
      validDossier(),
      patch(validDossier(), { PASSPORT: { expiryDate: "2026-02-30" } }),
      { documents: { KTP_EL: { nik: 5 } }, extra: 1 },
      { documents: { PASSPORT: { ...validDossier().documents?.PASSPORT, unknown: "dropped" } } },
      null,
    ];
    for (const sample of samples) {
      expect(dossierSchema().safeParse(sample)).toEqual(interpreted.safeParse(sample));
    }
  });
  it("do not freeze parsed objects", () => {
    const parsed = dossierSchema().parse(validDossier());
    expect(Object.isFrozen(parsed)).toBe(false);
  });
});

describe("validateDocument and checkValidatedDossier", () => {
  const documents = validDossier().documents as Record<string, unknown>;
  const validated = Object.fromEntries(
    Object.entries(documents).map(([kind, raw]) => {
      const result = validateDocument(kind as never, raw);
      if (!result.success) throw new Error(`fixture ${kind} invalid`);
      return [kind, result.data];
    }),
  );

  it("returns deep-frozen documents", () => {
    const kk = validated.KK as { members: readonly object[] };
    expect(Object.isFrozen(kk)).toBe(true);
    expect(Object.isFrozen(kk.members)).toBe(true);
    expect(Object.isFrozen(kk.members[0])).toBe(true);
    expect(validateDocument("PASSPORT", { number: "" }).success).toBe(false);
  });

  /** The lifecycle passes a context it built valid; here it is resolved as checkDossier resolves it. */
  const resolved = (context: unknown) => {
    const { context: valid } = resolveContext(context, () => [], true);
    if (valid === undefined) throw new Error("fixture context invalid");
    return valid;
  };

  it("judges validated documents exactly as checkDossier judges the raw ones", () => {
    for (const context of [validContext(), { ...validContext(), destination: "SA" }]) {
      expect(checkValidatedDossier(validated, resolved(context), true)).toEqual(
        checkDossier({ documents }, context),
      );
    }
  });

  it("reads documents not known to be validated as checkDossier does", () => {
    const mixed = { ...validated, PASSPORT: { ...(documents.PASSPORT as object), expiryDate: "bad" } };
    expect(checkValidatedDossier(mixed, resolved(validContext()), false)).toEqual(
      checkDossier({ documents: mixed }, validContext()),
    );
    const swapped = { ...validated, SKCK: validated.KTP_EL };
    expect(checkValidatedDossier(swapped, resolved(validContext()), false)).toEqual(
      checkDossier({ documents: swapped }, validContext()),
    );
    const inherited = Object.create({ PASSPORT: validated.PASSPORT }) as Record<string, unknown>;
    expect(checkValidatedDossier(inherited, resolved(validContext()), false)).toEqual(
      checkDossier({ documents: inherited }, validContext()),
    );
  });

  it("builds, when asked for some kinds only, exactly the full check's issues about those kinds", () => {
    // A dossier with problems of several kinds: expired passport, missing OPP certificate and
    // E-KPMI, a contract without its wage.
    const { KTP_EL, KK, PASSPORT, EMPLOYMENT_CONTRACT, OPP_CERT: _opp, E_KPMI: _ekpmi, ...rest } = validated;
    const flawed = {
      ...rest,
      KTP_EL,
      KK,
      PASSPORT: { ...(PASSPORT as object), expiryDate: "2020-01-01" },
      EMPLOYMENT_CONTRACT: { ...(EMPLOYMENT_CONTRACT as object), wage: undefined },
    };
    const kinds = Object.keys(validated);
    const subsets = fc.subarray(kinds).map((picked) => new Set<string>(picked));
    for (const validatedFlag of [true, false]) {
      const full = checkValidatedDossier(flawed, resolved(validContext()), validatedFlag);
      expect(full.issues.length).toBeGreaterThan(3);
      fc.assert(
        fc.property(subsets, (only) => {
          const some = checkValidatedDossier(flawed, resolved(validContext()), validatedFlag, only);
          const wanted = full.issues.filter((issue) => only.has(issue.documentKind ?? ""));
          expect(some.issues.filter((issue) => only.has(issue.documentKind ?? ""))).toEqual(wanted);
          if (validatedFlag) expect(some.issues).toEqual(wanted);
          expect(some.missing).toEqual(full.missing);
        }),
        { numRuns: runs(200) },
      );
    }
  });

  it("checkDossier judges validated documents as the raw ones, and never an inherited document", () => {
    expect(checkDossier({ documents: validated }, validContext())).toEqual(
      checkDossier({ documents }, validContext()),
    );
    const inherited = Object.create(documents) as Record<string, unknown>;
    inherited.KTP_EL = documents.KTP_EL;
    const check = checkDossier({ documents: inherited }, validContext());
    expect(check.missing).toContain("PASSPORT");
  });
});

describe("the NIK rule agrees with crossCheckNik", () => {
  it("for any NIK, declared birth date and sex", () => {
    const digits = fc.array(fc.constantFrom(..."0123456789"), { minLength: 16, maxLength: 16 });
    const nik = fc.oneof(
      digits.map((d) => d.join("")),
      // Real-looking NIKs: a province, a birth day (women +40), month and year.
      fc
        .tuple(
          fc.constantFrom("32", "31", "00", "99"),
          fc.integer({ min: 0, max: 72 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 99 }),
          fc.constantFrom("0001", "0000"),
        )
        .map(
          ([p, d, m, y, s]) =>
            `${p}0101${String(d).padStart(2, "0")}${String(m).padStart(2, "0")}${String(y).padStart(2, "0")}${s}`,
        ),
    );
    const sexes = fc.constantFrom("M" as const, "F" as const);
    const valid = fc.constantFrom("1998-04-02", "2098-04-02", "1998-05-02", "1900-02-28", "2000-02-29");
    fc.assert(
      fc.property(nik, valid, sexes, sexes, fc.nat(40), fc.nat(9), (random, date, sex, nikSex, at, digit) => {
        // Mostly the NIK of a birth date and sex, with one digit changed now and then.
        let n = at < 16 ? random : nikFor(date, nikSex);
        if (at >= 16 && at < 32) n = n.slice(0, at - 16) + String(digit) + n.slice(at - 15);
        const context = validContext();
        const dossier = patch(validDossier(), { KTP_EL: { nik: n, birthDate: date, sex } });
        const got = checkDossier(dossier, context).issues.filter(
          (i) => i.documentKind === "KTP_EL" && i.path[2] === "nik",
        );
        const checked = crossCheckNik(n, { birthDate: date, sex }, { referenceDate: context.asOf });
        const expected = (checked.ok ? checked.value.warnings : checked.issues).map((i) => ({
          ...i,
          path: ["documents", "KTP_EL", "nik", ...i.path],
          documentKind: "KTP_EL",
          policyId: "ID-2025-P2MI",
          basis: i.basis ?? expect.any(String),
        }));
        expect(got).toEqual(expected);
      }),
      { numRuns: runs(1500) },
    );
  });
});

describe("the age rule reads the birth date where declaredBirthDate does", () => {
  it("takes the passport's birth date, and its path, when there is no KTP-el", () => {
    const young = patch(validDossier(), {
      KTP_EL: undefined,
      PASSPORT: { birthDate: "2010-06-01" },
    });
    const issues = checkDossier(young, validContext()).issues.filter((i) => i.code.startsWith("AGE_BELOW"));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.path).toEqual(["documents", "PASSPORT", "birthDate"]);
  });
});
