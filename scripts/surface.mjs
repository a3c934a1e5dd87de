// The public surface of pekerja-migran in one place: the subpaths (one per bounded context) that the
// barrel generator, tsup, the package checks and the consumer tests all read.

/** The bounded contexts published as `pekerja-migran/<name>`. */
export const SUBPATHS = [
  "identity",
  "regions",
  "reference",
  "documents",
  "policies",
  "lifecycle",
  "statistics",
  "json-schema",
];

/**
 * Every folder of `src/` with a generated barrel: the subpaths, and `core`, whose names are all on the
 * root (it does not earn a subpath of its own; see docs/development.md, "Public and private").
 */
export const BARREL_FOLDERS = ["core", ...SUBPATHS];
