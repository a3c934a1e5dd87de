import { twoDigits } from "../../_lib/read-id-digits.js";
import { createIssue, type Issue, type PathSegment } from "../../core/issue.js";
import { isProvinceNumber } from "../province-codes.js";

/**
 * Checks the region prefix `PPKKCC` shared by NIK and KK numbers: a known province, a regency/city
 * and a district that are not `00`. Appends every problem to `issues`.
 *
 * Only the province is checked against a list: the regency and district tables live in
 * `pekerja-migran/regions` so that a NIK check stays small, and a regency code that was valid when
 * the number was issued may have been reassigned since (Papua, 2022).
 * @internal
 */
export function checkRegionPrefix(
  digits: string,
  path: readonly PathSegment[],
  basis: string | undefined,
  issues: Issue[],
): void {
  const extra = basis === undefined ? {} : { basis };
  if (!isProvinceNumber(twoDigits(digits, 0)))
    issues.push(createIssue("ID_PROVINCE_CODE_UNKNOWN", path, extra));
  if (twoDigits(digits, 2) === 0) issues.push(createIssue("ID_REGENCY_CODE_ZERO", path, extra));
  if (twoDigits(digits, 4) === 0) issues.push(createIssue("ID_DISTRICT_CODE_ZERO", path, extra));
}
