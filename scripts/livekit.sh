#!/usr/bin/env bash
# Install and run a real LiveKit SFU (livekit-server) plus the `lk` CLI for
# StreamHub development and integration tests. Everything lives under
# $TOOLS_DIR (default <repo>/.tools). See docs/livekit-dev.md.
#
# Usage: scripts/livekit.sh <install|install-cli|start|stop|restart|status|env|lk|logs|media> [args]
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

# ---------------------------------------------------------------- versions --
LIVEKIT_SERVER_VERSION="${LIVEKIT_SERVER_VERSION:-1.13.5}"
LK_CLI_VERSION="${LK_CLI_VERSION:-2.18.2}"
# Toolchain used only when no recent enough `go` is on the machine (the apt
# golang-go of Debian 12 is 1.19; livekit-server 1.13 needs go >= 1.26).
GO_FALLBACK_TOOLCHAIN="${GO_FALLBACK_TOOLCHAIN:-go1.26.8}"
GO_MIN_MINOR=26
# Dependency versions of lk v2.18.2 that our module proxy refuses (403), mapped
# to the nearest available version (the one livekit-server v1.13.5 uses).
# Only used when the plain `go install` fails. Space separated old=new pairs.
LK_GO_REPLACES="${LK_GO_REPLACES-github.com/livekit/protocol@v1.49.1-0.20260712215709-8847d7456816=github.com/livekit/protocol@v1.50.5-0.20260728075222-28e604c046c6}"

BIN_DIR="$TOOLS_DIR/bin"
LIVEKIT_BIN="$BIN_DIR/livekit-server"
LK_BIN="$BIN_DIR/lk"
GO_HOME="$TOOLS_DIR/go"

# ---------------------------------------------------------------- settings --
LIVEKIT_PORT="${LIVEKIT_PORT:-7880}"
LIVEKIT_BIND="${LIVEKIT_BIND:-127.0.0.1}"
LIVEKIT_NODE_IP="${LIVEKIT_NODE_IP:-127.0.0.1}"
LIVEKIT_RTC_TCP_PORT="${LIVEKIT_RTC_TCP_PORT:-$((LIVEKIT_PORT + 1))}"
# UDP: either one mux port / small mux range ("7882" or "7882-7885"), or an
# ephemeral range via LIVEKIT_RTC_PORT_RANGE_START/END (takes precedence).
LIVEKIT_RTC_UDP_PORT="${LIVEKIT_RTC_UDP_PORT:-$((LIVEKIT_PORT + 2))}"
LIVEKIT_RTC_PORT_RANGE_START="${LIVEKIT_RTC_PORT_RANGE_START:-}"
LIVEKIT_RTC_PORT_RANGE_END="${LIVEKIT_RTC_PORT_RANGE_END:-}"
# STUN server handed to clients. LiveKit otherwise gives clients public STUN
# servers (Google/Twilio); we keep all traffic on loopback. Nothing needs to
# listen there: host candidates on 127.0.0.1 are all that is used.
LIVEKIT_STUN_SERVER="${LIVEKIT_STUN_SERVER:-127.0.0.1:3478}"
LIVEKIT_API_KEY="${LIVEKIT_API_KEY:-devkey}"
LIVEKIT_API_SECRET="${LIVEKIT_API_SECRET:-devsecret_devsecret_devsecret_devsecret}"
# Unset -> default; set to empty -> webhooks disabled.
LIVEKIT_WEBHOOK_URL="${LIVEKIT_WEBHOOK_URL-http://127.0.0.1:3020/api/v1/webhooks/livekit}"
LIVEKIT_REDIS_ADDRESS="${LIVEKIT_REDIS_ADDRESS:-}"
LIVEKIT_LOG_LEVEL="${LIVEKIT_LOG_LEVEL:-info}"
LIVEKIT_DEVELOPMENT="${LIVEKIT_DEVELOPMENT:-true}"
LIVEKIT_START_TIMEOUT="${LIVEKIT_START_TIMEOUT:-30}"
LIVEKIT_STOP_TIMEOUT="${LIVEKIT_STOP_TIMEOUT:-15}"

