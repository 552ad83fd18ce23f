#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
# Redis and PostgreSQL on loopback, and nginx: tests/redis, the postgres project and e2e/instances.spec.ts use them.
bash scripts/ensure-services.sh

echo "== content check"
npm run -s content:check
echo "== lint"
npm run -s lint
echo "== formatting (Prettier; \`npm run format\` fixes it)"
npm run -s format:check
echo "== typecheck"
npm run -s typecheck
echo "== unit tests"
npx vitest run
echo "== production build"
export E2E_PORT="${E2E_PORT:-3123}"
export SITE_URL="${SITE_URL:-http://localhost:$E2E_PORT}"
# A fresh database for the e2e run, so scan and order counts start from zero.
export DATABASE_PATH="$PWD/data/e2e/shop.db"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
# And no figures cached from an earlier run's database (Next keeps them on disk between builds).
rm -rf .next/cache/fetch-cache
# Known fake secrets during the build: e2e/security.spec.ts fails if any reaches a shipped file.
STRIPE_SECRET_KEY=sk_test_e2e STRIPE_WEBHOOK_SECRET=whsec_e2e npm run -s build
echo "== e2e tests (Chromium)"
npx playwright test
