# shellcheck shell=bash
# Shared helpers for StreamHub scripts. Source it, do not execute it:
#
#   . "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
#
# Provides:
#   ROOT       repository root (derived from this file's location)
#   TOOLS_DIR  tool/cache dir, default "$ROOT/.tools", override with STREAMHUB_TOOLS_DIR
#   log MSG...                       print a message to stderr
#   die MSG...                       log and exit 1
#   ensure_apt_packages PKG...       install missing Debian packages (apt-get update at most once per run)
#   offline_netns                    true inside a network namespace with no registry (STREAMHUB_OFFLINE=1,
#                                    or `ip netns identify` names the namespace this shell runs in)
#   refuse_offline_install WHAT      die, naming WHAT, when an install is attempted inside such a namespace
#   wait_for_http URL TIMEOUT_SECS   poll URL until it answers 2xx/3xx, fail after TIMEOUT_SECS

if [ -n "${STREAMHUB_COMMON_SH_LOADED:-}" ]; then
    return 0
fi
STREAMHUB_COMMON_SH_LOADED=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS_DIR="${STREAMHUB_TOOLS_DIR:-$ROOT/.tools}"
export ROOT TOOLS_DIR

log() {
    printf '[%s] %s\n' "$(basename "${0:-streamhub}")" "$*" >&2
}

die() {
    log "ERROR: $*"
    exit 1
}

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -E "$@"
    else
        die "need root (or sudo) to run: $*"
    fi
}

# offline_netns : true when this process runs inside a network namespace that reaches no package
# registry (scripts/test.sh runs its WebRTC steps in one: ADR 005). Nothing may be installed there: every
# tool a namespaced step needs is installed on the host before the namespace is entered.
offline_netns() {
    [ "${STREAMHUB_OFFLINE:-}" = 1 ] && return 0
    command -v ip >/dev/null 2>&1 || return 1
    [ -n "$(ip netns identify "$$" 2>/dev/null)" ]
}

# refuse_offline_install WHAT : fail fast, naming what is missing, instead of trying a download that
# cannot work inside the offline namespace (issue 15: a fresh machine failed in apt-get after 9.5 min).
refuse_offline_install() {
    if offline_netns; then
        die "missing inside the offline network namespace: $*; nothing can be installed here, install it on the host first (scripts/test.sh does so before entering the namespace)"
    fi
}

_STREAMHUB_APT_UPDATED=""

# ensure_apt_packages pkg... : installs only the packages that are not installed yet.
ensure_apt_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    refuse_offline_install "Debian packages ${missing[*]}"
    command -v apt-get >/dev/null 2>&1 || die "apt-get not available; please install: ${missing[*]}"
    if [ -z "$_STREAMHUB_APT_UPDATED" ]; then
        log "apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
        _STREAMHUB_APT_UPDATED=1
    fi
    log "apt-get install ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# wait_for_http URL TIMEOUT_SECONDS : returns 0 once URL answers with a 2xx/3xx status.
wait_for_http() {
    local url="$1" timeout="${2:-30}" deadline
    deadline=$(( $(date +%s) + timeout ))
    while :; do
        if command -v curl >/dev/null 2>&1; then
            if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
                return 0
            fi
        elif command -v wget >/dev/null 2>&1; then
            if wget -q -O /dev/null -T 2 "$url" 2>/dev/null; then
                return 0
            fi
        else
            die "wait_for_http needs curl or wget"
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            log "timed out after ${timeout}s waiting for $url"
            return 1
        fi
        sleep 0.5
    done
}
