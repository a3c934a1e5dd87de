/**
 * The Indonesian (`id`) and English (`en`) label of a taxonomy entry, Indonesian first.
 *
 * @example
 * ```ts
 * const label: ReferenceLabel = { id: "Korea Selatan", en: "South Korea" };
 * ```
 */
export interface ReferenceLabel {
  readonly id: string;
  readonly en: string;
}

/**
 * The common shape of every taxonomy entry: a stable `code`, its labels, the legal basis when one
 * exists, and `verified: false` when the domain notes mark the point UNVERIFIED.
 *
 * @example
 * ```ts
 * const entry: ReferenceEntry<"P3MI"> = {
 *   code: "P3MI",
 *   label: { id: "P to P (melalui P3MI)", en: "P to P (through a P3MI)" },
 *   basis: "UU 18/2017 Pasal 49 huruf b",
 *   verified: true,
 * };
 * ```
 */
export interface ReferenceEntry<C extends string = string> {
  /** Stable machine code (SCREAMING_SNAKE_CASE, or the ISO code for countries). */
  readonly code: C;
  readonly label: ReferenceLabel;
  /** Legal basis of the entry, when the law names it. */
  readonly basis?: string;
  /** `false` when the domain notes mark the entry or its wording UNVERIFIED. */
  readonly verified: boolean;
}

/**
 * A taxonomy table keyed by code, each entry carrying its own key as `code`.
 *
 * @example
 * ```ts
 * type Routes = ReferenceTable<"P3MI" | "INDIVIDUAL">;
 * ```
 */
export type ReferenceTable<C extends string, E extends ReferenceEntry<C> = ReferenceEntry<C>> = {
  readonly [K in C]: E & { readonly code: K };
};
