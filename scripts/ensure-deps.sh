#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json, and
# generates the Prisma client. Safe to run again: it does nothing when all is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing npm dependencies (a few minutes: better-sqlite3 compiles from source)"
  npm ci --no-audit --no-fund
else
  bash scripts/generate-clients.sh
fi
