// Uses the packed package as an ESM consumer would.
import assert from "node:assert/strict";
import { ageOn, formatIssue, isValidNik, parseNik } from "pekerja-migran";
import { provinceByCode } from "pekerja-migran/regions";

assert.equal(ageOn("2007-06-01", "2025-06-01"), 18);
const nik = parseNik("3201014101990001", { referenceDate: "2026-01-01" });
assert.equal(nik.ok, true);
assert.equal(nik.ok && nik.value.sex, "F");
assert.equal(isValidNik("0000000000000000", { referenceDate: "2026-01-01" }), false);
const refused = parseNik(3201014101990001, { referenceDate: "2026-01-01" });
assert.equal(refused.ok, false);
assert.equal(typeof formatIssue(refused.ok ? undefined : refused.issues[0], "en"), "string");
assert.equal(provinceByCode("32")?.name, "Jawa Barat");
console.log("esm consumer: ok");
