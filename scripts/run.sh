#!/usr/bin/env bash
# Installs what is missing, builds StreamHub, starts a local LiveKit in dev mode (unless
# LIVEKIT_URL is set) and runs the core on http://127.0.0.1:3020 with SQLite under ./data.
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

log "starting the core on http://${HOST:-127.0.0.1}:${PORT:-3020} (DATA_DIR=$DATA_DIR)"
exec java ${JAVA_OPTS:-} -jar "$ROOT/bootstrap/target/streamhub.jar"
