import fc from "fast-check";
import { describe, expect, it } from "vitest";
import dossierJsonSchema from "../../schemas/dossier.schema.json" with { type: "json" };
import { DOCUMENT_KIND_CODES } from "../../src/documents/index.js";
import { redactionCodeTables, redactionFieldPaths } from "../../src/documents/redaction-spec.js";
import { redactDossier } from "../../src/index.js";
import { runs } from "../runs.js";
import { NIK, validDossier } from "./fixtures.js";

const PASSPORT_NUMBER = "X1234567";
const NIK_AS_NUMBER = 3201014108900001;

describe("redactDossier", () => {
  it("masks every personal field and keeps codes, dates of validity and amounts", () => {
    const redacted = redactDossier(validDossier("2026-02-01"));
    expect(redacted.documents.KTP_EL).toEqual({
      nik: "320101**********",
      name: "[redacted]",
      birthPlace: "[redacted]",
      birthDate: "[redacted]",
      sex: "F",
      address: "[redacted]",
    });
    expect(redacted.documents.KK?.number).toBe("320101**********");
    expect(redacted.documents.KK?.members).toEqual([
      { nik: "320101**********", name: "[redacted]", birthDate: "[redacted]", relation: "[redacted]" },
      { nik: "320101**********", name: "[redacted]", birthDate: "[redacted]", relation: "[redacted]" },
    ]);
    expect(redacted.documents.PASSPORT).toMatchObject({ number: "[redacted]", expiryDate: "2030-09-01" });
    expect(redacted.documents.EMPLOYMENT_CONTRACT).toMatchObject({
      workerIdNumber: "320101**********",
      position: "CAREGIVER",
      durationMonths: 24,
      wage: { amount: 20_000, currency: "TWD", paymentMethod: "[redacted]" },
    });
    expect(redacted.documents.SOCSEC_CARD).toMatchObject({
      programs: ["JKK", "JKM"],
      preWorkContribution: 37_500,
    });
    expect(redacted.documents.FAMILY_CONSENT?.acknowledgedBy).toEqual({
      role: "KEPALA_DESA",
      date: "2025-10-03",
    });
    const json = JSON.stringify(redacted);
    for (const secret of [
      NIK,
      "Siti",
      "Aminah",
      PASSPORT_NUMBER,
      "Melati",
      "1998-04-02",
      "Ahmad",
      "Chen Family",
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it("leaves health data out unless the caller asks for it (UU 27/2022 Pasal 4 ayat 2)", () => {
    const dossier = {
      worker: { pregnant: true, youngestChildBirthDate: "2025-06-01" },
      documents: {
        HEALTH_CERT: {
          destination: "TW",
          issueDate: "2026-01-02",
          conclusion: "UNFIT",
          examinations: ["HIV"],
        },
      },
    };
    const plain = redactDossier(dossier);
    expect(plain.worker).toEqual({ youngestChildBirthDate: "[redacted]" });
    expect(plain.documents.HEALTH_CERT).toEqual({ destination: "TW", issueDate: "2026-01-02" });
    expect(JSON.stringify(plain)).not.toMatch(/UNFIT|HIV|pregnant/);
    const kept = redactDossier(dossier, { keepHealthData: true });
    expect(kept.worker).toEqual({ pregnant: true, youngestChildBirthDate: "[redacted]" });
    expect(kept.documents.HEALTH_CERT).toEqual({
      destination: "TW",
      issueDate: "2026-01-02",
      conclusion: "UNFIT",
      examinations: ["[redacted]"],
    });
    // Only an own `true` asks for it.
    for (const options of [{ keepHealthData: "yes" }, Object.create({ keepHealthData: true }), [], null, 1]) {
      expect(redactDossier(dossier, options as never).worker).toEqual({
        youngestChildBirthDate: "[redacted]",
      });
    }
    const unfitAsked = redactDossier(
      { worker: { pregnant: "yes" }, documents: { HEALTH_CERT: { conclusion: "HIV_POSITIVE" } } },
      { keepHealthData: true },
    );
    expect(unfitAsked).toEqual({
      worker: { pregnant: "[invalid]" },
      documents: { HEALTH_CERT: { conclusion: "[invalid]" } },
    });
  });

  it("leaves out a fit-to-return letter unless asked for health data: it is issued for a sick worker", () => {
    const dossier = {
      documents: { FIT_TO_RETURN: { date: "2027-05-02" }, HANDOVER_RECORD: { date: "2027-05-04" } },
    };
    expect(redactDossier(dossier).documents).toEqual({ HANDOVER_RECORD: { date: "2027-05-04" } });
    expect(redactDossier(dossier, { keepHealthData: true }).documents).toEqual({
      FIT_TO_RETURN: { date: "2027-05-02" },
      HANDOVER_RECORD: { date: "2027-05-04" },
    });
  });

  it("prints no column-shifted value: a passport number in a code, a NIK typed as a number in an amount", () => {
    const redacted = redactDossier({
      documents: {
        KTP_EL: { sex: PASSPORT_NUMBER },
        PASSPORT: { sex: "M", issueDate: PASSPORT_NUMBER },
        OPP_CERT: { hours: NIK_AS_NUMBER },
        PLACEMENT_AGREEMENT: { costs: [{ component: PASSPORT_NUMBER, chargedToWorker: NIK_AS_NUMBER }] },
        EMPLOYMENT_CONTRACT: {
          position: "SITI_AMINAH",
          destination: "XX",
          durationMonths: 24.5,
          wage: { amount: NIK_AS_NUMBER, currency: "SIT" },
          clauses: ["RETURN", PASSPORT_NUMBER],
        },
        SOCSEC_CARD: { preWorkContribution: NIK_AS_NUMBER, programs: [PASSPORT_NUMBER] },
        JOB_ORDER: { positions: ["CAREGIVER", PASSPORT_NUMBER] },
        HANDOVER_RECORD: { recipientRelation: PASSPORT_NUMBER },
      },
    });
    expect(redacted.documents).toEqual({
      KTP_EL: { sex: "[invalid]" },
      PASSPORT: { sex: "M", issueDate: "[invalid]" },
      OPP_CERT: { hours: "[invalid]" },
      PLACEMENT_AGREEMENT: { costs: [{ component: "[invalid]", chargedToWorker: "[invalid]" }] },
      EMPLOYMENT_CONTRACT: {
        position: "[invalid]",
        destination: "[invalid]",
        durationMonths: "[invalid]",
        wage: { amount: "[invalid]", currency: "[invalid]" },
        clauses: ["RETURN", "[invalid]"],
      },
      SOCSEC_CARD: { preWorkContribution: "[invalid]", programs: ["[invalid]"] },
      JOB_ORDER: { positions: ["CAREGIVER", "[invalid]"] },
      HANDOVER_RECORD: { recipientRelation: "[redacted]" },
    });
    const json = JSON.stringify(redacted);
    expect(json).not.toContain(PASSPORT_NUMBER);
    expect(json).not.toContain(String(NIK_AS_NUMBER));
  });

  it("keeps an amount at both ends of its range and marks one just outside", () => {
    const at = (hours: number) =>
      redactDossier({ documents: { OPP_CERT: { hours } } }).documents.OPP_CERT?.hours;
    expect(at(0)).toBe(0);
    expect(at(1000)).toBe(1000);
    expect(at(-0.5)).toBe("[invalid]");
    expect(at(1000.5)).toBe("[invalid]");
    expect(at(Number.NaN)).toBe("[invalid]");
    const months = (durationMonths: number) =>
      redactDossier({ documents: { EMPLOYMENT_CONTRACT: { durationMonths } } }).documents.EMPLOYMENT_CONTRACT
        ?.durationMonths;
    expect(months(1)).toBe(1);
    expect(months(600)).toBe(600);
    expect(months(0)).toBe("[invalid]");
    expect(months(601)).toBe("[invalid]");
    const cost = (chargedToWorker: unknown) => {
      const redacted = redactDossier({
        documents: { PLACEMENT_AGREEMENT: { costs: [{ chargedToWorker }] } },
      });
      const costs = redacted.documents.PLACEMENT_AGREEMENT?.costs as Record<string, unknown>[];
      return costs[0]?.chargedToWorker;
    };
    expect(cost(1e9)).toBe(1e9);
    expect(cost(1e9 + 1)).toBe("[invalid]");
    expect(cost("0")).toBe("[invalid]");
    expect(cost(10n)).toBe("[invalid]");
  });

  it("builds the output from fresh plain arrays: an Array subclass's own methods and toJSON decide nothing", () => {
    class Sneaky<T> extends Array<T> {
      toJSON() {
        return [PASSPORT_NUMBER];
      }
    }
    const positions = Sneaky.from(["CAREGIVER"]) as Sneaky<string>;
    const members = Sneaky.from([{ nik: NIK }]);
    const redacted = redactDossier({ documents: { JOB_ORDER: { positions }, KK: { members } } });
    const json = JSON.stringify(redacted);
    expect(json).not.toContain(PASSPORT_NUMBER);
    expect(Object.getPrototypeOf(redacted.documents.JOB_ORDER?.positions)).toBe(Array.prototype);
    expect(Object.getPrototypeOf(redacted.documents.KK?.members)).toBe(Array.prototype);
    expect(redacted.documents.JOB_ORDER?.positions).toEqual(["CAREGIVER"]);
  });

  it("marks a list that is not an array, typed arrays included", () => {
    const redacted = redactDossier({
      documents: { JOB_ORDER: { positions: new Uint8Array([1, 2]) }, KK: { members: { 0: { nik: NIK } } } },
    });
    expect(redacted.documents).toEqual({
      JOB_ORDER: { positions: "[invalid]" },
      KK: { members: "[invalid]" },
    });
  });

  it("reads each field once, own fields only, and leaves the input unchanged and unfrozen", () => {
    let reads = 0;
    const ktp = {
      get sex() {
        reads += 1;
        return reads === 1 ? "F" : PASSPORT_NUMBER;
      },
    };
    expect(redactDossier({ documents: { KTP_EL: ktp } }).documents.KTP_EL).toEqual({ sex: "F" });
    expect(reads).toBe(1);
    const dossier = validDossier();
    const before = structuredClone(dossier);
    redactDossier(dossier, { keepHealthData: true });
    expect(dossier).toStrictEqual(before);
    expect(Object.isFrozen(dossier.documents?.KK?.members)).toBe(false);
  });

  it("lets a throwing getter of the caller's propagate, unchanged", () => {
    const boom = new Error("caller's getter");
    const ktp = Object.defineProperty({}, "sex", {
      enumerable: true,
      get() {
        throw boom;
      },
    });
    expect(() => redactDossier({ documents: { KTP_EL: ktp } })).toThrow(boom);
  });

  it("holds its code tables equal to the document schemas' enums, and members of their patterns", () => {
    type JsonSchema = {
      enum?: string[];
      pattern?: string;
      items?: JsonSchema;
      properties?: Record<string, JsonSchema>;
      anyOf?: JsonSchema[];
    };
    const documents = (dossierJsonSchema as { properties: { documents: JsonSchema } }).properties.documents;
    const root: JsonSchema = {
      properties: {
        ...documents.properties,
        worker: (dossierJsonSchema as { properties: { worker: JsonSchema } }).properties.worker,
      },
    };
    const tables = redactionCodeTables();
    expect(Object.keys(tables).length).toBeGreaterThan(20);
    for (const [path, table] of Object.entries(tables)) {
      let node: JsonSchema | undefined = root;
      for (const part of path.split(".")) {
        const name = part.replace("[]", "");
        node = node?.properties?.[name];
        if (part.endsWith("[]")) node = node?.items;
      }
      if (node?.items !== undefined) node = node.items;
      expect(node, path).toBeDefined();
      if (node?.enum !== undefined) expect([...table].sort(), path).toEqual([...node.enum].sort());
      else {
        expect(node?.pattern, path).toBeTypeOf("string");
        const pattern = new RegExp(node?.pattern as string);
        for (const entry of table) expect(entry, path).toMatch(pattern);
      }
    }
    // Every enum field of the schemas is redacted against a table (none is left as open text).
    const enumPaths: string[] = [];
    const walk = (path: string, node: JsonSchema) => {
      if (node.enum !== undefined) enumPaths.push(path);
      if (node.items !== undefined)
        walk(node.items.properties === undefined ? path : `${path}[]`, node.items);
      for (const [key, child] of Object.entries(node.properties ?? {}))
        walk(path === "" ? key : `${path}.${key}`, child);
    };
    walk("", root);
    expect(enumPaths.filter((path) => !(path in tables))).toEqual([]);
  });

  it("names every field of every document schema and of the worker facts (none dropped as unknown)", () => {
    type JsonSchema = { items?: JsonSchema; properties?: Record<string, JsonSchema> };
    const { documents, worker } = (dossierJsonSchema as { properties: Record<string, JsonSchema> })
      .properties;
    const schemaPaths: string[] = [];
    const walk = (path: string, node: JsonSchema) => {
      const items = node.items;
      if (items?.properties !== undefined) walk(`${path}[]`, items);
      else if (node.properties === undefined) schemaPaths.push(path);
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(`${path}.${key}`, child);
    };
    for (const [kind, node] of Object.entries(documents?.properties ?? {})) walk(kind, node);
    walk("worker", worker as JsonSchema);
    // A list of codes or texts is one field for the redaction (its items are treated alike).
    const redacted = redactionFieldPaths().map((path) => path.replace(/\[\]$/, ""));
    expect(schemaPaths.length).toBeGreaterThan(100);
    expect([...new Set(redacted)].sort()).toEqual([...new Set(schemaPaths)].sort());
  });

  it("works on anything without throwing and never returns a personal input string (property)", () => {
    const secret = fc.string({ minLength: 6 }).map((s) => `zq${s}`);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        expect(redactDossier(input, options as never).documents).toBeTypeOf("object");
      }),
      { numRuns: runs(200) },
    );
    fc.assert(
      fc.property(
        secret,
        secret,
        secret,
        fc.constantFrom(...DOCUMENT_KIND_CODES),
        fc.boolean(),
        (name, number, address, kind, keepHealthData) => {
          // The same secrets in every field of the kind, codes and amounts included.
          const everywhere = Object.fromEntries(
            [
              "number",
              "name",
              "address",
              "sex",
              "status",
              "relation",
              "destination",
              "position",
              "conclusion",
              "currency",
              "component",
            ].map((key) => [key, name]),
          );
          const input = {
            worker: { pregnant: number, youngestChildBirthDate: address },
            documents: {
              KTP_EL: { nik: name, name, address, sex: number },
              PASSPORT: { number, name },
              [kind]: {
                ...everywhere,
                consenterName: name,
                spouseName: name,
                employerName: name,
                positions: [number],
                programs: [address],
              },
            },
          };
          const json = JSON.stringify(redactDossier(input, { keepHealthData }));
          for (const value of [name, number, address])
            expect(json).not.toContain(JSON.stringify(value).slice(1, -1));
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
