import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

// Runs the built package in headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH):
// proves that no Node built-in leaks into the library and that the public API works in a browser.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
