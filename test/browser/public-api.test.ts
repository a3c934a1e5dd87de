import { describe, expect, it } from "vitest";
// The built files, exactly as a bundler or an import map would serve them to a browser.
import { formatIssue, parseNik } from "../../dist/esm/index.js";
import { COUNTRIES, parseLabel } from "../../dist/esm/reference/index.js";

describe("the public API in a browser", () => {
  it("runs in Chromium without Node built-ins", () => {
    expect(typeof navigator.userAgent).toBe("string");
    const nik = parseNik("3201014101990001", { referenceDate: "2026-01-01" });
    expect(nik.ok && nik.value.birthDate).toBe("1999-01-01");
    const refused = parseNik("3201013002990001", { referenceDate: "2026-01-01" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(formatIssue(refused.issues[0] as never, "en").length).toBeGreaterThan(0);
    const hk = parseLabel(COUNTRIES, "Hongkong");
    expect(hk.ok && hk.value.code).toBe("HK");
  });
});
