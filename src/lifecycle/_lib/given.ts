/**
 * An optional field of a parsed event: the event's own value, or `undefined` when the event leaves
 * the field out. A parsed event is a plain object holding only the fields it was given, so a plain
 * read of a field left out is looked up on Object.prototype, where a polluter may have put it (a
 * `reportVerifiedByMission: true` there would pass a guard). Every read of an optional event field
 * by the effects and the guards goes through here.
 * @internal
 */
export function given<E extends object, K extends keyof E>(event: E, key: K): E[K] | undefined {
  return Object.hasOwn(event, key) ? event[key] : undefined;
}
