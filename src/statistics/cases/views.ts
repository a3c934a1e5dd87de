import { isInstant } from "../../_lib/dates/instant.js";
import type { Instant } from "../../core/index.js";

/**
 * What the case indicators count: one case (or one complaint of a case) with the instant that
 * places it in a period.
 * @internal
 */
export interface CaseView {
  readonly c: Readonly<Record<string, unknown>>;
  readonly at: Instant;
  readonly complaint?: Readonly<Record<string, unknown>>;
}

/** A case as read from outside data: an object with a `milestones` object, else `undefined`. @internal */
export function asCase(value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const milestones = (value as { milestones?: unknown }).milestones;
  return typeof milestones === "object" && milestones !== null
    ? (value as Readonly<Record<string, unknown>>)
    : undefined;
}

/** The instant a milestone was first reached, if it is a valid instant. @internal */
export function milestoneOf(c: Readonly<Record<string, unknown>>, milestone: string): Instant | undefined {
  const milestones = c.milestones as Readonly<Record<string, unknown>>;
  if (!Object.hasOwn(milestones, milestone)) return undefined;
  const at = milestones[milestone];
  return isInstant(at) ? at : undefined;
}

/** A string field of an object (own property), else `undefined`. @internal */
export function field(source: unknown, name: string): string | undefined {
  if (typeof source !== "object" || source === null || !Object.hasOwn(source, name)) return undefined;
  const value = (source as Readonly<Record<string, unknown>>)[name];
  return typeof value === "string" ? value : undefined;
}
