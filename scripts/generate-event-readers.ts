// Writes src/lifecycle/_lib/event-readers.generated.ts from lifecycleEventSchemas(), the single source
// of an event's fields: for each event type, a reader that reads each own key of an event once, checks
// it with the same checks its zod schema runs, and builds the event zod would give (the fields in the
// schema's order, an optional one only when given). zod's compiled parse costs about twice as much,
// and an event from outside then still needs a second pass to prove it read no inherited field.
// A reader only vouches for a valid event: anything else (an unknown key, a missing field, a wrong
// value, `undefined`) gives `undefined`, and the event goes to zod, which says what is wrong.
// test/lifecycle/event-readers.test.ts holds the readers to zod's answers.
//
//   npx tsx scripts/generate-event-readers.ts           write the file
//   npx tsx scripts/generate-event-readers.ts --check   fail if the file is not what would be written
import { fileURLToPath } from "node:url";
import { isCalendarDate } from "../src/_lib/dates/calendar-date.js";
import { isInstant } from "../src/_lib/dates/instant.js";
import { DOCUMENT_KIND_CODES } from "../src/documents/index.js";
import {
  DEPARTURE_FAILURE_REASONS,
  HANDOVER_RECIPIENTS,
  lifecycleEventSchemas,
  SOCIAL_SECURITY_PROGRAMS,
} from "../src/lifecycle/schemas.js";
import * as reference from "../src/reference/index.js";
import { writeOrCheck } from "./write-generated.js";

const TARGET = fileURLToPath(new URL("../src/lifecycle/_lib/event-readers.generated.ts", import.meta.url));

/** The refinements the schemas use, by identity, with the module the generated file imports them from. */
const REFINEMENTS = new Map<unknown, { name: string; from: string }>([
  [isInstant, { name: "isInstant", from: "../../_lib/dates/instant.js" }],
  [isCalendarDate, { name: "isCalendarDate", from: "../../_lib/dates/calendar-date.js" }],
]);

const REFERENCE = "../../reference/index.js";
/** The lists of codes the schemas' enums are made of, with the module that exports each. */
const CODE_LISTS: readonly { name: string; from: string; codes: readonly string[] }[] = [
  ...Object.entries(reference).map(([name, codes]) => ({
    name,
    from: REFERENCE,
    codes: codes as readonly string[],
  })),
  { name: "DOCUMENT_KIND_CODES", from: "../../documents/index.js", codes: DOCUMENT_KIND_CODES },
  ...Object.entries({ DEPARTURE_FAILURE_REASONS, HANDOVER_RECIPIENTS, SOCIAL_SECURITY_PROGRAMS }).map(
    ([name, codes]) => ({ name, from: "../schemas.js", codes }),
  ),
].filter(
  ({ name, codes }) =>
    name.endsWith("S") && Array.isArray(codes) && codes.every((c) => typeof c === "string"),
);

/** The part of a zod schema's definition the generator reads. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  entries?: Record<string, unknown>;
  values?: unknown[];
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  fn?: unknown;
}
type Schema = { _zod: { def: Def } };

/** A declaration of the generated module: a constant, or a function with a comment naming its users. */
interface Declaration {
  readonly name: string;
  readonly text: string;
  /** The comment's sentence, completed by the users. */
  readonly what?: string | undefined;
  readonly users: Set<string>;
}

/** What the generated module declares, each once, named in the order first met. */
class Module {
  readonly imports = new Map<string, string>();
  readonly constants: Declaration[] = [];
  readonly functions: Declaration[] = [];
  private readonly declared = new Map<unknown, Declaration>();
  private readonly taken = new Set<string>();

  /**
   * The name of the declaration of `key` (its text, or the schema it reads), declared the first time
   * under `hint` (numbered when the hint is taken); `user` is added to the users its comment names.
   */
  declare(
    hint: string,
    key: unknown,
    text: (name: string) => string,
    comment?: { what: string; user: string },
  ): string {
    let found = this.declared.get(key);
    if (found === undefined) {
      let name = hint;
      for (let n = 2; this.taken.has(name); n++) name = `${hint}${n}`;
      this.taken.add(name);
      found = { name, text: text(name), what: comment?.what, users: new Set() };
      this.declared.set(key, found);
      (comment === undefined ? this.constants : this.functions).push(found);
    }
    if (comment !== undefined) found.users.add(comment.user);
    return found.name;
  }

