import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDate } from "../../src/_lib/dates/add-to-date.js";
import {
  checkDossier,
  definePolicy,
  PekerjaMigranError,
  POLICIES,
  type Policy,
  policyOn,
} from "../../src/index.js";
import { isPolicy, policySchema } from "../../src/policies/index.js";
import { patch, validContext, validDossier } from "../documents/fixtures.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function thrown(fn: () => unknown): PekerjaMigranError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PekerjaMigranError) return error;
    throw error;
  }
  throw new Error("expected a PekerjaMigranError");
}

describe("POLICIES", () => {
  it("are valid against the policy schema, with unique ids, in effective-date order", () => {
    for (const policy of POLICIES) expect(policySchema().safeParse(policy).success, policy.id).toBe(true);
    expect(new Set(POLICIES.map((p) => p.id)).size).toBe(POLICIES.length);
    const dates = POLICIES.map((p) => p.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it("give every parameter a basis, and a note explaining every unverified one", () => {
    for (const policy of POLICIES) {
      for (const [name, param] of Object.entries(policy.parameters)) {
        expect(param.basis.length, `${policy.id}.${name}`).toBeGreaterThan(3);
        if (!param.verified)
          expect(param.note, `${policy.id}.${name}`).toMatch(/UNVERIFIED|not in the notes/);
      }
      if (!policy.effectiveFromVerified) expect(policy.effectiveFromNote.length).toBeGreaterThan(20);
    }
  });

  it("mark unverified a parameter whose value repeats an unverified start date", () => {
    let checked = 0;
    for (const policy of POLICIES) {
      if (policy.effectiveFromVerified) continue;
      for (const [name, param] of Object.entries(policy.parameters)) {
        if (!JSON.stringify(param.value).includes(policy.effectiveFrom)) continue;
        checked++;
        expect(param.verified, `${policy.id}.${name}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("a policy derived with the right start day and card switch accepts an E-PMI issued before it", () => {
    const base = POLICIES[2] as Policy;
    const card = base.parameters.workerCard;
    const corrected = definePolicy(base, {
      id: "ID-2025-P2MI.DATE",
      effectiveFrom: "2025-10-15",
      parameters: { workerCard: { ...card, value: { ...card.value, legacyIssuedBefore: "2025-10-15" } } },
    });
    const dossier = patch(validDossier("2025-11-03"), {
      E_KPMI: { cardType: "E_PMI", issueDate: "2025-09-20" },
    });
    const codes = (policy: Policy) =>
      checkDossier(dossier, { ...validContext("2025-11-03"), policy }).issues.map((i) => i.code);
    expect(codes(base)).toContain("WORKER_CARD_TYPE_NOT_ACCEPTED");
    expect(codes(corrected)).not.toContain("WORKER_CARD_TYPE_NOT_ACCEPTED");
  });

  it("keep the unverified optional rules off by default", () => {
    for (const { parameters } of POLICIES) {
      expect(parameters.householdMinimumAge.value.enabled).toBe(false);
      expect(parameters.infantRule.value.enabled).toBe(false);
      expect(parameters.pregnancyVoidsHealthCertificate.value).toBe(false);
      expect(parameters.minimumAge).toMatchObject({ value: 18, verified: true });
    }
  });

  it("build the schema once", () => {
    expect(policySchema()).toBe(policySchema());
  });
});

describe("policyOn", () => {
  it("gives the start day to the new policy and the day before to the old one", () => {
    for (let index = 1; index < POLICIES.length; index++) {
      const policy = POLICIES[index] as Policy;
      const previous = POLICIES[index - 1] as Policy;
      expect(policyOn(policy.effectiveFrom)?.id).toBe(policy.id);
      expect(policyOn(addDaysToDate(policy.effectiveFrom, -1))?.id).toBe(previous.id);
    }
    expect(policyOn("2017-11-22")?.id).toBe("ID-2017-UU18");
    expect(policyOn("2021-07-14")?.id).toBe("ID-2017-UU18");
    expect(policyOn("2021-07-15")?.id).toBe("ID-2021-ZERO-COST");
    expect(policyOn("2025-09-01")?.id).toBe("ID-2025-P2MI");
    expect(policyOn("9999-12-31")?.id).toBe("ID-2025-P2MI");
  });

  it("gives undefined before the first policy and for anything that is not a date", () => {
    expect(policyOn("2017-11-21")).toBeUndefined();
    for (const value of [undefined, null, 20250901, "2025-02-30", "2025-09-01T00:00:00Z", {}, []]) {
      expect(policyOn(value)).toBeUndefined();
    }
    expect(policyOn("2025-09-01", "nope" as unknown as Policy[])).toBeUndefined();
  });

  it("picks from an app's own list whatever its order, skipping entries that are not policies", () => {
    const base = POLICIES[2];
    const later = definePolicy(base, { id: "APP-2026", effectiveFrom: "2026-03-01" });
    const list = [later, { effectiveFrom: "2026-02-15" } as unknown as Policy, ...POLICIES];
    expect(policyOn("2026-03-01", list)?.id).toBe("APP-2026");
    expect(policyOn("2026-02-28", list)?.id).toBe("ID-2025-P2MI");
    expect(policyOn("2026-02-28", [])).toBeUndefined();
  });

  it("on a shared start day, prefers the app's policy to a shipped one wherever it is listed", () => {
    const base = POLICIES[2] as Policy;
    const mine = definePolicy(base, { id: "APP-OVERRIDE" });
    const theirs = definePolicy(base, { id: "APP-OTHER" });
    expect(mine.effectiveFrom).toBe(base.effectiveFrom);
    expect(policyOn("2026-01-15", [...POLICIES, mine])?.id).toBe("APP-OVERRIDE");
    expect(policyOn("2026-01-15", [mine, ...POLICIES])?.id).toBe("APP-OVERRIDE");
    expect(policyOn(base.effectiveFrom, [mine, ...POLICIES])?.id).toBe("APP-OVERRIDE");
    // A JSON copy of a shipped policy is still the shipped one.
    const copy = JSON.parse(JSON.stringify(base)) as Policy;
    expect(policyOn("2026-01-15", [mine, copy])?.id).toBe("APP-OVERRIDE");
    // Between two of the app's own, the later listed.
    expect(policyOn("2026-01-15", [mine, theirs, ...POLICIES])?.id).toBe("APP-OTHER");
    expect(policyOn("2026-01-15", [theirs, ...POLICIES, mine])?.id).toBe("APP-OVERRIDE");
  });

  it("always returns a policy that started on or before the date (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          const policy = policyOn(date);
          if (policy === undefined) expect(date < (POLICIES[0] as Policy).effectiveFrom).toBe(true);
          else {
            expect(policy.effectiveFrom <= date).toBe(true);
            for (const other of POLICIES) {
              if (other.effectiveFrom <= date) expect(other.effectiveFrom <= policy.effectiveFrom).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe("definePolicy", () => {
  it("derives a validated policy, replacing whole parameters, without mutating its arguments", () => {
    const base = deepFreeze(POLICIES[2]);
    const overrides = deepFreeze({
      id: "JATIM-2026",
      effectiveFrom: "2026-01-01",
      parameters: {
        householdMinimumAge: {
          value: { enabled: true, age: 21 },
          basis: "Perda (contoh)",
          verified: true,
        },
      },
    });
    const before = JSON.stringify([base, overrides]);
    const derived = definePolicy(base, overrides);
    expect(JSON.stringify([base, overrides])).toBe(before);
    expect(derived.id).toBe("JATIM-2026");
    expect(derived.parameters.householdMinimumAge.value).toEqual({ enabled: true, age: 21 });
    expect(derived.parameters.minimumAge).toEqual(base.parameters.minimumAge);
    expect(isPolicy(derived)).toBe(true);
    expect(Object.isFrozen(derived)).toBe(true);
    // A derived policy can be the base of another.
    expect(definePolicy(derived, { id: "JATIM-2026b" }).parameters.householdMinimumAge.value.age).toBe(21);
  });

  it("accepts a base that is a plain copy of a policy (validated, then trusted)", () => {
    const copy = JSON.parse(JSON.stringify(POLICIES[1])) as Policy;
    expect(isPolicy(copy)).toBe(true);
    expect(definePolicy(copy, { id: "COPY" }).id).toBe("COPY");
  });

  it("throws INVALID_POLICY with codes and paths, never the submitted values", () => {
    const secret = "Rahasia Budi 3201014204980001";
    const error = thrown(() =>
      definePolicy(POLICIES[0], {
        id: secret,
        parameters: {
          minimumAge: { value: -1, basis: secret, verified: true },
          typo: 1,
        } as never,
      }),
    );
    expect(error.code).toBe("INVALID_POLICY");
    expect(error.message).not.toContain(secret);
    expect(JSON.stringify(error.details)).not.toContain(secret);
    const issues = error.details.issues as { code: string; path: (string | number)[] }[];
    expect(issues).toContainEqual({ code: "SCHEMA_TOO_SMALL", path: ["parameters", "minimumAge", "value"] });
    expect(issues).toContainEqual({ code: "SCHEMA_INVALID_FORMAT", path: ["id"] });
    // An unknown key is named at its own path (a policy's keys are its schema's, never data).
    expect(issues).toContainEqual({ code: "SCHEMA_UNKNOWN_KEY", path: ["parameters", "typo"] });
  });

  it("lets a policy raise the minimum age of UU 18/2017 Pasal 5 huruf a, never lower it", () => {
    const base = POLICIES[2] as Policy;
    const age = (value: number) => ({ ...base.parameters.minimumAge, value });
    expect(
      definePolicy(base, { id: "X", parameters: { minimumAge: age(21) } }).parameters.minimumAge.value,
    ).toBe(21);
    expect(
      definePolicy(base, { id: "X", parameters: { minimumAge: age(18) } }).parameters.minimumAge.value,
    ).toBe(18);
    expect(
      thrown(() => definePolicy(base, { id: "X", parameters: { minimumAge: age(17) } })).details.issues,
    ).toEqual([{ code: "SCHEMA_TOO_SMALL", path: ["parameters", "minimumAge", "value"] }]);
  });

  it("reports a month count below its least value once", () => {
    const base = POLICIES[2] as Policy;
    const error = thrown(() =>
      definePolicy(base, {
        id: "X",
        parameters: { preWorkCoverMonths: { ...base.parameters.preWorkCoverMonths, value: -1 } },
      }),
    );
    expect(error.details.issues).toEqual([
      { code: "SCHEMA_TOO_SMALL", path: ["parameters", "preWorkCoverMonths", "value"] },
    ]);
  });

  it("requires a new id and well-formed arguments", () => {
    expect(thrown(() => definePolicy(POLICIES[0], {} as never)).details.issues).toContainEqual({
      code: "INPUT_REQUIRED",
      path: ["id"],
    });
    expect(thrown(() => definePolicy(POLICIES[0], null as never)).code).toBe("INVALID_POLICY");
    expect(thrown(() => definePolicy({ id: "x" } as never, { id: "y" })).message).toContain("base");
    expect(
      thrown(() => definePolicy(POLICIES[0], { id: "y", effectiveFrom: "2025-02-30" })).details.issues,
    ).toContainEqual({ code: "DATE_INVALID", path: ["effectiveFrom"] });
  });

  it("replaces top-level fields, keeps the base's for an override given as undefined", () => {
    const renamed = definePolicy(POLICIES[0], { id: "X", name: { id: "Nama", en: "Name" } });
    expect(renamed.name.en).toBe("Name");
    expect(renamed.parameters).toEqual(POLICIES[0].parameters);
    const base = POLICIES[2] as Policy;
    const same = definePolicy(base, {
      id: "Y",
      effectiveFrom: undefined,
      parameters: { spsk: undefined, minimumAge: { ...base.parameters.minimumAge, value: 19 } },
    } as never);
    expect(same.effectiveFrom).toBe(base.effectiveFrom);
    expect(same.parameters.spsk).toEqual(base.parameters.spsk);
    expect(same.parameters.minimumAge.value).toBe(19);
    expect(thrown(() => definePolicy(base, { id: undefined } as never)).details.issues).toContainEqual({
      code: "INPUT_REQUIRED",
      path: ["id"],
    });
  });

  it("throws on a parameters override that is not an object, and on the base's own id", () => {
    for (const parameters of ["nope", null, [], 3]) {
      const error = thrown(() => definePolicy(POLICIES[0], { id: "X", parameters } as never));
      expect(error.code).toBe("INVALID_POLICY");
      expect(error.details.issues).toEqual([{ code: "SCHEMA_INVALID_TYPE", path: ["parameters"] }]);
    }
    const base = POLICIES[2] as Policy;
    for (const id of [base.id, (POLICIES[0] as Policy).id]) {
      const impostor = thrown(() => definePolicy(base, { id, parameters: {} }));
      expect(impostor.code).toBe("INVALID_POLICY");
      expect(impostor.details.issues).toEqual([{ code: "SCHEMA_INVALID", path: ["id"] }]);
      expect(impostor.message).not.toContain(id);
    }
    // A misspelt key is named even when its value is undefined (only the base's own keep theirs).
    expect(
      thrown(() => definePolicy(base, { id: "Y", efectiveFrom: undefined } as never)).details.issues,
    ).toEqual([{ code: "SCHEMA_UNKNOWN_KEY", path: ["efectiveFrom"] }]);
    expect(
      thrown(() => definePolicy(base, { id: "Y", parameters: { minimumAgee: undefined } } as never)).details
        .issues,
    ).toEqual([{ code: "SCHEMA_UNKNOWN_KEY", path: ["parameters", "minimumAgee"] }]);
  });
});
