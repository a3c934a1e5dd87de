import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PathSegment } from "../../src/index.js";
import { formatIssue } from "../../src/index.js";
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  type LabelledTable,
  PLACEMENT_ROUTES,
  POSITIONS,
  parseLabel,
} from "../../src/reference/index.js";

// parseLabel bound to one table, and its result as a value or undefined (what the removed
// xFromLabel twins returned), so that each taxonomy's examples read as before.
const parserOf =
  <T extends LabelledTable>(table: T) =>
  (label: unknown, options: { readonly path?: readonly PathSegment[] } = {}) =>
    parseLabel(table, label, options);
const finderOf =
  <T extends LabelledTable>(table: T) =>
  (label: unknown) => {
    const result = parseLabel(table, label);
    return result.ok ? result.value : undefined;
  };
const parsePositionLabel = parserOf(POSITIONS);
const positionFromLabel = finderOf(POSITIONS);
const parsePlacementRouteLabel = parserOf(PLACEMENT_ROUTES);
const placementRouteFromLabel = finderOf(PLACEMENT_ROUTES);
const parseComplaintCategoryLabel = parserOf(COMPLAINT_CATEGORIES);
const complaintCategoryFromLabel = finderOf(COMPLAINT_CATEGORIES);
const parseComplaintChannelLabel = parserOf(COMPLAINT_CHANNELS);
const complaintChannelFromLabel = finderOf(COMPLAINT_CHANNELS);

// STATISTICS.md §5.6: the system labels (English) and the press labels (Indonesian), with the
// position each names. "pekerja rumah tangga" is left out: the document says it is used for two.
const POSITION_LABELS: ReadonlyArray<readonly [string, string]> = [
  ["House Maid", "HOUSE_MAID"],
  ["Caregiver", "CAREGIVER"],
  ["Worker", "WORKER"],
  ["Plantation Worker", "PLANTATION_WORKER"],
  ["Domestic Worker", "DOMESTIC_WORKER"],
  ["Operator Production", "PRODUCTION_OPERATOR"],
  ["Construction worker", "CONSTRUCTION_WORKER"],
  ["Housekeeper", "HOUSEKEEPER"],
  ["Family Cook", "FAMILY_COOK"],
  ["Harvester", "HARVESTER"],
  ["pembantu rumah tangga", "HOUSE_MAID"],
  ["asisten rumah tangga", "HOUSE_MAID"],
  ["pengasuh", "CAREGIVER"],
  ["buruh perkebunan", "PLANTATION_WORKER"],
  ["pekerja perkebunan", "PLANTATION_WORKER"],
  ["produksi operator", "PRODUCTION_OPERATOR"],
  ["pekerja", "WORKER"],
  ["operator", "OPERATOR"],
  ["pekerja konstruksi", "CONSTRUCTION_WORKER"],
  ["pekerja domestik", "DOMESTIC_WORKER"],
  ["pemungut hasil bumi", "CROP_GATHERER"],
  ["nelayan", "FISHERMAN"],
  ["pekerja kebersihan", "CLEANER"],
  ["petani", "FARMER"],
  ["koki", "COOK"],
  ["pekerja manufaktur", "MANUFACTURING_WORKER"],
  ["pelapis furnitur", "UPHOLSTERER"],
  ["upholsterer", "UPHOLSTERER"],
  ["pelayan restoran", "RESTAURANT_WAITER"],
  ["pengasuh lansia informal", "ELDERLY_CARETAKER_INFORMAL"],
  ["pengasuh bayi informal", "BABY_SITTER_INFORMAL"],
  ["pemanen", "HARVESTER"],
  ["terapis spa", "SPA_THERAPIST"],
  ["pramusaji", "WAITER"],
  ["petugas pembantu kamar", "ROOM_ATTENDANT"],
  ["pekerja bar", "BAR_WORKER"],
  ["bus boy", "BUS_BOY"],
  ["pelayan dapur", "KITCHEN_HELPER"],
  ["juru masak", "COOK"],
  ["pekerja perawatan", "CARE_WORKER"],
  ["pekerja restoran", "RESTAURANT_WORKER"],
  // REGULATIONS.md §7: the six SPSK positions, in the document's words.
  ["housekeeper", "HOUSEKEEPER"],
  ["baby sitter", "BABY_SITTER"],
  ["family cook", "FAMILY_COOK"],
  ["elderly caretaker", "ELDERLY_CARETAKER"],
  ["family driver", "FAMILY_DRIVER"],
  ["child care worker", "CHILD_CARE_WORKER"],
];

