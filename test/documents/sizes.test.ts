// The documents engine stays readable: no file over 400 lines, no function of logic over 60. The
// schema builder is exempt: it declares data (one entry per document kind), it decides nothing.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oversized } from "../engine-shape.js";

describe("the documents engine's size", () => {
  it("keeps every file at 400 lines or fewer and every function of logic at 60 or fewer", () => {
    const root = join(import.meta.dirname, "../../src/documents");
    expect(oversized(root, { declarations: new Set(["buildDocumentSchemas"]) })).toEqual([]);
  });
});
