#!/usr/bin/env bash
# StreamHub's WebTorrent tracker sidecar (tools/tracker: the npm bittorrent-tracker server, WebSocket only)
# that admits only the P2P swarms the core lists at GET /api/v1/p2p/swarms. See docs/p2p.md.
#
# Usage: scripts/tracker.sh <install|run|start|stop|status|test>
#   install   npm ci in tools/tracker when node_modules is missing or the lockfile changed (idempotent)
#   run       install, then run the tracker in the foreground
#   start     install, then start it in the background (pid and log under $TOOLS_DIR/tracker-<port>.*)
#             and wait until GET /health answers
#   stop      stop the tracker started by `start` on this port
#   status    print /health of the tracker on this port
#   test      install, then the tracker's unit tests (node --test)
#
# Environment (see tools/tracker/tracker.mjs): STREAMHUB_TRACKER_SECRET (required for run/start; the
# same value the core reads), STREAMHUB_CORE_URL (default http://127.0.0.1:3020),
# STREAMHUB_TRACKER_HOST (default 127.0.0.1), STREAMHUB_TRACKER_PORT (default 8000),
# STREAMHUB_TRACKER_POLL_MS (default 1000), STREAMHUB_TRACKER_STALE_MS (default 6000).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

TRACKER_DIR="$ROOT/tools/tracker"
STAMP="$TRACKER_DIR/node_modules/.tracker.lock.sha256"
PORT_="${STREAMHUB_TRACKER_PORT:-8000}"
HOST_="${STREAMHUB_TRACKER_HOST:-127.0.0.1}"
PID_FILE="$TOOLS_DIR/tracker-$PORT_.pid"
LOG_FILE="$TOOLS_DIR/tracker-$PORT_.log"

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
}

install() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        log "node/npm not found, installing nodejs and npm from apt"
        ensure_apt_packages nodejs npm
    fi
    local want
    want="$(cat "$TRACKER_DIR/package.json" "$TRACKER_DIR/package-lock.json" | sha256sum | cut -d' ' -f1)"
    if [ ! -d "$TRACKER_DIR/node_modules" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
        refuse_offline_install "npm packages of tools/tracker (npm ci)"
        log "npm ci in $TRACKER_DIR"
        (cd "$TRACKER_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed in $TRACKER_DIR"
        printf '%s\n' "$want" >"$STAMP"
    fi
}

running_pid() {
    local pid
    [ -f "$PID_FILE" ] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    case "$pid" in '' | *[!0-9]*) return 1 ;; esac
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "tracker.mjs" || return 1
    printf '%s\n' "$pid"
}

cmd_start() {
    [ -n "${STREAMHUB_TRACKER_SECRET:-}" ] || die "STREAMHUB_TRACKER_SECRET is not set"
    install
    if pid="$(running_pid)"; then
        log "tracker already running (pid $pid) on ws://$HOST_:$PORT_"
        return 0
    fi
    mkdir -p "$TOOLS_DIR"
    nohup node "$TRACKER_DIR/tracker.mjs" >>"$LOG_FILE" 2>&1 </dev/null &
    echo $! >"$PID_FILE"
    if ! wait_for_http "http://$HOST_:$PORT_/health" 15; then
        tail -n 20 "$LOG_FILE" >&2 || true
        die "tracker did not come up on $HOST_:$PORT_ (log: $LOG_FILE)"
    fi
    log "tracker running (pid $(cat "$PID_FILE")) on ws://$HOST_:$PORT_, log $LOG_FILE"
}

cmd_stop() {
    local pid
    if pid="$(running_pid)"; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
        log "tracker stopped (pid $pid)"
    fi
    rm -f "$PID_FILE"
}

cmd="${1:-}"
[ -n "$cmd" ] || { usage; exit 2; }
case "$cmd" in
    install) install ;;
    run)
        [ -n "${STREAMHUB_TRACKER_SECRET:-}" ] || die "STREAMHUB_TRACKER_SECRET is not set"
        install
        exec node "$TRACKER_DIR/tracker.mjs"
        ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) curl -fsS "http://$HOST_:$PORT_/health" && echo ;;
    test)
        install
        cd "$TRACKER_DIR" && exec node --test test/
        ;;
    -h|--help|help) usage ;;
    *) usage; exit 2 ;;
esac
