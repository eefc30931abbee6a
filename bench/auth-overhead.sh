#!/usr/bin/env bash
# What authentication + authorization cost: GET /api/v1/health (public, no auth) against
# GET /api/v1/auth/me with an sk_ token, on the same core, in the same run, alternating rounds.
# Target (issue 2): auth/me keeps at least 85% of health's throughput.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_apt_packages wrk curl

CONNECTIONS="${CONNECTIONS:-64}"
DURATION="${DURATION:-15s}"
ROUNDS="${ROUNDS:-3}"
PORT="${BENCH_PORT:-3099}"
TOKEN="sk_bench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
DATA=$(mktemp -d)
trap 'stop_core; rm -rf "$DATA"' EXIT

start_core "$PORT" "$DATA" STREAMHUB_API_TOKEN="$TOKEN"
base="http://127.0.0.1:$PORT"
curl -fsS -H "Authorization: Bearer $TOKEN" "$base/api/v1/auth/me" > /dev/null
log "warm-up"
wrk -t2 -c"$CONNECTIONS" -d10s "$base/api/v1/health" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $TOKEN" "$base/api/v1/auth/me" > /dev/null

stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$BENCH_RESULTS/auth-overhead-$stamp.md"
h_total=0; m_total=0
{
    echo "# auth overhead, $stamp"
    echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores, $ROUNDS alternating rounds"
    echo
    echo "| round | health rps | health p99 ms | auth/me rps | auth/me p99 ms |"
    echo "|---|---|---|---|---|"
} > "$report"
for round in $(seq 1 "$ROUNDS"); do
    read -r h_rps h_p99 < <(run_wrk "$DATA/h$round.txt" "$base/api/v1/health" -t2 -c"$CONNECTIONS" -d"$DURATION")
    read -r m_rps m_p99 < <(run_wrk "$DATA/m$round.txt" "$base/api/v1/auth/me" -t2 -c"$CONNECTIONS" -d"$DURATION" \
        -H "Authorization: Bearer $TOKEN")
    echo "| $round | $h_rps | $h_p99 | $m_rps | $m_p99 |" >> "$report"
    h_total=$(awk -v a="$h_total" -v b="$h_rps" 'BEGIN{print a+b}')
    m_total=$(awk -v a="$m_total" -v b="$m_rps" 'BEGIN{print a+b}')
done
ratio=$(awk -v m="$m_total" -v h="$h_total" 'BEGIN{printf "%.3f", m/h}')
verdict=$(awk -v r="$ratio" 'BEGIN{print (r >= 0.85) ? "PASS" : "FAIL"}')
{
    echo
    echo "auth/me throughput / health throughput = **$ratio** (target ≥ 0.85): $verdict"
} >> "$report"
cat "$report"
[ "$verdict" = PASS ]
