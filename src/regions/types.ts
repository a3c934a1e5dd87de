/**
 * A province (*provinsi*) with its Kemendagri code, as in the region table.
 *
 * @example
 * ```ts
 * const province: Province = { code: "32", name: "Jawa Barat" };
 * ```
 */
export interface Province {
  /** Kemendagri code, 2 digits (the code NIKs start with), e.g. `"32"`. */
  readonly code: string;
  /** Official name as in the source table, e.g. `"Jawa Barat"`. */
  readonly name: string;
}

/**
 * Whether a second-level region is a regency (*kabupaten*) or a city (*kota*).
 *
 * @example
 * ```ts
 * const type: RegencyType = "KOTA"; // Kota Bandung, code 3273
 * ```
 */
export type RegencyType = "KABUPATEN" | "KOTA";

/**
 * A regency (*kabupaten*) or city (*kota*) with its Kemendagri code.
 *
 * @example
 * ```ts
 * const regency: Regency = { code: "3201", provinceCode: "32", name: "Kabupaten Bogor", type: "KABUPATEN" };
 * ```
 */
export interface Regency {
  /** Kemendagri code, 4 digits without the dot (`PPKK`), e.g. `"3201"`. */
  readonly code: string;
  /** Kemendagri code of its province, e.g. `"32"`. */
  readonly provinceCode: string;
  /** Official name with its prefix, e.g. `"Kabupaten Bogor"`, `"Kota Administrasi Jakarta Pusat"`. */
  readonly name: string;
  /** Kemendagri numbers kabupaten 01–69 and kota 71–99 within a province. */
  readonly type: RegencyType;
}
