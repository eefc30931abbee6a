# shellcheck shell=bash
# Shared by the wrk benchmarks: start the packaged core on loopback, run wrk, read its numbers.
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"

BENCH_RESULTS="$ROOT/bench/results"
mkdir -p "$BENCH_RESULTS"

# start_core PORT DATA_DIR [ENV=VALUE...]: starts the jar in the background, sets CORE_PID.
start_core() {
    local port="$1" data="$2"
    shift 2
    [ -f "$ROOT/bootstrap/target/streamhub.jar" ] || (cd "$ROOT" && mvn -B -q -DskipTests package)
    env PORT="$port" DATA_DIR="$data" STREAMHUB_JWT_SECRET=bench-secret-bench-secret-bench-secret-0123 \
        ADMIN_USER=bench ADMIN_PASS=bench-password-123 LOG_LEVEL=WARN "$@" \
        java -Xmx512m -jar "$ROOT/bootstrap/target/streamhub.jar" > "$data/core.log" 2>&1 &
    CORE_PID=$!
    wait_for_http "http://127.0.0.1:$port/api/v1/health" 90 || { cat "$data/core.log" >&2; exit 1; }
}

stop_core() {
    [ -n "${CORE_PID:-}" ] && kill "$CORE_PID" 2>/dev/null && wait "$CORE_PID" 2>/dev/null || true
}

# run_wrk OUT_FILE URL [wrk args...]: runs wrk with --latency; prints "rps p99_ms".
run_wrk() {
    local out="$1" url="$2"
    shift 2
    wrk --latency "$@" "$url" > "$out"
    local rps p99
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; print v}' "$out")
    local non2xx
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$out")
    [ -z "$non2xx" ] || die "wrk saw $non2xx non-2xx answers on $url (see $out)"
    echo "$rps $p99"
}
