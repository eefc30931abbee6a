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

# compare_throughput NAME TARGET: warms up, then runs ROUNDS alternating wrk rounds of the
# baseline (BASE_URL with BASE_ARGS) and the subject (SUBJ_URL with SUBJ_ARGS) on the same core,
# writes bench/results/NAME-<stamp>.md and fails unless subject/baseline throughput >= TARGET.
compare_throughput() {
    local name="$1" target="$2" conns="${CONNECTIONS:-64}" duration="${DURATION:-15s}" rounds="${ROUNDS:-3}"
    local scratch stamp report h_total=0 s_total=0 round h_rps h_p99 s_rps s_p99 ratio verdict
    scratch=$(mktemp -d)
    log "warm-up"
    wrk -t2 -c"$conns" -d10s "${BASE_ARGS[@]}" "$BASE_URL" > /dev/null
    wrk -t2 -c"$conns" -d10s "${SUBJ_ARGS[@]}" "$SUBJ_URL" > /dev/null
    stamp=$(date -u +%Y%m%dT%H%M%SZ)
    report="$BENCH_RESULTS/$name-$stamp.md"
    {
        echo "# $name, $stamp"
        echo "baseline: $BASE_URL; subject: $SUBJ_URL"
        echo "wrk -t2 -c$conns -d$duration, $(nproc) cores, $rounds alternating rounds"
        echo
        echo "| round | baseline rps | baseline p99 ms | subject rps | subject p99 ms |"
        echo "|---|---|---|---|---|"
    } > "$report"
    for round in $(seq 1 "$rounds"); do
        read -r h_rps h_p99 < <(run_wrk "$scratch/b$round.txt" "$BASE_URL" -t2 -c"$conns" -d"$duration" "${BASE_ARGS[@]}")
        read -r s_rps s_p99 < <(run_wrk "$scratch/s$round.txt" "$SUBJ_URL" -t2 -c"$conns" -d"$duration" "${SUBJ_ARGS[@]}")
        echo "| $round | $h_rps | $h_p99 | $s_rps | $s_p99 |" >> "$report"
        h_total=$(awk -v a="$h_total" -v b="$h_rps" 'BEGIN{print a+b}')
        s_total=$(awk -v a="$s_total" -v b="$s_rps" 'BEGIN{print a+b}')
    done
    rm -rf "$scratch"
    ratio=$(awk -v s="$s_total" -v h="$h_total" 'BEGIN{printf "%.3f", s/h}')
    verdict=$(awk -v r="$ratio" -v t="$target" 'BEGIN{print (r >= t) ? "PASS" : "FAIL"}')
    printf '\nsubject throughput / baseline throughput = **%s** (target >= %s): %s\n' "$ratio" "$target" "$verdict" >> "$report"
    cat "$report"
    [ "$verdict" = PASS ]
}