// STATISTICS.md §5.5 and REGULATIONS.md §8.2.
const SCHEME_LABELS: ReadonlyArray<readonly [string, string]> = [
  ["G to G", "GOVERNMENT_G2G"],
  ["Government to Government", "GOVERNMENT_G2G"],
  ["P to P", "P3MI"],
  ["Private to Private", "P3MI"],
  ["G to P", "GOVERNMENT_G2P"],
  ["Perseorangan", "INDIVIDUAL"],
  ["Mandiri", "INDIVIDUAL"],
  ["Perseorangan / Mandiri", "INDIVIDUAL"],
  ["UKPS", "COMPANY_OWN_INTEREST"],
  ["Untuk Kepentingan Perusahaan Sendiri", "COMPANY_OWN_INTEREST"],
  ["re-entry", "REENTRY"],
  ["nonprosedural", "NONPROCEDURAL"],
  ["unprosedural", "NONPROCEDURAL"],
];

// STATISTICS.md §5.8 (current releases) with the category each names.
const CATEGORY_LABELS: ReadonlyArray<readonly [string, string]> = [
  ["PMI ingin dipulangkan", "WANTS_REPATRIATION"],
  ["PMI gagal berangkat", "FAILED_DEPARTURE"],
  ["gaji tidak dibayar", "UNPAID_WAGES"],
  ["meninggal dunia di negara tujuan", "DIED_ABROAD"],
  ["sakit", "ILLNESS"],
  ["penipuan peluang kerja", "JOB_FRAUD"],
  ["perdagangan orang", "TRAFFICKING"],
  ["jaminan sosial PMI", "SOCIAL_SECURITY"],
  ["PMI dideportasi/repatriasi", "DEPORTATION_REPATRIATION"],
  ["PMI hamil dan punya anak", "PREGNANT_OR_CHILD"],
  ["biaya penempatan", "OVERCHARGING"],
  ["ilegal rekrut", "ILLEGAL_RECRUITMENT"],
  ["perekrutan ilegal", "ILLEGAL_RECRUITMENT"],
  ["pekerjaan tidak sesuai perjanjian kerja", "WORK_NOT_AS_CONTRACT"],
  ["tindak kekerasan dari majikan", "EMPLOYER_VIOLENCE"],
  ["depresi/sakit jiwa", "MENTAL_HEALTH"],
  ["PHK sepihak", "UNILATERAL_TERMINATION"],
  ["pelecehan seksual", "SEXUAL_HARASSMENT"],
  ["putus komunikasi", "LOST_CONTACT"],
  ["kelebihan izin tinggal", "OVERSTAY"],
  ["lain-lain", "OTHER"],
];

const CHANNEL_LABELS: ReadonlyArray<readonly [string, string]> = [
  ["langsung (datang sendiri)", "WALK_IN"],
  ["langsung", "WALK_IN"],
  ["surat", "LETTER"],
  ["telepon", "PHONE"],
  ["SMS", "SMS"],
  ["email", "EMAIL"],
  ["e-Pengaduan", "E_PENGADUAN"],
  ["media sosial", "SOCIAL_MEDIA"],
  ["lainnya", "OTHER"],
];

const RESOLVERS = [
  { name: "position", parse: parsePositionLabel, find: positionFromLabel, labels: POSITION_LABELS },
  {
    name: "placementRoute",
    parse: parsePlacementRouteLabel,
    find: placementRouteFromLabel,
    labels: SCHEME_LABELS,
  },
  {
    name: "complaintCategory",
    parse: parseComplaintCategoryLabel,
    find: complaintCategoryFromLabel,
    labels: CATEGORY_LABELS,
  },
  {
    name: "complaintChannel",
    parse: parseComplaintChannelLabel,
    find: complaintChannelFromLabel,
    labels: CHANNEL_LABELS,
  },
] as const;

