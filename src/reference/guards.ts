import { COMPLAINT_CATEGORIES, type ComplaintCategory } from "./complaint-categories.js";
import { COMPLAINT_CHANNELS, type ComplaintChannel } from "./complaint-channels.js";
import { COUNTRIES, type CountryCode } from "./countries.js";
import { DESTINATION_REGIONS, type DestinationRegion } from "./destination-regions.js";
import { EMPLOYER_TYPES, type EmployerType } from "./employer-types.js";
import { EXCLUDED_CATEGORIES, type ExcludedCategory } from "./excluded-categories.js";
import { INSTITUTIONS, type Institution } from "./institutions.js";
import { isCodeOf } from "./is-code-of.js";
import { PLACEMENT_ROUTES, type PlacementRoute } from "./placement-routes.js";
import { POSITIONS, type Position } from "./positions.js";
import { RETURN_REASONS, type ReturnReason } from "./return-reasons.js";
import { SECTORS, type Sector } from "./sectors.js";
import { WORKER_CATEGORIES, type WorkerCategory } from "./worker-categories.js";

/**
 * Whether `value` is a {@link PlacementRoute} code.
 *
 * @example
 * ```ts
 * isPlacementRoute("GOVERNMENT_G2G"); //=> true
 * isPlacementRoute("G to G"); //=> false
 * ```
 */
export function isPlacementRoute(value: unknown): value is PlacementRoute {
  return isCodeOf(PLACEMENT_ROUTES, value);
}

/**
 * Whether `value` is a {@link WorkerCategory} code.
 *
 * @example
 * ```ts
 * isWorkerCategory("SEAFARER_FISHING"); //=> true
 * ```
 */
export function isWorkerCategory(value: unknown): value is WorkerCategory {
  return isCodeOf(WORKER_CATEGORIES, value);
}

/**
 * Whether `value` is an {@link ExcludedCategory} code.
 *
 * @example
 * ```ts
 * isExcludedCategory("INVESTOR"); //=> true
 * ```
 */
export function isExcludedCategory(value: unknown): value is ExcludedCategory {
  return isCodeOf(EXCLUDED_CATEGORIES, value);
}

/**
 * Whether `value` is an {@link EmployerType} code.
 *
 * @example
 * ```ts
 * isEmployerType("SYARIKAH"); //=> true
 * ```
 */
export function isEmployerType(value: unknown): value is EmployerType {
  return isCodeOf(EMPLOYER_TYPES, value);
}

/**
 * Whether `value` is a {@link Sector} code.
 *
 * @example
 * ```ts
 * isSector("INFORMAL"); //=> true
 * ```
 */
export function isSector(value: unknown): value is Sector {
  return isCodeOf(SECTORS, value);
}

/**
 * Whether `value` is a {@link Position} code.
 *
 * @example
 * ```ts
 * isPosition("FAMILY_DRIVER"); //=> true
 * isPosition("House Maid"); //=> false (a label, see positionFromLabel)
 * ```
 */
export function isPosition(value: unknown): value is Position {
  return isCodeOf(POSITIONS, value);
}

/**
 * Whether `value` is a {@link ReturnReason} code.
 *
 * @example
 * ```ts
 * isReturnReason("DEPORTED"); //=> true
 * ```
 */
export function isReturnReason(value: unknown): value is ReturnReason {
  return isCodeOf(RETURN_REASONS, value);
}

/**
 * Whether `value` is a {@link ComplaintCategory} code.
 *
 * @example
 * ```ts
 * isComplaintCategory("UNPAID_WAGES"); //=> true
 * ```
 */
export function isComplaintCategory(value: unknown): value is ComplaintCategory {
  return isCodeOf(COMPLAINT_CATEGORIES, value);
}

/**
 * Whether `value` is a {@link ComplaintChannel} code.
 *
 * @example
 * ```ts
 * isComplaintChannel("WALK_IN"); //=> true
 * ```
 */
export function isComplaintChannel(value: unknown): value is ComplaintChannel {
  return isCodeOf(COMPLAINT_CHANNELS, value);
}

/**
 * Whether `value` is an {@link Institution} code.
 *
 * @example
 * ```ts
 * isInstitution("KP2MI_BP2MI"); //=> true
 * ```
 */
export function isInstitution(value: unknown): value is Institution {
  return isCodeOf(INSTITUTIONS, value);
}

/**
 * Whether `value` is a {@link CountryCode} known to the library (exact upper-case ISO alpha-2;
 * use {@link countryByCode} to accept lower case and spaces).
 *
 * @example
 * ```ts
 * isCountryCode("HK"); //=> true
 * isCountryCode("hk"); //=> false
 * ```
 */
export function isCountryCode(value: unknown): value is CountryCode {
  return isCodeOf(COUNTRIES, value);
}

/**
 * Whether `value` is a {@link DestinationRegion} code.
 *
 * @example
 * ```ts
 * isDestinationRegion("ASIA_AFRICA"); //=> true
 * ```
 */
export function isDestinationRegion(value: unknown): value is DestinationRegion {
  return isCodeOf(DESTINATION_REGIONS, value);
}
