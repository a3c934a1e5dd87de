import type { Locale } from "../core/index.js";

// The input of `reconcile`: a table as a ministry or a newspaper prints it (STATISTICS.md §4, §6).

/**
 * A figure as published: a number, the printed text ("122.870", "34,31", "34,31%", "8.304*",
 * "sekitar 70%", "lebih dari 1,5 juta", "9,71 miliar", "<5", "*", "-") read in the table's locale,
 * or text with its own locale where a page mixes them (`{ text: "65.73%", locale: "en" }` inside a
 * decimal-comma table). Text keeps the number of decimals printed; for a number give `decimals`
 * when it had trailing zeros ("11,90"). Counts printed with decimals or a scale word are amounts,
 * known to the rounding of their last digit; bound words are bounds; "<5", "*" and "-" are
 * suppressed cells, read as intervals.
 *
 * @example
 * ```ts
 * const figures: PublishedFigure[] = ["122.870", 122_870, "34,31", 34.31, "sekitar 70%", "<5", { text: "65.73%", locale: "en" }];
 * ```
 */
export type PublishedFigure = number | string | { readonly text: string; readonly locale: Locale };

/**
 * A published breakdown of a total (by destination, education, sex, …): its rows with their counts
 * and, where printed, their shares (a row may print only its share). `partial: true` declares a
 * top-N list or one without its "lainnya" row, so that a sum below the total is reported as
 * partial, not as an error. `ranked: true` declares the order of the rows to be part of the story
 * (a top-N list); by default a list of three or more rows printed in descending order is taken as
 * ranked.
 *
 * @example
 * ```ts
 * const b: PublishedBreakdown = { name: "Jenis kelamin", rows: [{ label: "Perempuan", count: "14.792", share: "72,38" }] };
 * ```
 */
export interface PublishedBreakdown {
  readonly name: string;
  /** The total the rows are shares of and should add up to (default: the table's total). */
  readonly total?: PublishedFigure;
  readonly partial?: boolean;
  readonly ranked?: boolean;
  readonly rows: readonly {
    readonly label: string;
    readonly count?: PublishedFigure;
    readonly share?: PublishedFigure;
    readonly decimals?: number;
  }[];
}

/**
 * A published share outside a breakdown (e.g. the top-5 destinations combined).
 *
 * @example
 * ```ts
 * const s: PublishedShare = { label: "Top-5", count: "17.702", published: "86,62" };
 * ```
 */
export interface PublishedShare {
  readonly label: string;
  readonly count: PublishedFigure;
  /** Default: the table's total. */
  readonly total?: PublishedFigure;
  readonly published: PublishedFigure;
  readonly decimals?: number;
}

/**
 * A published change between two figures: the percentage as printed (unsigned beside a direction
 * word such as "turun" or "lebih besar", or signed), and optionally the absolute difference printed
 * with it (unsigned, or signed: "-5.730", "+5.730"). A change may be printed without a percentage:
 * its direction word is then checked against the two figures on its own. A word not read is
 * reported as unknown and states no direction (the percentage is judged on its magnitude).
 *
 * @example
 * ```ts
 * const g: PublishedGrowth = { label: "Sep 2024 vs Sep 2023", current: "20.436", previous: "24.636", published: "17,05", direction: "turun" };
 * const d: PublishedGrowth = { label: "2024 vs 2023", current: "297.434", previous: "274.965", difference: "22.469" };
 * ```
 */
export interface PublishedGrowth {
  readonly label: string;
  readonly current: PublishedFigure;
  readonly previous: PublishedFigure;
  /** The figure as printed; text may carry its direction word: "turun 17,05%", "13,38% lebih besar", "naik 45 persen". */
  readonly published?: PublishedFigure;
  /** A word of {@link DIRECTION_WORDS} (naik, turun, menurun, lebih besar, …). */
  readonly direction?: string;
  readonly difference?: PublishedFigure;
  readonly decimals?: number;
}

/**
 * A published achievement against a target: realised and target figures, the percentage printed
 * ("… persen dari target"), and whether the text reports the target as met ("tembus", "melampaui
 * target": `met: true`).
 *
 * @example
 * ```ts
 * const a: PublishedAchievement = { label: "Penempatan 2025", realised: "286.422", target: "250.000", published: "114,57", met: true };
 * ```
 */
export interface PublishedAchievement {
  readonly label: string;
  readonly realised: PublishedFigure;
  readonly target: PublishedFigure;
  readonly published?: PublishedFigure;
  readonly met?: boolean;
  readonly decimals?: number;
}

/**
 * A published statistical table to check with {@link reconcile}. Outside data: it is validated.
 *
 * @example
 * ```ts
 * const table: PublishedTable = {
 *   title: "Penempatan PMI Januari–September 2022",
 *   total: "122.870",
 *   breakdowns: [{ name: "Negara", partial: true, rows: [{ label: "Hong Kong", count: "42.152", share: "34,31" }] }],
 * };
 * ```
 */
export interface PublishedTable {
  readonly title?: string;
  /** How printed text is read: `id` (default; "122.870", "34,31") or `en`. */
  readonly locale?: Locale;
  /** Decimals of published numbers given as JavaScript numbers (default: as the number prints). */
  readonly decimals?: number;
  readonly total?: PublishedFigure;
  readonly breakdowns?: readonly PublishedBreakdown[];
  readonly shares?: readonly PublishedShare[];
  readonly growth?: readonly PublishedGrowth[];
  readonly achievements?: readonly PublishedAchievement[];
}
