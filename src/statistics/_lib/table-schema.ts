import * as z from "zod";

let schema: z.ZodType | undefined;

/**
 * The zod schema of a published table, built on first use (TOOLCHAIN.md: a top-level schema would
 * keep zod in every consumer's bundle). Strict objects, so a misspelt field is reported instead of a
 * check silently skipped.
 * @internal
 */
export function publishedTableSchema(): z.ZodType {
  if (schema !== undefined) return schema;
  const figure = z.union([
    z.number(),
    z.string().max(64),
    z.strictObject({ text: z.string().max(64), locale: z.enum(["id", "en"]) }),
  ]);
  const label = z.string().max(200);
  const decimals = z.number().int().min(0).max(10);
  schema = z.strictObject({
    title: label.optional(),
    locale: z.enum(["id", "en"]).optional(),
    decimals: decimals.optional(),
    total: figure.optional(),
    breakdowns: z
      .array(
        z.strictObject({
          name: label,
          total: figure.optional(),
          partial: z.boolean().optional(),
          ranked: z.boolean().optional(),
          rows: z
            .array(
              z.strictObject({
                label,
                count: figure.optional(),
                share: figure.optional(),
                decimals: decimals.optional(),
              }),
            )
            .max(10_000),
        }),
      )
      .max(100)
      .optional(),
    shares: z
      .array(
        z.strictObject({
          label,
          count: figure,
          total: figure.optional(),
          published: figure,
          decimals: decimals.optional(),
        }),
      )
      .max(10_000)
      .optional(),
    growth: z
      .array(
        z.strictObject({
          label,
          current: figure,
          previous: figure,
          published: figure.optional(),
          direction: z.string().max(40).optional(),
          difference: figure.optional(),
          decimals: decimals.optional(),
        }),
      )
      .max(10_000)
      .optional(),
    achievements: z
      .array(
        z.strictObject({
          label,
          realised: figure,
          target: figure,
          published: figure.optional(),
          met: z.boolean().optional(),
          decimals: decimals.optional(),
        }),
      )
      .max(10_000)
      .optional(),
  });
  return schema;
}