  /** The declarations' text. */
  render(list: readonly Declaration[]): string[] {
    return list.flatMap(({ text, what, users }) =>
      what === undefined ? [text] : [`/** ${what}: ${[...users].join(", ")}. */`, text, ""],
    );
  }
}

const capital = (hint: string) => hint[0]?.toUpperCase() + hint.slice(1);
const constant = (hint: string) => hint.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/** The conditions, on `v`, of a value's checks (a length, a number's bounds, a pattern, a refinement). */
function checkTerms(def: Def, module: Module, hint: string): string[] {
  const terms: string[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    // A check's `when` only lets zod skip it; a reader that runs every check vouches for no more.
    if (c.check === "min_length") terms.push(`v.length >= ${c.minimum}`);
    else if (c.check === "max_length") terms.push(`v.length <= ${c.maximum}`);
    else if (c.check === "greater_than") terms.push(`v ${c.inclusive ? ">=" : ">"} ${c.value}`);
    else if (c.check === "less_than") terms.push(`v ${c.inclusive ? "<=" : "<"} ${c.value}`);
    else if (c.check === "number_format" && c.format === "safeint") terms.push("Number.isSafeInteger(v)");
    else if (c.check === "string_format" && c.format === "regex" && c.pattern !== undefined) {
      if (c.pattern.global || c.pattern.sticky)
        throw new Error(`a stateful pattern ${c.pattern} is not generated`);
      const pattern = String(c.pattern);
      const name = module.declare(`${constant(hint)}_PATTERN`, pattern, (n) => `const ${n} = ${pattern};`);
      terms.push(`${name}.test(v)`);
    } else if (c.check === "custom") {
      const refinement = REFINEMENTS.get(c.fn);
      if (refinement === undefined)
        throw new Error("a refinement the generator does not know is not generated");
      module.imports.set(refinement.name, refinement.from);
      terms.push(`${refinement.name}(v)`);
    } else throw new Error(`the check ${c.check} ${c.format ?? ""} is not generated`);
  }
  return terms;
}

/**
 * The statements that read the field `key` of `input` once into `local` as `schema` gives it (the
 * value, or a fresh copy of an object or a list), and refuse the event when it is not valid.
 */
function readField(schema: Schema, key: string, local: string, module: Module): string[] {
  const def = schema._zod.def;
  if (def.type === "object" || def.type === "array" || def.type === "record") {
    const read =
      def.type === "object"
        ? objectReader(def, module, key)
        : def.type === "array"
          ? arrayReader(def, module, key)
          : recordReader(def, module, key);
    return [`${local} = ${read}(input.${key});`, `if (${local} === undefined) return undefined;`];
  }
  return [`${local} = input.${key};`, `if (!${valueCheck(def, module, key)}(${local})) return undefined;`];
}

/** The name of a function that says whether a value is valid for a schema of a primitive value. */
function valueCheck(def: Def, module: Module, hint: string): string {
  let first: string;
  let what: string;
  if (def.type === "string" || def.type === "number" || def.type === "boolean") {
    first = `typeof v === "${def.type}"`;
    what = `A ${def.type}`;
  } else if (def.type === "literal") {
    if (def.values?.length !== 1 || typeof def.values[0] !== "string")
      throw new Error("only a string literal is generated");
    first = `v === ${JSON.stringify(def.values[0])}`;
    what = `The literal ${first.slice(6)}`;
  } else if (def.type === "enum") {
    const list = JSON.stringify(Object.values(def.entries ?? {}));
    // A list of codes the library exports is imported, not written out again.
    const source = CODE_LISTS.find(({ codes }) => JSON.stringify(codes) === list);
    if (source !== undefined) module.imports.set(source.name, source.from);
    const name = module.declare(
      `${constant(hint)}_SET`,
      list,
      (n) => `const ${n}: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(${source?.name ?? list});`,
    );
    first = `${name}.has(v)`;
    what = `One of ${name}`;
  } else throw new Error(`a schema of type ${def.type} is not generated`);
  const terms = [first, ...checkTerms(def, module, hint)];
  const body = terms.join(" && ");
  // A boolean has no check of its own: one function serves every flag.
  return module.declare(
    def.type === "boolean" ? "isBoolean" : `is${capital(hint)}`,
    body,
    (name) => `const ${name} = (v: unknown): boolean => ${body};`,
    {
      what: `${what}${terms.length > 1 ? ", with the checks of its schema" : ""}; the check of`,
      user: hint,
    },
  );
}

