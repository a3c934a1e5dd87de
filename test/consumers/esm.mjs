// Uses the packed package as an ESM consumer would: the root and every subpath.
import assert from "node:assert/strict";
import * as root from "pekerja-migran";
import { checkDossier, DOCUMENT_KINDS } from "pekerja-migran/documents";
import { maskNik, parseNik } from "pekerja-migran/identity";
import { phaseOf, replay } from "pekerja-migran/lifecycle";
import { POLICIES, policyOn } from "pekerja-migran/policies";
import { COUNTRIES, isCodeOf, parseLabel } from "pekerja-migran/reference";
import { provinceByCode } from "pekerja-migran/regions";
import { share, tally } from "pekerja-migran/statistics";

const nik = parseNik("3201014101990001", { referenceDate: "2026-01-01" });
assert.equal(nik.ok && nik.value.sex, "F");
assert.equal(maskNik("3201014101990001").includes("0001"), false);
const refused = root.parseNik(3201014101990001, { referenceDate: "2026-01-01" });
assert.equal(refused.ok, false);
assert.equal(typeof root.formatIssue(refused.ok ? undefined : refused.issues[0], "en"), "string");
assert.equal(provinceByCode("32")?.name, "Jawa Barat");
const hk = parseLabel(COUNTRIES, "Hongkong");
assert.equal(hk.ok && hk.value.code, "HK");
assert.equal(isCodeOf(COUNTRIES, "SA"), true);
assert.ok(Object.keys(DOCUMENT_KINDS).includes("PASSPORT"));
assert.equal(typeof checkDossier, "function");
assert.ok(POLICIES.length > 0);
assert.notEqual(policyOn("2026-01-01"), undefined);
assert.equal(phaseOf("WORKING"), "PLACEMENT");
assert.equal(replay([]).ok, false);
const t = tally([{ sex: "F" }, { sex: "M" }, { sex: "F" }], [root.byField("sex")]);
assert.equal(t.ok && t.value.total, 3);
assert.equal(share(1, 4).ok, true);
// The root re-exports the subpaths' own functions, not copies.
assert.equal(root.parseNik, parseNik);
assert.equal(root.replay, replay);
assert.equal(root.parseLabel, parseLabel);
// Internals stay private.
for (const name of ["START", "issuesFromZod", "ageOn", "addMonthsToDate"])
  assert.equal(name in root, false, name);
console.log("esm consumer: ok (root and 7 subpaths)");
