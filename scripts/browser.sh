#!/usr/bin/env bash
# Headless Chromium harness for end-to-end tests: Debian `chromium` (apt) driven by `playwright-core`
# (npm, tools/browser, pinned by its package-lock.json; playwright never downloads a browser).
#
# Usage: scripts/browser.sh <install|check|run> [args]
#   install      apt-get install chromium when missing; npm ci in tools/browser when node_modules is
#                missing or the lockfile changed (idempotent, cached in tools/browser/node_modules)
#   check        install, then open about:blank and print the browser version (smoke test)
#   run FILE...  install, then `node FILE...`; an ES module anywhere imports the harness by path:
#                `import { launchChromium } from '<ROOT>/tools/browser/browser.mjs'` (playwright-core resolves
#                from tools/browser/node_modules; NODE_PATH is also set for CommonJS scripts)
#
# Environment: STREAMHUB_CHROMIUM (default /usr/bin/chromium) is the executable tools/browser uses.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

BROWSER_DIR="$ROOT/tools/browser"
STAMP="$BROWSER_DIR/node_modules/.browser.lock.sha256"

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
}

install() {
    local chromium="${STREAMHUB_CHROMIUM:-/usr/bin/chromium}"
    if [ ! -x "$chromium" ]; then
        log "chromium not found at $chromium, installing Debian chromium"
        ensure_apt_packages chromium
    fi
    [ -x "$chromium" ] || die "chromium is missing at $chromium"
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        ensure_apt_packages nodejs npm
    fi
    local want
    want="$(cat "$BROWSER_DIR/package.json" "$BROWSER_DIR/package-lock.json" | sha256sum | cut -d' ' -f1)"
    if [ ! -d "$BROWSER_DIR/node_modules" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
        refuse_offline_install "npm packages of tools/browser (npm ci)"
        log "npm ci in $BROWSER_DIR"
        (cd "$BROWSER_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed in $BROWSER_DIR"
        printf '%s\n' "$want" >"$STAMP"
    fi
}

cmd="${1:-}"
[ -n "$cmd" ] || { usage; exit 2; }
shift
case "$cmd" in
    install) install ;;
    check)
        install
        node "$BROWSER_DIR/check.mjs"
        ;;
    run)
        [ "$#" -ge 1 ] || { usage; exit 2; }
        install
        NODE_PATH="$BROWSER_DIR/node_modules${NODE_PATH:+:$NODE_PATH}" exec node "$@"
        ;;
    -h|--help|help) usage ;;
    *) usage; exit 2 ;;
esac
