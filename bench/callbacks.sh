#!/usr/bin/env bash
# Outbound callbacks (issue 5), on one core and one local receiver (bench/callback-receiver.py):
#  1. throughput: a burst of BURST webhooks, each recording a stream_started for one endpoint, queued
#     while the receiver holds its answers; then the receiver opens and the drain is timed: deliveries
#     per second, as a ratio to the receiver's own capacity for one serial client (wrk -c1 straight at
#     it: the dispatcher keeps one attempt in flight per endpoint);
#  2. latency from event (envelope ts) to arrival at the receiver, p50/p99, at a steady STEADY_RATE/s;
#  3. a receiver that hangs: LiveKit webhook acknowledgements for an app whose endpoint never answers,
#     against the same webhook for an app whose endpoint answers at once (baseline: the same outbox
#     writes and deliveries), alternating wrk rounds. Targets: ratio >= 0.8 and p99 at most 1.25x the baseline's + 5 ms (a hanging
#     receiver never delays the webhook answer).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_apt_packages wrk curl python3

PORT="${BENCH_PORT:-3097}"
RPORT="${BENCH_RECEIVER_PORT:-3098}"
BURST="${BURST:-3000}"
STEADY="${STEADY:-1000}"
STEADY_RATE="${STEADY_RATE:-100}"
KEY=benchkey; SECRET=benchsecret_benchsecret_benchsecret_01
DATA=$(mktemp -d)
python3 "$ROOT/bench/callback-receiver.py" "$RPORT" & RECEIVER_PID=$!
trap 'stop_core; kill "$RECEIVER_PID" 2>/dev/null; rm -rf "$DATA"' EXIT
start_core "$PORT" "$DATA" LIVEKIT_API_KEY="$KEY" LIVEKIT_API_SECRET="$SECRET" STREAMHUB_CALLBACKS_ALLOW_PRIVATE=true \
    STREAMHUB_CALLBACKS_TIMEOUT=120s
