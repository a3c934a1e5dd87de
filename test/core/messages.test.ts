import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { renderLabels } from "../../scripts/generate-labels.js";
import { issuesFromZod } from "../../src/_lib/zod-issues.js";
import { EN_CATALOGUE_LABELS } from "../../src/core/messages/en-labels.generated.js";
import { ID_CATALOGUE_LABELS } from "../../src/core/messages/id-labels.generated.js";
import { LABELS } from "../../src/core/messages/terms.js";
import { CONTRACT_MINIMUM_CONTENT, DOSSIER_STAGES } from "../../src/documents/index.js";
import { redactionCodeTables } from "../../src/documents/redaction-spec.js";
import { SPSK_CONDITIONS } from "../../src/documents/rules/destination.js";
import {
  COUNTRIES,
  checkDossier,
  createIssue,
  DOCUMENT_KINDS,
  EN_MESSAGES,
  EVENT_TYPES,
  formatIssue,
  formatTimelineDate,
  groupIssuesByPath,
  ID_MESSAGES,
  type Issue,
  type IssueCode,
  replay,
  STATES,
} from "../../src/index.js";
import {
  COMPLAINT_STATUSES,
  DEPARTURE_FAILURE_REASONS,
  EVENT_LABELS,
  HANDOVER_RECIPIENTS,
  PHASES,
  REMAINS_STATUSES,
} from "../../src/lifecycle/index.js";
import { COST_COMPONENTS } from "../../src/policies/index.js";
import * as REFERENCE from "../../src/reference/index.js";
import { POSITIONS, RETURN_REASONS } from "../../src/reference/index.js";

const CODE_TABLES = redactionCodeTables();
const codes = Object.keys(ID_MESSAGES) as IssueCode[];
const SLOT = /\{(\w+)(?::(\w+))?\}/g;
const RAW_CODE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[A-Z][a-z]+[A-Z][A-Za-z]+\b/;

/** A parameter value of the right kind: the first code of its label table, else a number. */
function sampleParams(code: IssueCode): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [, name, kind] of ID_MESSAGES[code].matchAll(SLOT)) {
    if (kind === "path" || name === undefined) continue;
    if (kind === undefined) params[name] = 3;
    else if (kind === "any") params[name] = "KTP_EL, HK";
    else params[name] = Object.keys(LABELS.id[kind] ?? {})[0] ?? "";
  }
  return params;
}

