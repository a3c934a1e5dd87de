// The employment contract's minimum content (UU 18/2017 Pasal 15 ayat (2); Perban BP2MI 1/2020 Pasal 2),
// and its signing before the employment starts (Pasal 15 ayat (1)).
import { basisText } from "../../core/index.js";
import { contractFieldsFilled } from "../_lib/fast-paths.generated.js";
import { CONTRACT_MINIMUM_CONTENT, type ContractContentItem } from "../contract-content.js";
import { isFilled } from "./filled.js";
import { defineRule, ruleBasisText } from "./rule.js";
import { type RuleState, report } from "./state.js";

/** One minimum-content item, prepared once: the field to read, or the clause's bit in a mask. */
interface PreparedItem {
  readonly item: string;
  readonly basis: string;
  /** The field's path in the contract (`["wage", "paymentMethod"]`), or `undefined` for a clause. */
  readonly field: readonly string[] | undefined;
  readonly bit: number;
}

let prepared:
  | {
      readonly items: readonly PreparedItem[];
      readonly bits: Map<string, number>;
      /** Every clause's bit: a contract listing them all needs no clause item looked at. */
      readonly allClauses: number;
    }
  | undefined;

function preparedContent() {
  if (prepared === undefined) {
    const bits = new Map<string, number>();
    const items = (CONTRACT_MINIMUM_CONTENT as readonly ContractContentItem[]).map((entry) => {
      if (entry.clause === undefined)
        return { item: entry.item, basis: basisText(entry.basis), field: entry.field?.split("."), bit: 0 };
      let bit = bits.get(entry.clause);
      if (bit === undefined) {
        bit = 1 << bits.size;
        bits.set(entry.clause, bit);
      }
      return { item: entry.item, basis: basisText(entry.basis), field: undefined, bit };
    });
    let allClauses = 0;
    for (const bit of bits.values()) allClauses |= bit;
    prepared = { items, bits, allClauses };
  }
  return prepared;
}

/** UU 18/2017 Pasal 15 ayat (2); Perban BP2MI 1/2020 Pasal 2. */
function checkContractContent(state: RuleState): void {
  const contract = state.docs.EMPLOYMENT_CONTRACT;
  if (contract === undefined) return;
  const { items, bits, allClauses } = preparedContent();
  // The clauses listed, as a bit mask: one pass over the list instead of a search per clause.
  let listed = 0;
  const clauses = contract.clauses;
  if (clauses !== undefined)
    for (let k = 0; k < clauses.length; k++) listed |= bits.get(clauses[k] as string) ?? 0;
  // The usual complete contract: every clause listed and every field filled (read by name, in code
  // generated from the table), nothing to report.
  if ((listed & allClauses) === allClauses && contractFieldsFilled(contract)) return;
  for (const item of items) {
    const missing =
      item.field === undefined ? missingClause(listed, item.bit) : missingField(contract, item.field);
    if (missing !== undefined) {
      report(state, "CONTRACT_CONTENT_MISSING", ["documents", "EMPLOYMENT_CONTRACT", ...missing], {
        basis: item.basis,
        documentKind: "EMPLOYMENT_CONTRACT",
        params: { item: item.item },
      });
    }
  }
}

/** The path of a clause that is not listed (`clauses`), or `undefined`. */
function missingClause(listed: number, bit: number): readonly string[] | undefined {
  return (listed & bit) !== 0 ? undefined : ["clauses"];
}

/** The path up to the first part of a field that is not filled (`wage` when there is none), or `undefined`. */
function missingField(contract: object, path: readonly string[]): readonly string[] | undefined {
  let value: unknown = contract;
  for (let i = 0; i < path.length; i++) {
    // A part that is not filled ends the walk, so every part read from is an object of the schema.
    value = (value as Readonly<Record<string, unknown>>)[path[i] as string];
    if (!isFilled(value)) return path.slice(0, i + 1);
  }
  return undefined;
}

/** The contract's minimum content (each item's issue cites its own clause). @internal */
export const CONTRACT_MINIMUM_CONTENT_RULE = defineRule({
  id: "CONTRACT_MINIMUM_CONTENT",
  title: {
    id: "Perjanjian Kerja memuat isi minimal.",
    en: "The employment contract has the minimum content.",
  },
  codes: ["CONTRACT_CONTENT_MISSING"],
  basis: ["UU18_P15_2", "PERBAN_1_2020_P2"],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkContractContent,
});

/**
 * UU 18/2017 Pasal 15 ayat (1): the contract is signed before the employment relationship starts
 * (LIFECYCLE.md §2, ordering constraint 7). Signed on the start day itself is before it starts.
 */
function checkContractSignedFirst(state: RuleState): void {
  const contract = state.docs.EMPLOYMENT_CONTRACT;
  if (contract === undefined || contract.startDate === undefined || contract.signedDate <= contract.startDate)
    return;
  report(state, "CONTRACT_SIGNED_AFTER_START", ["documents", "EMPLOYMENT_CONTRACT", "signedDate"], {
    basis: ruleBasisText(CONTRACT_SIGNED_BEFORE_START),
    documentKind: "EMPLOYMENT_CONTRACT",
  });
}

/** The contract is signed no later than its start date. @internal */
export const CONTRACT_SIGNED_BEFORE_START = defineRule({
  id: "CONTRACT_SIGNED_BEFORE_START",
  title: {
    id: "Perjanjian Kerja ditandatangani paling lambat pada tanggal mulai kerja.",
    en: "The employment contract is signed no later than its start date.",
  },
  codes: ["CONTRACT_SIGNED_AFTER_START"],
  basis: ["UU18_P15_1"],
  verified: true,
  /** Appends the rule's issues for one dossier. @internal */
  check: checkContractSignedFirst,
});
