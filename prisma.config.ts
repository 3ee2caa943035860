// Prisma CLI configuration: the offline "js" engine with a driver adapter (see docs/decisions/001).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// The schema reads env("DATABASE_URL"); without it the CLI falls back to downloading a native
// engine, which fails offline. The default matches .env.example and lib/db/client.ts.
process.env.DATABASE_URL ??= "file:./prisma/dev.db";
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new PrismaBetterSQLite3({ url });
  },
});
