#!/usr/bin/env bash
# LiveKit join-token minting: POST /api/v1/apps/live/tokens with an sk_ token (authentication,
# authorization, app lookup, config read, quota check, HS256 signing) against GET /api/v1/health,
# same core, same run, alternating rounds, 64 connections.
# Target (issue 3): minting keeps at least 50% of health's throughput.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_apt_packages wrk curl

PORT="${BENCH_PORT:-3097}"
TOKEN="sk_bench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
DATA=$(mktemp -d)
trap 'stop_core; rm -rf "$DATA"' EXIT
start_core "$PORT" "$DATA" STREAMHUB_API_TOKEN="$TOKEN" LIVEKIT_API_KEY=benchkey \
    LIVEKIT_API_SECRET=benchsecret_benchsecret_benchsecret_01

export BENCH_TOKEN="$TOKEN" BENCH_BODY='{"room":"show","identity":"bench"}'
BASE_URL="http://127.0.0.1:$PORT/api/v1/health"; BASE_ARGS=()
SUBJ_URL="http://127.0.0.1:$PORT/api/v1/apps/live/tokens"; SUBJ_ARGS=(-s "$ROOT/bench/lua/post-json.lua")
curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BENCH_BODY" "$SUBJ_URL" > /dev/null
compare_throughput token-mint 0.50
