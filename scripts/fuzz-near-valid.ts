// Inputs one step away from valid: a real event history, dossier, policy override, table or list of
// cases with one node replaced by a wrong value, and parts of it frozen or not. Random values rarely
// get past a schema's first check; these reach the deep ones, including the `.readonly()` schemas
// whose failure once froze the caller's data (a `Registered` event with `worker: []`, a repeated
// social-security programme, `definePolicy` with a bad parameter).
import fc from "fast-check";
import { POLICIES, replay } from "../src/index.js";
import { DEPARTURE, validContext, validDossier } from "../test/documents/fixtures.js";
import { at, events, PRE_PLACEMENT_ROWS } from "../test/lifecycle/fixtures.js";

const history = events(...PRE_PLACEMENT_ROWS);
const registered = history[0];
const policy = POLICIES[POLICIES.length - 1];
const ready = replay(history);
if (!ready.ok) throw new Error("fuzz-near-valid: the fixture history does not replay");

/** Valid inputs of every kind the public functions take, as plain JSON (copied fresh for each run). */
const TEMPLATES: readonly unknown[] = JSON.parse(
  JSON.stringify([
    history,
    registered,
    [{ ...registered, worker: [] }],
    [
      registered,
      { type: "SocialSecurityRegistered", seq: 2, at: at("2025-02-01"), programs: ["JKK", "JKK"] },
    ],
    ready.value,
    [ready.value, ready.value],
    validDossier(),
    validContext(),
    { ...validContext(), policy },
    { asOf: "2025-03-01", policy },
    validDossier(DEPARTURE, "E_PMI").documents,
    policy,
    { id: "MY-1", parameters: { minimumAge: { ...policy?.parameters.minimumAge, value: 21 } } },
    { id: "MY-2", parameters: { socialSecurity: policy?.parameters.socialSecurity } },
    {
      id: "MY-3",
      parameters: { moratorium: { ...policy?.parameters.moratorium, value: { countries: ["SA"] } } },
    },
    [
      { destination: "TW", sex: "F", route: "P3MI" },
      { destination: "HK", sex: "M", route: "P3MI" },
    ],
    {
      title: "Penempatan",
      total: "20.436",
      breakdowns: [
        { name: "Jenis kelamin", rows: [{ label: "Perempuan", count: "14.792", share: "72,38" }] },
      ],
      growth: [
        { label: "Total", current: "20.436", previous: "23.197", published: "11,9", direction: "turun" },
      ],
    },
    [
      { period: "2025-01", value: 10 },
      { period: "2025-02", value: 12 },
    ],
    { indicator: "placements", by: ["destination"], from: "2025-01-01" },
  ]),
);

type Node = Record<PropertyKey, unknown>;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null;

/** Freezes every object reachable from `value`. */
function freezeAll(value: unknown): void {
  // Typed arrays with elements cannot be frozen.
  if (!isNode(value) || Object.isFrozen(value) || ArrayBuffer.isView(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeAll(value[key]);
}

/** How the wrong value replaces the chosen node: a random value, or one of the classic mistakes. */
const replacement = (random: fc.Arbitrary<unknown>) =>
  fc.oneof(
    random,
    fc.constantFrom<(old: unknown) => unknown>(
      () => [],
      () => Object.freeze([]),
      () => ({}),
      (old) => (Array.isArray(old) ? [...old, ...old] : [old, old]),
      (old) => (Array.isArray(old) ? Object.freeze([...old, ...old]) : old),
      () => new Uint8Array(3),
      () => null,
      () => "1900-01-01",
      () => "2017-01-01T00:00:00+07:00",
    ),
  );

/**
 * A template copied fresh, with the node at a random path replaced and then frozen in one of five
 * ways: not at all, the whole input, only the replaced node, only the top, or only the nodes on the
 * path to the replacement.
 */
export function nearValid(random: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.nat({ max: TEMPLATES.length - 1 }),
      fc.array(fc.nat(), { maxLength: 5 }),
      replacement(random),
      fc.constantFrom("none", "none", "all", "replaced", "top", "path"),
    )
    .map(([index, steps, replace, freeze]) => {
      const root: unknown = structuredClone(TEMPLATES[index]);
      const path: Node[] = [];
      let node = root;
      let key: string | undefined;
      for (const step of steps) {
        if (!isNode(node)) break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        key = keys[step % keys.length] as string;
        path.push(node);
        if (path.length < steps.length) node = node[key];
      }
      const parent = path[path.length - 1];
      let fresh: unknown;
      if (parent !== undefined && key !== undefined) {
        const old = parent[key];
        fresh = typeof replace === "function" ? (replace as (old: unknown) => unknown)(old) : replace;
        parent[key] = fresh;
      }
      if (freeze === "all") freezeAll(root);
      else if (freeze === "replaced") freezeAll(fresh);
      else if (freeze === "top" && isNode(root)) Object.freeze(root);
      else if (freeze === "path") for (const item of path) Object.freeze(item);
      return root;
    });
}
