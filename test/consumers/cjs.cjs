// Uses the packed package as a CommonJS consumer would: the root and every subpath.
const assert = require("node:assert/strict");
const { parseNik, tally, byField } = require("pekerja-migran");
const { checkDossier } = require("pekerja-migran/documents");
const identity = require("pekerja-migran/identity");
const { replay, isTerminal } = require("pekerja-migran/lifecycle");
const { policyOn } = require("pekerja-migran/policies");
const { COUNTRIES, parseLabel } = require("pekerja-migran/reference");
const { provinceByCode } = require("pekerja-migran/regions");
const { growth } = require("pekerja-migran/statistics");

const nik = parseNik("3201010101990001", { referenceDate: "2026-01-01" });
assert.equal(nik.ok && nik.value.sex, "M");
assert.equal(identity.isValidNik("3201010101990001", { referenceDate: "2026-01-01" }), true);
assert.equal(provinceByCode("35")?.name, "Jawa Timur");
const sa = parseLabel(COUNTRIES, "Arab Saudi");
assert.equal(sa.ok && sa.value.code, "SA");
assert.equal(typeof checkDossier, "function");
assert.notEqual(policyOn("2026-01-01"), undefined);
assert.equal(isTerminal("WORKING"), false);
assert.equal(replay([]).ok, false);
const t = tally([{ sex: "F" }], [byField("sex")]);
assert.equal(t.ok && t.value.total, 1);
const g = growth(20_436, 24_636);
assert.equal(g.ok && g.value.direction, "turun");
console.log("cjs consumer: ok (root and 7 subpaths)");
