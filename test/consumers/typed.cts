// CommonJS TypeScript consumer (verbatimModuleSyntax needs `import x = require(...)`).
import lib = require("pekerja-migran");
import regions = require("pekerja-migran/regions");

const result = lib.parseNik("3201010101990001", { referenceDate: "2026-01-01" });
if (!result.ok || result.value.sex !== "M") throw new Error("expected a valid male NIK");
if (regions.provinceByCode("51") === undefined) throw new Error("expected province 51");
console.log("typed cjs consumer: ok");
