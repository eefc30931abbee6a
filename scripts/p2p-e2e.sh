#!/usr/bin/env bash
# Issue 9's P2P browser e2e (tools/p2p-e2e/p2p-e2e.mjs): two headless-Chromium viewers play one live
# ffmpeg HLS stream, the second gets P2P bytes through the local tracker; then the kill switch.
#
# Usage:
#   scripts/p2p-e2e.sh                       against the stand-in core (tools/p2p-e2e/stand-in.mjs) and a
#                                            tracker started here; builds the player bundle first
#   scripts/p2p-e2e.sh --core URL --data-dir DIR --token TOKEN [--app A --room R]
#                                            against a running core (its tracker started by the run command,
#                                            the app with public playback and P2P on, DIR = the core's DATA_DIR);
#                                            TOKEN may PATCH the app's config (the kill switch)
# Artifacts (screenshots, browser.log): target/p2p-e2e/.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

core="" data_dir="" token="" app="e2e" room="live1"
while [ "$#" -gt 0 ]; do
    case "$1" in
        --core) core="$2"; shift 2 ;;
        --data-dir) data_dir="$2"; shift 2 ;;
        --token) token="$2"; shift 2 ;;
        --app) app="$2"; shift 2 ;;
        --room) room="$2"; shift 2 ;;
        *) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
done

command -v ffmpeg >/dev/null 2>&1 || ensure_apt_packages ffmpeg
"$ROOT/scripts/browser.sh" install
"$ROOT/scripts/tracker.sh" install
work="$ROOT/target/p2p-e2e"
mkdir -p "$work"

if [ -n "$core" ]; then
    if [ -z "$data_dir" ] || [ -z "$token" ]; then die "--core needs --data-dir and --token"; fi
    exec node "$ROOT/tools/p2p-e2e/p2p-e2e.mjs" --base-url "$core" --data-dir "$data_dir" \
        --flip-token "$token" --app "$app" --room "$room" --artifacts "$work"
fi

pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

"$ROOT/scripts/web-build.sh" "$ROOT/adapters-web/src/main/web/player" "$work/player"
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
secret="e2e-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
tracker_port="$(free_port)"
state="$work/state.json"
printf '{"apps":{"%s":{"p2p":true}},"trackers":["ws://127.0.0.1:%s"],"stun":[]}\n' "$app" "$tracker_port" >"$state"
rm -rf "$work/data"
mkdir -p "$work/data"

STANDIN_STATE="$state" DATA_DIR="$work/data" PLAYER_DIST="$work/player" STREAMHUB_TRACKER_SECRET="$secret" \
    node "$ROOT/tools/p2p-e2e/stand-in.mjs" >"$work/stand-in.out" 2>"$work/stand-in.log" &
pids+=($!)
for _ in $(seq 1 50); do grep -q listening "$work/stand-in.out" 2>/dev/null && break; sleep 0.1; done
base="$(sed -n 's/.*"listening":"\([^"]*\)".*/\1/p' "$work/stand-in.out")"
[ -n "$base" ] || die "the stand-in did not start: $(cat "$work/stand-in.log")"

STREAMHUB_TRACKER_SECRET="$secret" STREAMHUB_CORE_URL="$base" STREAMHUB_TRACKER_PORT="$tracker_port" \
    node "$ROOT/tools/tracker/tracker.mjs" 2>"$work/tracker.log" &
pids+=($!)
wait_for_http "http://127.0.0.1:$tracker_port/health" 15 || die "tracker did not start: $(cat "$work/tracker.log")"
log "stand-in $base, tracker ws://127.0.0.1:$tracker_port"

node "$ROOT/tools/p2p-e2e/p2p-e2e.mjs" --base-url "$base" --data-dir "$work/data" --flip-state "$state" \
    --app "$app" --room "$room" --artifacts "$work"
