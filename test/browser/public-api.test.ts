import { describe, expect, it } from "vitest";
// The built files, exactly as a bundler or an import map would serve them to a browser.
import { ageOn, formatIssue, parseCalendarDate } from "../../dist/esm/index.js";

describe("the public API in a browser", () => {
  it("runs in Chromium without Node built-ins", () => {
    expect(typeof navigator.userAgent).toBe("string");
    expect(ageOn("2007-06-01", "2025-06-01")).toBe(18);
    const refused = parseCalendarDate("2025-02-30");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(formatIssue(refused.issues[0] as never, "en")).toContain("YYYY-MM-DD");
  });
});
