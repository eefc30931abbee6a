#!/usr/bin/env bash
# The player's WebRTC path in headless Chromium (tools/p2p-e2e/webrtc-e2e.mjs): the browser SDK publishes a
# fake camera through a real livekit-server, /play/<app>/<room> gets a WebRTC plan, shows the picture and the
# viewer count. Runs against the stand-in core (tools/p2p-e2e/stand-in.mjs, which mints the LiveKit tokens).
#
# Usage: scripts/player-e2e.sh        (livekit-server from scripts/livekit.sh install; artifacts in target/player-e2e/)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

"$ROOT/scripts/browser.sh" install
"$ROOT/scripts/livekit.sh" install
work="$ROOT/target/player-e2e"
rm -rf "$work"
mkdir -p "$work/data"

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
LIVEKIT_PORT="$(free_port)"
LIVEKIT_API_SECRET="e2e$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export LIVEKIT_PORT LIVEKIT_API_SECRET LIVEKIT_API_KEY=e2ekey
pid=""
cleanup() {
    [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
    "$ROOT/scripts/livekit.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
"$ROOT/scripts/livekit.sh" start

"$ROOT/scripts/web-build.sh" "$ROOT/adapters-web/src/main/web/player" "$work/player"
printf '{"apps":{"rtc":{"protocol":"webrtc"}},"livekit":{"url":"ws://127.0.0.1:%s","key":"%s","secret":"%s"}}\n' \
    "$LIVEKIT_PORT" "$LIVEKIT_API_KEY" "$LIVEKIT_API_SECRET" >"$work/state.json"
STANDIN_STATE="$work/state.json" DATA_DIR="$work/data" PLAYER_DIST="$work/player" \
    node "$ROOT/tools/p2p-e2e/stand-in.mjs" >"$work/stand-in.out" 2>"$work/stand-in.log" &
pid=$!
for _ in $(seq 1 50); do grep -q listening "$work/stand-in.out" 2>/dev/null && break; sleep 0.1; done
base="$(sed -n 's/.*"listening":"\([^"]*\)".*/\1/p' "$work/stand-in.out")"
[ -n "$base" ] || die "the stand-in did not start: $(cat "$work/stand-in.log")"

node "$ROOT/tools/p2p-e2e/webrtc-e2e.mjs" --base-url "$base" --app rtc --room stage1 --artifacts "$work"
