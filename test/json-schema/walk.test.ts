import { describe, expect, it } from "vitest";
import * as z from "zod";
import { walkSchema } from "../../src/json-schema/_lib/walk.js";

describe("walkSchema", () => {
  it("gives each node its property path and event, and enters a recursive lazy schema once", () => {
    type Node = { name: string; children?: Node[] | undefined };
    const node: z.ZodType<Node> = z.lazy(() =>
      z.object({ name: z.string(), children: z.array(node).optional() }),
    );
    const event = z.strictObject({ type: z.literal("Departed"), seq: z.number(), at: z.string() });
    const seen: string[] = [];
    const nodes = new Set<unknown>();
    walkSchema(
      z.object({ tree: node, events: z.array(event) }),
      ({ node: visited, path, event: type, property }) => {
        nodes.add(visited);
        if (property) seen.push(`${type ?? "-"}:${path.join(".")}`);
      },
    );
    // The lazy schema's own inner instance, the one z.toJSONSchema reads, not a fresh build of it.
    expect(nodes.has((node as unknown as { _zod: { innerType: unknown } })._zod.innerType)).toBe(true);
    expect(seen).toEqual([
      "-:tree",
      "-:tree.name",
      "-:tree.children",
      "-:events",
      "Departed:type",
      "Departed:seq",
      "Departed:at",
    ]);
  });
});
