import { PLACEMENT_ROUTES } from "../reference/index.js";

/**
 * Whether a case is procedural (placed through an official route) rather than `NONPROCEDURAL`, for
 * statistics. A prospect (state `PROSPECT`, no route yet) counts as procedural: it is on the
 * official path. A departure the authorities prevented as non-procedural (`BLOCKED_NONPROCEDURAL`,
 * REGULATIONS.md §15) is not, whatever route the case was registered on: a P3MI dispatching a
 * worker without the orientation is itself a non-procedural placement. Accepts anything: a value
 * without a known route gives `false`.
 *
 * @example
 * ```ts
 * isProcedural({ state: "REGISTERED", route: "P3MI" });       //=> true
 * isProcedural({ state: "IN_DISTRESS", route: "NONPROCEDURAL" }); //=> false
 * isProcedural({ state: "BLOCKED_NONPROCEDURAL", route: "P3MI" }); //=> false
 * isProcedural(null);                                          //=> false
 * ```
 */
export function isProcedural(current: unknown): boolean {
  if (current === null || typeof current !== "object") return false;
  const { route, state } = current as { route?: unknown; state?: unknown };
  if (state === "BLOCKED_NONPROCEDURAL") return false;
  if (route === undefined || route === null) return state === "PROSPECT";
  return typeof route === "string" && Object.hasOwn(PLACEMENT_ROUTES, route)
    ? PLACEMENT_ROUTES[route as keyof typeof PLACEMENT_ROUTES].procedural
    : false;
}
