import { LEGACY_REGENCY_CODES, type RegencyCodeChange } from "../legacy-regency-codes.js";
import { PROVINCES, REGENCIES } from "../tables.js";
import type { Province, Regency } from "../types.js";

interface Indexes {
  readonly provinces: ReadonlyMap<string, Province>;
  readonly regencies: ReadonlyMap<string, Regency>;
  readonly legacy: ReadonlyMap<string, RegencyCodeChange>;
}

let indexes: Indexes | undefined;

/**
 * Maps from code to entry, built once at the first lookup (not at import, so importing the
 * tables costs no index).
 * @internal
 */
export function regionIndexes(): Indexes {
  if (indexes === undefined) {
    indexes = {
      provinces: new Map(PROVINCES.map((p) => [p.code, p])),
      regencies: new Map(REGENCIES.map((r) => [r.code, r])),
      legacy: new Map(LEGACY_REGENCY_CODES.map((c) => [c.legacyCode, c])),
    };
  }
  return indexes;
}

/**
 * Reads a regency code written `"3201"` or `"32.01"` (nothing else), or `undefined`.
 * @internal
 */
export function normaliseRegencyCode(code: unknown): string | undefined {
  if (typeof code !== "string") return undefined;
  if (code.length === 4) return /^\d{4}$/.test(code) ? code : undefined;
  if (code.length === 5) return /^\d{2}\.\d{2}$/.test(code) ? code.slice(0, 2) + code.slice(3) : undefined;
  return undefined;
}
