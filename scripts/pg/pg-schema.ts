// The PostgreSQL schema is generated from the one schema (prisma/schema.prisma, SQLite): the
// same models, another provider, its own generated client and migrations (docs/decisions/018).
import { readFileSync } from "node:fs";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const PG_SCHEMA = "prisma/postgres/schema.prisma";
export const PG_MIGRATIONS = "prisma/postgres/migrations";
export const PG_MIGRATION_COMMAND = "npm run db:pg-migration -- <name>";

const HEADER = `// GENERATED from prisma/schema.prisma by \`${PG_MIGRATION_COMMAND}\`; do not edit.
// The same models on PostgreSQL, with their own client (generated/prisma-pg) and migrations
// (prisma/postgres/migrations). See docs/decisions/018.

`;

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`${SQLITE_SCHEMA}: expected to find ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for a SQLite schema's text. */
export function toPostgresSchema(sqlite: string): string {
  let text = replaceOnce(sqlite, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  text = replaceOnce(text, /output\s*=\s*"\.\.\/generated\/prisma"/, 'output     = "../../generated/prisma-pg"');
  return HEADER + text;
}

export function expectedPostgresSchema(): string {
  return toPostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
}

/** Text columns compare and sort by code point, as SQLite's BINARY collation does, whatever the
 * database's default collation: Prisma writes `TEXT`, this adds `COLLATE "C"` (Prisma does not
 * track column collations, so it never undoes it). */
export function withBinaryCollation(sql: string): string {
  return sql.replace(/(" )TEXT(\[\])?(?! COLLATE)/g, '$1TEXT$2 COLLATE "C"');
}

/** Indexes only PostgreSQL has, on purpose, written by hand in prisma/postgres/migrations: the
 * search's trigram index (decision 018) and the list sorts' partial indexes on the active
 * customers (decision 034). The drift check (check-drift.ts) allows exactly these, and requires
 * each of them to exist on PostgreSQL. */
export const PG_ONLY_INDEXES: readonly string[] = [
  "Customer_searchText_trgm_idx",
  "Customer_active_createdAt_id_idx",
  "Customer_active_nameSort_id_idx",
  "Customer_active_updatedAt_id_idx",
  "Customer_active_arrMinor_id_idx",
  "Customer_active_mrrMinor_id_idx",
  "Customer_active_riskScore_id_mrrMinor_idx",
  "Customer_active_riskLevel_createdAt_id_idx",
  "Customer_active_subscriptionCount_id_idx",
  "Customer_active_userCount_id_idx",
];
