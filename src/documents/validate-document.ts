import type * as z from "zod";
import type { DocumentKind } from "./kinds.js";
import { documentSchemas } from "./schemas.js";

// Documents that documents/ itself parsed and deep-froze: their schema holds and cannot stop holding,
// so `checkDossier` uses them as they are instead of parsing them again (the lifecycle's case holds
// the documents its `DocumentSubmitted` events carried, and the departure guards judge them often).
const validated = new WeakMap<object, DocumentKind>();

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/**
 * Parses a document of `kind` with its schema; a valid one comes back deep-frozen and remembered as
 * validated, so that a later {@link checkDossier} does not parse it again.
 * @internal
 */
export function validateDocument(
  kind: DocumentKind,
  raw: unknown,
):
  | { readonly success: true; readonly data: Readonly<Record<string, unknown>> }
  | z.ZodSafeParseError<unknown> {
  const parsed = (documentSchemas()[kind] as z.ZodType).safeParse(raw);
  if (!parsed.success) return parsed;
  const data = parsed.data as Readonly<Record<string, unknown>>;
  deepFreeze(data);
  validated.set(data, kind);
  return { success: true, data };
}

/**
 * Whether `value` is a document of `kind` that {@link validateDocument} produced (so it is valid for
 * that kind, and frozen).
 * @internal
 */
export function isValidatedDocument(kind: DocumentKind, value: unknown): boolean {
  return typeof value === "object" && value !== null && validated.get(value) === kind;
}
