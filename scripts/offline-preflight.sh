#!/usr/bin/env bash
# Before scripts/test.sh enters its loopback-only network namespace (ADR 005), where no package registry
# can be reached: every tool the namespaced steps use must already be on the host (issue 15).
#
# Usage: scripts/offline-preflight.sh           on the host: fail, naming each missing tool, before the
#                                               namespace is entered
#        scripts/offline-preflight.sh --guard   inside the namespace: prove that an install attempt there
#                                               fails fast with a message naming what is missing and never
#                                               reaches apt-get (the check that keeps it so)
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

# What the namespaced steps of scripts/test.sh run: Maven offline (the *LiveKit* tests), deploy/test/
# rtc-through-nginx.sh, scripts/player-e2e.sh and scripts/dashboard-e2e.sh.
COMMANDS=(java mvn ip nginx python3 curl node npm redis-server ffmpeg)
FILES=(
    "$TOOLS_DIR/bin/livekit-server"
    "${STREAMHUB_CHROMIUM:-/usr/bin/chromium}"
    "$ROOT/tools/browser/node_modules"
    "$ROOT/tools/lk-client/node_modules"
    "${STREAMHUB_JAR:-$ROOT/bootstrap/target/streamhub.jar}"
)

preflight() {
    local missing=() c f
    for c in "${COMMANDS[@]}"; do
        command -v "$c" >/dev/null 2>&1 || missing+=("$c")
    done
    for f in "${FILES[@]}"; do
        [ -e "$f" ] || missing+=("$f")
    done
    [ "${#missing[@]}" -eq 0 ] ||
        die "the offline namespace would lack: ${missing[*]} (install them on the host before entering it)"
    log "ok: every tool the namespaced steps use is on the host"
}

# An apt-get stand-in first on PATH records any call; ensure_apt_packages must refuse before it.
guard() {
    local shim out rc=0
    shim="$(mktemp -d)"
    trap 'rm -rf "$shim"' RETURN
    printf '#!/bin/sh\necho called >> "%s/apt-get.calls"\nexit 0\n' "$shim" >"$shim/apt-get"
    chmod +x "$shim/apt-get"
    # Detected both ways: by STREAMHUB_OFFLINE=1, and (when the namespace is a named one) by `ip netns identify`.
    local modes=("STREAMHUB_OFFLINE=1")
    [ -n "$(ip netns identify "$$" 2>/dev/null)" ] && modes+=("STREAMHUB_OFFLINE=")
    local m
    for m in "${modes[@]}"; do
        rc=0
        out="$(env "$m" PATH="$shim:$PATH" bash -c '. "$1"; ensure_apt_packages streamhub-no-such-package' _ \
            "$ROOT/scripts/lib/common.sh" 2>&1)" || rc=$?
        [ "$rc" -ne 0 ] || die "guard ($m): ensure_apt_packages succeeded inside the offline namespace"
        [ ! -e "$shim/apt-get.calls" ] || die "guard ($m): apt-get was called inside the offline namespace"
        case "$out" in
            *"missing inside the offline network namespace"*streamhub-no-such-package*) ;;
            *) die "guard ($m): the refusal does not name what is missing: $out" ;;
        esac
    done
    log "ok: an install attempt inside the namespace fails fast, naming what is missing (${#modes[@]} detection mode(s))"
}

case "${1:-}" in
    "") preflight ;;
    --guard) guard ;;
    *) die "usage: $0 [--guard]" ;;
esac
