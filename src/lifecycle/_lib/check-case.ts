import { isInstant } from "../../core/index.js";
import type { Case } from "../case.js";
import { STATES } from "../states.js";

const isRecord = (value: unknown): boolean =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A cheap structural check of a case given from outside (e.g. read back from storage): the fields the
 * engine reads have the right types. It does not re-derive the case from its history (use
 * {@link replay} for that).
 * @internal
 */
export function isCaseShape(value: unknown): value is Case {
  if (!isRecord(value)) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.state === "string" &&
    Object.hasOwn(STATES, c.state) &&
    Number.isSafeInteger(c.lastSeq) &&
    (c.lastSeq as number) >= 1 &&
    isInstant(c.lastAt) &&
    isRecord(c.milestones) &&
    isRecord(c.documents) &&
    isRecord(c.worker) &&
    isRecord(c.flags) &&
    Array.isArray(c.complaints) &&
    Array.isArray(c.history)
  );
}