describe("the message tables", () => {
  it("name every catalogue code as the catalogues do (the generated labels are not stale)", () => {
    const pick = (table: object, field: "name" | "label", lang: "id" | "en") =>
      Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[field][lang]]));
    for (const [lang, labels] of [
      ["id", ID_CATALOGUE_LABELS],
      ["en", EN_CATALOGUE_LABELS],
    ] as const) {
      expect(labels.document).toEqual(pick(DOCUMENT_KINDS, "name", lang));
      expect(labels.state).toEqual(pick(STATES, "label", lang));
      expect(labels.complaintStatus).toEqual(pick(COMPLAINT_STATUSES, "label", lang));
      expect(labels.country).toEqual(pick(COUNTRIES, "label", lang));
      expect(labels.event).toEqual(
        Object.fromEntries(Object.entries(EVENT_LABELS).map(([k, v]) => [k, v[lang]])),
      );
      expect(labels.costComponent).toEqual(pick(COST_COMPONENTS, "label", lang));
      expect(labels.returnReason).toEqual(pick(RETURN_REASONS, "label", lang));
      expect(labels.position).toEqual(pick(POSITIONS, "label", lang));
      expect(labels.placementRoute).toEqual(pick(REFERENCE.PLACEMENT_ROUTES, "label", lang));
      expect(labels.currency).toEqual(pick(REFERENCE.CURRENCIES, "label", lang));
      expect(labels.phase).toEqual(pick(PHASES, "label", lang));
      expect(labels.workerCategory).toEqual(pick(REFERENCE.WORKER_CATEGORIES, "label", lang));
      expect(labels.employerType).toEqual(pick(REFERENCE.EMPLOYER_TYPES, "label", lang));
      expect(labels.sector).toEqual(pick(REFERENCE.SECTORS, "label", lang));
      expect(labels.complaintCategory).toEqual(pick(REFERENCE.COMPLAINT_CATEGORIES, "label", lang));
      expect(labels.complaintChannel).toEqual(pick(REFERENCE.COMPLAINT_CHANNELS, "label", lang));
    }
  });

  it("are what scripts/generate-labels.ts writes", () => {
    for (const lang of ["id", "en"] as const) {
      const file = new URL(`../../src/core/messages/${lang}-labels.generated.ts`, import.meta.url);
      expect(readFileSync(file, "utf8"), lang).toBe(renderLabels(lang));
    }
  });

  it("name every taxonomy parseLabel reports", () => {
    const tables = Object.entries(REFERENCE).filter(
      ([name, value]) => /^[A-Z_]+$/.test(name) && !Array.isArray(value) && typeof value === "object",
    );
    expect(tables.length).toBeGreaterThan(10);
    for (const [name, table] of [...tables, ["custom", { X: { code: "X", label: { id: "x", en: "x" } } }]]) {
      const result = REFERENCE.parseLabel(table as never, "no such label anywhere");
      const taxonomy = result.ok ? undefined : result.issues[0]?.params?.taxonomy;
      for (const lang of ["id", "en"] as const)
        expect(LABELS[lang].taxonomy?.[String(taxonomy)], `${name} ${lang}`).toBeDefined();
    }
  });

  it("name every code of the vocabularies that have no catalogue names, in both locales", () => {
    const vocabularies = {
      contractItem: [...new Set(CONTRACT_MINIMUM_CONTENT.map((entry) => entry.item))],
      remainsStatus: [...REMAINS_STATUSES],
      rounding: ["half-up", "truncate"],
      numberLocale: ["id", "en"],
      dossierStage: [...DOSSIER_STAGES],
      maritalStatus: CODE_TABLES["MARITAL_STATUS.status"],
      consentRelation: CODE_TABLES["FAMILY_CONSENT.relation"],
      villageRole: CODE_TABLES["FAMILY_CONSENT.acknowledgedBy.role"],
      healthConclusion: CODE_TABLES["HEALTH_CERT.conclusion"],
      licenceStatus: CODE_TABLES["SIP3MI.status"],
      sex: CODE_TABLES["KTP_EL.sex"],
      witness: CODE_TABLES["HANDOVER_RECORD.witnessedBy"],
      deathDocument: CODE_TABLES["DEATH_DOCS.documents"],
      departureFailure: [...DEPARTURE_FAILURE_REASONS],
      handoverRecipient: [...HANDOVER_RECIPIENTS],
      severity: ["error", "warning"],
      spskCondition: [...SPSK_CONDITIONS],
    };
    for (const [kind, codes] of Object.entries(vocabularies))
      for (const lang of ["id", "en"] as const) {
        expect(Object.keys(LABELS[lang][kind] ?? {}).sort(), `${kind} ${lang}`).toEqual(
          [...(codes as readonly string[])].sort(),
        );
        for (const name of Object.values(LABELS[lang][kind] ?? {})) expect(name).not.toMatch(RAW_CODE);
      }
  });

  it("give every event type an Indonesian name that is not its code", () => {
    for (const type of Object.keys(EVENT_TYPES) as (keyof typeof EVENT_LABELS)[]) {
      expect(EVENT_LABELS[type].id.length, type).toBeGreaterThan(3);
      expect(EVENT_LABELS[type].id).not.toBe(EVENT_LABELS[type].en);
    }
  });

  it("name no event or state by its code (an event's name such as Registered is a code too)", () => {
    const names = [...Object.keys(EVENT_TYPES), ...Object.keys(STATES)];
    for (const code of codes)
      for (const template of [ID_MESSAGES[code], EN_MESSAGES[code]])
        for (const name of names) expect(template, code).not.toMatch(new RegExp(`\\b${name}\\b`));
  });

  it("use only label kinds that exist", () => {
    for (const code of codes)
      for (const template of [ID_MESSAGES[code], EN_MESSAGES[code]])
        for (const [, , kind] of template.matchAll(SLOT))
          if (kind !== undefined && kind !== "path" && kind !== "any")
            expect(LABELS.id[kind], code).toBeDefined();
  });
});

