#!/usr/bin/env bash
# Install and run tools/lk-client: a small real LiveKit participant (Node +
# @livekit/rtc-node from npm) that joins a room with a GIVEN access token and
# publishes a generated audio tone and/or video pattern. Used by integration
# tests; prints one JSON line per event on stdout (see tools/lk-client/client.mjs).
#
# Usage: scripts/lk-client.sh <install|run|netns|netns-del> [args]
#   install                 npm ci in tools/lk-client when node_modules is missing or
#                           the lockfile changed (idempotent; installs apt nodejs+npm
#                           only when `node` is absent)
#   run ARGS...             node client.mjs ARGS..., e.g.
#                           run --url ws://127.0.0.1:7880 --token "$JWT" --audio --video --seconds 10
#   netns NAME              create (idempotent) a network namespace in which LiveKit,
#                           the client and tests can run with loopback traffic only
#   netns-del NAME          delete it
#
# Why `netns` is more than `ip netns add` + `lo up`: libwebrtc (inside rtc-node)
# never gathers ICE candidates on a loopback *interface*, so in a namespace with
# only `lo` the client has no candidate and the connect fails after ~30 s
# ("wait_pc_connection timed out"). The namespace therefore gets a veth pair with
# both ends inside it, addressed 127.0.0.2/32 (IPv6 off): the client's only host
# candidate is 127.0.0.2 and all traffic stays on 127.0.0.0/8 in the namespace.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

CLIENT_DIR="$ROOT/tools/lk-client"
STAMP="$CLIENT_DIR/node_modules/.lk-client.lock.sha256"
NETNS_ADDR="${LK_CLIENT_NETNS_ADDR:-127.0.0.2/32}"

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
}

ensure_node() {
    if ! command -v node >/dev/null 2>&1; then
        log "node not found, installing nodejs and npm from apt"
        ensure_apt_packages nodejs npm
    fi
    command -v node >/dev/null 2>&1 || die "node is missing (apt nodejs did not provide it)"
    command -v npm >/dev/null 2>&1 || die "npm is missing; install it (apt-get install npm) and retry"
    local major
    major="$(node -p 'process.versions.node.split(".")[0]')"
    [ "$major" -ge 18 ] || die "node >= 18 needed by @livekit/rtc-node, found $(node --version)"
}

lock_hash() {
    cat "$CLIENT_DIR/package.json" "$CLIENT_DIR/package-lock.json" | sha256sum | cut -d' ' -f1
}

cmd_install() {
    ensure_node
    local want
    want="$(lock_hash)"
    if [ -d "$CLIENT_DIR/node_modules" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ]; then
        return 0
    fi
    refuse_offline_install "npm packages of tools/lk-client (npm ci)"
    log "npm ci in $CLIENT_DIR"
    local start=$SECONDS
    (cd "$CLIENT_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2) ||
        die "npm ci failed in $CLIENT_DIR"
    # the native WebRTC binding is an optional per-platform package: make sure it came
    (cd "$CLIENT_DIR" && node -e 'require("@livekit/rtc-ffi-bindings")' >/dev/null) ||
        die "@livekit/rtc-node installed but its native binding does not load on $(uname -sm)"
    printf '%s\n' "$want" >"$STAMP"
    log "lk-client installed in $((SECONDS - start))s"
}

cmd_run() {
    cmd_install
    exec node "$CLIENT_DIR/client.mjs" "$@"
}

cmd_netns() {
    local ns="${1:?usage: $(basename "$0") netns NAME}"
    [ -e "/run/netns/$ns" ] || ip netns add "$ns"
    ip -n "$ns" link set lo up
    if ! ip -n "$ns" link show lkc0 >/dev/null 2>&1; then
        ip -n "$ns" link add lkc0 type veth peer name lkc1
        local l
        for l in lkc0 lkc1; do
            ip netns exec "$ns" sysctl -qw "net.ipv6.conf.$l.disable_ipv6=1"
        done
        ip -n "$ns" addr add "$NETNS_ADDR" dev lkc0
        ip -n "$ns" link set lkc1 up
        ip -n "$ns" link set lkc0 up
    fi
    log "network namespace $ns ready (lo + lkc0 $NETNS_ADDR); use: ip netns exec $ns CMD"
}

cmd_netns_del() {
    local ns="${1:?usage: $(basename "$0") netns-del NAME}"
    if [ -e "/run/netns/$ns" ]; then
        ip netns del "$ns"
    fi
}

main() {
    local cmd="${1:-}"
    [ $# -gt 0 ] && shift
    case "$cmd" in
        install) cmd_install ;;
        run) cmd_run "$@" ;;
        netns) cmd_netns "$@" ;;
        netns-del) cmd_netns_del "$@" ;;
        -h | --help | help) usage ;;
        *) usage; exit 2 ;;
    esac
}

main "$@"
