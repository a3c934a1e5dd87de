/**
 * The shape of a key that reads as a field name: a short identifier, no run of four digits. Only such
 * a key is ever printed, in a path or a message; any other key may be data (a NIK, a name used as a
 * key) and is counted, never shown.
 */
const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;
const DIGIT_RUN = /\d{4}/;

/**
 * Whether `key` reads as a field name and may be shown in an issue's path or message.
 * @internal
 */
export function isFieldName(key: string): boolean {
  return FIELD_NAME.test(key) && !DIGIT_RUN.test(key);
}