RUN_DIR="$TOOLS_DIR/run/livekit-$LIVEKIT_PORT"
CONFIG_FILE="$RUN_DIR/livekit.yaml"
PID_FILE="$RUN_DIR/livekit.pid"
LOG_FILE="$RUN_DIR/livekit.log"
HTTP_URL="http://$LIVEKIT_BIND:$LIVEKIT_PORT"
WS_URL="ws://$LIVEKIT_BIND:$LIVEKIT_PORT"

usage() {
    cat >&2 <<EOF
Usage: $(basename "$0") <command> [args]

Commands:
  install   build/install livekit-server v$LIVEKIT_SERVER_VERSION into $BIN_DIR (idempotent)
  install-cli  build/install the lk CLI v$LK_CLI_VERSION (also done on first 'lk')
  start     start livekit-server on $LIVEKIT_BIND:$LIVEKIT_PORT in the background (idempotent); prints its URL
  stop      stop the server started on LIVEKIT_PORT ($LIVEKIT_PORT)
  restart   stop then start
  status    show whether the server on LIVEKIT_PORT is running (exit 0 running, 3 stopped)
  env       print shell exports (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET) for lk / SDKs
  lk ARGS   run the pinned lk CLI against this server, e.g. '$(basename "$0") lk room list'
  logs      tail the server log
  media     generate small H.264/VP8/Opus test files for 'lk room join --publish' (installs ffmpeg from apt)

Environment: LIVEKIT_PORT, LIVEKIT_BIND, LIVEKIT_NODE_IP, LIVEKIT_RTC_TCP_PORT,
  LIVEKIT_RTC_UDP_PORT, LIVEKIT_RTC_PORT_RANGE_START/END, LIVEKIT_API_KEY,
  LIVEKIT_API_SECRET, LIVEKIT_WEBHOOK_URL, LIVEKIT_REDIS_ADDRESS, LIVEKIT_LOG_LEVEL,
  LIVEKIT_STUN_SERVER, LIVEKIT_DEVELOPMENT, STREAMHUB_TOOLS_DIR (see docs/livekit-dev.md)
EOF
}

# ------------------------------------------------------------------ go setup --

# go_minor GO_BINARY -> prints the minor version (1.26.8 -> 26), or 0.
go_minor() {
    local v
    v="$("$1" env GOVERSION 2>/dev/null || "$1" version 2>/dev/null | awk '{print $3}')" || true
    v="${v#go}"
    v="${v#1.}"
    v="${v%%[!0-9]*}"
    printf '%s\n' "${v:-0}"
}

# Fetch the official Go toolchain as a module from the Go module proxy (this is
# what GOTOOLCHAIN=auto does), for old apt Go versions that cannot switch.
fetch_go_toolchain() {
    local bootstrap_go="$1" arch dest dir
    case "$(uname -m)" in
        x86_64) arch=amd64 ;;
        aarch64 | arm64) arch=arm64 ;;
        *) die "unsupported architecture $(uname -m) for the Go toolchain fallback" ;;
    esac
    dest="$GO_HOME/toolchain/$GO_FALLBACK_TOOLCHAIN"
    if [ ! -x "$dest/bin/go" ]; then
        log "fetching Go toolchain $GO_FALLBACK_TOOLCHAIN (module golang.org/toolchain) through the Go module proxy"
        dir="$(cd "$GO_HOME" && GOFLAGS=-mod=mod "$bootstrap_go" mod download -json \
            "golang.org/toolchain@v0.0.1-$GO_FALLBACK_TOOLCHAIN.linux-$arch" |
            sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
        if [ -z "$dir" ] || [ ! -d "$dir" ]; then
            die "could not download the Go toolchain $GO_FALLBACK_TOOLCHAIN"
        fi
        rm -rf "$dest.tmp"
        mkdir -p "$(dirname "$dest")"
        cp -R "$dir" "$dest.tmp"
        chmod -R u+w "$dest.tmp"
        # module zips drop the executable bits
        chmod +x "$dest.tmp"/bin/* "$dest.tmp"/pkg/tool/*/* 2>/dev/null || true
        mv "$dest.tmp" "$dest"
    fi
    printf '%s\n' "$dest/bin/go"
}

