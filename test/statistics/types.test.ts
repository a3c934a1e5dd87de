import { describe, expect, it } from "vitest";
import { type Dimension, type Rounding, share, summarize, tally } from "../../src/index.js";
import type {
  CaseDimensionName,
  CaseIndicator,
  Granularity,
  GrowthDirection,
} from "../../src/statistics/index.js";

describe("domain keys are literal types", () => {
  it("rejects unknown literals at compile time", () => {
    const rounding: Rounding = "truncate";
    // @ts-expect-error banker's rounding is not a convention of the publications
    const bankers: Rounding = "half-even";
    const direction: GrowthDirection = "turun";
    // @ts-expect-error the direction words are Indonesian data: naik, turun, tetap
    const english: GrowthDirection = "down";
    const granularity: Granularity = "semester";
    // @ts-expect-error no weekly periods in the publications
    const weekly: Granularity = "week";
    const indicator: CaseIndicator = "deportations";
    // @ts-expect-error remittances are not derived from cases
    const remittances: CaseIndicator = "remittances";
    const by: CaseDimensionName[] = ["destination", "month", "category"];
    // @ts-expect-error a name is not a statistics dimension (personal data stays out)
    const byName: CaseDimensionName = "name";
    // @ts-expect-error the options object does not take a wrong rounding
    share(1, 2, { rounding: "round" });
    // @ts-expect-error a summary needs an indicator
    summarize([], { by: ["sex"] });
    const typed: Dimension<{ readonly sector?: string }> = { name: "formal", key: (r) => r.sector };
    expect(tally([{ sector: "FORMAL" }], typed).ok).toBe(true);
    expect([
      rounding,
      bankers,
      direction,
      english,
      granularity,
      weekly,
      indicator,
      remittances,
      by,
      byName,
    ]).toHaveLength(10);
  });
});
