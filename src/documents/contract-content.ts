import { deepFreeze } from "../core/deep-freeze.js";
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
 *   basis: "Perban BP2MI 1/2020 Pasal 2 huruf f",
 * };
 * ```
 */
export interface ContractContentItem {
  /** Item code, reported as the `item` parameter of `CONTRACT_CONTENT_MISSING`. */
  readonly item: string;
  /** Either a field of the contract that must be filled, or a clause that `clauses` must list. */
  readonly field?: string;
  readonly clause?: ContractClause;
  readonly basis: string;
}

const P15 = "UU 18/2017 Pasal 15 ayat (2)";
const PB = "Perban BP2MI 1/2020 Pasal 2";

/**
 * The minimum content of a Perjanjian Kerja: UU 18/2017 Pasal 15 ayat (2) huruf a–g, extended by
 * Perban BP2MI 1/2020 Pasal 2 huruf a–l (identity number, job description, overtime and bonus, start
 * date, extension, termination, end, dispute settlement and return procedures).
 *
 * @example
 * ```ts
 * CONTRACT_MINIMUM_CONTENT.find((c) => c.item === "START_DATE")?.basis;
 * //=> "Perban BP2MI 1/2020 Pasal 2 huruf f"
 * ```
 */
export const CONTRACT_MINIMUM_CONTENT = /* @__PURE__ */ deepFreeze([
  { item: "EMPLOYER_NAME", field: "employerName", basis: `${P15} huruf a; ${PB} huruf a` },
  { item: "EMPLOYER_PROFILE", field: "employerProfile", basis: `${P15} huruf a; ${PB} huruf a` },
  { item: "EMPLOYER_ADDRESS", field: "employerAddress", basis: `${P15} huruf a; ${PB} huruf a` },
  { item: "WORKER_NAME", field: "workerName", basis: `${P15} huruf b; ${PB} huruf b` },
  { item: "WORKER_ID_NUMBER", field: "workerIdNumber", basis: `${PB} huruf b` },
  { item: "WORKER_ADDRESS", field: "workerAddress", basis: `${P15} huruf b; ${PB} huruf b` },
  { item: "POSITION", field: "position", basis: `${P15} huruf c; ${PB} huruf c` },
  { item: "JOB_DESCRIPTION", field: "jobDescription", basis: `${PB} huruf c` },
  {
    item: "RIGHTS_AND_OBLIGATIONS",
    clause: "RIGHTS_AND_OBLIGATIONS",
    basis: `${P15} huruf d; ${PB} huruf d`,
  },
  {
    item: "WORKING_HOURS_REST_AND_LEAVE",
    clause: "WORKING_HOURS_REST_AND_LEAVE",
    basis: `${P15} huruf e; ${PB} huruf e angka 1`,
  },
  { item: "WAGE", field: "wage", basis: `${P15} huruf e; ${PB} huruf e angka 2` },
  { item: "OVERTIME_AND_BONUS", clause: "OVERTIME_AND_BONUS", basis: `${PB} huruf e angka 2` },
  { item: "FACILITIES", clause: "FACILITIES", basis: `${P15} huruf e; ${PB} huruf e angka 3` },
  { item: "SOCIAL_SECURITY", clause: "SOCIAL_SECURITY", basis: `${P15} huruf e; ${PB} huruf e angka 4` },
  { item: "DURATION", field: "durationMonths", basis: `${P15} huruf f; ${PB} huruf f` },
  { item: "START_DATE", field: "startDate", basis: `${PB} huruf f` },
  { item: "EXTENSION", clause: "EXTENSION", basis: `${PB} huruf g` },
  { item: "TERMINATION", clause: "TERMINATION", basis: `${PB} huruf h` },
  { item: "END_OF_CONTRACT", clause: "END_OF_CONTRACT", basis: `${PB} huruf i` },
  { item: "DISPUTE_SETTLEMENT", clause: "DISPUTE_SETTLEMENT", basis: `${PB} huruf j` },
  { item: "RETURN", clause: "RETURN", basis: `${PB} huruf k` },
  { item: "SAFETY_GUARANTEE", clause: "SAFETY_GUARANTEE", basis: `${P15} huruf g; ${PB} huruf l` },
] as const satisfies readonly ContractContentItem[]);
