import { parsePlacementRouteLabel } from "./parse-placement-route-label.js";
import type { PlacementRouteEntry } from "./placement-routes.js";

/**
 * The {@link PLACEMENT_ROUTES} entry of a published label, or `undefined` when the label is unknown,
 * ambiguous or not a string. The forgiving twin of {@link parsePlacementRouteLabel}.
 *
 * @param label - a label, from anywhere
 * @example
 * ```ts
 * placementRouteFromLabel("perseorangan")?.code; //=> "INDIVIDUAL"
 * placementRouteFromLabel("__proto__"); //=> undefined
 * ```
 */
export function placementRouteFromLabel(label: unknown): PlacementRouteEntry | undefined {
  const result = parsePlacementRouteLabel(label);
  return result.ok ? result.value : undefined;
}
