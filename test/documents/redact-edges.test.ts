import { describe, expect, it } from "vitest";
import { redactDossier } from "../../src/index.js";
import { NIK, validDossier } from "./fixtures.js";

// redactDossier on input of the wrong form: such values are dropped, never kept or thrown on.
describe("redactDossier on malformed fields", () => {
  it("returns no documents for null, arrays and primitives", () => {
    for (const dossier of [null, undefined, [], 5, "x"]) {
      expect(redactDossier(dossier), String(dossier)).toStrictEqual({ documents: {} });
    }
  });

  it("drops a code that is not a string, even one that prints as a code", () => {
    const redacted = redactDossier({ documents: { KTP_EL: { nik: NIK, sex: ["F"] } } });
    expect(redacted.documents.KTP_EL).toStrictEqual({ nik: "320101**********" });
    const number = redactDossier({ documents: { KTP_EL: { sex: 5 } } });
    expect(Object.keys(number.documents.KTP_EL ?? { missing: true })).toEqual([]);
  });

  it("keeps at most 100 codes of a list, and only string codes", () => {
    const many = Array.from({ length: 150 }, (_, k) => `POSITION_${k}`);
    const redacted = redactDossier({ documents: { JOB_ORDER: { positions: many } } });
    expect(redacted.documents.JOB_ORDER?.positions).toEqual(many.slice(0, 100));
    const mixed = redactDossier({
      documents: { JOB_ORDER: { positions: ["CAREGIVER", ["HOUSEKEEPER"], 7, "x"] } },
    });
    expect(mixed.documents.JOB_ORDER?.positions).toEqual(["CAREGIVER"]);
  });

  it("keeps at most 100 items of a list of objects", () => {
    const member = validDossier().documents?.KK?.members?.[0];
    const members = Array.from({ length: 150 }, () => member);
    const redacted = redactDossier({ documents: { KK: { members } } });
    expect(redacted.documents.KK?.members).toHaveLength(100);
  });

  it("reads own fields only, never inherited ones", () => {
    const inherited = Object.assign(Object.create({ sex: "F", birthDate: "1998-04-02" }), { name: "Siti" });
    const redacted = redactDossier({ documents: { KTP_EL: inherited } });
    expect(redacted.documents.KTP_EL).toStrictEqual({ name: "[redacted]" });
  });
});