describe("every code, in every locale", () => {
  const paths: (readonly (string | number)[])[] = [
    [],
    ["documents", "PASSPORT", "expiryDate"],
    ["worker", 2, "nik"],
  ];
  it("renders with no placeholder left and no raw code in its text", () => {
    for (const code of codes) {
      for (const path of paths) {
        const issue = { code, severity: "error", path, params: sampleParams(code) } as Issue;
        for (const locale of ["id", "en", "fr"] as const) {
          const text = formatIssue(issue, locale as "en");
          expect(text, `${code} ${locale}`).not.toMatch(/[{}]/);
          expect(text, `${code} ${locale}`).not.toContain("(unknown)");
          expect(text, `${code} ${locale}`).not.toContain(code);
        }
      }
    }
  });

  it("names the codes it prints in words: documents, states, events, countries", () => {
    const missing = createIssue("DOCUMENT_MISSING", ["documents", "JOB_ORDER"], {
      params: { kind: "JOB_ORDER" },
    });
    expect(formatIssue(missing, "id")).toBe(`Dokumen wajib ${DOCUMENT_KINDS.JOB_ORDER.name.id} belum ada.`);
    expect(formatIssue(missing, "en")).not.toContain("JOB_ORDER");
    const refused = createIssue("TRANSITION_NOT_ALLOWED", ["type"], {
      params: { event: "Departed", state: "WORKING" },
    });
    expect(formatIssue(refused, "id")).toBe(
      `Peristiwa "${EVENT_LABELS.Departed.id}" tidak diizinkan dalam status "${STATES.WORKING.label.id}".`,
    );
    const banned = createIssue("DESTINATION_NOT_PERMITTED", [], { params: { country: "SA" } });
    expect(formatIssue(banned, "id")).toContain(COUNTRIES.SA.label.id);
    expect(RAW_CODE.test(formatIssue(refused, "en"))).toBe(false);
  });

  it("says which document holds a bad date", () => {
    const issue = createIssue("DATE_INVALID", ["documents", "PASSPORT", "expiryDate"]);
    expect(formatIssue(issue, "id")).toContain(DOCUMENT_KINDS.PASSPORT.name.id);
    expect(formatIssue(issue, "en")).toContain(DOCUMENT_KINDS.PASSPORT.name.en);
    expect(formatIssue(issue, "en")).toContain('"expiryDate"');
  });

  it("names a list of allowed values from the one table that holds them all", () => {
    // OTHER stands in four tables under four names: a list is named from its own table.
    const lists = [
      ["complaintChannel", REFERENCE.COMPLAINT_CHANNEL_CODES],
      ["complaintCategory", REFERENCE.COMPLAINT_CATEGORY_CODES],
      ["departureFailure", DEPARTURE_FAILURE_REASONS],
      ["returnReason", REFERENCE.RETURN_REASON_CODES],
    ] as const;
    for (const [table, codes] of lists) {
      expect(codes, table).toContain("OTHER");
      for (const locale of ["id", "en"] as const) {
        const names = LABELS[locale][table] as Readonly<Record<string, string>>;
        const issue = createIssue("SCHEMA_INVALID_VALUE", ["x"], { params: { allowed: codes.join(", ") } });
        expect(formatIssue(issue, locale), `${table} ${locale}`).toContain(
          codes.map((code) => names[code]).join(", "),
        );
      }
    }
    // A list no one table holds is still named code by code.
    const mixed = createIssue("SCHEMA_INVALID_VALUE", [], { params: { allowed: "PASSPORT, WORKING" } });
    expect(formatIssue(mixed, "en")).toContain(
      `${DOCUMENT_KINDS.PASSPORT.name.en}, ${STATES.WORKING.label.en}`,
    );
  });

  it("reads as English around the names it prints", () => {
    const refused = createIssue("TRANSITION_NOT_ALLOWED", ["type"], {
      params: { event: "InformationGiven", state: "WORKING" },
    });
    expect(formatIssue(refused, "en")).toBe(
      `The event "${EVENT_LABELS.InformationGiven.en}" is not allowed in state "${STATES.WORKING.label.en}".`,
    );
    const names = createIssue("IDENTITY_NAME_MISMATCH", [], {
      params: { kind: "PASSPORT", other: "KTP_EL" },
    });
    expect(formatIssue(names, "en")).toBe(
      `The name on the ${DOCUMENT_KINDS.PASSPORT.name.en} differs from the name on the ${DOCUMENT_KINDS.KTP_EL.name.en}.`,
    );
    // No English message puts "A" or "a" before a name it fills in (it may start with a vowel).
    for (const [code, template] of Object.entries(EN_MESSAGES)) {
      expect(template, code).not.toMatch(/\b[Aa]n? \{/);
    }
  });

  it("writes a number as the locale writes it, a fraction with its decimal separator", () => {
    const tariff = createIssue("SOCSEC_CONTRIBUTION_BELOW_TARIFF", [], { params: { tariff: 37_500 } });
    expect(formatIssue(tariff, "id")).toContain("Rp37.500");
    expect(formatIssue(tariff, "en")).toContain("Rp37,500");
    const partial = createIssue("STATISTICS_BREAKDOWN_PARTIAL", [], {
      params: { label: "x", residual: 1234.5 },
    });
    expect(formatIssue(partial, "id")).toContain("sisa 1.234,5 ");
    expect(formatIssue(partial, "en")).toContain("1,234.5");
    // Not a number: written as given (a date, a label).
    const seq = createIssue("EVENT_SEQ_GAP", [], { params: { expected: 12 } });
    expect(formatIssue(seq, "en")).toBe("The event sequence has a gap: 12 was expected.");
  });

  it("names an entry of a list the caller passed by its place, counted from 1", () => {
    const history = replay([
      { type: "Registered", seq: 1, at: "2025-01-06T09:00:00+07:00", route: "P3MI" },
      7,
      {
        type: "ComplaintFiled",
        seq: 3,
        at: "2025-01-08T09:00:00+07:00",
        complaintId: "C-1",
        category: "UNPAID_WAGES",
        channel: "FAX",
      },
    ]);
    const issues = history.ok ? [] : history.issues;
    const text = (locale: "id" | "en") => issues.map((issue) => formatIssue(issue, locale));
    expect(issues.map((issue) => issue.path).slice(0, 2)).toEqual([[1], [2, "channel"]]);
    expect(text("id")[0]).toBe("Entri ke-2 harus berupa objek.");
    expect(text("en")[0]).toBe("Entry 2 must be an object.");
    expect(text("id")[1]).toMatch(/^Kolom "channel" pada entri ke-3 harus salah satu dari: /);
    expect(text("en")[1]).toMatch(/^The field "channel" of entry 3 must be one of: /);
    // The 1,000th entry is written as the locale writes numbers; a path that starts with a name is kept.
    const far = createIssue("INPUT_REQUIRED", [999, "at"]);
    expect(formatIssue(far, "id")).toBe('Kolom "at" pada entri ke-1.000 wajib diisi.');
    expect(formatIssue(far, "en")).toBe('The field "at" of entry 1,000 is required.');
    // Only the first index names an entry; the others are written in the field's path.
    expect(formatIssue(createIssue("INPUT_REQUIRED", [0, 1, "x"]), "en")).toBe(
      'The field "[1].x" of entry 1 is required.',
    );
    const nested = createIssue("INPUT_REQUIRED", ["breakdowns", 0, "rows", 3, "count"]);
    expect(formatIssue(nested, "en")).toBe('The field "breakdowns[0].rows[3].count" is required.');
  });

  it("names the type zod expected, records and integers included", () => {
    const submitted = replay([
      { type: "Registered", seq: 1, at: "2025-01-06T09:00:00+07:00", route: "P3MI" },
      { type: "DocumentSubmitted", seq: 2, at: "2025-01-07T09:00:00+07:00", kind: "PASSPORT", document: "x" },
    ]);
    expect(submitted.ok ? [] : submitted.issues.map((i) => formatIssue(i, "en"))).toEqual([
      'The field "document" of entry 2 has the wrong type (expected an object).',
    ]);
    for (const expected of [
      "string",
      "number",
      "int",
      "boolean",
      "object",
      "array",
      "record",
      "date",
      "bigint",
    ])
      for (const locale of ["id", "en"] as const) {
        const text = formatIssue(createIssue("SCHEMA_INVALID_TYPE", ["x"], { params: { expected } }), locale);
        expect(text, `${expected} ${locale}`).not.toMatch(/\(unknown\)|\(tidak dikenal\)/);
      }
  });

  it("prints an unknown code in a labelled slot as unknown, never as itself", () => {
    const issue = createIssue("DOCUMENT_MISSING", [], { params: { kind: "VISA_KERJA" } });
    expect(formatIssue(issue, "en")).not.toContain("VISA_KERJA");
  });
});

/** The form of the library's codes (`JOB_ORDER`, `HALF_UP`): no rendered message may contain one. */
const UPPER_SNAKE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;

/**
 * Realistic values of the unlabelled parameters, by slot name: what the library puts there. A new
 * slot fails the test below until it has one here, so that nobody adds a slot that prints a code.
 */
const REPRESENTATIVE: Readonly<Record<string, string | number>> = {
  actual: 15,
  base: 9_200,
  count: 2,
  date: "2025-03-01",
  decimals: 1,
  earliest: "2017-11-22",
  expected: 16,
  label: "Hong Kong",
  max: 64,
  maximum: 12,
  min: 6,
  minimum: 1,
  minimumAge: 18,
  months: 6,
  residual: 120,
  tariff: "37.500",
};

/**
 * Ways to fill a template: each code of each labelled slot's table in turn, the others at their
 * first. An `any` slot (an enumeration's allowed values) gets codes of the tables; a code no table
 * names would read "(unknown)"; the test below holds every enumeration's codes named.
 */
function paramSets(code: IssueCode): Record<string, string | number>[] {
  const base: Record<string, string | number> = {};
  const labelled: [string, string[]][] = [];
  for (const template of [ID_MESSAGES[code], EN_MESSAGES[code]])
    for (const [, name, kind] of template.matchAll(SLOT)) {
      if (name === undefined || kind === "path") continue;
      if (kind === undefined) {
        expect(REPRESENTATIVE, `a representative value of {${name}} (${code})`).toHaveProperty(name);
        base[name] = REPRESENTATIVE[name] as string | number;
      } else if (kind === "any") base[name] = "KTP_EL, HK, HOUSE_MAID";
      else {
        const all = Object.keys(LABELS.id[kind] ?? {});
        base[name] = all[0] as string;
        labelled.push([name, all]);
      }
    }
  if (labelled.length === 0) return [base];
  return labelled.flatMap(([name, codes]) => codes.map((value) => ({ ...base, [name]: value })));
}

describe("no message prints an UPPER_SNAKE code", () => {
  it("for any issue code, with representative parameters, in either locale", () => {
    for (const code of codes)
      for (const params of paramSets(code))
        for (const locale of ["id", "en"] as const) {
          const text = formatIssue({ code, severity: "error", path: [], params } as Issue, locale);
          expect(text, `${code} ${locale} ${JSON.stringify(params)}`).not.toMatch(UPPER_SNAKE);
          // Nor an event's PascalCase name: events are named by their labels too.
          expect(text, `${code} ${locale} ${JSON.stringify(params)}`).not.toMatch(RAW_CODE);
          expect(text, `${code} ${locale}`).not.toMatch(/[{}]|\(unknown\)|\(tidak (dikenal|diketahui)\)/);
        }
  });

  const cases: [string, IssueCode, Record<string, string>, { id: string; en: string }][] = [
    [
      "{item}",
      "CONTRACT_CONTENT_MISSING",
      { item: "WORKING_HOURS_REST_AND_LEAVE" },
      { id: "waktu kerja, istirahat, dan cuti", en: "working hours, rest and leave" },
    ],
    [
      "{component}",
      "COST_CHARGED_TO_WORKER",
      { component: "ADDITIONAL_MEDICAL_EXAMINATION" },
      COST_COMPONENTS.ADDITIONAL_MEDICAL_EXAMINATION.label,
    ],
    [
      "{status}",
      "GUARD_REMAINS_STEP_OUT_OF_ORDER",
      { status: "IN_TRANSIT" },
      { id: "jenazah dalam perjalanan", en: "remains in transit" },
    ],
    [
      "{dominant}",
      "STATISTICS_ROUNDING_MIXED",
      { count: "2", label: "Taiwan", dominant: "half-up" },
      { id: "setengah ke atas", en: "rounded half-up like" },
    ],
    [
      "{locale}",
      "STATISTICS_NUMBER_UNPARSEABLE",
      { locale: "id" },
      { id: "Indonesia (1.234,5)", en: "Indonesian (1.234,5)" },
    ],
    [
      "{locale} and {other}",
      "STATISTICS_NUMBER_AMBIGUOUS",
      { locale: "en", other: "id" },
      { id: "Inggris (1,234.5), bukan Indonesia", en: "English (1,234.5) format, not Indonesian" },
    ],
    [
      "{reason}",
      "GUARD_RETURN_REASON_NOT_A_RETURN",
      { reason: "LEAVE", useEvent: "LeaveStarted" },
      { id: RETURN_REASONS.LEAVE.label.id, en: RETURN_REASONS.LEAVE.label.en },
    ],
    [
      "{candidates}",
      "REFERENCE_LABEL_AMBIGUOUS",
      { taxonomy: "position", candidates: "HOUSE_MAID, DOMESTIC_WORKER" },
      { id: "Pembantu rumah tangga, Pekerja domestik", en: "House Maid, Domestic Worker" },
    ],
  ];
  it.each(cases)("renders %s by its name in both locales", (_slot, code, params, names) => {
    const issue = createIssue(code, [], { params } as never);
    for (const locale of ["id", "en"] as const) {
      const text = formatIssue(issue, locale);
      expect(text, locale).toContain(names[locale]);
      expect(text, locale).not.toMatch(UPPER_SNAKE);
      for (const value of Object.values(params))
        if (/^[A-Z_]{3,}$/.test(value)) expect(text).not.toContain(value);
    }
  });
});

describe("schema issues", () => {
  const schema = z.strictObject({
    route: z.enum(["P3MI", "INDIVIDUAL"]),
    age: z.number().min(18),
    code: z.string().regex(/^[A-Z]+$/),
  });
  const input = { route: "X", age: 12, code: "abc", departuredate: "2025-01-01", "3201014101990001": 1 };
  const parsed = schema.safeParse(input);
  const issues = parsed.success ? [] : issuesFromZod(parsed.error.issues, ["context"], input);

  it("name their field, list an enumeration's allowed values, name an unknown key's path", () => {
    const texts = issues.map((i) => formatIssue(i, "en"));
    expect(texts).toContain('The field "context.age" is too small or too short (at least 18).');
    expect(texts.find((t) => t.includes('"context.route"'))).toMatch(/must be one of: .+, .+\./);
    expect(texts).toContain('The field "context.code" does not follow the required format.');
    // A key that reads as a field name is named in the path; a key that may be data is counted.
    expect(texts).toContain(
      'The field "context.departuredate" is not a known field; remove it or check its spelling.',
    );
    expect(texts).toContain(
      'The field "context" contains 1 unrecognised field(s); remove them or check their spelling.',
    );
    expect(issues.map((i) => formatIssue(i, "id"))).toContain(
      'Kolom "context.departuredate" bukan kolom yang dikenal; hapus atau periksa ejaannya.',
    );
    for (const text of [...texts, ...issues.map((i) => formatIssue(i, "id"))]) {
      expect(text).not.toMatch(/regex|Nilai terlalu kecil/);
    }
  });
});

/** Every enumeration of a shipped JSON Schema (`enum`, or a union of `const`s), by file and path. */
function shippedEnumerations(): [string, readonly string[]][] {
  const out: [string, readonly string[]][] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, at);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const json = node as Record<string, unknown>;
    if (Array.isArray(json.enum)) out.push([at, json.enum.map(String)]);
    for (const key of ["anyOf", "oneOf"]) {
      const options = json[key];
      if (Array.isArray(options) && options.every((o) => o !== null && typeof o === "object" && "const" in o))
        out.push([at, options.map((o) => String((o as { const: unknown }).const))]);
    }
    for (const [key, child] of Object.entries(json))
      walk(
        child,
        ["properties", "items", "anyOf", "oneOf", "allOf", "$defs"].includes(key) ? at : `${at}.${key}`,
      );
  };
  const folder = new URL("../../schemas/", import.meta.url);
  for (const file of readdirSync(folder))
    walk(JSON.parse(readFileSync(new URL(file, folder), "utf8")), file.replace(".schema.json", ""));
  return out;
}

