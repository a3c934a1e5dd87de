// Type tests: `tsc -p tsconfig.test.json` checks the `@ts-expect-error` lines below, so a builder
// that stopped typing the parameters from the message templates would fail the typecheck.
import { describe, expect, it } from "vitest";
import { type RuleState, report } from "../../src/documents/rules/state.js";
import type { Issue } from "../../src/index.js";
import {
  createIssue,
  type EN_MESSAGES,
  type IssueCode,
  type IssueParamsOf,
  type PlaceholderMismatch,
  type TemplateParams,
} from "../../src/index.js";

describe("createIssue's parameters are typed from the message templates", () => {
  it("accepts exactly the placeholders of the message", () => {
    const issue = createIssue("PASSPORT_NUMBER_LENGTH", ["passport"], { params: { min: 6, max: 12 } });
    expect(issue.params).toEqual({ min: 6, max: 12 });
    expect(createIssue("POLICY_NOT_IN_FORCE", [], { params: { earliest: "2017-11-22" } }).params).toEqual({
      earliest: "2017-11-22",
    });
  });

  it("refuses a missing, an extra or a misspelt placeholder at compile time", () => {
    // @ts-expect-error `max` is missing
    createIssue("PASSPORT_NUMBER_LENGTH", ["passport"], { params: { min: 6 } });
    // @ts-expect-error `extra` is not a placeholder of the message
    createIssue("PASSPORT_NUMBER_LENGTH", ["passport"], { params: { min: 6, max: 12, extra: 1 } });
    // @ts-expect-error the drift that was found: the message expects {earliest}, not {date}
    createIssue("POLICY_NOT_IN_FORCE", [], { params: { date: "2025-01-01" } });
    // @ts-expect-error a message with placeholders needs its parameters
    createIssue("INPUT_TOO_LONG", ["name"]);
    // @ts-expect-error a message without placeholders takes none
    createIssue("INPUT_REQUIRED", ["name"], { params: { max: 1 } });
    // @ts-expect-error a parameter is a string, number or boolean, never an object
    createIssue("INPUT_TOO_LONG", ["name"], { params: { max: { value: 1 } } });
    // @ts-expect-error not an issue code
    createIssue("NIK_LENGTH", []);
    expect(true).toBe(true);
  });

  it("reads placeholders, labelled ones too, from a template type", () => {
    const plain: TemplateParams<"between {min} and {max}"> = { min: 1, max: 2 };
    const labelled: TemplateParams<"document {kind:document} at {field:path}"> = { kind: "PASSPORT" };
    // @ts-expect-error a `path` placeholder is filled from the issue's path, not from a parameter
    const noPath: TemplateParams<"{min} at {field:path}"> = { min: 1, field: "x" };
    const none: IssueParamsOf<"INPUT_REQUIRED"> = {};
    expect([plain, labelled, noPath, none]).toHaveLength(4);
  });

  it("keeps the English placeholders equal to the Indonesian ones", () => {
    const agree: [PlaceholderMismatch<typeof EN_MESSAGES>] extends [never] ? true : false = true;
    // A table that differs from the Indonesian one is named by the check.
    type Drifted = Omit<typeof EN_MESSAGES, "INPUT_TOO_LONG"> & {
      readonly INPUT_TOO_LONG: "at most {limit}";
    };
    const drifted: PlaceholderMismatch<Drifted> = "INPUT_TOO_LONG";
    // @ts-expect-error only INPUT_TOO_LONG differs
    const other: PlaceholderMismatch<Drifted> = "INPUT_REQUIRED";
    const code: IssueCode = drifted;
    expect([agree, code, other]).toHaveLength(3);
  });
});

describe("a dossier rule's report is typed as createIssue is", () => {
  it("refuses a missing or extra placeholder and a missing basis, and stamps the policy", () => {
    const state = { policy: { id: "P" }, issues: [] as Issue[] } as unknown as RuleState;
    const path = ["documents", "PASSPORT", "expiryDate"];
    report(state, "PASSPORT_REMAINING_VALIDITY_SHORT", path, {
      basis: "b",
      documentKind: "PASSPORT",
      params: { months: 6 },
    });
    // @ts-expect-error `months` is missing
    report(state, "PASSPORT_REMAINING_VALIDITY_SHORT", path, { basis: "b", params: {} });
    report(state, "CONSENT_SIGNER_NOT_SPOUSE", [], {
      basis: "b",
      // @ts-expect-error `kind` is no placeholder of the message (the drift this builder found)
      params: { kind: "X", other: "MARITAL_STATUS" },
    });
    // @ts-expect-error a message without placeholders takes none
    report(state, "CONSENT_NOT_ACKNOWLEDGED", [], { basis: "b", params: { x: 1 } });
    // @ts-expect-error a rule's issue names the basis it rests on
    report(state, "CONSENT_NOT_ACKNOWLEDGED", [], {});
    // @ts-expect-error no positional arguments: the options are one typed object
    report(state, "CONSENT_NOT_ACKNOWLEDGED", [], "b", "FAMILY_CONSENT");
    expect(state.issues[0]).toEqual({
      code: "PASSPORT_REMAINING_VALIDITY_SHORT",
      severity: "error",
      path,
      params: { months: 6 },
      basis: "b",
      documentKind: "PASSPORT",
      policyId: "P",
    });
  });
});
