import { byField } from "./by-field.js";
import type { Dimension } from "./dimension.js";

/**
 * Destination country (negara penempatan), field `destination` (e.g. a reference country code).
 *
 * @example
 * ```ts
 * tally(records, byDestination);
 * ```
 */
export const byDestination: Dimension = byField("destination");

/**
 * Province of origin, field `province` (e.g. a BPS province code such as "35").
 *
 * @example
 * ```ts
 * tally(records, [byProvince, bySex]);
 * ```
 */
export const byProvince: Dimension = byField("province");

/**
 * Regency or city of origin (kabupaten/kota), field `regency`.
 *
 * @example
 * ```ts
 * tally(records, byRegency);
 * ```
 */
export const byRegency: Dimension = byField("regency");

/**
 * Sex (jenis kelamin), field `sex` (`"M"` / `"F"` as NIK parsing gives it).
 *
 * @example
 * ```ts
 * tally(records, bySex);
 * ```
 */
export const bySex: Dimension = byField("sex");

/**
 * Sector (formal / informal), field `sector`.
 *
 * @example
 * ```ts
 * tally(records, bySector);
 * ```
 */
export const bySector: Dimension = byField("sector");

/**
 * Employer type (pemberi kerja perseorangan vs berbadan hukum) or worker category, field `employerType`.
 *
 * @example
 * ```ts
 * tally(records, byEmployerType);
 * ```
 */
export const byEmployerType: Dimension = byField("employerType");

/**
 * Position (jabatan), field `position`.
 *
 * @example
 * ```ts
 * tally(records, byPosition);
 * ```
 */
export const byPosition: Dimension = byField("position");

/**
 * Placement route or scheme (skema penempatan), field `route`.
 *
 * @example
 * ```ts
 * tally(records, byRoute);
 * ```
 */
export const byRoute: Dimension = byField("route");

/**
 * Education (pendidikan), field `education`.
 *
 * @example
 * ```ts
 * tally(records, byEducation);
 * ```
 */
export const byEducation: Dimension = byField("education");