# Sets GO to a usable go binary (>= 1.$GO_MIN_MINOR) and the cache env.
setup_go() {
    mkdir -p "$GO_HOME" "$BIN_DIR"
    export GOPATH="$GO_HOME"
    export GOMODCACHE="$GO_HOME/pkg/mod"
    export GOCACHE="$GO_HOME/cache"
    export GOTOOLCHAIN=local
    local go_root_bin="${STREAMHUB_GO_ROOT:-/usr/local/go}/bin"
    if [ -x "$go_root_bin/go" ]; then
        case ":$PATH:" in
            *:"$go_root_bin":*) ;;
            *) PATH="$go_root_bin:$PATH" ;;
        esac
        export PATH
    fi
    if ! command -v go >/dev/null 2>&1; then
        log "no 'go' found; installing golang-go from apt as a fallback"
        ensure_apt_packages golang-go ca-certificates git
    fi
    GO="$(command -v go)"
    local minor
    minor="$(go_minor "$GO")"
    if [ "$minor" -lt "$GO_MIN_MINOR" ]; then
        log "$GO is go1.$minor, livekit needs go1.$GO_MIN_MINOR+"
        GO="$(fetch_go_toolchain "$GO")"
    fi
    log "using $("$GO" version) (GOPATH=$GOPATH)"
}

# -------------------------------------------------------------------- install --

# stamp_ok NAME VERSION BINARY
stamp_ok() {
    [ -x "$3" ] && [ -f "$BIN_DIR/.$1.version" ] && [ "$(cat "$BIN_DIR/.$1.version")" = "$2" ]
}

install_livekit_server() {
    if stamp_ok livekit-server "$LIVEKIT_SERVER_VERSION" "$LIVEKIT_BIN"; then
        log "livekit-server $LIVEKIT_SERVER_VERSION already installed at $LIVEKIT_BIN"
        return 0
    fi
    refuse_offline_install "livekit-server v$LIVEKIT_SERVER_VERSION (go install)"
    setup_go
    log "building livekit-server v$LIVEKIT_SERVER_VERSION (takes a few minutes on a cold cache)"
    local start=$SECONDS
    rm -f "$BIN_DIR/server"
    GOBIN="$BIN_DIR" "$GO" install "github.com/livekit/livekit-server/cmd/server@v$LIVEKIT_SERVER_VERSION"
    mv -f "$BIN_DIR/server" "$LIVEKIT_BIN"
    "$LIVEKIT_BIN" --version >&2
    printf '%s\n' "$LIVEKIT_SERVER_VERSION" >"$BIN_DIR/.livekit-server.version"
    log "livekit-server installed in $((SECONDS - start))s"
}

install_lk() {
    if stamp_ok lk "$LK_CLI_VERSION" "$LK_BIN"; then
        log "lk $LK_CLI_VERSION already installed at $LK_BIN"
        return 0
    fi
    # lk is a cgo program (vendored WebRTC audio processing in C++, PortAudio).
    # The module zip lacks the vendored PortAudio sources (a git submodule), so
    # we link the system libportaudio with -tags portaudio_system.
    refuse_offline_install "lk v$LK_CLI_VERSION (go install)"
    ensure_apt_packages g++ pkg-config portaudio19-dev
    setup_go
    log "building lk v$LK_CLI_VERSION (cgo; takes several minutes on a cold cache)"
    local start=$SECONDS mod="github.com/livekit/livekit-cli/v2" dir
    rm -f "$LK_BIN"
    if ! CGO_ENABLED=1 GOBIN="$BIN_DIR" "$GO" install -tags portaudio_system "$mod/cmd/lk@v$LK_CLI_VERSION"; then
        # `go install pkg@version` also fetches the module's version list to look
        # for deprecations, and some module proxies (like the filtered one on the
        # StreamHub dev machines) refuse that list and some pinned dependency
        # versions (403). Build the same pinned module from a copy of its source,
        # with LK_GO_REPLACES swapping refused dependency versions for close ones.
        log "go install failed; building $mod@v$LK_CLI_VERSION from a copy of its source instead"
        dir="$(cd "$GO_HOME" && "$GO" mod download -json "$mod@v$LK_CLI_VERSION" |
            sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
        if [ -z "$dir" ] || [ ! -f "$dir/go.mod" ]; then
            die "could not download $mod@v$LK_CLI_VERSION"
        fi
        local build_dir="$GO_HOME/build/lk-v$LK_CLI_VERSION" r
        rm -rf "$build_dir"
        mkdir -p "$(dirname "$build_dir")"
        cp -R "$dir" "$build_dir"
        chmod -R u+w "$build_dir"
        for r in $LK_GO_REPLACES; do
            log "go mod edit -replace=$r"
            (cd "$build_dir" && "$GO" mod edit "-replace=$r")
        done
        (cd "$build_dir" && CGO_ENABLED=1 "$GO" build -mod=mod -trimpath -tags portaudio_system -o "$LK_BIN" ./cmd/lk)
    fi
    "$LK_BIN" --version >&2
    printf '%s\n' "$LK_CLI_VERSION" >"$BIN_DIR/.lk.version"
    log "lk installed in $((SECONDS - start))s"
}

