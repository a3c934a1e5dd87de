import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderFastPaths } from "../../scripts/generate-documents-fast-paths.js";
import {
  contractFieldsFilled,
  HOLDS_EVERY_REQUIRED_KIND,
} from "../../src/documents/_lib/fast-paths.generated.js";
import { CONTRACT_MINIMUM_CONTENT, DOCUMENT_KIND_CODES, DOSSIER_STAGES } from "../../src/documents/index.js";
import { requirementsFor } from "../../src/documents/requirements.js";
import { isFilled } from "../../src/documents/rules/filled.js";
import { PLACEMENT_ROUTE_CODES } from "../../src/reference/index.js";
import { runs } from "../runs.js";

// The generated fast paths (scripts/generate-documents-fast-paths.ts) against the plain reading of
// the tables they were generated from: they must give the same answer on every input.

describe("fast-paths.generated.ts", () => {
  it("is what the generator writes from the current tables", () => {
    const file = new URL("../../src/documents/_lib/fast-paths.generated.ts", import.meta.url);
    expect(readFileSync(file, "utf8")).toBe(renderFastPaths());
  });

  const routeAndStage = fc.tuple(
    fc.constantFrom(...PLACEMENT_ROUTE_CODES),
    fc.constantFrom(...DOSSIER_STAGES),
  );
  const held = fc.subarray([...DOCUMENT_KIND_CODES]).map((kinds) => {
    const docs: Record<string, unknown> = {};
    for (const kind of kinds) docs[kind] = {};
    return docs;
  });

  it("HOLDS_EVERY_REQUIRED_KIND answers as the requirement matrix read row by row", () => {
    fc.assert(
      fc.property(routeAndStage, held, ([route, stage], docs) => {
        const plain = requirementsFor(route, stage).every((required) => docs[required.kind] !== undefined);
        expect(HOLDS_EVERY_REQUIRED_KIND[route][stage](docs)).toBe(plain);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("holds for each route and stage the dossier of exactly its required kinds, and refuses it short of any one", () => {
    for (const route of PLACEMENT_ROUTE_CODES) {
      for (const stage of DOSSIER_STAGES) {
        const kinds = requirementsFor(route, stage).map((required) => required.kind);
        const docs = Object.fromEntries(kinds.map((kind) => [kind, {}]));
        expect(HOLDS_EVERY_REQUIRED_KIND[route][stage](docs)).toBe(true);
        for (const kind of kinds) {
          const { [kind]: _dropped, ...short } = docs;
          expect(HOLDS_EVERY_REQUIRED_KIND[route][stage](short)).toBe(false);
        }
      }
    }
  });

  it("contractFieldsFilled answers as the minimum-content table read item by item", () => {
    const fields = CONTRACT_MINIMUM_CONTENT.flatMap((entry) => ("field" in entry ? [entry.field] : []));
    const fieldValue = fc.constantFrom(undefined, "", " ", "\u00a0\t", "x", " x", 0, 12);
    // A dotted field ("wage.paymentMethod") is set inside its parent, which may itself be absent.
    const parentGiven = fc.array(fc.boolean(), { minLength: fields.length, maxLength: fields.length });
    const read = (contract: Record<string, unknown>, field: string): unknown =>
      field
        .split(".")
        .reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], contract);
    fc.assert(
      fc.property(
        fc.array(fieldValue, { minLength: fields.length, maxLength: fields.length }),
        parentGiven,
        (values, parents) => {
          const contract: Record<string, unknown> = {};
          fields.forEach((field, i) => {
            const [parent, leaf] = field.split(".") as [string, string | undefined];
            if (leaf === undefined) {
              if (values[i] !== undefined) contract[parent] = values[i];
            } else if (parents[i]) {
              contract[parent] = values[i] === undefined ? {} : { [leaf]: values[i] };
            }
          });
          const plain = fields.every((field) => isFilled(read(contract, field)));
          expect(contractFieldsFilled(contract as never)).toBe(plain);
        },
      ),
      { numRuns: runs(2000) },
    );
    expect(fields).toContain("wage.paymentMethod");
  });
});
