// Type-checked under strict with moduleResolution node16 and bundler, then run on Node.
import { formatIssue, type Issue, parseNik, type Result } from "pekerja-migran";
import { provinceByCode } from "pekerja-migran/regions";

const result = parseNik("3201014101990001", { referenceDate: "2026-01-01" });
if (!result.ok) throw new Error("expected a valid NIK");
const sex: "M" | "F" = result.value.sex;
const issues: readonly Issue[] = (
  parseNik("x", { referenceDate: "2026-01-01" }) as Result<unknown> & { ok: false }
).issues;
const message: string = formatIssue(issues[0] as Issue, "id");
const province = provinceByCode("32");
if (province === undefined) throw new Error("expected province 32");
console.log(`typed consumer: ok (${sex}, ${message.length > 0}, ${province.code})`);