describe("an enumeration's allowed values", () => {
  // Every enumeration a shipped schema checks (documents, dossier context, events, case, policy),
  // and the code tables redaction keeps (the wage currency is one, though its schema checks only the
  // form of an ISO code), with the route and stage codes from their source.
  const shipped = shippedEnumerations();
  const enumerations: [string, readonly string[]][] = [
    ["placement route", REFERENCE.PLACEMENT_ROUTE_CODES],
    ["dossier stage", DOSSIER_STAGES],
    ...Object.entries(CODE_TABLES),
    ["event type", Object.keys(EVENT_TYPES)],
    ...shipped,
  ];

  it("are found in every shipped schema, lifecycle and policy included", () => {
    const files = new Set(shipped.map(([at]) => at.split(".")[0]));
    for (const file of ["case", "event", "policy", "dossier", "dossier-context", "document-passport"])
      expect(files, file).toContain(file);
    expect(enumerations.flatMap(([, codes]) => codes)).toEqual(
      expect.arrayContaining(["TWD", "ACTIVE", "RECEIVED", "COMPLETED_RETURNED", "warning"]),
    );
  });

  it('are each named in both locales, never "(unknown)" nor a code', () => {
    const unnamed = new Set<string>();
    for (const [name, codes] of enumerations)
      for (const value of codes)
        for (const locale of ["id", "en"] as const) {
          const issue = createIssue("SCHEMA_INVALID_VALUE", [], { params: { allowed: value } });
          const text = formatIssue(issue, locale);
          if (/\(unknown\)|\(tidak (dikenal|diketahui)\)/.test(text) || RAW_CODE.test(text))
            unnamed.add(`${name}: ${value} (${locale})`);
        }
    expect([...unnamed]).toEqual([]);
  });

  it("are listed by name when a schema refuses a value", () => {
    for (const [name, codes] of enumerations) {
      const parsed = z
        .strictObject({ value: z.enum(codes as [string, ...string[]]) })
        .safeParse({ value: "X" });
      const issues = parsed.success ? [] : issuesFromZod(parsed.error.issues, [], { value: "X" });
      expect(issues.length, name).toBe(1);
      for (const locale of ["id", "en"] as const) {
        const text = formatIssue(issues[0] as Issue, locale);
        expect(text, `${name} ${locale}`).not.toMatch(/\(unknown\)|\(tidak (dikenal|diketahui)\)/);
      }
    }
  });
});