# The server only: tests and the run command need nothing else. The lk CLI (a long cgo build) is
# built on first use of `lk` or by `install-cli`.
cmd_install() {
    install_livekit_server
    log "binary: $LIVEKIT_BIN"
}

# ---------------------------------------------------------------- run state --

# Prints the pid of our running server on LIVEKIT_PORT, or fails.
running_pid() {
    local pid
    [ -f "$PID_FILE" ] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    case "$pid" in '' | *[!0-9]*) return 1 ;; esac
    kill -0 "$pid" 2>/dev/null || return 1
    # guard against pid reuse by an unrelated process
    if [ -r "/proc/$pid/cmdline" ]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "livekit-server" || return 1
    fi
    printf '%s\n' "$pid"
}

# YAML single-quoted scalar.
yaml_str() {
    printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"
}

check_port_number() {
    case "$2" in
        '' | *[!0-9]*) die "$1 must be a port number, got '$2'" ;;
    esac
}

write_config() {
    check_port_number LIVEKIT_PORT "$LIVEKIT_PORT"
    check_port_number LIVEKIT_RTC_TCP_PORT "$LIVEKIT_RTC_TCP_PORT"
    if [ "${#LIVEKIT_API_SECRET}" -lt 32 ]; then
        die "LIVEKIT_API_SECRET must be at least 32 characters (LiveKit and JWT HS256 libraries require it)"
    fi
    case "$LIVEKIT_DEVELOPMENT" in
        true | false) ;;
        *) die "LIVEKIT_DEVELOPMENT must be true or false" ;;
    esac
    local udp_block
    if [ -n "$LIVEKIT_RTC_PORT_RANGE_START" ] || [ -n "$LIVEKIT_RTC_PORT_RANGE_END" ]; then
        check_port_number LIVEKIT_RTC_PORT_RANGE_START "$LIVEKIT_RTC_PORT_RANGE_START"
        check_port_number LIVEKIT_RTC_PORT_RANGE_END "$LIVEKIT_RTC_PORT_RANGE_END"
        udp_block="  port_range_start: $LIVEKIT_RTC_PORT_RANGE_START
  port_range_end: $LIVEKIT_RTC_PORT_RANGE_END"
    else
        [[ "$LIVEKIT_RTC_UDP_PORT" =~ ^[0-9]+(-[0-9]+)?$ ]] ||
            die "LIVEKIT_RTC_UDP_PORT must be a port or a range like 7882-7885, got '$LIVEKIT_RTC_UDP_PORT'"
        udp_block="  udp_port: $(yaml_str "$LIVEKIT_RTC_UDP_PORT")"
    fi

    mkdir -p "$RUN_DIR"
    local tmp="$CONFIG_FILE.tmp"
    {
        echo "# Generated by scripts/livekit.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ). Do not edit: regenerated on start."
        echo "port: $LIVEKIT_PORT"
        echo "bind_addresses:"
        echo "  - $(yaml_str "$LIVEKIT_BIND")"
        echo "development: $LIVEKIT_DEVELOPMENT"
        echo "logging:"
        echo "  level: $(yaml_str "$LIVEKIT_LOG_LEVEL")"
        echo "  json: false"
        echo "rtc:"
        echo "  tcp_port: $LIVEKIT_RTC_TCP_PORT"
        echo "$udp_block"
        echo "  node_ip: $(yaml_str "$LIVEKIT_NODE_IP")"
        echo "  use_external_ip: false"
        case "$LIVEKIT_NODE_IP" in
            127.*)
                # a loopback address (tests give each node its own): gather candidates only on it
                echo "  enable_loopback_candidate: true"
                echo "  ips:"
                echo "    includes:"
                echo "      - '$LIVEKIT_NODE_IP/32'"
                ;;
        esac
        if [ -n "$LIVEKIT_STUN_SERVER" ]; then
            echo "  stun_servers:"
            echo "    - $(yaml_str "$LIVEKIT_STUN_SERVER")"
        fi
        echo "keys:"
        echo "  $(yaml_str "$LIVEKIT_API_KEY"): $(yaml_str "$LIVEKIT_API_SECRET")"
        if [ -n "$LIVEKIT_WEBHOOK_URL" ]; then
            echo "webhook:"
            echo "  api_key: $(yaml_str "$LIVEKIT_API_KEY")"
            echo "  urls:"
            echo "    - $(yaml_str "$LIVEKIT_WEBHOOK_URL")"
        fi
        if [ -n "$LIVEKIT_REDIS_ADDRESS" ]; then
            echo "redis:"
            echo "  address: $(yaml_str "$LIVEKIT_REDIS_ADDRESS")"
        fi
        echo "room:"
        echo "  auto_create: true"
    } >"$tmp"
    chmod 600 "$tmp"
    mv -f "$tmp" "$CONFIG_FILE"
}

