import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taxonomyName } from "../../src/reference/_lib/taxonomy-name.js";
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COUNTRIES,
  DESTINATION_REGIONS,
  EDUCATION_LEVELS,
  EMPLOYER_TYPES,
  EXCLUDED_CATEGORIES,
  INSTITUTIONS,
  type LabelledTable,
  PLACEMENT_ROUTES,
  POSITIONS,
  parseLabel,
  RETURN_REASONS,
  SECTORS,
  WORKER_CATEGORIES,
} from "../../src/reference/index.js";

// The thirteen taxonomies with the name their issues carry, written out here rather than read from
// the library's own map.
const TAXONOMIES: ReadonlyArray<readonly [string, LabelledTable]> = [
  ["complaintCategory", COMPLAINT_CATEGORIES],
  ["complaintChannel", COMPLAINT_CHANNELS],
  ["country", COUNTRIES],
  ["destinationRegion", DESTINATION_REGIONS],
  ["educationLevel", EDUCATION_LEVELS],
  ["employerType", EMPLOYER_TYPES],
  ["excludedCategory", EXCLUDED_CATEGORIES],
  ["institution", INSTITUTIONS],
  ["placementRoute", PLACEMENT_ROUTES],
  ["position", POSITIONS],
  ["returnReason", RETURN_REASONS],
  ["sector", SECTORS],
  ["workerCategory", WORKER_CATEGORIES],
];

function labelsOf(entry: LabelledTable[string]): string[] {
  return [
    entry.label.id,
    entry.label.en,
    ...(entry.variants ?? []),
    ...(entry.publishedLabels ?? []),
    ...(entry.abbreviation === undefined ? [] : [entry.abbreviation]),
    ...(entry.names ?? []).flatMap((n) => [n.abbreviation, n.name]),
  ];
}

describe("parseLabel(INSTITUTIONS): short and former names", () => {
  it("reads an institution's abbreviation and the names it carried before (REGULATIONS.md §12)", () => {
    const codeOf = (label: string) => {
      const result = parseLabel(INSTITUTIONS, label);
      return result.ok ? result.value.code : result.issues[0]?.code;
    };
    expect(
      ["BP3MI", "bp3tki", "BNP2TKI", "BP2MI", "KP2MI/BP2MI", "PPTKIS", "P4TKI", "Kemnaker", "LTSA-PMI"].map(
        codeOf,
      ),
    ).toEqual([
      "BP3MI",
      "BP3MI",
      "KP2MI_BP2MI",
      "KP2MI_BP2MI",
      "KP2MI_BP2MI",
      "P3MI",
      "P4MI",
      "KEMNAKER",
      "LTSA",
    ]);
    expect(codeOf("Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia")).toBe("KP2MI_BP2MI");
  });
});

describe.each(TAXONOMIES)("parseLabel over the %s taxonomy", (taxonomy, table) => {
  // A label that two entries of one table share (after case, accents, spaces and punctuation are
  // dropped) is refused as ambiguous; every other label resolves to the entry that carries it.
  const key = (label: string) =>
    label
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, "");
  const owners = new Map<string, Set<string>>();
  for (const [code, entry] of Object.entries(table))
    for (const label of labelsOf(entry))
      owners.set(key(label), (owners.get(key(label)) ?? new Set()).add(code));

  it("resolves every label of every entry to that entry, or reports the codes that share it", () => {
    for (const [code, entry] of Object.entries(table)) {
      for (const label of labelsOf(entry)) {
        const result = parseLabel(table, label);
        const sharing = [...(owners.get(key(label)) ?? [])];
        if (sharing.length === 1) expect(result.ok && result.value, label).toBe(entry);
        else {
          expect(result.ok, label).toBe(false);
          expect(!result.ok && result.issues[0]?.code).toBe("REFERENCE_LABEL_AMBIGUOUS");
          expect(!result.ok && result.issues[0]?.params?.candidates).toContain(code);
        }
        // Case and surrounding noise are forgiven.
        const noisy = parseLabel(table, `  ${label.toUpperCase()}. `);
        expect(noisy.ok && noisy.value.code).toBe(result.ok && result.value.code);
      }
    }
  });

  it("reads labels of every length the table holds (the longest is within the 200-character limit)", () => {
    for (const entry of Object.values(table))
      for (const label of labelsOf(entry)) expect(label.length).toBeLessThanOrEqual(200);
  });

  it("names its taxonomy in the issue of an unknown label, and keeps the path", () => {
    expect(parseLabel(table, "Astronaut Bulan", { path: ["rows", 2] })).toEqual({
      ok: false,
      issues: [
        { code: "REFERENCE_LABEL_UNKNOWN", severity: "error", path: ["rows", 2], params: { taxonomy } },
      ],
    });
    expect(taxonomyName(table)).toBe(taxonomy);
  });

  it("refuses what is not a label without throwing, and never echoes it", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseLabel(table, input);
        if (result.ok) expect(Object.values(table)).toContain(result.value);
      }),
    );
    for (const input of [undefined, null, "", "  ", "__proto__", "constructor", 7, {}, "x".repeat(201)]) {
      const result = parseLabel(table, input);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain("xxxxxxxx");
    }
  });
});

describe("parseLabel over a table of the app's own", () => {
  const SHIFTS = {
    DAY: { code: "DAY", label: { id: "Siang", en: "Day" }, verified: true },
    NIGHT: {
      code: "NIGHT",
      label: { id: "Malam", en: "Night" },
      verified: true,
      publishedLabels: ["shift 3"],
    },
  } as const;

  it("reads its labels and published labels, and names it a custom taxonomy", () => {
    const night = parseLabel(SHIFTS, "Shift-3");
    expect(night.ok && night.value.code).toBe("NIGHT");
    expect(parseLabel(SHIFTS, "malam").ok).toBe(true);
    const unknown = parseLabel(SHIFTS, "Pagi");
    expect(!unknown.ok && unknown.issues[0]?.params).toEqual({ taxonomy: "custom" });
    expect(taxonomyName({})).toBe("custom");
  });

  it("builds an index per table: two tables with one label each answer for their own", () => {
    const A = { X: { code: "X", label: { id: "Satu", en: "One" }, verified: true } } as const;
    const B = { Y: { code: "Y", label: { id: "Satu", en: "One" }, verified: true } } as const;
    const a = parseLabel(A, "one");
    const b = parseLabel(B, "one");
    expect(a.ok && a.value.code).toBe("X");
    expect(b.ok && b.value.code).toBe("Y");
  });
});
