import { holdsOnlyOwnFields, readOnce } from "../../_lib/read-once.js";
import { issuesFromZod } from "../../_lib/zod-issues.js";
import { createIssue, err, ok, type PathSegment, type Result } from "../../core/index.js";
import { validateDocument } from "../../documents/validate-document.js";
import { EVENT_TYPES, type EventType } from "../events.js";
import { type EventOf, type LifecycleEvent, lifecycleEventSchemas } from "../schemas.js";
import { EVENT_READERS } from "./event-readers.generated.js";
import { given } from "./given.js";

/**
 * Validates one event from outside data. Issues never carry a submitted value; their paths start
 * with `index` when given (the event's place in a history). `pristine` is
 * `objectPrototypeIsPristine()`, asked once by the caller for all its events.
 * @internal
 */
export function parseEvent(raw: unknown, pristine: boolean, index?: number): Result<LifecycleEvent> {
  const read = readValidEvent(raw);
  return read === undefined ? parseWithZod(raw, pristine, index) : finishRead(read, index);
}

/** An event a generated reader vouched for, frozen; a submitted document judged by its kind's schema. */
function finishRead(read: LifecycleEvent, index: number | undefined): Result<LifecycleEvent> {
  if (read.type !== "DocumentSubmitted") return ok(freezeEvent(read));
  // The reader gives the caller's document as it is. The kind's schema reads it itself when what it
  // gives holds only the document's own fields; else, and whenever it is refused, the verdict is
  // that of a read-once copy, which inherits no key.
  const given = read.document;
  const direct = validateDocument(read.kind, given);
  if (direct.success && holdsOnlyOwnFields(direct.data, given)) return withValidDocument(read, direct.data);
  return withDocument(read, readOnce(given), index);
}

/**
 * {@link parseEvent} by the event type's zod schema: the plain path, for an event the generated
 * readers do not vouch for.
 * @internal
 */
export function parseWithZod(
  raw: unknown,
  pristine: boolean,
  index: number | undefined,
): Result<LifecycleEvent> {
  // On a polluted Object.prototype the event is judged as a copy that inherits no key: the strict
  // schemas would otherwise meet the pollution as an unknown key (or take a missing field from it).
  // Else zod's parse is the one read of the input, and its output the fresh value kept.
  const input = pristine ? raw : readOnce(raw);
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return err([createIssue("INPUT_NOT_OBJECT", pathOf(index))]);
  }
  const type = (input as { type?: unknown }).type;
  if (typeof type !== "string" || !Object.hasOwn(EVENT_TYPES, type)) {
    return err([createIssue("EVENT_TYPE_UNKNOWN", [...pathOf(index), "type"])]);
  }
  const parsed = lifecycleEventSchemas()[type as EventType].safeParse(input);
  if (!parsed.success) return err(issuesFromZod(parsed.error.issues, pathOf(index), input));
  // zod built a fresh value (each key of the input read once); it is frozen here, never the input.
  const event = parsed.data as LifecycleEvent;
  if (event.type !== "DocumentSubmitted") return ok(freezeEvent(event));
  // The document itself is judged by its kind's schema from documents/.
  // Parsed and deep-frozen here; a dossier the engine builds holds only documents validated here
  // (dossier.ts), so the departure guards need not parse them again.
  // From the copy, which inherits no key (zod's record output does), so its strict schema finds none;
  // on a pristine Object.prototype, from zod's output (the input's document read once).
  return withDocument(event, pristine ? event.document : (input as { document: unknown }).document, index);
}

/** A document submission whose envelope is valid: its document judged by its kind's schema. */
function withDocument(
  event: EventOf<"DocumentSubmitted">,
  given: unknown,
  index: number | undefined,
): Result<LifecycleEvent> {
  const document = validateDocument(event.kind, given);
  if (!document.success) {
    return err(issuesFromZod(document.error.issues, [...pathOf(index), "document"], given));
  }
  return withValidDocument(event, document.data);
}

/** The event with its validated (deep-frozen) document, frozen. */
function withValidDocument(event: EventOf<"DocumentSubmitted">, document: unknown): Result<LifecycleEvent> {
  // The event is a fresh copy, so the document is set on it rather than spread into another:
  // V8 freezes a spread copy with no new key slowly (about 1 µs, a new hidden class each time).
  (event as { document: unknown }).document = document;
  return ok(Object.freeze(event));
}

/**
 * Validates one event on its own (`applyEvent`). A valid event of own keys is read by its generated
 * reader. Any other (an invalid event, or one whose fields are not all plain own data) is judged as
 * a read-once copy, as on a polluted Object.prototype: without asking whether Object.prototype is
 * pristine, which costs more than the copy of one event.
 * @internal
 */
export function parseOneEvent(raw: unknown): Result<LifecycleEvent> {
  const read = readValidEvent(raw);
  if (read !== undefined) return finishRead(read, undefined);
  return parseWithZod(raw, false, undefined);
}

/**
 * The event a valid event of own keys gives, read by its type's generated reader (the fields zod's
 * parse would give, each own key read once, so neither a copy nor the own-field check is needed), or
 * `undefined` for anything else, which zod then judges and explains.
 * @internal
 */
export function readValidEvent(raw: unknown): LifecycleEvent | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || !Object.hasOwn(raw, "type")) {
    return undefined;
  }
  const type = (raw as { type: unknown }).type;
  if (typeof type !== "string") return undefined;
  return EVENT_READERS.get(type)?.(raw as Record<string, unknown>, type) as LifecycleEvent | undefined;
}

/** The path of an event's issues, built only when there is one to report. */
function pathOf(index: number | undefined): PathSegment[] {
  return index === undefined ? [] : [index];
}

/** Freezes a parsed event and the objects in it: an event nests only `worker` and `programs`. */
function freezeEvent(event: LifecycleEvent): LifecycleEvent {
  const parsed = event as { worker?: object; programs?: object };
  const worker = given(parsed, "worker");
  const programs = given(parsed, "programs");
  if (worker !== undefined) Object.freeze(worker);
  if (programs !== undefined) Object.freeze(programs);
  return Object.freeze(event);
}
