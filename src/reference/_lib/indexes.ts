import { COMPLAINT_CATEGORIES, type ComplaintCategory } from "../complaint-categories.js";
import { COMPLAINT_CHANNELS, type ComplaintChannel } from "../complaint-channels.js";
import { COUNTRIES, type CountryCode } from "../countries.js";
import { PLACEMENT_ROUTES, type PlacementRoute } from "../placement-routes.js";
import { POSITIONS, type Position } from "../positions.js";
import type { ReferenceEntry } from "../types.js";
import { buildLabelIndex, type LabelIndex } from "./label-index.js";

// Each index is built on first use and kept: building at module load would keep the maps in every
// bundle that imports anything from reference/.
let countries: LabelIndex<CountryCode> | undefined;
let positions: LabelIndex<Position> | undefined;
let routes: LabelIndex<PlacementRoute> | undefined;
let categories: LabelIndex<ComplaintCategory> | undefined;
let channels: LabelIndex<ComplaintChannel> | undefined;

function labelsOf<C extends string, E extends ReferenceEntry<C>>(
  table: { readonly [K in C]: E },
  extra: (entry: E) => readonly string[],
): Array<readonly [C, readonly string[]]> {
  return (Object.values(table) as E[]).map((entry) => [
    entry.code,
    [entry.label.id, entry.label.en, ...extra(entry)],
  ]);
}

/** The label index of {@link COUNTRIES}: both labels and every variant. @internal */
export function countryLabelIndex(): LabelIndex<CountryCode> {
  countries ??= buildLabelIndex(labelsOf(COUNTRIES, (entry) => entry.variants));
  return countries;
}

/** The label index of {@link POSITIONS}: both labels and every published label. @internal */
export function positionLabelIndex(): LabelIndex<Position> {
  positions ??= buildLabelIndex(labelsOf(POSITIONS, (entry) => entry.publishedLabels));
  return positions;
}

/** The label index of {@link PLACEMENT_ROUTES}. @internal */
export function placementRouteLabelIndex(): LabelIndex<PlacementRoute> {
  routes ??= buildLabelIndex(labelsOf(PLACEMENT_ROUTES, (entry) => entry.publishedLabels));
  return routes;
}

/** The label index of {@link COMPLAINT_CATEGORIES}. @internal */
export function complaintCategoryLabelIndex(): LabelIndex<ComplaintCategory> {
  categories ??= buildLabelIndex(labelsOf(COMPLAINT_CATEGORIES, (entry) => entry.publishedLabels));
  return categories;
}

/** The label index of {@link COMPLAINT_CHANNELS}. @internal */
export function complaintChannelLabelIndex(): LabelIndex<ComplaintChannel> {
  channels ??= buildLabelIndex(labelsOf(COMPLAINT_CHANNELS, (entry) => entry.publishedLabels));
  return channels;
}
