/** Whether `value.trim()` is empty; a string starting with a printable ASCII non-space is not. */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return value.trim() === "";
}

/**
 * Whether a contract field counts as filled: given, and not a blank string.
 * @internal
 */
export function isFilled(value: unknown): boolean {
  return value !== undefined && (typeof value !== "string" || !isBlank(value));
}