describe("canaries never reach a message", () => {
  const NIK = "3201014108900001";
  const NAME = "Siti Aminah Canary";
  const PASSPORT = "X1234567";
  it("from a dossier full of them, or from keys made of them", () => {
    const dossier = {
      documents: {
        KTP_EL: { nik: NAME, name: NIK, birthDate: PASSPORT },
        PASSPORT: { number: NIK, name: PASSPORT, expiryDate: NAME },
        [NIK]: { [PASSPORT]: NAME },
      },
      [PASSPORT]: NIK,
      [NAME]: NIK,
    };
    const result = checkDossier(dossier, { route: "P3MI", stage: "DEPARTURE", departureDate: NIK });
    const extra = [
      createIssue("SCHEMA_UNRECOGNIZED_KEYS", ["documents", NIK], { params: { count: 1 } }),
      createIssue("SCHEMA_UNRECOGNIZED_KEYS", [PASSPORT], { params: { count: 1 } }),
      createIssue("SCHEMA_UNRECOGNIZED_KEYS", [NAME], { params: { count: 1 } }),
      createIssue("SCHEMA_UNKNOWN_KEY", [NAME, PASSPORT]),
      createIssue("DOCUMENT_MISSING", [], { params: { kind: PASSPORT } }),
    ];
    const all = [...result.issues, ...extra];
    expect(all.length).toBeGreaterThan(4);
    for (const issue of all)
      for (const locale of ["id", "en"] as const) {
        const text = formatIssue(issue, locale);
        for (const canary of [NIK, NAME, PASSPORT]) expect(text).not.toContain(canary);
      }
  });
});