describe.each(RESOLVERS)("$name labels", ({ name, parse, find, labels }) => {
  it.each(labels)("resolves %j to %s", (label, code) => {
    const result = parse(label);
    expect(result.ok && result.value.code).toBe(code);
    expect(find(label)?.code).toBe(code);
    expect(find(label.toUpperCase())?.code).toBe(code);
  });

  it("reports an unknown label with its taxonomy and without the label", () => {
    const result = parse("Astronaut", { path: ["x", 0] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: "REFERENCE_LABEL_UNKNOWN", severity: "error", path: ["x", 0], params: { taxonomy: name } },
      ],
    });
    expect(find("Astronaut")).toBeUndefined();
  });

  it("refuses prototype keys, non-strings, blanks and huge strings without throwing", () => {
    for (const input of [
      "__proto__",
      "constructor",
      "toString",
      "",
      "   ",
      null,
      undefined,
      3,
      {},
      [],
      "a".repeat(10_000),
    ]) {
      expect(parse(input).ok).toBe(false);
      expect(find(input)).toBeUndefined();
    }
  });

  it("never throws and never echoes the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof parse(input).ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parse(`QZX${text}XZQ`);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          const rendered = result.issues.map((issue) => formatIssue(issue, "id") + formatIssue(issue, "en"));
          expect(JSON.stringify(result.issues) + rendered.join()).not.toContain("QZX");
        }
      }),
    );
  });
});

describe("ambiguous position labels", () => {
  it("reports 'pekerja rumah tangga' as House Maid or Domestic Worker, never a guess", () => {
    const result = parsePositionLabel("Pekerja Rumah Tangga");
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: "REFERENCE_LABEL_AMBIGUOUS",
          severity: "error",
          path: [],
          params: { taxonomy: "position", candidates: "HOUSE_MAID, DOMESTIC_WORKER" },
        },
      ],
    });
    expect(positionFromLabel("pekerja rumah tangga")).toBeUndefined();
    const [issue] = result.ok ? [] : result.issues;
    // The message names the candidates; the codes stay in params.candidates for the app.
    expect(issue && formatIssue(issue, "en")).toContain("(House Maid, Domestic Worker)");
    expect(issue && formatIssue(issue, "id")).toContain("(Pembantu rumah tangga, Pekerja domestik)");
  });

  it("reports the combined system label 'Housekeeper and Family Cook' as two SPSK positions", () => {
    const result = parsePositionLabel("Housekeeper and Family Cook");
    expect(!result.ok && result.issues[0]?.params?.candidates).toBe("HOUSEKEEPER, FAMILY_COOK");
  });

  it("keeps the informal baby-sitter and elderly-caretaker labels apart from the SPSK positions", () => {
    expect(positionFromLabel("pengasuh bayi informal")?.spsk).toBe(false);
    expect(positionFromLabel("baby sitter")?.spsk).toBe(true);
  });
});

describe("every label of the tables resolves to its own entry", () => {
  it.each([
    ["positions", POSITIONS, positionFromLabel],
    ["placement routes", PLACEMENT_ROUTES, placementRouteFromLabel],
    ["complaint categories", COMPLAINT_CATEGORIES, complaintCategoryFromLabel],
    ["complaint channels", COMPLAINT_CHANNELS, complaintChannelFromLabel],
  ] as const)("%s", (_name, table, find) => {
    const ambiguous = new Set(["pekerja rumah tangga", "housekeeper and family cook"]);
    for (const entry of Object.values(table) as Array<{
      code: string;
      label: { id: string; en: string };
      publishedLabels: readonly string[];
    }>) {
      for (const label of [entry.label.id, entry.label.en, ...entry.publishedLabels]) {
        if (ambiguous.has(label.toLowerCase())) continue;
        expect(find(label)?.code, label).toBe(entry.code);
      }
    }
  });
});

describe("inputs and tables are left untouched", () => {
  it("does not mutate the options, the path or any table", () => {
    const before = JSON.stringify([POSITIONS, PLACEMENT_ROUTES, COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS]);
    const path = Object.freeze(["rows", 3, "jabatan"] as const);
    const options = Object.freeze({ path });
    const result = parsePositionLabel("pekerja rumah tangga", options);
    expect(!result.ok && result.issues[0]?.path).toEqual(["rows", 3, "jabatan"]);
    expect(parsePlacementRouteLabel("Astronaut", options).ok).toBe(false);
    expect(parseComplaintCategoryLabel("PHK sepihak", options).ok).toBe(true);
    expect(parseComplaintChannelLabel("surat", options).ok).toBe(true);
    expect(path).toEqual(["rows", 3, "jabatan"]);
    expect(JSON.stringify([POSITIONS, PLACEMENT_ROUTES, COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS])).toBe(
      before,
    );
  });
});
