import { deepFreeze } from "../../_lib/deep-freeze.js";
import { madePlain } from "../../_lib/read-once.js";
import { issuesFromZod } from "../../_lib/zod-issues.js";
import { createIssue, err, ok, type Result } from "../../core/index.js";
import type { Case } from "../case.js";
import { caseSchema } from "../case-schema.js";
import { isFinishedCase } from "./draft.js";
import { readOnce } from "./read-once.js";

/**
 * Reads a case given from outside (from storage, from another system) once into a frozen copy the
 * library owns, checked by `caseSchema`; a malformed one gives `CASE_INVALID` first, then what
 * the schema finds, each at its path under `case`. A case this engine returned is frozen, so it is
 * used as it is. The shape only: that the case is the fold of its history is {@link replay}'s to check.
 * @internal
 */
export function readCase(value: unknown): Result<Case> {
  if (typeof value === "object" && value !== null && isFinishedCase(value)) return ok(value as Case);
  const read = readOnce(value);
  const parsed = caseSchema().safeParse(read.value);
  // The case schema's document records pass the copy's objects through: made plain, like the rest.
  if (parsed.success && !read.symbolKeys) return ok(deepFreeze(madePlain(parsed.data as Case)));
  const issues = parsed.success ? [] : issuesFromZod(parsed.error.issues, ["case"], read.value);
  // Symbol keys are not plain JSON data: such a case would not survive storage as it is.
  if (read.symbolKeys)
    issues.unshift(createIssue("SCHEMA_INVALID_TYPE", ["case"], { params: { expected: "object" } }));
  return err([createIssue("CASE_INVALID", ["case"]), ...issues]);
}
