import { bench, describe } from "vitest";
import { checkDossier, dossierSchema } from "../src/index.js";
import { validContext, validDossier } from "../test/documents/fixtures.js";

// checkDossier on a complete, valid P3MI dossier (18 documents) against the bare zod parse of the
// same dossier by its own exported schema (`dossierSchema()`, which is now compiled by z.compile and
// no longer freezes: the baseline got faster with it). Target: checkDossier at most 2x the bare
// parse, and at least 50,000 dossiers/s on one core. checkDossier parses the same documents (the
// compiled `documents` schema in one call), validates the context, then runs every rule. The
// machine is shared, so figures are indicative: the two tasks run one after the other, and
// bench/dossier-loop.ts alternates them round by round for a steadier ratio.
const dossier = validDossier();
const context = validContext();
const schema = dossierSchema();

// Warm the lazy schemas, the requirement cache and the JIT outside the measured loop.
for (let i = 0; i < 2000; i++) {
  checkDossier(dossier, context);
  schema.safeParse(dossier);
}
const options = { time: 3000, warmupTime: 500 };

describe("complete valid dossier", () => {
  bench(
    "dossierSchema().safeParse (baseline)",
    () => {
      schema.safeParse(dossier);
    },
    options,
  );

  bench(
    "checkDossier",
    () => {
      checkDossier(dossier, context);
    },
    options,
  );
});
