import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const registryStubPort = Number(process.env.REGISTRY_STUB_PORT ?? 3199);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: [
    {
      command: "bash scripts/e2e-server.sh",
      url: `http://127.0.0.1:${port}/signin`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(port), REGISTRY_STUB_PORT: String(registryStubPort) },
    },
    // The company registry stand-in (recorded fixtures), so no journey reaches the network.
    {
      command: "npx tsx e2e/registry-stub.ts",
      url: `http://127.0.0.1:${registryStubPort}/enheter?navn=ping`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { REGISTRY_STUB_PORT: String(registryStubPort) },
    },
  ],
});
