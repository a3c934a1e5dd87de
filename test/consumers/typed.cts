// CommonJS TypeScript consumer (verbatimModuleSyntax needs `import x = require(...)`): every subpath.
import lib = require("pekerja-migran");
import documents = require("pekerja-migran/documents");
import identity = require("pekerja-migran/identity");
import lifecycle = require("pekerja-migran/lifecycle");
import policies = require("pekerja-migran/policies");
import reference = require("pekerja-migran/reference");
import regions = require("pekerja-migran/regions");
import statistics = require("pekerja-migran/statistics");

const result = lib.parseNik("3201010101990001", { referenceDate: "2026-01-01" });
if (!result.ok || result.value.sex !== "M") throw new Error("expected a valid male NIK");
if (regions.provinceByCode("51") === undefined) throw new Error("expected province 51");
if (!identity.isValidNik("3201010101990001", { referenceDate: "2026-01-01" })) throw new Error("NIK");
const sa = reference.parseLabel(reference.COUNTRIES, "Saudi Arabia");
if (!sa.ok || sa.value.code !== "SA") throw new Error("expected SA");
if (policies.policyOn("2026-01-01") === undefined) throw new Error("expected a policy");
if (lifecycle.phaseOf("WORKING") !== "PLACEMENT") throw new Error("expected PLACEMENT");
if (typeof documents.checkDossier !== "function") throw new Error("checkDossier");
if (!statistics.share(1, 4).ok) throw new Error("share");
console.log("typed cjs consumer: ok (root and 7 subpaths)");
