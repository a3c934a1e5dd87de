export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_CODES,
  type ComplaintCategory,
  type ComplaintCategoryEntry,
} from "./complaint-categories.js";
export { complaintCategoryFromLabel } from "./complaint-category-from-label.js";
export { complaintChannelFromLabel } from "./complaint-channel-from-label.js";
export {
  COMPLAINT_CHANNEL_CODES,
  COMPLAINT_CHANNELS,
  type ComplaintChannel,
  type ComplaintChannelEntry,
} from "./complaint-channels.js";
export { COUNTRIES, COUNTRY_CODES, type CountryCode, type CountryEntry } from "./countries.js";
export { countryByCode } from "./country-by-code.js";
export { countryFromLabel } from "./country-from-label.js";
export { type DestinationRegionOptions, destinationRegionOf } from "./destination-region-of.js";
export {
  DESTINATION_REGION_CODES,
  DESTINATION_REGIONS,
  type DestinationRegion,
} from "./destination-regions.js";
export {
  EMPLOYER_TYPE_CODES,
  EMPLOYER_TYPES,
  type EmployerType,
  type EmployerTypeEntry,
} from "./employer-types.js";
export {
  EXCLUDED_CATEGORIES,
  EXCLUDED_CATEGORY_CODES,
  type ExcludedCategory,
} from "./excluded-categories.js";
export {
  isComplaintCategory,
  isComplaintChannel,
  isCountryCode,
  isDestinationRegion,
  isEmployerType,
  isExcludedCategory,
  isInstitution,
  isPlacementRoute,
  isPosition,
  isReturnReason,
  isSector,
  isWorkerCategory,
} from "./guards.js";
export {
  INSTITUTION_CODES,
  INSTITUTIONS,
  type Institution,
  type InstitutionEntry,
  type InstitutionName,
} from "./institutions.js";
export { isCodeOf } from "./is-code-of.js";
export { parseComplaintCategoryLabel } from "./parse-complaint-category-label.js";
export { parseComplaintChannelLabel } from "./parse-complaint-channel-label.js";
export { parseCountryCode } from "./parse-country-code.js";
export { parseCountryLabel } from "./parse-country-label.js";
export { parsePlacementRouteLabel } from "./parse-placement-route-label.js";
export { parsePositionLabel } from "./parse-position-label.js";
export { placementRouteFromLabel } from "./placement-route-from-label.js";
export {
  PLACEMENT_ROUTE_CODES,
  PLACEMENT_ROUTES,
  type PlacementRoute,
  type PlacementRouteEntry,
} from "./placement-routes.js";
export { positionFromLabel } from "./position-from-label.js";
export { POSITION_CODES, POSITIONS, type Position, type PositionEntry, SPSK_POSITIONS } from "./positions.js";
export { RETURN_REASON_CODES, RETURN_REASONS, type ReturnReason } from "./return-reasons.js";
export { SECTOR_CODES, SECTORS, type Sector } from "./sectors.js";
export type { ReferenceEntry, ReferenceLabel, ReferenceTable } from "./types.js";
export { WORKER_CATEGORIES, WORKER_CATEGORY_CODES, type WorkerCategory } from "./worker-categories.js";
