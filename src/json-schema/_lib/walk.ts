import type * as z from "zod";

/** One node of a zod schema tree, where it is and which event (if any) it is part of. */
export interface Visit {
  readonly node: z.core.$ZodType;
  /** The property path from the root, or from the event the node is in (array items add nothing). */
  readonly path: readonly string[];
  /** The event type, inside an event object (an object with a literal `type` and a `seq`). */
  readonly event: string | undefined;
  /** Whether the node is an object's property (the node the JSON Schema's property is made from). */
  readonly property: boolean;
}

type Def = {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly items?: readonly z.core.$ZodType[];
  readonly rest?: z.core.$ZodType | null;
  readonly left?: z.core.$ZodType;
  readonly right?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly values?: readonly unknown[];
};

const defOf = (node: z.core.$ZodType): Def => node._zod.def as unknown as Def;

/** The literal of an event object's `type`, when `shape` is one (a literal `type` and a `seq`). */
function eventType(shape: Readonly<Record<string, z.core.$ZodType>>): string | undefined {
  const type = shape.type;
  if (type === undefined || shape.seq === undefined) return undefined;
  const def = defOf(type);
  return def.type === "literal" && typeof def.values?.[0] === "string" ? def.values[0] : undefined;
}

/**
 * Calls `visit` for every node of a zod schema tree, depth first, with its path. Wrappers (optional,
 * nullable, default, readonly, …), array items, record values and union options keep their parent's
 * path, as the JSON Schema's properties do; a lazy schema is entered once (a recursive schema ends).
 */
export function walkSchema(root: z.core.$ZodType, visit: (visit: Visit) => void): void {
  const entered = new Set<z.core.$ZodType>();
  const go = (
    node: z.core.$ZodType,
    path: readonly string[],
    event: string | undefined,
    property: boolean,
  ) => {
    visit({ node, path, event, property });
    const def = defOf(node);
    if (def.type === "lazy") {
      if (entered.has(node)) return;
      entered.add(node);
    }
    if (def.shape !== undefined && def.type === "object") {
      const type = eventType(def.shape);
      const [base, inside] = type === undefined ? [path, event] : [[], type];
      for (const [key, child] of Object.entries(def.shape)) go(child, [...base, key], inside, true);
      return;
    }
    const children: (z.core.$ZodType | null | undefined)[] = [
      def.innerType,
      def.element,
      def.valueType,
      def.left,
      def.right,
      def.in,
      def.rest,
      ...(def.options ?? []),
      ...(def.items ?? []),
      // zod builds a lazy schema's inner schema once and keeps it there; `def.getter()` would build another.
      def.type === "lazy" ? (node._zod as { innerType?: z.core.$ZodType }).innerType : undefined,
    ];
    for (const child of children) if (child) go(child, path, event, false);
  };
  go(root, [], undefined, false);
}
