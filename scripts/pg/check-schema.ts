// Fails when prisma/postgres/schema.prisma is not what prisma/schema.prisma generates: someone
// changed the models (or merged a SQLite migration) without the matching PostgreSQL migration.
import { readFileSync } from "node:fs";
import { expectedPostgresSchema, PG_MIGRATION_COMMAND, PG_SCHEMA, SQLITE_SCHEMA } from "./pg-schema";

const committed = readFileSync(PG_SCHEMA, "utf8");
if (committed !== expectedPostgresSchema()) {
  console.error(`${PG_SCHEMA} has drifted from ${SQLITE_SCHEMA}: run \`${PG_MIGRATION_COMMAND}\` and commit the schema and the new migration.`);
  process.exit(1);
}
console.log(`${PG_SCHEMA} matches ${SQLITE_SCHEMA}`);
