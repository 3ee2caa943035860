// `npm run db:pg-migration -- <name>`: brings PostgreSQL in step with prisma/schema.prisma.
// Regenerates prisma/postgres/schema.prisma and writes the PostgreSQL migration from the
// committed PostgreSQL schema to the new one (prisma migrate diff between two schema files,
// no database needed), with text columns in the binary collation (see pg-schema.ts).
// Run it after adding a SQLite migration, or after merging branches that added some.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectedPostgresSchema, PG_MIGRATIONS, PG_SCHEMA, withBinaryCollation } from "./pg-schema";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:pg-migration -- <name>   (lower case letters, digits and _)");
  process.exit(2);
}

const before = readFileSync(PG_SCHEMA, "utf8");
const after = expectedPostgresSchema();
if (before === after) {
  console.log(`${PG_SCHEMA} is already in step with prisma/schema.prisma; no migration needed.`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), "pg-migration-"));
writeFileSync(join(dir, "before.prisma"), before);
writeFileSync(join(dir, "after.prisma"), after);
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", join(dir, "before.prisma"), "--to-schema-datamodel", join(dir, "after.prisma"), "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const folder = join(PG_MIGRATIONS, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, "migration.sql"), withBinaryCollation(sql));
writeFileSync(PG_SCHEMA, after);
console.log(`Wrote ${folder}/migration.sql and ${PG_SCHEMA}. Review the SQL (data changes, as in the SQLite migration, are yours to add), then commit both.`);
