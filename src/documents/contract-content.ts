import { deepFreeze } from "../_lib/deep-freeze.js";
import type { BasisRef } from "../core/index.js";

/**
 * The clauses of an employment contract that are not a single data field, by code. A contract lists
 * the ones it contains in `clauses`.
 *
 * @example
 * ```ts
 * CONTRACT_CLAUSE_CODES.includes("DISPUTE_SETTLEMENT"); //=> true
 * ```
 */
export const CONTRACT_CLAUSE_CODES = /* @__PURE__ */ deepFreeze([
  "RIGHTS_AND_OBLIGATIONS",
  "WORKING_HOURS_REST_AND_LEAVE",
  "OVERTIME_AND_BONUS",
  "FACILITIES",
  "SOCIAL_SECURITY",
  "EXTENSION",
  "TERMINATION",
  "END_OF_CONTRACT",
  "DISPUTE_SETTLEMENT",
  "RETURN",
  "SAFETY_GUARANTEE",
] as const);

/**
 * A clause code of {@link CONTRACT_CLAUSE_CODES}.
 *
 * @example
 * ```ts
 * const clause: ContractClause = "RETURN";
 * ```
 */
export type ContractClause = (typeof CONTRACT_CLAUSE_CODES)[number];

/**
 * One item of {@link CONTRACT_MINIMUM_CONTENT}.
 *
 * @example
 * ```ts
 * const startDate: ContractContentItem = {
 *   item: "START_DATE",
 *   field: "startDate",
 *   basis: [["PERBAN_1_2020_P2", "huruf f"]],
 * };
 * ```
 */
export interface ContractContentItem {
  /** Item code, reported as the `item` parameter of `CONTRACT_CONTENT_MISSING`. */
  readonly item: string;
  /**
   * Either a field of the contract that must be filled (a dotted path for a nested one:
   * `"wage.paymentMethod"`, which needs the wage too), or a clause that `clauses` must list.
   */
  readonly field?: string;
  readonly clause?: ContractClause;
  /** The legal bases, by id of `LEGAL_BASES` (printed by `basisText`). */
  readonly basis: readonly BasisRef[];
}

/**
 * The minimum content of a Perjanjian Kerja: UU 18/2017 Pasal 15 ayat (2) huruf a–g, extended by
 * Perban BP2MI 1/2020 Pasal 2 huruf a–l (identity number, job description, overtime and bonus, start
 * date, extension, termination, end, dispute settlement and return procedures).
 *
 * @example
 * ```ts
 * basisText(CONTRACT_MINIMUM_CONTENT.find((c) => c.item === "START_DATE")!.basis);
 * //=> "Perban BP2MI 1/2020 Pasal 2 huruf f"
 * ```
 */
export const CONTRACT_MINIMUM_CONTENT = /* @__PURE__ */ deepFreeze([
  {
    item: "EMPLOYER_NAME",
    field: "employerName",
    basis: [
      ["UU18_P15_2", "huruf a"],
      ["PERBAN_1_2020_P2", "huruf a"],
    ],
  },
  {
    item: "EMPLOYER_PROFILE",
    field: "employerProfile",
    basis: [
      ["UU18_P15_2", "huruf a"],
      ["PERBAN_1_2020_P2", "huruf a"],
    ],
  },
  {
    item: "EMPLOYER_ADDRESS",
    field: "employerAddress",
    basis: [
      ["UU18_P15_2", "huruf a"],
      ["PERBAN_1_2020_P2", "huruf a"],
    ],
  },
  {
    item: "WORKER_NAME",
    field: "workerName",
    basis: [
      ["UU18_P15_2", "huruf b"],
      ["PERBAN_1_2020_P2", "huruf b"],
    ],
  },
  { item: "WORKER_ID_NUMBER", field: "workerIdNumber", basis: [["PERBAN_1_2020_P2", "huruf b"]] },
  {
    item: "WORKER_ADDRESS",
    field: "workerAddress",
    basis: [
      ["UU18_P15_2", "huruf b"],
      ["PERBAN_1_2020_P2", "huruf b"],
    ],
  },
  {
    item: "POSITION",
    field: "position",
    basis: [
      ["UU18_P15_2", "huruf c"],
      ["PERBAN_1_2020_P2", "huruf c"],
    ],
  },
  { item: "JOB_DESCRIPTION", field: "jobDescription", basis: [["PERBAN_1_2020_P2", "huruf c"]] },
  {
    item: "RIGHTS_AND_OBLIGATIONS",
    clause: "RIGHTS_AND_OBLIGATIONS",
    basis: [
      ["UU18_P15_2", "huruf d"],
      ["PERBAN_1_2020_P2", "huruf d"],
    ],
  },
  {
    item: "WORKING_HOURS_REST_AND_LEAVE",
    clause: "WORKING_HOURS_REST_AND_LEAVE",
    basis: [
      ["UU18_P15_2", "huruf e"],
      ["PERBAN_1_2020_P2", "huruf e angka 1"],
    ],
  },
  {
    // "Upah dan cara pembayarannya": the wage and how it is paid.
    item: "WAGE",
    field: "wage.paymentMethod",
    basis: [
      ["UU18_P15_2", "huruf e"],
      ["PERBAN_1_2020_P2", "huruf e angka 2"],
    ],
  },
  {
    item: "OVERTIME_AND_BONUS",
    clause: "OVERTIME_AND_BONUS",
    basis: [["PERBAN_1_2020_P2", "huruf e angka 2"]],
  },
  {
    item: "FACILITIES",
    clause: "FACILITIES",
    basis: [
      ["UU18_P15_2", "huruf e"],
      ["PERBAN_1_2020_P2", "huruf e angka 3"],
    ],
  },
  {
    item: "SOCIAL_SECURITY",
    clause: "SOCIAL_SECURITY",
    basis: [
      ["UU18_P15_2", "huruf e"],
      ["PERBAN_1_2020_P2", "huruf e angka 4"],
    ],
  },
  {
    item: "DURATION",
    field: "durationMonths",
    basis: [
      ["UU18_P15_2", "huruf f"],
      ["PERBAN_1_2020_P2", "huruf f"],
    ],
  },
  { item: "START_DATE", field: "startDate", basis: [["PERBAN_1_2020_P2", "huruf f"]] },
  { item: "EXTENSION", clause: "EXTENSION", basis: [["PERBAN_1_2020_P2", "huruf g"]] },
  { item: "TERMINATION", clause: "TERMINATION", basis: [["PERBAN_1_2020_P2", "huruf h"]] },
  { item: "END_OF_CONTRACT", clause: "END_OF_CONTRACT", basis: [["PERBAN_1_2020_P2", "huruf i"]] },
  { item: "DISPUTE_SETTLEMENT", clause: "DISPUTE_SETTLEMENT", basis: [["PERBAN_1_2020_P2", "huruf j"]] },
  { item: "RETURN", clause: "RETURN", basis: [["PERBAN_1_2020_P2", "huruf k"]] },
  {
    item: "SAFETY_GUARANTEE",
    clause: "SAFETY_GUARANTEE",
    basis: [
      ["UU18_P15_2", "huruf g"],
      ["PERBAN_1_2020_P2", "huruf l"],
    ],
  },
] as const satisfies readonly ContractContentItem[]);