describe("groupIssuesByPath", () => {
  it("puts path-less issues on the form and the rest under their dotted path, in order", () => {
    const a = createIssue("INPUT_NOT_OBJECT");
    const b = createIssue("INPUT_REQUIRED", ["worker", "nik"]);
    const c = createIssue("DATE_INVALID", ["worker", "nik"]);
    const d = createIssue("INPUT_REQUIRED", ["list", 2]);
    const e = createIssue("INPUT_REQUIRED", ["__proto__"]);
    const grouped = groupIssuesByPath([a, b, d, c, e]);
    expect(grouped.formIssues).toEqual([a]);
    expect(grouped.fieldIssues["worker.nik"]).toEqual([b, c]);
    expect(grouped.fieldIssues["list.2"]).toEqual([d]);
    expect(grouped.fieldIssues["__proto__"]).toEqual([e]);
    expect(Object.keys(grouped.fieldIssues)).toEqual(["worker.nik", "list.2", "__proto__"]);
    expect(grouped.fieldIssues.toString).toBeUndefined();
  });

  it("keeps every issue exactly once", () => {
    const issues = [
      createIssue("INPUT_REQUIRED", ["a"]),
      createIssue("INPUT_REQUIRED"),
      createIssue("INPUT_REQUIRED", ["a"]),
    ];
    const grouped = groupIssuesByPath(issues);
    const count = grouped.formIssues.length + Object.values(grouped.fieldIssues).flat().length;
    expect(count).toBe(issues.length);
    expect(groupIssuesByPath([])).toEqual({ formIssues: [], fieldIssues: {} });
  });
});

