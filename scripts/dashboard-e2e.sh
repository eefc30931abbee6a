#!/usr/bin/env bash
# End-to-end test of the dashboard SPA in headless Chromium against the real jar, a real livekit-server and a
# Redis (LiveKit keeps ingress state there): log in, create an app, an ingress and its stream key, publish the
# fake camera from the app's sample publish page, see it live with the viewer of the /play page, mute and kick
# from the dashboard, drain a node (adapters-web/src/main/web/dashboard/e2e/run.mjs). Chromium is driven
# through the shared harness tools/browser (scripts/browser.sh). Everything listens on 127.0.0.1 ports of its
# own (it runs as is inside a loopback-only network namespace: scripts/test.sh); everything started here is
# stopped on exit. Screenshots of every page, results.json, browser.log and core.log land in
# adapters-web/target/dashboard-e2e/ (test artifacts; look at them).
#
# Usage: scripts/dashboard-e2e.sh            (builds bootstrap/target/streamhub.jar first when it is missing)
# Env:   STREAMHUB_JAR (default bootstrap/target/streamhub.jar), LIVEKIT_BIN (default $TOOLS_DIR/bin/livekit-server,
#        installed by scripts/livekit.sh install when missing), STREAMHUB_CHROMIUM (default /usr/bin/chromium),
#        E2E_PORT_BASE (default 13000: core +20, LiveKit +4880.., Redis +3379)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

WEB="$ROOT/adapters-web/src/main/web/dashboard"
OUT="$ROOT/adapters-web/target/dashboard-e2e"
JAR="${STREAMHUB_JAR:-$ROOT/bootstrap/target/streamhub.jar}"
LIVEKIT_BIN="${LIVEKIT_BIN:-$TOOLS_DIR/bin/livekit-server}"
base="${E2E_PORT_BASE:-13000}"
core_port=$((base + 20)) lk_port=$((base + 4880)) redis_port=$((base + 3379))

chromium="${STREAMHUB_CHROMIUM:-/usr/bin/chromium}"
command -v redis-server >/dev/null 2>&1 || ensure_apt_packages redis-server
STREAMHUB_CHROMIUM="$chromium" "$ROOT/scripts/browser.sh" install # chromium + tools/browser's playwright-core
if [ ! -x "$LIVEKIT_BIN" ]; then
    "$ROOT/scripts/livekit.sh" install
fi
if [ ! -f "$JAR" ]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl bootstrap -am)
fi

run="$(mktemp -d "${TMPDIR:-/tmp}/dashboard-e2e.XXXXXX")"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$run"
}
trap cleanup EXIT

secret="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
admin_pass="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
cluster_token="clt_$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 28)"

redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$run/redis.log" 2>&1 &
pids+=("$!")

cat >"$run/livekit.yaml" <<YAML
port: $lk_port
bind_addresses: ['127.0.0.1']
development: true
rtc:
  tcp_port: $((lk_port + 1))
  udp_port: $((lk_port + 2))
  node_ip: 127.0.0.1
  use_external_ip: false
  enable_loopback_candidate: true
  ips:
    includes:
      - 127.0.0.1/32
  stun_servers:
    - 127.0.0.1:3478
keys:
  e2ekey: $secret
webhook:
  api_key: e2ekey
  urls:
    - http://127.0.0.1:$core_port/api/v1/webhooks/livekit
redis:
  address: 127.0.0.1:$redis_port
ingress:
  rtmp_base_url: rtmp://127.0.0.1:$((base + 1935))/live
  whip_base_url: http://127.0.0.1:$((base + 8080))/w
room:
  auto_create: true
YAML
"$LIVEKIT_BIN" --config "$run/livekit.yaml" >"$run/livekit.log" 2>&1 &
pids+=("$!")
wait_for_http "http://127.0.0.1:$lk_port/" 30 || { tail -20 "$run/livekit.log" >&2; die "livekit-server did not start"; }

mkdir -p "$run/data/data"
DATA_DIR="$run/data" PORT="$core_port" HOST=127.0.0.1 ADMIN_USER=admin ADMIN_PASS="$admin_pass" \
    STREAMHUB_JWT_SECRET="jwt-$secret-$secret" STREAMHUB_CLUSTER_TOKEN="$cluster_token" \
    LIVEKIT_URL="ws://127.0.0.1:$lk_port" LIVEKIT_API_KEY=e2ekey LIVEKIT_API_SECRET="$secret" \
    java ${JAVA_OPTS:-} -jar "$JAR" >"$run/core.log" 2>&1 &
pids+=("$!")
wait_for_http "http://127.0.0.1:$core_port/api/v1/health/live" 90 || { tail -40 "$run/core.log" >&2; die "the core did not start"; }

rm -rf "$OUT"
mkdir -p "$OUT"
status=0
STREAMHUB_URL="http://127.0.0.1:$core_port" ADMIN_USER=admin ADMIN_PASS="$admin_pass" \
    STREAMHUB_CLUSTER_TOKEN="$cluster_token" STREAMHUB_CHROMIUM="$chromium" E2E_OUT="$OUT" \
    node "$WEB/e2e/run.mjs" || status=$?
cp "$run/core.log" "$OUT/core.log" 2>/dev/null || true
exit "$status"
