import { defineConfig } from "vitest/config";

// The API site in Debian's Chromium (test/site): run after `npm run docs` has built site/.
export default defineConfig({
  test: {
    include: ["test/site/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
