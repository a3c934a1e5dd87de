import * as z from "zod";

let schema: z.ZodType | undefined;

/**
 * The zod schema of a serialised tally, built on first use so that importing the statistics API does
 * not pull zod's schema construction into every bundle (TOOLCHAIN.md).
 * @internal
 */
export function tallySchema(): z.ZodType {
  schema ??= z.strictObject({
    dimensions: z.array(z.string().min(1).max(200)).min(1).max(16),
    total: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    rows: z.array(
      z.strictObject({
        keys: z.array(z.string().min(1).max(10_000)).max(16),
        count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      }),
    ),
  });
  return schema;
}
