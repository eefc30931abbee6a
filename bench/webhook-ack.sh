#!/usr/bin/env bash
# How fast LiveKit's webhooks are acknowledged: POST /api/v1/webhooks/livekit with a correctly
# signed event (verification on the request path, the work queued) against GET /api/v1/health,
# same core, same run. Target (issue 3): the acknowledgement's p99 stays under 50 ms at 64
# connections; throughput is reported as a ratio to health.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_apt_packages wrk curl python3

PORT="${BENCH_PORT:-3096}"
DATA=$(mktemp -d)
trap 'stop_core; rm -rf "$DATA"' EXIT
KEY=benchkey; SECRET=benchsecret_benchsecret_benchsecret_01
start_core "$PORT" "$DATA" LIVEKIT_API_KEY="$KEY" LIVEKIT_API_SECRET="$SECRET"

# a participant joining a room of no app: verified and queued, then ignored by the worker
printf '{"event":"participant_joined","id":"EV_bench","createdAt":"%s","room":{"name":"bench-room"},"participant":{"identity":"p"}}' \
    "$(date +%s)" > "$DATA/webhook.json"
export BENCH_BODY_FILE="$DATA/webhook.json"
BENCH_AUTH=$(python3 "$ROOT/bench/sign-webhook.py" "$KEY" "$SECRET" "$BENCH_BODY_FILE"); export BENCH_AUTH
BASE_URL="http://127.0.0.1:$PORT/api/v1/health"; BASE_ARGS=()
SUBJ_URL="http://127.0.0.1:$PORT/api/v1/webhooks/livekit"; SUBJ_ARGS=(-s "$ROOT/bench/lua/post-webhook.lua")
curl -fsS -X POST -H "Authorization: $BENCH_AUTH" -H 'Content-Type: application/webhook+json' \
    --data-binary @"$BENCH_BODY_FILE" "$SUBJ_URL" > /dev/null
compare_throughput webhook-ack 0.0
report=$(ls -t "$BENCH_RESULTS"/webhook-ack-*.md | head -1)
worst=$(awk -F'|' '/^\| [0-9]/ {gsub(/ /,"",$6); if ($6+0 > m) m=$6+0} END {print m}' "$report")
echo "worst webhook p99 over the rounds: ${worst} ms (target < 50 ms)" | tee -a "$report"
awk -v w="$worst" 'BEGIN{exit !(w < 50)}'
