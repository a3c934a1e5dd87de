import { issuesFromZod } from "../../_lib/zod-issues.js";
import { createIssue, type Issue } from "../../core/index.js";
import { caseSchema } from "../case-schema.js";
import { isOwnCase } from "./step.js";

const NONE: readonly Issue[] = [];

/**
 * The issues of a case given from outside (read back from storage, received from another system):
 * `CASE_INVALID` first, then what {@link caseSchema} finds, each at its path under `case`. A case
 * this engine built is trusted as it is. The shape only: that the case is the fold of its history
 * is {@link replay}'s to check.
 * @internal
 */
export function caseIssues(value: unknown): readonly Issue[] {
  if (isOwnCase(value)) return NONE;
  const parsed = caseSchema().safeParse(value);
  if (parsed.success) return NONE;
  return [createIssue("CASE_INVALID", ["case"]), ...issuesFromZod(parsed.error.issues, ["case"], value)];
}
