#!/usr/bin/env bash
# `npm run start:pg`: the demo on PostgreSQL on one machine. Installs Debian's PostgreSQL when
# missing, starts a throwaway cluster on 127.0.0.1:${PG_PORT:-5433}, migrates, seeds, builds and
# starts the console on http://localhost:${PORT:-3000}. Ctrl-C stops the console and deletes the
# cluster. Use `npm start` for SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PG_PORT:-5433}

bash scripts/ensure-deps.sh
if [ ! -f .env ]; then
  echo "==> Creating .env from .env.example with a fresh NEXTAUTH_SECRET"
  secret=$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))')
  sed "s/^NEXTAUTH_SECRET=.*/NEXTAUTH_SECRET=\"$secret\"/" .env.example > .env
fi

echo "==> Starting a throwaway PostgreSQL on 127.0.0.1:$port"
server=$(bash scripts/pg/cluster.sh start "$port")
trap 'echo "==> Stopping PostgreSQL"; bash scripts/pg/cluster.sh stop "$port"' EXIT
export DATABASE_URL
DATABASE_URL=$(npx tsx scripts/pg/create-database.ts "$server" console)

echo "==> Migrating $DATABASE_URL"
npx prisma migrate deploy
npx tsx scripts/backfill-normalized.ts
echo "==> Seeding demo data"
npx tsx prisma/seed.ts --if-empty
echo "==> Building"
npx next build
echo "==> Starting on http://localhost:${PORT:-3000} (Ctrl-C stops it and deletes the database)"
node scripts/serve.mjs -p "${PORT:-3000}"
