#!/usr/bin/env bash
# The server Playwright tests against: the production build on a freshly migrated and seeded
# database of its own, so journeys never depend on (or change) the developer's data: a SQLite
# file, or with E2E_PG_SERVER_URL (a PostgreSQL server, scripts/test.sh) a database `e2e` there.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
if [ -n "${E2E_PG_SERVER_URL:-}" ]; then
  DATABASE_URL=$(npx tsx scripts/pg/create-database.ts "$E2E_PG_SERVER_URL" e2e)
else
  rm -f tmp/e2e.db tmp/e2e.db-wal tmp/e2e.db-shm
  DATABASE_URL="file:./tmp/e2e.db"
fi
export DATABASE_URL
export NEXTAUTH_URL="http://127.0.0.1:${E2E_PORT:-3100}"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production"
export REGISTRY_BASE_URL="http://127.0.0.1:${REGISTRY_STUB_PORT:-3199}"
npx prisma migrate deploy >/dev/null
npx tsx scripts/backfill-normalized.ts >/dev/null
npx tsx prisma/seed.ts --customers 300
exec npx next start -H 127.0.0.1 -p "${E2E_PORT:-3100}"
