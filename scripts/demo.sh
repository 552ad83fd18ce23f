#!/usr/bin/env bash
# `npm run demo`: build, then serve the site with the local Stripe emulator so that a card
# purchase works end to end with no keys. Everything has a default; export a variable to change it.
set -euo pipefail
cd "$(dirname "$0")/.."

export PORT="${PORT:-3000}"
export SITE_URL="${SITE_URL:-http://localhost:$PORT}"
export STRIPE_EMULATOR_PORT="${STRIPE_EMULATOR_PORT:-12111}"
export STRIPE_SECRET_KEY="${STRIPE_SECRET_KEY:-sk_test_emulator}"
export STRIPE_WEBHOOK_SECRET="${STRIPE_WEBHOOK_SECRET:-whsec_emulator_secret}"
export STRIPE_API_URL="${STRIPE_API_URL:-http://127.0.0.1:$STRIPE_EMULATOR_PORT}"
export STRIPE_EMULATOR_WEBHOOK_URL="${STRIPE_EMULATOR_WEBHOOK_URL:-$SITE_URL/api/stripe/webhook}"
export STRIPE_EMULATOR_PUBLIC_URL="${STRIPE_EMULATOR_PUBLIC_URL:-http://localhost:$STRIPE_EMULATOR_PORT}"
# Nothing in front of the demo: X-Forwarded-For is whatever a client sends, so the limits keep one
# shared bucket per route (README, Security).
export TRUSTED_PROXY_HOPS="${TRUSTED_PROXY_HOPS:-0}"

npm run -s build

npx tsx scripts/stripe-emulator/main.ts &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true' EXIT INT TERM

echo
echo "  Làng nghề Chương Mỹ: $SITE_URL   (card payments: local Stripe emulator on :$STRIPE_EMULATOR_PORT)"
echo
npx next start -p "$PORT"
