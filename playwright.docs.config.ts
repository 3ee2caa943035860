// Takes the screenshots in docs/screenshots/ (not a test suite): the same seeded server as the
// e2e journeys, in Chromium. `SHOTS=after npx playwright test -c playwright.docs.config.ts`.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

export default defineConfig({ ...base, testDir: "./scripts/docs", testMatch: "*.shots.ts" });
