import { describe, expect, it } from "vitest";
import { redactDossier } from "../../src/index.js";
import { NIK, validDossier } from "./fixtures.js";

// redactDossier on input of the wrong form: such values are marked "[invalid]" or left out, never
// kept or thrown on.
describe("redactDossier on malformed fields", () => {
  it("returns no documents for null, arrays and primitives", () => {
    for (const dossier of [null, undefined, [], 5, "x"]) {
      expect(redactDossier(dossier), String(dossier)).toStrictEqual({ documents: {} });
    }
  });

  it("leaves out unknown kinds, unknown keys and documents that are not objects", () => {
    const redacted = redactDossier({
      worker: { youngestChildBirthDate: "2025-01-01", extra: "Budi" },
      documents: { UNKNOWN: { name: "Budi" }, OPP_CERT: "junk", KTP_EL: { extra: "Budi" } },
    });
    expect(redacted).toStrictEqual({
      worker: { youngestChildBirthDate: "[redacted]" },
      documents: { KTP_EL: {} },
    });
  });

  it("marks a code that is not a string, even one that prints as a code", () => {
    const redacted = redactDossier({ documents: { KTP_EL: { nik: NIK, sex: ["F"] } } });
    expect(redacted.documents.KTP_EL).toStrictEqual({ nik: "320101**********", sex: "[invalid]" });
    const number = redactDossier({ documents: { KTP_EL: { sex: 5 } } });
    expect(number.documents.KTP_EL).toStrictEqual({ sex: "[invalid]" });
  });

  it("marks values of the wrong form at every level, and items that are not objects", () => {
    const redacted = redactDossier({
      documents: {
        FAMILY_CONSENT: {
          acknowledgedBy: "x",
          relation: "father",
          consenterNik: undefined,
          consenterName: null,
        },
        KK: { members: [{ nik: "123", relation: "HEAD" }, "junk"] },
        HEALTH_CERT: { issueDate: "someday", destination: "ZZ" },
        PLACEMENT_AGREEMENT: { costs: [{ component: "SKCK", chargedToWorker: Number.POSITIVE_INFINITY }] },
        MARITAL_STATUS: { marriageBookCopy: "yes", status: "MARRIED" },
      },
    });
    expect(redacted.documents).toStrictEqual({
      FAMILY_CONSENT: { acknowledgedBy: "[invalid]", relation: "[invalid]", consenterName: "[redacted]" },
      KK: { members: [{ nik: "****************", relation: "[redacted]" }, "[invalid]"] },
      HEALTH_CERT: { issueDate: "[invalid]", destination: "[invalid]" },
      PLACEMENT_AGREEMENT: { costs: [{ component: "SKCK", chargedToWorker: "[invalid]" }] },
      MARITAL_STATUS: { marriageBookCopy: "[invalid]", status: "MARRIED" },
    });
  });

  it("keeps at most 100 items of a list", () => {
    const many = Array.from({ length: 150 }, () => "CAREGIVER");
    const redacted = redactDossier({ documents: { JOB_ORDER: { positions: many } } });
    expect(redacted.documents.JOB_ORDER?.positions).toEqual(many.slice(0, 100));
    const member = validDossier().documents?.KK?.members?.[0];
    const members = Array.from({ length: 150 }, () => member);
    expect(redactDossier({ documents: { KK: { members } } }).documents.KK?.members).toHaveLength(100);
  });

  it("reads own fields only, never inherited ones", () => {
    const inherited = Object.assign(Object.create({ sex: "F", birthDate: "1998-04-02" }), { name: "Siti" });
    const redacted = redactDossier({ documents: { KTP_EL: inherited } });
    expect(redacted.documents.KTP_EL).toStrictEqual({ name: "[redacted]" });
    const polluted = Object.create({ documents: { KTP_EL: { sex: "F" } } });
    expect(redactDossier(polluted)).toStrictEqual({ documents: {} });
  });
});