describe("formatTimelineDate", () => {
  it("writes a calendar day in Indonesian or English, whatever the time zone", () => {
    expect(formatTimelineDate("2024-02-29", "id")).toBe("29 Februari 2024");
    expect(formatTimelineDate("2026-12-31", "id")).toBe("31 Desember 2026");
    expect(formatTimelineDate("2026-01-01", "en")).toBe("1 January 2026");
    expect(formatTimelineDate("0099-03-01", "id")).toBe("1 Maret 0099");
  });
  it("writes a day the machine's time zone skipped (a local Date of it is the next day)", () => {
    const zone = process.env.TZ;
    try {
      // Kiritimati moved across the date line and skipped 31 December 1994; Samoa, 30 December 2011.
      process.env.TZ = "Pacific/Kiritimati";
      expect(formatTimelineDate("1994-12-31", "id")).toBe("31 Desember 1994");
      process.env.TZ = "Pacific/Apia";
      expect(formatTimelineDate("2011-12-30", "en")).toBe("30 December 2011");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
  it("refuses what is not a real calendar day", () => {
    for (const bad of ["2023-02-29", "2026-13-01", "2026-1-01", "0000-01-01", "", "x", 7])
      expect(formatTimelineDate(bad as string, "id")).toBeUndefined();
  });
});