/** The name of a function that reads a list whose items are checked (a fresh list, or `undefined`). */
function arrayReader(def: Def, module: Module, hint: string): string {
  const itemDef = (def.element as Schema)._zod.def;
  if (itemDef.type === "object" || itemDef.type === "array")
    throw new Error("a list of objects is not generated");
  const check = valueCheck(itemDef, module, `${hint}Item`);
  const lengthTerms = checkTerms(def, module, hint);
  const text = (name: string) =>
    [
      `function ${name}(value: unknown): unknown[] | undefined {`,
      "  if (!Array.isArray(value)) return undefined;",
      "  const v: unknown[] = value;",
      ...(lengthTerms.length > 0 ? [`  if (!(${lengthTerms.join(" && ")})) return undefined;`] : []),
      "  const out: unknown[] = [];",
      "  for (let i = 0; i < v.length; i++) {",
      "    const item = v[i];",
      `    if (!${check}(item)) return undefined;`,
      "    out.push(item);",
      "  }",
      "  return out;",
      "}",
    ].join("\n");
  return module.declare(`read${capital(hint)}`, def, text, {
    what: "A list of checked items, copied as zod copies it; the reader of",
    user: hint,
  });
}

/**
 * The name of a function that checks a record of any values by its keys and gives it as it is: its
 * values are for the caller to judge (parse-event.ts judges a submitted document by its kind's
 * schema), so they are neither read nor copied here.
 */
function recordReader(def: Def, module: Module, hint: string): string {
  if (def.valueType?._zod.def.type !== "unknown")
    throw new Error("only a record of unknown values is generated");
  const key = valueCheck((def.keyType as Schema)._zod.def, module, `${hint}Key`);
  const text = (name: string) =>
    [
      `function ${name}(value: unknown): unknown {`,
      '  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;',
      `  for (const key of Object.keys(value)) if (!${key}(key)) return undefined;`,
      "  return value;",
      "}",
    ].join("\n");
  return module.declare(`read${capital(hint)}`, def, text, {
    what: "A record whose keys are checked, given as it is (its values are the caller's to judge); the reader of",
    user: hint,
  });
}

/** The fields of an object schema: its key, whether it may be left out, and its inner schema. */
function fieldsOf(def: Def): { key: string; optional: boolean; schema: Schema }[] {
  if (def.catchall?._zod.def.type !== "never") throw new Error("only a strict object is generated");
  return Object.entries(def.shape ?? {}).map(([key, schema]) => {
    const optional = schema._zod.def.type === "optional";
    return { key, optional, schema: optional ? (schema._zod.def.innerType as Schema) : schema };
  });
}

/**
 * The body of a reader of a strict object: each own key read once and checked, an unknown key or an
 * invalid value refused, then the object zod builds (the schema's order, a field left out left out).
 * `given` names a field already read by the caller (an event's `type`), passed as a parameter.
 */
