// Prisma CLI configuration: the offline "js" engine with a driver adapter (see docs/decisions/001),
// SQLite or PostgreSQL by DATABASE_URL's scheme, each with its schema and migrations
// (docs/decisions/018).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseKind, DatabaseConfigError, DEFAULT_DATABASE_URL } from "./lib/db/database-url";
import { pgPoolConfig } from "./lib/db/pg-types";

// .env fills in what the environment does not set (an environment variable wins).
try {
  process.loadEnvFile(".env");
} catch {
  // no .env: the environment and the defaults
}
// The schema reads env("DATABASE_URL"); without it the CLI falls back to downloading a native
// engine, which fails offline. The default matches .env.example and lib/db/client.ts.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;
const postgres = (() => {
  try {
    return databaseKind(url) === "postgres";
  } catch (error) {
    // One line, not the CLI's stack trace.
    if (!(error instanceof DatabaseConfigError)) throw error;
    console.error(`Database: ${error.message}`);
    process.exit(1);
  }
})();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    if (!postgres) return new PrismaBetterSQLite3({ url });
    return new PrismaPg(pgPoolConfig(url));
  },
});
