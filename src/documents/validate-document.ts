import type * as z from "zod";
import { deepFreeze } from "../_lib/deep-freeze.js";
import type { DocumentKind } from "./kinds.js";
import { documentSchemas } from "./schemas.js";

/**
 * Parses a document of `kind` with its schema; a valid one comes back deep-frozen, so its schema
 * holds and cannot stop holding (the lifecycle then judges it without parsing it again: see
 * `checkValidatedDossier`).
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
  return { success: true, data };
}
