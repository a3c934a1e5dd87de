// Uses the packed package as a CommonJS consumer would.
const assert = require("node:assert/strict");
const { ageOn, parseNik } = require("pekerja-migran");
const { provinceByCode } = require("pekerja-migran/regions");

assert.equal(ageOn("2004-02-29", "2022-03-01"), 18);
const nik = parseNik("3201010101990001", { referenceDate: "2026-01-01" });
assert.equal(nik.ok && nik.value.sex, "M");
assert.equal(provinceByCode("35")?.name, "Jawa Timur");
console.log("cjs consumer: ok");