# ------------------------------------------------------------------ commands --

cmd_start() {
    local pid
    if pid="$(running_pid)"; then
        log "livekit-server already running on port $LIVEKIT_PORT (pid $pid)"
        printf '%s\n' "$HTTP_URL"
        return 0
    fi
    rm -f "$PID_FILE"
    if [ ! -x "$LIVEKIT_BIN" ]; then
        log "livekit-server not installed yet, running install"
        install_livekit_server
    fi
    if wait_for_http "$HTTP_URL/" 0 2>/dev/null; then
        die "something else already answers on $HTTP_URL (no pid file in $RUN_DIR); refusing to start"
    fi

    write_config
    : >>"$LOG_FILE"
    printf '\n===== start %s =====\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$LOG_FILE"

    local start_ts=$SECONDS
    # setsid: detach from the caller's process group so the server survives the
    # shell that started it; without a controlling tty setsid execs (same pid).
    if command -v setsid >/dev/null 2>&1; then
        setsid "$LIVEKIT_BIN" --config "$CONFIG_FILE" </dev/null >>"$LOG_FILE" 2>&1 &
    else
        nohup "$LIVEKIT_BIN" --config "$CONFIG_FILE" </dev/null >>"$LOG_FILE" 2>&1 &
    fi
    pid=$!
    printf '%s\n' "$pid" >"$PID_FILE"

    local deadline=$((SECONDS + LIVEKIT_START_TIMEOUT))
    until wait_for_http "$HTTP_URL/" 1 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PID_FILE"
            log "livekit-server exited during startup; last log lines ($LOG_FILE):"
            tail -n 30 "$LOG_FILE" >&2
            exit 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            log "livekit-server did not answer on $HTTP_URL/ within ${LIVEKIT_START_TIMEOUT}s; stopping it. Log: $LOG_FILE"
            tail -n 30 "$LOG_FILE" >&2
            kill "$pid" 2>/dev/null || true
            rm -f "$PID_FILE"
            exit 1
        fi
    done
    log "livekit-server $LIVEKIT_SERVER_VERSION running: pid $pid, $WS_URL, ready in $((SECONDS - start_ts))s"
    log "config $CONFIG_FILE, log $LOG_FILE, api key '$LIVEKIT_API_KEY'"
    printf '%s\n' "$HTTP_URL"
}

cmd_stop() {
    local pid i
    if ! pid="$(running_pid)"; then
        log "livekit-server not running on port $LIVEKIT_PORT"
        rm -f "$PID_FILE"
        return 0
    fi
    log "stopping livekit-server (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < LIVEKIT_STOP_TIMEOUT * 4; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        # a second signal makes LiveKit skip draining remaining participants
        if [ "$i" -eq 8 ]; then
            kill -TERM "$pid" 2>/dev/null || true
        fi
        sleep 0.25
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still running after ${LIVEKIT_STOP_TIMEOUT}s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
    log "stopped"
}

