import * as z from "zod";
import { calendarDateSchema, codeSchema, countryCodeSchema, lazy } from "../_lib/schemas.js";
import { COST_COMPONENT_CODES } from "./cost-components.js";

/**
 * A policy id: 1–64 characters, a letter or digit first, then letters, digits, `.`, `_`, `+` or `-`
 * (so a derived policy can be named `"ID-2025-P2MI+SPSK-AGENCIES"`).
 * @internal
 */
export const POLICY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/** The rule of {@link POLICY_ID_PATTERN} in words, for error messages. @internal */
export const POLICY_ID_RULE =
  "a policy id has 1 to 64 characters: a letter or digit first, then letters, digits, '.', '_', '+' or '-'";

/**
 * Bounds for reading a policy from outside (see `readOnce`): no list in a valid policy is longer
 * than 1,000 (the SPSK agencies) and no object in it has more than 32 keys (the widest has 14),
 * so a longer list or a wider object is cut before it is read. A huge value is then refused as
 * fast as a small wrong one, instead of being copied and validated item by item (a list of 100,000
 * items took about 70 ms, an object of 100,000 keys over a second). A test checks the bounds
 * against the schema.
 * @internal
 */
export const POLICY_READ_LIMITS = { maxLength: 1000, maxKeys: 32 } as const;

/**
 * The most policies a list given from outside may hold (`policyOn`'s list, the lifecycle's
 * `policies` option): a list is read entry by entry, so a longer one is refused before it is read.
 * @internal
 */
export const MAX_POLICIES = 1000;

/** Builds the schema of one parameter: its value, the legal basis and whether the notes verify it. */
function param<T extends z.ZodType>(value: T) {
  return z
    .strictObject({
      value,
      basis: z.string().min(1).max(500),
      verified: z.boolean(),
      note: z.string().max(2000).optional(),
      // What a failed check of this parameter is: a refusal (the default) or a warning. Decided per
      // UNVERIFIED parameter, with the reason in `note`.
      severity: z.enum(["error", "warning"]).optional(),
    })
    .readonly();
}

const codes = () => z.array(codeSchema()).max(200).readonly();
const countries = () => z.array(countryCodeSchema()).max(300).readonly();
/** A number of months, from `least` (one check: a value below it is reported once). */
const months = (least = 0) => z.number().int().min(least).max(600);
const rupiah = () => z.number().int().min(0).max(1_000_000_000_000);

function buildPolicySchema() {
  // A function each, not one shared instance: pekerja-migran/json-schema describes fields by instance.
  const severity = () => z.enum(["error", "warning"]);
  const card = () => z.enum(["E_PMI", "E_KPMI"]);
  return z
    .strictObject({
      id: z.string().min(1).max(64).regex(POLICY_ID_PATTERN),
      name: z.strictObject({ id: z.string().min(1).max(200), en: z.string().min(1).max(200) }).readonly(),
      effectiveFrom: calendarDateSchema(),
      effectiveFromVerified: z.boolean(),
      effectiveFromNote: z.string().max(2000),
      basis: z.string().min(1).max(500),
      parameters: z
        .strictObject({
          // UU 18/2017 Pasal 5 huruf a sets 18 as the floor (placing a younger worker is a crime,
          // Pasal 80): a policy may raise it, never lower it.
          minimumAge: param(z.number().int().min(18).max(100)),
          householdMinimumAge: param(
            z.strictObject({ enabled: z.boolean(), age: z.number().int().min(0).max(100) }).readonly(),
          ),
          healthCertificateValidityMonths: param(months(1)),
          pregnancyVoidsHealthCertificate: param(z.boolean()),
          infantRule: param(
            z.strictObject({ enabled: z.boolean(), minimumChildAgeMonths: months() }).readonly(),
          ),
          passportMinimumRemaining: param(
            z.strictObject({ months: months(), severity: severity() }).readonly(),
          ),
          preWorkCoverMonths: param(months(1)),
          individualPreDepartureCoverMonths: param(months(1)),
          socialSecurity: param(
            z
              .strictObject({
                mandatoryPrograms: z
                  .array(z.enum(["JKK", "JKM", "JHT"]))
                  .max(3)
                  .readonly(),
                preWorkContribution: rupiah(),
                duringAndAfterTiers: z
                  .array(z.strictObject({ months: months(1), contribution: rupiah() }).readonly())
                  .max(20)
                  .readonly(),
                perExtraMonth: rupiah(),
              })
              .readonly(),
          ),
          moratorium: param(
            z
              .strictObject({
                countries: countries(),
                householdPositions: codes(),
                householdEmployerTypes: codes(),
              })
              .readonly(),
          ),
          spsk: param(
            z
              .strictObject({
                enabled: z.boolean(),
                country: countryCodeSchema(),
                cities: z.array(z.string().min(1).max(100)).max(100).readonly(),
                positions: codes(),
                designatedAgencies: z.array(z.string().min(1).max(100)).max(1000).readonly(),
                employerTypes: codes(),
              })
              .readonly(),
          ),
          zeroCost: param(
            z
              .strictObject({
                positions: codes(),
                workerCategories: codes(),
                components: z.array(z.enum(COST_COMPONENT_CODES)).max(COST_COMPONENT_CODES.length).readonly(),
              })
              .readonly(),
          ),
          workerCard: param(
            z
              .strictObject({
                issued: card(),
                legacy: card().nullable(),
                legacyIssuedBefore: calendarDateSchema().nullable(),
              })
              .readonly(),
          ),
          permittedDestinations: param(
            z.strictObject({ enforced: z.boolean(), countries: countries() }).readonly(),
          ),
        })
        .readonly(),
    })
    .readonly();
}

/**
 * The zod schema of a {@link Policy}, built on first call and cached (so importing the library does
 * not build it). It is the single source of the `Policy` type.
 *
 * @example
 * ```ts
 * policySchema().safeParse(POLICIES[0]).success; //=> true
 * policySchema().safeParse({ id: "x" }).success; //=> false
 * ```
 */
export const policySchema = lazy(buildPolicySchema);

/**
 * An effective-dated, versioned bundle of the parameters the dossier rules read. Every parameter is a
 * {@link PolicyParam}: its value, its legal basis and whether the domain notes verify it.
 *
 * @example
 * ```ts
 * const policy: Policy = policyOn("2026-01-15")!;
 * policy.parameters.minimumAge.value; //=> 18
 * ```
 */
export type Policy = z.output<ReturnType<typeof policySchema>>;

/**
 * The parameters of a {@link Policy}, by name.
 *
 * @example
 * ```ts
 * const name: keyof PolicyParameters = "healthCertificateValidityMonths";
 * ```
 */
export type PolicyParameters = Policy["parameters"];

/**
 * One policy parameter: `value`, the legal `basis`, `verified: false` when the domain notes mark the
 * point UNVERIFIED (then the value is a conservative default), and an optional `note`.
 *
 * @example
 * ```ts
 * const age: PolicyParam<number> = { value: 18, basis: "UU 18/2017 Pasal 5 huruf a", verified: true };
 * ```
 */
export interface PolicyParam<T> {
  readonly value: T;
  readonly basis: string;
  readonly verified: boolean;
  readonly note?: string | undefined;
  /**
   * What a failed check of the parameter is: `"error"` (refuses; the default) or `"warning"`. Set on
   * UNVERIFIED parameters, with the reason in `note`.
   */
  readonly severity?: "error" | "warning" | undefined;
}
