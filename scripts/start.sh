#!/usr/bin/env bash
# From a fresh clone to a running console on http://localhost:3000 with the embedded SQLite
# database: install, configure, migrate, seed (only an empty database), build, start.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh

if [ ! -f .env ]; then
  echo "==> Creating .env from .env.example with a fresh NEXTAUTH_SECRET"
  secret=$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))')
  sed "s/^NEXTAUTH_SECRET=.*/NEXTAUTH_SECRET=\"$secret\"/" .env.example > .env
fi
# The Prisma CLI does not read .env when prisma.config.ts exists; export it for every step.
set -a
. ./.env
set +a

echo "==> Migrating $DATABASE_URL"
npx prisma migrate deploy
echo "==> Bringing search and sort columns up to date (once per normalization version)"
npx tsx scripts/backfill-normalized.ts
echo "==> Seeding demo data (skipped when the database already has data)"
npx tsx prisma/seed.ts --if-empty
echo "==> Building"
npx next build
echo "==> Starting on ${NEXTAUTH_URL:-http://localhost:3000}"
exec node scripts/serve.mjs -p "${PORT:-3000}"
