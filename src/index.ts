/**
 * pekerja-migran: the rules, documents, lifecycle and statistics of Indonesian migrant workers
 * (Pekerja Migran Indonesia, PMI) as Indonesian law describes them.
 *
 * The region tables live behind the `pekerja-migran/regions` subpath so that a NIK check does not
 * pull them into a bundle.
 *
 * @packageDocumentation
 */
export * from "./core/index.js";
export * from "./documents/index.js";
export * from "./identity/index.js";
export * from "./lifecycle/index.js";
export * from "./policies/index.js";
export * from "./reference/index.js";
export * from "./statistics/index.js";
