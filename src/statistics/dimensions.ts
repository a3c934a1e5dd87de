import { deepFreeze } from "../_lib/deep-freeze.js";
import type { Dimension } from "./dimension.js";

type Key = string | number | null | undefined;
type Fields = { readonly [field: string]: Key };
const isRecord = (value: unknown): value is Fields => typeof value === "object" && value !== null;

// Written out one by one rather than with byField: each accessor is its own function, so the engine
// keeps one fast property load per field instead of one shared load that sees every field name
// (measured about 1.5x faster on four dimensions); as plain objects they also tree-shake.

/**
 * Destination country (negara penempatan), field `destination` (e.g. a reference country code).
 *
 * @example
 * ```ts
 * tally(records, byDestination);
 * ```
 */
export const byDestination: Dimension = /* @__PURE__ */ deepFreeze({
  name: "destination",
  key: (record) => (isRecord(record) ? record.destination : undefined),
});

/**
 * Province of origin, field `province` (e.g. a BPS province code such as "35").
 *
 * @example
 * ```ts
 * tally(records, [byProvince, bySex]);
 * ```
 */
export const byProvince: Dimension = /* @__PURE__ */ deepFreeze({
  name: "province",
  key: (record) => (isRecord(record) ? record.province : undefined),
});

/**
 * Regency or city of origin (kabupaten/kota), field `regency`.
 *
 * @example
 * ```ts
 * tally(records, byRegency);
 * ```
 */
export const byRegency: Dimension = /* @__PURE__ */ deepFreeze({
  name: "regency",
  key: (record) => (isRecord(record) ? record.regency : undefined),
});

/**
 * Sex (jenis kelamin), field `sex` (`"M"` / `"F"` as NIK parsing gives it).
 *
 * @example
 * ```ts
 * tally(records, bySex);
 * ```
 */
export const bySex: Dimension = /* @__PURE__ */ deepFreeze({
  name: "sex",
  key: (record) => (isRecord(record) ? record.sex : undefined),
});

/**
 * Sector (formal / informal), field `sector`.
 *
 * @example
 * ```ts
 * tally(records, bySector);
 * ```
 */
export const bySector: Dimension = /* @__PURE__ */ deepFreeze({
  name: "sector",
  key: (record) => (isRecord(record) ? record.sector : undefined),
});

/**
 * Employer type (pemberi kerja perseorangan vs berbadan hukum) or worker category, field `employerType`.
 *
 * @example
 * ```ts
 * tally(records, byEmployerType);
 * ```
 */
export const byEmployerType: Dimension = /* @__PURE__ */ deepFreeze({
  name: "employerType",
  key: (record) => (isRecord(record) ? record.employerType : undefined),
});

/**
 * Position (jabatan), field `position`.
 *
 * @example
 * ```ts
 * tally(records, byPosition);
 * ```
 */
export const byPosition: Dimension = /* @__PURE__ */ deepFreeze({
  name: "position",
  key: (record) => (isRecord(record) ? record.position : undefined),
});

/**
 * Placement route or scheme (skema penempatan), field `route`.
 *
 * @example
 * ```ts
 * tally(records, byRoute);
 * ```
 */
export const byRoute: Dimension = /* @__PURE__ */ deepFreeze({
  name: "route",
  key: (record) => (isRecord(record) ? record.route : undefined),
});

/**
 * Education (pendidikan), field `education`.
 *
 * @example
 * ```ts
 * tally(records, byEducation);
 * ```
 */
export const byEducation: Dimension = /* @__PURE__ */ deepFreeze({
  name: "education",
  key: (record) => (isRecord(record) ? record.education : undefined),
});