API="http://127.0.0.1:$PORT/api/v1"
RECEIVER="http://127.0.0.1:$RPORT"
JWT=$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{"user":"bench","password":"bench-password-123"}' "$API/auth/login" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["token"])')
api() { curl -fsS -X "$1" -H "Authorization: Bearer $JWT" -H 'Content-Type: application/json' ${3:+-d "$3"} "$API$2" > /dev/null; }
for app in fast hang plain; do api POST /apps "{\"name\":\"$app\"}"; done
api POST /apps/fast/callbacks "{\"url\":\"$RECEIVER/fast\",\"events\":[\"stream_started\"]}"
api POST /apps/hang/callbacks "{\"url\":\"$RECEIVER/hang\"}"
api POST /apps/plain/callbacks "{\"url\":\"$RECEIVER/fast\"}"
stats() { curl -fsS "$RECEIVER/stats" | python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
await_count() {
    local want="$1" deadline=$((SECONDS + 300))
    until [ "$(stats '["count"]')" -ge "$want" ]; do
        [ "$SECONDS" -lt "$deadline" ] || die "the receiver got $(stats '["count"]') of $want deliveries"
        sleep 0.2
    done
}

stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$BENCH_RESULTS/callbacks-$stamp.md"
log "baseline: the receiver's capacity for one serial client"
printf '{"id":"baseline","ts":"%s","data":{}}' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$DATA/envelope.json"
export BENCH_BODY_FILE="$DATA/envelope.json"
wrk -t1 -c1 -d3s -s "$ROOT/bench/lua/post-body.lua" "$RECEIVER/fast" > /dev/null
read -r serial_rps _ < <(run_wrk "$DATA/receiver.txt" "$RECEIVER/fast" -t1 -c1 -d5s -s "$ROOT/bench/lua/post-body.lua")

log "throughput: a burst of $BURST events, queued, then drained"
curl -fsS -X POST "$RECEIVER/reset" > /dev/null
curl -fsS -X POST "$RECEIVER/close" > /dev/null
burst=$(python3 "$ROOT/bench/callback-events.py" "$PORT" "$KEY" "$SECRET" fast-burst "$BURST" 0 4)
posted_s=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$burst")
start=$(python3 -c 'import time; print(time.time())')
curl -fsS -X POST "$RECEIVER/open" > /dev/null
await_count "$BURST"
last=$(stats '["last"]')
distinct=$(stats '["distinct"]')
delivery_rate=$(awk -v n="$BURST" -v s="$start" -v l="$last" 'BEGIN{printf "%.0f", n/(l-s)}')
ratio=$(awk -v d="$delivery_rate" -v r="$serial_rps" 'BEGIN{printf "%.3f", d/r}')

log "latency: $STEADY events at $STEADY_RATE/s"
curl -fsS -X POST "$RECEIVER/reset" > /dev/null
python3 "$ROOT/bench/callback-events.py" "$PORT" "$KEY" "$SECRET" fast-steady "$STEADY" "$STEADY_RATE" 2 > /dev/null
await_count "$STEADY"
p50=$(stats '["p50_ms"]'); p99=$(stats '["p99_ms"]')

{
    echo "# callbacks, $stamp ($(nproc) cores)"
    echo
    echo "| measure | value |"
    echo "|---|---|"
    echo "| receiver capacity, one serial client (baseline) | $serial_rps req/s |"
    echo "| burst: $BURST webhooks acknowledged in | $posted_s s |"
    echo "| burst: deliveries per second from the receiver opening to the last arrival | $delivery_rate /s ($distinct distinct ids) |"
    echo "| deliveries per second / receiver capacity | **$ratio** |"
    echo "| event to delivery at $STEADY_RATE/s, p50 | $p50 ms |"
    echo "| event to delivery at $STEADY_RATE/s, p99 | $p99 ms |"
    echo
} > "$report"
cat "$report"
[ "$distinct" -eq "$BURST" ] || die "duplicates in a run without failures: $distinct distinct of $BURST"

log "a receiver that hangs: webhook acknowledgements with a hanging endpoint and with a fast one"
printf '{"event":"track_published","id":"EV_bench","createdAt":"%s","room":{"name":"%%s-show"},"participant":{"identity":"p","tracks":[{"sid":"TR_1","type":"VIDEO"}]},"track":{"sid":"TR_1","type":"VIDEO"}}' \
    "$(date +%s)" > "$DATA/template.json"
for app in hang plain; do
    # shellcheck disable=SC2059
    printf "$(cat "$DATA/template.json")" "$app" > "$DATA/$app.json"
done
export BENCH_BODY_FILE="$DATA/hang.json"; BENCH_AUTH=$(python3 "$ROOT/bench/sign-webhook.py" "$KEY" "$SECRET" "$BENCH_BODY_FILE"); export BENCH_AUTH
SUBJ_URL="$API/webhooks/livekit"; SUBJ_ARGS=(-s "$ROOT/bench/lua/post-webhook.lua")
# the baseline posts the plain app's body: its own script reads its own file and signature
PLAIN_AUTH=$(python3 "$ROOT/bench/sign-webhook.py" "$KEY" "$SECRET" "$DATA/plain.json")
sed -e "s|os.getenv(\"BENCH_BODY_FILE\")|\"$DATA/plain.json\"|" -e "s|os.getenv(\"BENCH_AUTH\")|\"$PLAIN_AUTH\"|" \
    "$ROOT/bench/lua/post-webhook.lua" > "$DATA/plain.lua"
BASE_URL="$API/webhooks/livekit"; BASE_ARGS=(-s "$DATA/plain.lua")
compare_throughput callbacks-hanging-receiver 0.8 | tee -a "$report"
hang_report=$(ls -t "$BENCH_RESULTS"/callbacks-hanging-receiver-*.md | head -1)
worst=$(awk -F'|' '/^\| [0-9]/ {gsub(/ /,"",$6); if ($6+0 > m) m=$6+0} END {print m}' "$hang_report")
base=$(awk -F'|' '/^\| [0-9]/ {gsub(/ /,"",$4); if ($4+0 > m) m=$4+0} END {print m}' "$hang_report")
echo "worst webhook p99: ${worst} ms with a hanging receiver, ${base} ms with a fast one (target: at most 1.25x + 5 ms)" | tee -a "$report"
awk -v w="$worst" -v b="$base" 'BEGIN{exit !(w <= 1.25 * b + 5)}'
