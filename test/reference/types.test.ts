import { describe, expectTypeOf, it } from "vitest";
import {
  COUNTRIES,
  type CountryCode,
  type CountryEntry,
  isCodeOf,
  parseCountryCode,
  parseLabel,
  type Result,
} from "../../src/index.js";
import {
  type ComplaintCategory,
  type ComplaintChannel,
  type DestinationRegion,
  type EmployerType,
  type ExcludedCategory,
  type Institution,
  PLACEMENT_ROUTES,
  type PlacementRoute,
  type Position,
  type ReturnReason,
  type Sector,
  type WorkerCategory,
} from "../../src/reference/index.js";

describe("types", () => {
  it("makes every code union literal, so a wrong code does not compile", () => {
    expectTypeOf<PlacementRoute>().toEqualTypeOf<
      | "P3MI"
      | "GOVERNMENT_G2G"
      | "GOVERNMENT_G2P"
      | "COMPANY_OWN_INTEREST"
      | "INDIVIDUAL"
      | "REENTRY"
      | "SPECIAL_PROGRAM"
      | "NONPROCEDURAL"
    >();
    expectTypeOf<WorkerCategory>().toEqualTypeOf<
      "LEGAL_ENTITY_EMPLOYER" | "INDIVIDUAL_OR_HOUSEHOLD_EMPLOYER" | "SEAFARER_MERCHANT" | "SEAFARER_FISHING"
    >();
    expectTypeOf<Sector>().toEqualTypeOf<"FORMAL" | "INFORMAL">();
    expectTypeOf<DestinationRegion>().toEqualTypeOf<
      "ASIA_AFRICA" | "EUROPE_MIDDLE_EAST" | "AMERICA_PACIFIC"
    >();
    expectTypeOf<"HK">().toExtend<CountryCode>();
    expectTypeOf<"XX">().not.toExtend<CountryCode>();
    expectTypeOf<"FAMILY_DRIVER">().toExtend<Position>();
    expectTypeOf<"DEPORTED">().toExtend<ReturnReason>();
    expectTypeOf<"UNPAID_WAGES">().toExtend<ComplaintCategory>();
    expectTypeOf<"WALK_IN">().toExtend<ComplaintChannel>();
    expectTypeOf<"KP2MI_BP2MI">().toExtend<Institution>();
    expectTypeOf<"SYARIKAH">().toExtend<EmployerType>();
    expectTypeOf<"INVESTOR">().toExtend<ExcludedCategory>();

    // @ts-expect-error: "G2G" is not a placement route code
    const route: PlacementRoute = "G2G";
    // @ts-expect-error: codes are case-sensitive
    const sector: Sector = "formal";
    // @ts-expect-error: "KSA" is not an ISO alpha-2 code
    const country: CountryCode = "KSA";
    // @ts-expect-error: BP2MI alone is not an institution code (the agency is KP2MI_BP2MI)
    const institution: Institution = "BP2MI";
    // @ts-expect-error: tables are keyed by their codes only
    PLACEMENT_ROUTES.G2G;
    void [route, sector, country, institution];
  });

  it("keeps literal values in the tables", () => {
    expectTypeOf(PLACEMENT_ROUTES.P3MI.code).toEqualTypeOf<"P3MI">();
    expectTypeOf(COUNTRIES.SA.region).toEqualTypeOf<"EUROPE_MIDDLE_EAST">();
    expectTypeOf(COUNTRIES.SA.label.id).toEqualTypeOf<"Arab Saudi">();
  });

  it("narrows unknown input through the guards and types the look-ups", () => {
    const value: unknown = "P3MI";
    if (isCodeOf(PLACEMENT_ROUTES, value)) expectTypeOf(value).toEqualTypeOf<PlacementRoute>();
    if (isCodeOf(COUNTRIES, value)) expectTypeOf(value).toEqualTypeOf<CountryCode>();
    expectTypeOf(parseCountryCode).returns.toEqualTypeOf<Result<CountryEntry>>();
    const country = parseLabel(COUNTRIES, "Hongkong");
    if (country.ok) {
      expectTypeOf(country.value.code).toEqualTypeOf<CountryCode>();
      expectTypeOf(country.value).toExtend<CountryEntry>();
    }
    const route = parseLabel(PLACEMENT_ROUTES, "G to G");
    if (route.ok) expectTypeOf(route.value.code).toEqualTypeOf<PlacementRoute>();
  });
});
