#!/usr/bin/env bash
# Every test: types, the schemas' drift check, unit and integration tests (vitest) on SQLite and
# again on PostgreSQL (a throwaway cluster on 127.0.0.1:${PG_PORT:-5433}, stopped at the end),
# then the browser journeys (Playwright in Debian's Chromium against a production build on a
# fresh database): all of them on SQLite, the core set below on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

# The journeys that also run on PostgreSQL: the list, search and warnings filter, the customer's
# life cycle, export and import (the database-heavy paths).
PG_JOURNEYS=(e2e/customer-lifecycle.spec.ts e2e/warnings-filter.spec.ts e2e/export.spec.ts e2e/import.spec.ts)
pg_port=${PG_PORT:-5433}

bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh

echo "==> Throwaway PostgreSQL on 127.0.0.1:$pg_port"
pg_server=$(bash scripts/pg/cluster.sh start "$pg_port")
trap 'bash scripts/pg/cluster.sh stop "$pg_port"' EXIT

echo "==> Type check"
npx tsc --noEmit
echo "==> SQLite and PostgreSQL schemas in step"
DATABASE_URL="$pg_server" npx tsx scripts/pg/check-drift.ts
echo "==> Unit and integration tests on SQLite"
env -u DATABASE_URL npx vitest run
echo "==> Unit and integration tests on PostgreSQL"
DATABASE_URL="$pg_server" npx vitest run
echo "==> Production build"
npx next build
echo "==> Browser journeys on SQLite"
env -u E2E_PG_SERVER_URL npx playwright test
echo "==> Browser journeys on PostgreSQL: ${PG_JOURNEYS[*]}"
E2E_PG_SERVER_URL="$pg_server" npx playwright test "${PG_JOURNEYS[@]}"
