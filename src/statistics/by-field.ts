import type { Dimension } from "./dimension.js";

/**
 * A dimension keyed by one field of plain records (`record[field]`). A record that is not an
 * object, or whose field is missing, blank or not a string or number, is counted under
 * `UNKNOWN_KEY`.
 *
 * @param field - the field name, also the dimension's name unless `name` is given
 * @param name - the dimension's name in the tally
 *
 * @example
 * ```ts
 * const byScheme = byField("scheme");
 * tally([{ scheme: "G_TO_G" }, { scheme: "P_TO_P" }, { scheme: "G_TO_G" }], byScheme);
 * //=> ok, rows [{ keys: ["G_TO_G"], count: 2 }, { keys: ["P_TO_P"], count: 1 }]
 * ```
 */
export function byField(field: string, name: string = field): Dimension {
  return {
    name,
    key: (record) =>
      typeof record === "object" && record !== null
        ? ((record as Readonly<Record<string, unknown>>)[field] as string | number | null | undefined)
        : undefined,
  };
}
