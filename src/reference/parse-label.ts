import { invalidArgument } from "../_lib/invalid-argument.js";
import { pathOption } from "../_lib/path-option.js";
import type { PathSegment } from "../core/issue.js";
import { ok, type Result } from "../core/result.js";
import { buildLabelIndex, type LabelIndex, resolveLabel } from "./_lib/label-index.js";
import { taxonomyName } from "./_lib/taxonomy-name.js";
import type { ReferenceEntry } from "./types.js";

/**
 * A taxonomy table whose entries carry labels: every table of this library ({@link COUNTRIES},
 * `POSITIONS`, `PLACEMENT_ROUTES`, …) or one of the app's own of the same shape.
 * Besides the Indonesian and English `label`, an entry's `variants` (countries),
 * `publishedLabels` (as the releases and the press print them), `abbreviation` and former `names`
 * (institutions: "BP3MI", "BNP2TKI", "PPTKIS") are read too.
 *
 * @example
 * ```ts
 * const table: LabelledTable = COUNTRIES;
 * ```
 */
export type LabelledTable = {
  readonly [code: string]: ReferenceEntry & {
    readonly variants?: readonly string[];
    readonly publishedLabels?: readonly string[];
    readonly abbreviation?: string;
    readonly names?: readonly { readonly abbreviation: string; readonly name: string }[];
  };
};

// One label index per table, built on the first parse of that table (never at module load, so a
// bundle that parses no label builds no map) and kept while the table lives.
const indexes = new WeakMap<LabelledTable, LabelIndex<string>>();

function indexOf(table: LabelledTable): LabelIndex<string> {
  let index = indexes.get(table);
  if (index === undefined) {
    index = buildLabelIndex(
      Object.keys(table).map((code) => {
        const entry = table[code] as LabelledTable[string];
        return [
          code,
          [
            entry.label.id,
            entry.label.en,
            ...(entry.variants ?? []),
            ...(entry.publishedLabels ?? []),
            ...(entry.abbreviation === undefined ? [] : [entry.abbreviation]),
            // A former name names the same body: data from 2019 writes "BNP2TKI" for today's agency.
            ...(entry.names ?? []).flatMap((former) => [former.abbreviation, former.name]),
          ],
        ];
      }),
    );
    indexes.set(table, index);
  }
  return index;
}

/**
 * Resolves a label as people and publications write it to the entry of `table` it names, or says
 * why it cannot: one function for every taxonomy. Case, accents, spaces and punctuation are ignored
 * ("HONG-KONG", "Hongkong" and "Hong Kong" are one label; "Türkiye" is "Turkiye"). A label that two
 * entries share ("pekerja rumah tangga": House Maid or Domestic Worker) is refused as ambiguous
 * rather than guessed.
 *
 * Issues (never repeating the label): `INPUT_REQUIRED` (missing or blank), `INPUT_NOT_STRING`,
 * `INPUT_TOO_LONG` (over 200 characters, checked first), `REFERENCE_LABEL_UNKNOWN` and
 * `REFERENCE_LABEL_AMBIGUOUS` (`params.taxonomy`: `"country"`, `"position"`, …; when ambiguous,
 * `params.candidates`: the codes, comma-separated).
 *
 * @param table - the taxonomy, such as {@link COUNTRIES} or `POSITIONS`
 * @param label - a label, from anywhere
 * @param options - `path` to put on the issues (default `[]`)
 * @example
 * ```ts
 * const country = parseLabel(COUNTRIES, "Uni Emirat Arab");
 * if (country.ok) country.value.code; //=> "AE"
 * const route = parseLabel(PLACEMENT_ROUTES, "G to G");
 * if (route.ok) route.value.code; //=> "GOVERNMENT_G2G"
 * parseLabel(POSITIONS, "pekerja rumah tangga").ok; //=> false (REFERENCE_LABEL_AMBIGUOUS)
 * parseLabel(COUNTRIES, "Atlantis").ok; //=> false (REFERENCE_LABEL_UNKNOWN)
 * ```
 */
export function parseLabel<T extends LabelledTable>(
  table: T,
  label: unknown,
  options: { readonly path?: readonly PathSegment[] } = {},
): Result<T[keyof T & string]> {
  if (table === null || typeof table !== "object")
    throw invalidArgument("parseLabel", "table", "a reference table");
  const resolved = resolveLabel(indexOf(table), label, taxonomyName(table), pathOption(options));
  return resolved.ok ? ok(table[resolved.value] as T[keyof T & string]) : resolved;
}
