// Type-checked under strict with moduleResolution node16, bundler and node10, then run on Node:
// the root and every subpath, with the types they take and return.
import { formatIssue, type Issue, parseNik, type Result } from "pekerja-migran";
import { type DocumentKind, requiredDocuments } from "pekerja-migran/documents";
import { maskNik, type NikParts } from "pekerja-migran/identity";
import { type Case, phaseOf, type State } from "pekerja-migran/lifecycle";
import { type Policy, policyOn } from "pekerja-migran/policies";
import { COUNTRIES, type CountryCode, parseLabel } from "pekerja-migran/reference";
import { provinceByCode } from "pekerja-migran/regions";
import { type Growth, growth } from "pekerja-migran/statistics";

const result: Result<NikParts> = parseNik("3201014101990001", { referenceDate: "2026-01-01" });
if (!result.ok) throw new Error("expected a valid NIK");
const sex: "M" | "F" = result.value.sex;
const issues: readonly Issue[] = (
  parseNik("x", { referenceDate: "2026-01-01" }) as Result<unknown> & { ok: false }
).issues;
const message: string = formatIssue(issues[0] as Issue, "id");
const province = provinceByCode("32");
if (province === undefined) throw new Error("expected province 32");
const masked: string = maskNik("3201014101990001");
const hk = parseLabel(COUNTRIES, "Hongkong");
const code: CountryCode | undefined = hk.ok ? hk.value.code : undefined;
const policy: Policy | undefined = policyOn("2026-01-01");
const state: State = "WORKING";
const phase = phaseOf(state);
const noCase: Case | undefined = undefined;
const g: Result<Growth> = growth(20_436, 24_636);
const kinds: readonly DocumentKind[] = [];
void [requiredDocuments, noCase, kinds];
console.log(
  `typed consumer: ok (${sex}, ${message.length > 0}, ${province.code}, ${masked.length}, ${code}, ${policy !== undefined}, ${phase}, ${g.ok})`,
);