function objectBody(def: Def, module: Module, given?: string): string[] {
  const fields = fieldsOf(def);
  const local = (key: string) => `f_${key}`;
  // One line per key: the reader of an event reads as a list of its fields.
  const cases = fields.map(({ key, schema }) =>
    [
      `      case ${JSON.stringify(key)}:`,
      ...(key === given ? [`${local(key)} = ${given};`] : readField(schema, key, local(key), module)),
      "break;",
    ].join(" "),
  );
  const required = fields.filter((f) => !f.optional).map((f) => local(f.key));
  // The literal holds the fields up to the first optional one; the rest are added in order.
  const firstOptional = fields.findIndex((f) => f.optional);
  const head = firstOptional === -1 ? fields : fields.slice(0, firstOptional);
  const tail = firstOptional === -1 ? [] : fields.slice(firstOptional);
  return [
    ...fields.map(({ key }) => `  let ${local(key)}: unknown;`),
    "  for (const key of Object.keys(input)) {",
    "    switch (key) {",
    ...cases,
    "      default: return undefined;",
    "    }",
    "  }",
    ...(required.length > 0
      ? [`  if (${required.map((r) => `${r} === undefined`).join(" || ")}) return undefined;`]
      : []),
    head.length > 0
      ? `  const out: Fields = { ${head.map(({ key }) => `${key}: ${local(key)}`).join(", ")} };`
      : "  const out: Fields = {};",
    ...tail.map(({ key, optional }) =>
      optional
        ? `  if (${local(key)} !== undefined) out.${key} = ${local(key)};`
        : `  out.${key} = ${local(key)};`,
    ),
    "  return out;",
  ];
}

/** The name of a function that reads a nested strict object (a fresh object, or `undefined`). */
function objectReader(def: Def, module: Module, hint: string): string {
  const body = objectBody(def, module);
  const text = (name: string) =>
    [
      `function ${name}(value: unknown): Fields | undefined {`,
      '  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;',
      "  const input = value as Fields;",
      ...body,
      "}",
    ].join("\n");
  return module.declare(`read${capital(hint)}`, def, text, {
    what: `An object of the fields ${Object.keys(def.shape ?? {}).join(", ")}, copied as zod copies it; the reader of`,
    user: hint,
  });
}

/**
 * The generated module's text, for the event schemas given (the library's by default). Throws on a
 * schema, a check or a refinement it cannot write a reader for, rather than write one that checks less.
 */
export function renderEventReaders(
  schemas: Readonly<Record<string, unknown>> = lifecycleEventSchemas(),
): string {
  const module = new Module();
  const readers = new Module();
  const entries: string[] = [];
  for (const [type, schema] of Object.entries(schemas as Record<string, Schema>)) {
    const def = schema._zod.def;
    // The type is a parameter, so events with the same payload share one reader.
    const body = objectBody(def, module, "type");
    const payload = Object.keys(def.shape ?? {}).length > 3;
    const name = readers.declare(
      payload ? `read${type}` : "readEventWithoutPayload",
      body.join("\n"),
      (n) => [`function ${n}(input: Fields, type: string): Fields | undefined {`, ...body, "}"].join("\n"),
      { what: "The events, their own keys read once and checked as their schema checks them", user: type },
    );
    entries.push(`  ["${type}", ${name}],`);
  }
  const imports = [...module.imports].sort(([, a], [, b]) => a.localeCompare(b));
  return [
    "// Generated by scripts/generate-event-readers.ts from lifecycleEventSchemas(); do not edit by hand.",
    "// `npm run lifecycle:generate` rewrites it; `npm run lifecycle:check` (part of `npm test`) fails when stale.",
    ...[...new Set(imports.map(([, from]) => from))].map(
      (from) =>
        `import { ${imports
          .filter(([, f]) => f === from)
          .map(([name]) => name)
          .sort()
          .join(", ")} } from "${from}";`,
    ),
    "",
    "type Fields = Record<string, unknown>;",
    "",
    ...module.render(module.constants),
    "",
    ...module.render(module.functions),
    ...readers.render(readers.functions),
    "/**",
    " * The reader of each event type, by type: the event zod would give when the input is a valid event",
    " * made of its own keys, else `undefined` (the event then goes to zod, which says what is wrong).",
    " * A submitted document is given as it is: parse-event.ts judges it by its kind's schema.",
    " * @internal",
    " */",
    "export const EVENT_READERS: ReadonlyMap<string, (input: Fields, type: string) => Fields | undefined> = /* @__PURE__ */ new Map([",
    ...entries,
    "]);",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeOrCheck(TARGET, renderEventReaders(), "npm run lifecycle:generate");
}
