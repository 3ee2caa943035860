// Builds one migrated template database per run; each test file then starts from a copy of it.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

export const TEMPLATE_PATH = "tmp/test-template.db";

export default function globalSetup() {
  mkdirSync("tmp", { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${TEMPLATE_PATH}${suffix}`, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${TEMPLATE_PATH}` },
    stdio: "pipe",
  });
}
