import { MAX_LABEL_LENGTH, normaliseLabel } from "../../_lib/normalise.js";
import { createIssue, type Issue, type PathSegment } from "../../core/issue.js";
import { err, ok, type Result } from "../../core/result.js";

/**
 * A label look-up over one taxonomy: normalised key → the codes carrying that label (one code for
 * a clear label, several for an ambiguous one).
 * @internal
 */
export type LabelIndex<C extends string> = ReadonlyMap<string, readonly C[]>;

/**
 * Builds a {@link LabelIndex} from `[code, labels]` pairs. Called lazily by each resolver (so that a
 * bundle that never resolves a label never builds the map) and cached there.
 * @internal
 */
export function buildLabelIndex<C extends string>(
  entries: Iterable<readonly [C, readonly string[]]>,
): LabelIndex<C> {
  const index = new Map<string, C[]>();
  for (const [code, labels] of entries) {
    for (const label of labels) {
      const key = normaliseLabel(label);
      const codes = index.get(key);
      if (codes === undefined) index.set(key, [code]);
      else if (!codes.includes(code)) codes.push(code);
    }
  }
  return index;
}

/**
 * Resolves outside data against a label index, reporting every reason it cannot. The issues carry
 * the taxonomy name and, when ambiguous, the candidate codes; never the label itself.
 * @internal
 */
export function resolveLabel<C extends string>(
  index: LabelIndex<C>,
  label: unknown,
  taxonomy: string,
  path: readonly PathSegment[] = [],
): Result<C> {
  const issue = checkLabelInput(label, path);
  if (issue !== undefined) return err([issue]);
  const codes = index.get(normaliseLabel(label as string));
  if (codes === undefined)
    return err([createIssue("REFERENCE_LABEL_UNKNOWN", path, { params: { taxonomy } })]);
  const [first, ...rest] = codes;
  if (first !== undefined && rest.length === 0) return ok(first);
  return err([
    createIssue("REFERENCE_LABEL_AMBIGUOUS", path, { params: { taxonomy, candidates: codes.join(", ") } }),
  ]);
}

/**
 * The shape check shared by every look-up: a non-empty string of at most {@link MAX_LABEL_LENGTH}
 * characters.
 * @internal
 */
export function checkLabelInput(label: unknown, path: readonly PathSegment[]): Issue | undefined {
  if (label === undefined || label === null) return createIssue("INPUT_REQUIRED", path);
  if (typeof label !== "string") return createIssue("INPUT_NOT_STRING", path);
  if (label.length > MAX_LABEL_LENGTH)
    return createIssue("INPUT_TOO_LONG", path, { params: { max: MAX_LABEL_LENGTH } });
  if (normaliseLabel(label) === "") return createIssue("INPUT_REQUIRED", path);
  return undefined;
}
