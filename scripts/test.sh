#!/usr/bin/env bash
# Every test: types, unit and integration (vitest, fresh SQLite files), then the browser
# journeys (Playwright in Debian's Chromium against a production build on a fresh database).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh

echo "==> Type check"
npx tsc --noEmit
echo "==> Unit and integration tests"
npx vitest run
echo "==> Production build"
npx next build
echo "==> Browser journeys"
npx playwright test
