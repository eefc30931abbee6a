#!/usr/bin/env bash
# What authentication + authorization cost: GET /api/v1/auth/me with an sk_ token (subject) against
# GET /api/v1/health, public (baseline), on the same core, in the same run, alternating rounds.
# Target (issue 2): auth/me keeps at least 85% of health's throughput.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_apt_packages wrk curl

PORT="${BENCH_PORT:-3099}"
TOKEN="sk_bench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
DATA=$(mktemp -d)
trap 'stop_core; rm -rf "$DATA"' EXIT
start_core "$PORT" "$DATA" STREAMHUB_API_TOKEN="$TOKEN"

BASE_URL="http://127.0.0.1:$PORT/api/v1/health"; BASE_ARGS=()
SUBJ_URL="http://127.0.0.1:$PORT/api/v1/auth/me"; SUBJ_ARGS=(-H "Authorization: Bearer $TOKEN")
curl -fsS "${SUBJ_ARGS[@]}" "$SUBJ_URL" > /dev/null
compare_throughput auth-overhead 0.85
