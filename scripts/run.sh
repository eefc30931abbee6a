#!/usr/bin/env bash
# Installs what is missing, builds StreamHub, starts a local LiveKit in dev mode (unless
# LIVEKIT_URL is set), the P2P tracker sidecar (unless STREAMHUB_TRACKER=off) and runs the core on http://127.0.0.1:3020 with SQLite under ./data.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
. "$ROOT/scripts/lib/java.sh"

ensure_java_and_maven
cd "$ROOT"
log "building (mvn package, tests skipped)"
mvn -B -q -DskipTests package

export DATA_DIR="${DATA_DIR:-$ROOT/data}"
mkdir -p "$DATA_DIR/data"

if [ -z "${ADMIN_USER:-}" ] || [ -z "${ADMIN_PASS:-}" ]; then
    pass_file="$DATA_DIR/data/dev-admin-password"
    if [ ! -s "$pass_file" ]; then
        (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$pass_file")
    fi
    export ADMIN_USER="${ADMIN_USER:-admin}" ADMIN_PASS="${ADMIN_PASS:-$(cat "$pass_file")}"
    log "dashboard login: user '$ADMIN_USER', password in $pass_file"
fi

if [ -z "${LIVEKIT_URL:-}" ]; then
    export LIVEKIT_API_KEY="${LIVEKIT_API_KEY:-devkey}"
    export LIVEKIT_API_SECRET="${LIVEKIT_API_SECRET:-devsecret_devsecret_devsecret_devsecret}"
    export LIVEKIT_WEBHOOK_URL="${LIVEKIT_WEBHOOK_URL:-http://127.0.0.1:${PORT:-3020}/api/v1/webhooks/livekit}"
    "$ROOT/scripts/livekit.sh" install
    "$ROOT/scripts/livekit.sh" start
    export LIVEKIT_URL="ws://127.0.0.1:${LIVEKIT_PORT:-7880}"
fi

# P2P tracker sidecar (docs/p2p.md): started every time (it admits nothing until an app enables P2P and
# one of its rooms is live, so it costs nothing otherwise); STREAMHUB_TRACKER=off skips it. The core
# reads STREAMHUB_TRACKER_SECRET (enables GET /api/v1/p2p/swarms) and STREAMHUB_P2P_TRACKER_URL (the
# default of distribution.p2p.trackers).
if [ "${STREAMHUB_TRACKER:-on}" != "off" ]; then
    secret_file="$DATA_DIR/data/tracker-secret"
    if [ -z "${STREAMHUB_TRACKER_SECRET:-}" ] && [ ! -s "$secret_file" ]; then
        (umask 077; head -c 24 /dev/urandom | base64 | tr '+/' '-_' > "$secret_file")
    fi
    export STREAMHUB_TRACKER_SECRET="${STREAMHUB_TRACKER_SECRET:-$(cat "$secret_file")}"
    export STREAMHUB_CORE_URL="${STREAMHUB_CORE_URL:-http://127.0.0.1:${PORT:-3020}}"
    export STREAMHUB_P2P_TRACKER_URL="${STREAMHUB_P2P_TRACKER_URL:-ws://127.0.0.1:${STREAMHUB_TRACKER_PORT:-8000}}"
    "$ROOT/scripts/tracker.sh" start
fi

log "starting the core on http://${HOST:-127.0.0.1}:${PORT:-3020} (DATA_DIR=$DATA_DIR)"
exec java ${JAVA_OPTS:-} -jar "$ROOT/bootstrap/target/streamhub.jar"