cmd_status() {
    local pid
    if pid="$(running_pid)"; then
        local health
        health="$(curl -sS --max-time 2 "$HTTP_URL/" 2>/dev/null || true)"
        echo "livekit-server running: pid $pid, url $HTTP_URL, health '${health:-no answer}', config $CONFIG_FILE, log $LOG_FILE"
        return 0
    fi
    echo "livekit-server not running on port $LIVEKIT_PORT"
    if [ -x "$LIVEKIT_BIN" ]; then
        echo "installed: livekit-server $(cat "$BIN_DIR/.livekit-server.version" 2>/dev/null || echo '?'), lk $(cat "$BIN_DIR/.lk.version" 2>/dev/null || echo '?')"
    else
        echo "not installed (run: $0 install)"
    fi
    return 3
}

cmd_env() {
    printf 'export LIVEKIT_URL=%q\n' "$HTTP_URL"
    printf 'export LIVEKIT_API_KEY=%q\n' "$LIVEKIT_API_KEY"
    printf 'export LIVEKIT_API_SECRET=%q\n' "$LIVEKIT_API_SECRET"
    # shellcheck disable=SC2016 # $PATH is meant to expand where the output is eval'ed
    printf 'export PATH=%q:"$PATH"\n' "$BIN_DIR"
}

cmd_lk() {
    [ -x "$LK_BIN" ] || install_lk
    LIVEKIT_URL="$HTTP_URL" LIVEKIT_API_KEY="$LIVEKIT_API_KEY" LIVEKIT_API_SECRET="$LIVEKIT_API_SECRET" \
        exec "$LK_BIN" "$@"
}

# Generates small test media that `lk room join --publish FILE` accepts
# (H.264 Annex-B, VP8 IVF, Opus Ogg with one packet per page) with ffmpeg.
# lk's own --publish-demo videos are Git LFS pointers in the Go module zip, so
# they cannot be used from a `go install` build.
cmd_media() {
    local dir="$TOOLS_DIR/media" secs="${LIVEKIT_MEDIA_SECONDS:-30}" stamp
    stamp="v1-${secs}s"
    if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ] &&
        [ -s "$dir/demo.h264" ] && [ -s "$dir/demo.ivf" ] && [ -s "$dir/demo.ogg" ]; then
        log "demo media already generated in $dir"
    else
        ensure_apt_packages ffmpeg
        mkdir -p "$dir"
        log "generating ${secs}s of demo media in $dir"
        ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc=size=320x240:rate=15" -t "$secs" \
            -c:v libx264 -profile:v baseline -pix_fmt yuv420p -b:v 300k -bf 0 \
            -x264-params keyint=30:min-keyint=30:scenecut=0 -bsf:v h264_mp4toannexb -an -f h264 "$dir/demo.h264"
        ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc=size=320x240:rate=15" -t "$secs" \
            -c:v libvpx -b:v 300k -g 30 -deadline realtime -an -f ivf "$dir/demo.ivf"
        ffmpeg -hide_banner -loglevel error -y -f lavfi -i "sine=frequency=440:sample_rate=48000" -t "$secs" \
            -c:a libopus -b:a 32k -page_duration 20000 -vn -f ogg "$dir/demo.ogg"
        printf '%s\n' "$stamp" >"$dir/.stamp"
    fi
    printf '%s\n' "$dir/demo.h264" "$dir/demo.ivf" "$dir/demo.ogg"
}

main() {
    local cmd="${1:-}"
    [ $# -gt 0 ] && shift
    case "$cmd" in
        install) cmd_install ;;
        install-cli) install_lk ;;
        start) cmd_start ;;
        stop) cmd_stop ;;
        restart) cmd_stop && cmd_start ;;
        status) cmd_status ;;
        env) cmd_env ;;
        lk) cmd_lk "$@" ;;
        media) cmd_media ;;
        logs) tail -n "${LIVEKIT_LOG_LINES:-100}" -F "$LOG_FILE" ;;
        -h | --help | help) usage ;;
        *) usage; exit 2 ;;
    esac
}

# Allow `. scripts/livekit.sh` (e.g. from tests) without running a command.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    main "$@"
fi
