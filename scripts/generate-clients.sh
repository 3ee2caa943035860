#!/usr/bin/env bash
# Generates both Prisma clients: generated/prisma (SQLite, prisma/schema.prisma) and
# generated/prisma-pg (PostgreSQL, prisma/postgres/schema.prisma). prisma.config.ts picks the
# schema by DATABASE_URL's scheme; no database is contacted.
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE_URL="file:./prisma/dev.db" npx prisma generate >/dev/null
DATABASE_URL="postgresql://generate@127.0.0.1/generate" npx prisma generate >/dev/null
