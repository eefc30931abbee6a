#!/usr/bin/env bash
# A real S3-compatible server on 127.0.0.1 for development and tests (docs/recording.md).
#
# MinIO, built with `go install` from the Go module proxy into $TOOLS_DIR/bin (preferred). When it
# cannot be built here, S3_SERVER=s3mock uses Adobe S3Mock's executable jar from Maven Central
# (fetched with `mvn dependency:copy` into $TOOLS_DIR/s3mock). Everything is cached under
# $TOOLS_DIR (default <repo>/.tools, git-ignored); every command is idempotent.
#
# Usage: scripts/s3.sh <install|start|stop|status|env>
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

# ---------------------------------------------------------------- versions --
# MinIO as the module proxy resolves `latest` (commit 7aac2a2c5b7c, 2026-02-12).
MINIO_MODULE_VERSION="${MINIO_MODULE_VERSION:-v0.0.0-20260212201848-7aac2a2c5b7c}"
S3MOCK_VERSION="${S3MOCK_VERSION:-4.7.0}"
S3_SERVER="${S3_SERVER:-minio}"

BIN_DIR="$TOOLS_DIR/bin"
MINIO_BIN="$BIN_DIR/minio"
S3MOCK_JAR="$TOOLS_DIR/s3mock/s3mock-$S3MOCK_VERSION-exec.jar"

# ---------------------------------------------------------------- settings --
S3_PORT="${S3_PORT:-9000}"
S3_BIND="${S3_BIND:-127.0.0.1}"
S3_ACCESS_KEY="${S3_ACCESS_KEY:-streamhub}"
S3_SECRET_KEY="${S3_SECRET_KEY:-streamhub-secret-key}"
S3_START_TIMEOUT="${S3_START_TIMEOUT:-60}"
RUN_DIR="$TOOLS_DIR/run/s3-$S3_PORT"
PID_FILE="$RUN_DIR/s3.pid"
LOG_FILE="$RUN_DIR/s3.log"
DATA_DIR_S3="$RUN_DIR/data"
URL="http://$S3_BIND:$S3_PORT"

usage() {
    cat >&2 <<EOF
Usage: $(basename "$0") <command>

Commands:
  install   build MinIO ($MINIO_MODULE_VERSION) into $BIN_DIR (S3_SERVER=s3mock: fetch S3Mock $S3MOCK_VERSION)
  start     start the server on $S3_BIND:$S3_PORT in the background (idempotent); prints its URL
  stop      stop the server started on S3_PORT
  status    exit 0 when the server on S3_PORT runs, 3 otherwise
  env       print S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY exports

Environment: S3_SERVER (minio|s3mock), S3_PORT, S3_BIND, S3_ACCESS_KEY, S3_SECRET_KEY,
  S3_START_TIMEOUT, STREAMHUB_TOOLS_DIR. Data lives in $TOOLS_DIR/run/s3-<port>/data.
EOF
}

find_go() {
    local candidate
    for candidate in "$(command -v go 2>/dev/null || true)" /usr/local/go/bin/go "$TOOLS_DIR"/go/toolchain/*/bin/go; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

install_minio() {
    if [ -x "$MINIO_BIN" ] && [ -f "$BIN_DIR/.minio-version" ] && [ "$(cat "$BIN_DIR/.minio-version")" = "$MINIO_MODULE_VERSION" ]; then
        return 0
    fi
    local go
    refuse_offline_install "MinIO (go install)"
    go="$(find_go)" || die "MinIO is built with Go (>= 1.24); run scripts/livekit.sh install (it provides one) or use S3_SERVER=s3mock"
    mkdir -p "$BIN_DIR" "$TOOLS_DIR/go"
    log "building MinIO $MINIO_MODULE_VERSION with $go (go install from the module proxy; a few minutes the first time)"
    GOBIN="$BIN_DIR" GOPATH="$TOOLS_DIR/go" GOFLAGS=-buildvcs=false \
        "$go" install "github.com/minio/minio@$MINIO_MODULE_VERSION" >&2
    printf '%s\n' "$MINIO_MODULE_VERSION" >"$BIN_DIR/.minio-version"
}

install_s3mock() {
    if [ -f "$S3MOCK_JAR" ]; then
        return 0
    fi
    command -v mvn >/dev/null 2>&1 || die "S3Mock is fetched with Maven; install it (scripts/lib/java.sh)"
    mkdir -p "$(dirname "$S3MOCK_JAR")"
    log "fetching com.adobe.testing:s3mock:$S3MOCK_VERSION:exec from Maven Central"
    mvn -B -q dependency:copy "-Dartifact=com.adobe.testing:s3mock:$S3MOCK_VERSION:jar:exec" \
        "-DoutputDirectory=$(dirname "$S3MOCK_JAR")" >&2
}

install() {
    case "$S3_SERVER" in
        minio) install_minio ;;
        s3mock) install_s3mock ;;
        *) die "S3_SERVER must be minio or s3mock, not '$S3_SERVER'" ;;
    esac
}

running() {
    [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

start() {
    if running; then
        printf '%s\n' "$URL"
        return 0
    fi
    install
    mkdir -p "$RUN_DIR" "$DATA_DIR_S3"
    case "$S3_SERVER" in
        minio)
            MINIO_ROOT_USER="$S3_ACCESS_KEY" MINIO_ROOT_PASSWORD="$S3_SECRET_KEY" MINIO_BROWSER=off \
                MINIO_UPDATE=off MINIO_CI_CD=1 \
                nohup "$MINIO_BIN" server --quiet --address "$S3_BIND:$S3_PORT" \
                --console-address "$S3_BIND:0" "$DATA_DIR_S3" >"$LOG_FILE" 2>&1 </dev/null &
            ;;
        s3mock)
            # S3Mock accepts any credentials.
            nohup java -Xmx256m -XX:+UseSerialGC -jar "$S3MOCK_JAR" --server.address="$S3_BIND" \
                --server.port=0 --com.adobe.testing.s3mock.httpPort="$S3_PORT" \
                --com.adobe.testing.s3mock.domain.root="$DATA_DIR_S3" \
                --com.adobe.testing.s3mock.domain.retainFilesOnExit=true >"$LOG_FILE" 2>&1 </dev/null &
            ;;
    esac
    printf '%s\n' "$!" >"$PID_FILE"
    local health="$URL/minio/health/live"
    if [ "$S3_SERVER" = s3mock ]; then
        health="$URL/"
    fi
    if ! wait_for_http "$health" "$S3_START_TIMEOUT"; then
        tail -20 "$LOG_FILE" >&2 || true
        stop
        die "the S3 server did not answer on $URL within ${S3_START_TIMEOUT}s (log: $LOG_FILE)"
    fi
    printf '%s\n' "$URL"
}

stop() {
    if ! [ -f "$PID_FILE" ]; then
        return 0
    fi
    local pid
    pid="$(cat "$PID_FILE")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
}

case "${1:-}" in
    install) install ;;
    start) start ;;
    stop) stop ;;
    status) if running; then printf 'running %s\n' "$URL"; else printf 'stopped\n'; exit 3; fi ;;
    env)
        printf 'export S3_ENDPOINT=%q\nexport S3_ACCESS_KEY=%q\nexport S3_SECRET_KEY=%q\n' "$URL" "$S3_ACCESS_KEY" "$S3_SECRET_KEY"
        ;;
    *) usage; exit 2 ;;
esac
