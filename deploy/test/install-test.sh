#!/usr/bin/env bash
# Tests deploy/install.sh and the shipped proxy configs, on loopback only (run by scripts/test.sh
# after the build; needs bootstrap/target/streamhub.jar):
#  1. single node, twice into one prefix (idempotent: same secrets) and once into another (new
#     secrets); every file checked: modes, YAML, keys/webhook/Redis, env, units (systemd-analyze
#     verify), nginx -t and caddy adapt of the rendered proxy configs; nothing written outside it;
#  2. origin (--cluster-redis-bind): Redis config with a password, the real redis-server started
#     with it answers only with the password, firewall text names the edge only;
#  3. edge (--join) against the real core jar started from the origin's env file: the join
#     happens, the LiveKit config carries the origin's keys and Redis, the node is listed;
#  4. real nginx (Debian) with the rendered config in front of the core: API and /metrics answer,
#     a forged X-Forwarded-For is replaced by the real address (the audit trail's ip), live HLS made
#     by ffmpeg answers through it with the core's cache/CORS headers and ranges intact, and against
#     a stub upstream: /hls/ headers pass intact and /rtc upgrades to a WebSocket.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/scripts/lib/common.sh"

ensure_apt_packages nginx caddy redis-server python3-yaml curl sqlite3 ffmpeg
JAR="${STREAMHUB_JAR:-$ROOT/bootstrap/target/streamhub.jar}"
[ -f "$JAR" ] || die "no jar at $JAR: build first (mvn -B -q package -DskipTests)"
INSTALL="$ROOT/deploy/install.sh"
PY=/usr/bin/python3 # Debian's, with python3-yaml
LIVEKIT_BIN="$TOOLS_DIR/bin/livekit-server"
LK_ARGS=()
[ -x "$LIVEKIT_BIN" ] && LK_ARGS=(--livekit-bin "$LIVEKIT_BIN")

T="$(mktemp -d /tmp/streamhub-install-test.XXXXXX)"
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT
export TMPDIR="$T/tmp"
mkdir -p "$TMPDIR"

FAILS=0
ok() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; FAILS=$((FAILS + 1)); }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
envv() { sed -n "s/^$2=//p" "$1" | tail -n1; }
mode() { stat -c %a "$1"; }
free_port() { $PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# installer [DIR] ARGS... : runs install.sh in a mount namespace where the whole filesystem is
# read-only except DIR (its --prefix, when given) and $TMPDIR, so any write outside the prefix fails
# the run ("nothing written outside the prefix" holds for every run below)
sandboxed() {
    local dir="$1"
    shift
    [ -z "$dir" ] || mkdir -p "$dir"
    unshare -m --propagation private bash -c '
        dir="$1"; shift
        for d in "$dir" "$TMPDIR"; do [ -z "$d" ] || mount --bind "$d" "$d" || exit 97; done
        mount -o remount,bind,ro / || exit 97
        exec "$@"' _ "$dir" "$@"
}
installer() { sandboxed "$@"; }
export -f sandboxed installer

# YAML checks of a livekit.yaml: KEY SECRET WEBHOOK REDIS_ADDR REDIS_PASS
check_livekit_yaml() {
    $PY - "$@" <<'EOF'
import sys, yaml
path, key, secret, webhook, raddr, rpass = sys.argv[1:7]
c = yaml.safe_load(open(path))
assert c["keys"] == {key: secret}, c["keys"]
assert len(secret) >= 32
assert c["webhook"]["api_key"] == key and c["webhook"]["urls"] == [webhook], c["webhook"]
assert c["redis"] == {"address": raddr, "password": rpass}, c["redis"]
assert c["rtc"]["node_ip"] and isinstance(c["port"], int) and isinstance(c["rtc"]["udp_port"], int)
EOF
}

verify_units() {
    if command -v systemd-analyze >/dev/null; then
        (cd "$1" && systemd-analyze verify ./*.service)
    else
        log "systemd-analyze not available; units not verified"
    fi
}

nginx_conf() { # PREFIX-TREE DIR : a main config that includes the installed site, all state in DIR
    mkdir -p "$2/logs" "$2/tmp"
    cat >"$2/nginx.conf" <<EOF
user root;
worker_processes 1;
pid $2/nginx.pid;
error_log $2/logs/error.log notice;
events { worker_connections 128; }
http {
    access_log $2/logs/access.log;
    client_body_temp_path $2/tmp/body;
    proxy_temp_path $2/tmp/proxy;
    fastcgi_temp_path $2/tmp/fastcgi;
    uwsgi_temp_path $2/tmp/uwsgi;
    scgi_temp_path $2/tmp/scgi;
    include $1/etc/nginx/sites-available/streamhub.conf;
}
EOF
}

CORE_PORT="$(free_port)"
NGINX_PORT="$(free_port)"
STUB_PORT="$(free_port)"
REDIS_PORT="$(free_port)"

# ------------------------------------------------------------------ 1. single node
log "1. single node"
S="$T/single"
run_single() {
    installer "$1" "$INSTALL" --prefix "$1" --domain streamhub.test --node-ip 127.0.0.1 --jar "$JAR" "${LK_ARGS[@]}" \
        --core-port "$CORE_PORT" --livekit-port "$STUB_PORT" --http-listen "127.0.0.1:$NGINX_PORT" "${@:2}" >"$T/out-$(basename "$1").txt" 2>&1
}
check "single-node install succeeds" run_single "$S"
first_env="$(cat "$S/etc/streamhub/core.env")"
check "re-run succeeds" run_single "$S"
check "re-run keeps every secret (idempotent)" [ "$first_env" = "$(cat "$S/etc/streamhub/core.env")" ]
check "second prefix installs" run_single "$T/single2"
for k in STREAMHUB_JWT_SECRET STREAMHUB_SECRET_KEY STREAMHUB_API_TOKEN ADMIN_PASS METRICS_TOKEN LIVEKIT_API_KEY LIVEKIT_API_SECRET STREAMHUB_REDIS_PASSWORD; do
    a="$(envv "$S/etc/streamhub/core.env" "$k")" b="$(envv "$T/single2/etc/streamhub/core.env" "$k")"
    check "$k is generated (${#a} chars) and differs between installs" [ "${#a}" -ge 12 -a "$a" != "$b" ]
done
check "core.env is 0600" [ "$(mode "$S/etc/streamhub/core.env")" = 600 ]
check "livekit.yaml is 0600" [ "$(mode "$S/etc/streamhub/livekit.yaml")" = 600 ]
check "redis config is not world-readable" [ "$(mode "$S/etc/redis/streamhub.conf")" = 640 ]
check "production mode, JWT secret >= 32" [ "$(envv "$S/etc/streamhub/core.env" STREAMHUB_ENV)" = production -a \
    "$(envv "$S/etc/streamhub/core.env" STREAMHUB_JWT_SECRET | wc -c)" -gt 32 ]
check "the proxy (127.0.0.1) is a trusted proxy" grep -qx 'STREAMHUB_TRUSTED_PROXIES=127.0.0.1/32,::1/128' "$S/etc/streamhub/core.env"
check "sk_ API token" grep -q '^STREAMHUB_API_TOKEN=sk_' "$S/etc/streamhub/core.env"
check "livekit.yaml parses: core's keys, webhook to the core's /api/v1/webhooks/livekit, local Redis with password" \
    check_livekit_yaml "$S/etc/streamhub/livekit.yaml" "$(envv "$S/etc/streamhub/core.env" LIVEKIT_API_KEY)" \
    "$(envv "$S/etc/streamhub/core.env" LIVEKIT_API_SECRET)" "http://127.0.0.1:$CORE_PORT/api/v1/webhooks/livekit" \
    "127.0.0.1:6379" "$(envv "$S/etc/streamhub/core.env" STREAMHUB_REDIS_PASSWORD)"
check "units: core and LiveKit, no agent" [ -f "$S/etc/systemd/system/streamhub-core.service" -a \
    -f "$S/etc/systemd/system/streamhub-livekit.service" -a ! -e "$S/etc/systemd/system/streamhub-agent.service" ]
if [ -x "$S/opt/streamhub/bin/livekit-server" ]; then
    check "units pass systemd-analyze verify" verify_units "$S/etc/systemd/system"
else
    check "core unit passes systemd-analyze verify (no livekit-server built: its unit is skipped)" \
        bash -c "cd '$S/etc/systemd/system' && systemd-analyze verify ./streamhub-core.service"
fi
check "jar installed" cmp -s "$JAR" "$S/opt/streamhub/streamhub.jar"
directives() { grep -v '^[[:space:]]*#' "$@"; }
xff_replaced() {
    [ "$(directives "$1" | grep -cF 'proxy_set_header X-Forwarded-For $remote_addr;')" = 3 ] &&
        ! directives "$1" | grep -q proxy_add_x_forwarded_for
}
no_placeholder() { ! directives "$@" | grep -q '{{'; }
check "nginx site: X-Forwarded-For replaced with the peer in every location, never appended" xff_replaced "$S/etc/nginx/sites-available/streamhub.conf"
check "nginx site: no placeholder left" no_placeholder "$S/etc/nginx/sites-available/streamhub.conf"
nginx_conf "$S" "$T/nginx-t"
check "nginx -t accepts the rendered site" nginx -t -q -c "$T/nginx-t/nginx.conf" -p "$T/nginx-t"
check "Caddy variant installs" run_single "$T/caddy" --proxy caddy
check "Caddyfile: no placeholder left, X-Forwarded-For set to the peer" bash -c "! grep -v '^[[:space:]]*#' '$T/caddy/etc/caddy/Caddyfile' | grep -q '{{' && [ \$(grep -c 'header_up X-Forwarded-For {remote_host}' '$T/caddy/etc/caddy/Caddyfile') = 2 ]"
check "caddy adapt accepts the rendered Caddyfile" bash -c "caddy adapt --config '$T/caddy/etc/caddy/Caddyfile' --adapter caddyfile >'$T/caddy.json' 2>'$T/caddy.err'"
check "the sandbox holds: a write outside the prefix fails" bash -c "! sandboxed '$T/probe' touch /var/tmp/streamhub-install-probe 2>/dev/null"
check "dry run writes nothing (not even its prefix)" bash -c "installer '' '$INSTALL' --dry-run --prefix '$T/dry' --node-ip 127.0.0.1 --jar '$JAR' >/dev/null 2>&1 && [ ! -e '$T/dry' ]"

# ------------------------------------------------------------------ 2. origin
log "2. origin"
O="$T/origin"
install_origin() {
    installer "$O" "$INSTALL" --prefix "$O" --domain origin.test --node-ip 127.0.0.1 --jar "$JAR" "${LK_ARGS[@]}" \
        --cluster-redis-bind 127.0.0.3 --edge-ip 127.0.0.4 --redis-port "$REDIS_PORT" --core-port "$CORE_PORT" >"$T/out-origin.txt" 2>&1
}
check "origin install succeeds" install_origin
OENV="$O/etc/streamhub/core.env"
RPASS="$(envv "$OENV" STREAMHUB_REDIS_PASSWORD)"
CLT="$(envv "$OENV" STREAMHUB_CLUSTER_TOKEN)"
check "cluster token generated (clt_)" [ "${CLT#clt_}" != "$CLT" -a "${#CLT}" -ge 24 ]
check "cluster Redis URL handed to edges" [ "$(envv "$OENV" STREAMHUB_CLUSTER_REDIS_URL)" = "redis://:$RPASS@127.0.0.3:$REDIS_PORT" ]
check "Redis bound to loopback and the cluster address, with a password" \
    bash -c "grep -qx 'bind 127.0.0.1 -::1 127.0.0.3' '$O/etc/redis/streamhub.conf' && grep -qx 'requirepass $RPASS' '$O/etc/redis/streamhub.conf'"
check "firewall text lets the edge (only) reach Redis" bash -c "grep -q 'allow proto tcp from 127.0.0.4 to 127.0.0.3 port $REDIS_PORT' '$T/out-origin.txt' && grep -q 'deny proto tcp to 127.0.0.3 port $REDIS_PORT' '$T/out-origin.txt' && [ \$(grep -c 'allow proto tcp from' '$T/out-origin.txt') = 1 ]"
check "join command printed" grep -q -- "--join --master-token $CLT --master-ip 127.0.0.3" "$T/out-origin.txt"
redis-server "$O/etc/redis/streamhub.conf" --dir "$T" --daemonize no --save '' --appendonly no >"$T/redis.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do redis-cli -h 127.0.0.3 -p "$REDIS_PORT" -a "$RPASS" --no-auth-warning ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
check "Redis (real, with the written config) answers on the cluster address with the password" \
    bash -c "redis-cli -h 127.0.0.3 -p $REDIS_PORT -a '$RPASS' --no-auth-warning ping | grep -q PONG"
check "... and refuses without it" bash -c "redis-cli -h 127.0.0.3 -p $REDIS_PORT ping 2>&1 | grep -q NOAUTH"

# ------------------------------------------------------------------ 3. edge against the real core
log "3. edge joins a real core (started from the origin's env file)"
start_core() { # ENV-FILE LOG [KEY=VALUE...]
    (set -a; . "$1"; set +a; for kv in "${@:3}"; do export "${kv?}"; done; exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR") >"$2" 2>&1 &
    PIDS+=($!)
}
start_core "$OENV" "$T/core-origin.log"
if ! wait_for_http "http://127.0.0.1:$CORE_PORT/api/v1/health" 90; then
    tail -n 40 "$T/core-origin.log"
    die "the core did not start"
fi
E="$T/edge"
check "a wrong cluster token makes the edge install fail and write no LiveKit config" bash -c "! installer '$T/edge-bad' '$INSTALL' --prefix '$T/edge-bad' --join \
    --master-token clt_wrong --master-ip 127.0.0.1 --master-url http://127.0.0.1:$CORE_PORT --node-ip 127.0.0.2 --jar '$JAR' >'$T/out-edge-bad.txt' 2>&1 \
    && [ ! -e '$T/edge-bad/etc/streamhub/livekit.yaml' ]"
install_edge() {
    installer "$E" "$INSTALL" --prefix "$E" --join --master-token "$CLT" --master-ip 127.0.0.1 \
        --master-url "http://127.0.0.1:$CORE_PORT" --node-ip 127.0.0.2 --node-name edge-test --jar "$JAR" "${LK_ARGS[@]}" >"$T/out-edge.txt" 2>&1
}
check "edge install (join) succeeds" install_edge
check "edge livekit.yaml carries the origin's keys, its Redis (URL and password) and its webhook" \
    check_livekit_yaml "$E/etc/streamhub/livekit.yaml" "$(envv "$OENV" LIVEKIT_API_KEY)" "$(envv "$OENV" LIVEKIT_API_SECRET)" \
    "http://127.0.0.1:$CORE_PORT/api/v1/webhooks/livekit" "127.0.0.3:$REDIS_PORT" "$RPASS"
check "edge agent env 0600 with master URL, token, node IP and the origin's keys" bash -c "[ \$(stat -c %a '$E/etc/streamhub/agent.env') = 600 ] && \
    grep -qx 'STREAMHUB_MASTER_URL=http://127.0.0.1:$CORE_PORT' '$E/etc/streamhub/agent.env' && grep -qx 'STREAMHUB_CLUSTER_TOKEN=$CLT' '$E/etc/streamhub/agent.env' && \
    grep -qx 'STREAMHUB_NODE_IP=127.0.0.2' '$E/etc/streamhub/agent.env' && grep -qx 'LIVEKIT_API_KEY=$(envv "$OENV" LIVEKIT_API_KEY)' '$E/etc/streamhub/agent.env'"
check "edge units: LiveKit and the agent only (no core, no proxy, no Redis)" bash -c "cd '$E/etc' && [ -f systemd/system/streamhub-livekit.service ] && \
    [ -f systemd/system/streamhub-agent.service ] && [ ! -e systemd/system/streamhub-core.service ] && [ ! -e streamhub/core.env ] && [ ! -e nginx ] && [ ! -e redis ]"
check "edge agent unit passes systemd-analyze verify" bash -c "cd '$E/etc/systemd/system' && systemd-analyze verify ./streamhub-agent.service"
SK="$(envv "$OENV" STREAMHUB_API_TOKEN)"
nodes="$(curl -sS "http://127.0.0.1:$CORE_PORT/api/v1/cluster/nodes" -H "Authorization: Bearer $SK")"
check "the edge is in GET /api/v1/cluster/nodes (with the installer's sk_ token)" $PY -c '
import json, sys
nodes = json.loads(sys.argv[1])["data"]
assert any(n["name"] == "edge-test" and n["status"] == "active" for n in nodes), nodes' "$nodes"
check "edge re-run re-joins as the same node" bash -c "installer '$E' '$INSTALL' --prefix '$E' --join --master-token '$CLT' --master-ip 127.0.0.1 \
    --master-url http://127.0.0.1:$CORE_PORT --node-ip 127.0.0.2 --node-name edge-test --jar '$JAR' >/dev/null 2>&1 && \
    [ \$(curl -sS http://127.0.0.1:$CORE_PORT/api/v1/cluster/nodes -H 'Authorization: Bearer $SK' | grep -o '\"name\":\"edge-test\"' | wc -l) = 1 ]"
kill "${PIDS[-1]}" 2>/dev/null; wait "${PIDS[-1]}" 2>/dev/null || true

# ------------------------------------------------------------------ 4. real nginx
log "4. real nginx in front of the core (single-node install)"
start_core "$S/etc/streamhub/core.env" "$T/core-single.log"
wait_for_http "http://127.0.0.1:$CORE_PORT/api/v1/health" 90 || { tail -n 40 "$T/core-single.log"; die "the core did not start"; }
nginx_conf "$S" "$T/nginx"
nginx -c "$T/nginx/nginx.conf" -p "$T/nginx" -g 'daemon off;' &
PIDS+=($!)
NG="http://127.0.0.1:$NGINX_PORT"
wait_for_http "$NG/api/v1/health" 20 || { cat "$T/nginx/logs/error.log"; die "nginx did not start"; }
SK="$(envv "$S/etc/streamhub/core.env" STREAMHUB_API_TOKEN)"
MT="$(envv "$S/etc/streamhub/core.env" METRICS_TOKEN)"
check "API answers through nginx" bash -c "curl -sSf '$NG/api/v1/health' | grep -q '\"data\"'"
check "/metrics answers through nginx with METRICS_TOKEN" bash -c "curl -sSf -o '$T/metrics.txt' '$NG/metrics' -H 'Authorization: Bearer $MT' && grep -q '^streamhub_' '$T/metrics.txt'"
check "/metrics refuses without it" [ "$(curl -s -o /dev/null -w '%{http_code}' "$NG/metrics")" = 403 ]
# a client on 127.0.0.2 forges X-Forwarded-For (an outside address, then the proxy's own address)
for forged in 203.0.113.7 127.0.0.1; do
    curl -s -o /dev/null --interface 127.0.0.2 "$NG/api/v1/auth/login" -H "X-Forwarded-For: $forged" \
        -H 'Content-Type: application/json' -d '{"user":"admin","password":"wrong-password"}'
    audit="$(curl -sS "$NG/api/v1/audit" -H "Authorization: Bearer $SK")"
    check "client forging X-Forwarded-For: $forged is audited with its real address 127.0.0.2" $PY -c '
import json, sys
entries = [e for e in json.loads(sys.argv[1])["data"] if e["action"] == "auth.login"]
assert entries and entries[0]["ip"] == "127.0.0.2" and entries[0]["outcome"] == "denied", entries[:1]' "$audit"
done
# live HLS made by ffmpeg in a public app's HLS directory, fetched through nginx: the core's headers arrive intact
curl -sS -o /dev/null "http://127.0.0.1:$CORE_PORT/api/v1/apps" -H "Authorization: Bearer $SK" -H 'Content-Type: application/json' -d '{"name":"hlsdemo"}'
curl -sS -o /dev/null -X PATCH "http://127.0.0.1:$CORE_PORT/api/v1/apps/hlsdemo/config" -H "Authorization: Bearer $SK" \
    -H 'Content-Type: application/json' -d '{"features":{"publicPlayback":true}}'
HLS_DIR="$(envv "$S/etc/streamhub/core.env" DATA_DIR)/apps/hlsdemo/hls/hlsdemo-live"
mkdir -p "$HLS_DIR"
ffmpeg -v error -nostdin -f lavfi -i testsrc=size=160x120:rate=10 -t 3 -c:v libx264 -preset ultrafast -g 10 -f hls -hls_time 1 \
    -hls_list_size 0 -hls_segment_filename "$HLS_DIR/segment_%05d.ts" "$HLS_DIR/index.m3u8"
H="$T/hls-headers.txt"
hlsh() { curl -sS -D "$H" -o "$T/hls-body" "$@" >/dev/null; tr -d '\r' <"$H" >"$H.txt"; }
field() { grep -i "^$1:" "$H.txt" | head -n1 | cut -d' ' -f2-; }
hlsh "$NG/hls/hlsdemo/hlsdemo-live/index.m3u8"
check "/hls/ playlist through nginx: 200 with #EXTM3U" bash -c "head -n1 '$H.txt' | grep -q ' 200' && head -c7 '$T/hls-body' | grep -q '#EXTM3U'"
check "/hls/ playlist through nginx: Cache-Control no-cache, no-store, must-revalidate" [ "$(field Cache-Control)" = "no-cache, no-store, must-revalidate" ]
check "/hls/ playlist through nginx: Content-Type application/vnd.apple.mpegurl" [ "$(field Content-Type)" = "application/vnd.apple.mpegurl" ]
check "/hls/ playlist through nginx: CORS Access-Control-Allow-Origin *" [ "$(field Access-Control-Allow-Origin)" = "*" ]
hlsh "$NG/hls/hlsdemo/hlsdemo-live/segment_00000.ts"
SEG_SIZE="$(stat -c %s "$HLS_DIR/segment_00000.ts")"
check "/hls/ segment through nginx: Cache-Control public, max-age=31536000, immutable" [ "$(field Cache-Control)" = "public, max-age=31536000, immutable" ]
check "/hls/ segment through nginx: video/mp2t, ETag, Last-Modified, exact bytes" bash -c "[ '$(field Content-Type)' = video/mp2t ] && \
    [ -n '$(field ETag)' ] && [ -n '$(field Last-Modified)' ] && cmp -s '$T/hls-body' '$HLS_DIR/segment_00000.ts'"
check "/hls/ segment through nginx: CORS exposes Content-Range" bash -c "grep -qi '^Access-Control-Expose-Headers:.*Content-Range' '$H.txt'"
hlsh "$NG/hls/hlsdemo/hlsdemo-live/segment_00000.ts" -H 'Range: bytes=0-99'
check "/hls/ byte range through nginx: 206 with Content-Range" bash -c "head -n1 '$H.txt' | grep -q ' 206' && \
    [ '$(field Content-Range)' = 'bytes 0-99/$SEG_SIZE' ] && [ \$(stat -c %s '$T/hls-body') = 100 ]"
hlsh "$NG/hls/hlsdemo/hlsdemo-live/segment_99999.ts"
check "/hls/ missing file through nginx: 404 JSON, not the SPA" bash -c "head -n1 '$H.txt' | grep -q ' 404' && grep -q 'HLS resource not found' '$T/hls-body'"
kill "${PIDS[-1]}" 2>/dev/null; wait "${PIDS[-1]}" 2>/dev/null || true

log "4b. the same config in front of a stub upstream (HLS headers, WebSocket upgrade, exact X-Forwarded-For)"
$PY "$ROOT/deploy/test/upstream_stub.py" "$STUB_PORT" &
PIDS+=($!)
STUBBED="$T/stubbed"
installer "$STUBBED" "$INSTALL" --prefix "$STUBBED" --domain streamhub.test --node-ip 127.0.0.1 --jar "$JAR" --core-port "$STUB_PORT" \
    --livekit-port "$STUB_PORT" --http-listen "127.0.0.1:$NGINX_PORT" >/dev/null 2>&1
nginx_conf "$STUBBED" "$T/nginx2"
nginx -c "$T/nginx2/nginx.conf" -p "$T/nginx2" -g 'daemon off;' &
PIDS+=($!)
wait_for_http "$NG/x" 20 || { cat "$T/nginx2/logs/error.log"; die "nginx did not start"; }
hdr() { curl -sS -D - -o /dev/null "$NG$1" | tr -d '\r' | grep -i "^$2:" | cut -d' ' -f2-; }
check "/hls/ playlist keeps Cache-Control: no-cache, no-store, must-revalidate" [ "$(hdr /hls/demo/room1/index.m3u8 Cache-Control)" = "no-cache, no-store, must-revalidate" ]
check "/hls/ segment keeps Cache-Control: public, max-age=31536000, immutable" [ "$(hdr /hls/demo/room1/segment_00001.ts Cache-Control)" = "public, max-age=31536000, immutable" ]
check "/hls/ keeps the CORS header" [ "$(hdr /hls/demo/room1/index.m3u8 Access-Control-Allow-Origin)" = "*" ]
echoed="$(curl -sS --interface 127.0.0.2 "$NG/api/v1/anything" -H 'X-Forwarded-For: 203.0.113.7, 10.0.0.1')"
check "upstream receives X-Forwarded-For = the peer only (forged hops dropped)" $PY -c '
import json, sys
h = {k.lower(): v for k, v in json.loads(sys.argv[1]).items()}
assert h["x-forwarded-for"] == "127.0.0.2" and h["x-real-ip"] == "127.0.0.2", h' "$echoed"
check "/rtc upgrades to a WebSocket through nginx" $PY - "$NGINX_PORT" <<'EOF'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b"GET /rtc?access_token=x HTTP/1.1\r\nHost: streamhub.test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
head = s.recv(4096).decode()
assert head.startswith("HTTP/1.1 101"), head
assert "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" in head, head
EOF


# ------------------------------------------------------------------ 5. backup under write load
log "5. backup of DATA_DIR while the core writes, then restore"
DATA="$(envv "$S/etc/streamhub/core.env" DATA_DIR)"
write_load() {
    local i=0
    while [ ! -e "$T/stop-load" ]; do
        i=$((i + 1))
        curl -s -o /dev/null "http://127.0.0.1:$CORE_PORT/api/v1/apps" -H "Authorization: Bearer $SK" \
            -H 'Content-Type: application/json' -d "{\"name\":\"load$i\"}"
        curl -s -o /dev/null "http://127.0.0.1:$CORE_PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
            -d '{"user":"nobody","password":"wrong-password"}'
    done
    echo "$i" >"$T/load-count"
}
write_load &
LOAD_PID=$!
sleep 2
for n in 1 2 3; do
    check "backup $n taken while the core is writing (every database integrity-checked)" "$ROOT/deploy/backup.sh" "$DATA" "$T/backup$n"
    sleep 1
done
touch "$T/stop-load"
wait "$LOAD_PID" || true
apps_in() { sqlite3 "$1/data/streamhub.db" 'SELECT count(*) FROM apps;'; }
check "the load wrote (apps created: $(cat "$T/load-count" 2>/dev/null), backups hold $(apps_in "$T/backup1"), $(apps_in "$T/backup2"), $(apps_in "$T/backup3"))" \
    [ "$(apps_in "$T/backup1")" -gt 0 -a "$(apps_in "$T/backup3")" -gt "$(apps_in "$T/backup1")" ]
check "every app in the last backup has its app.db" bash -c "for a in \$(sqlite3 '$T/backup3/data/streamhub.db' 'SELECT name FROM apps;'); do [ -f '$T/backup3/apps/'\$a/app.db ] || exit 1; done"
RESTORE_PORT="$(free_port)"
cp -a "$T/backup3" "$T/restored"
start_core "$S/etc/streamhub/core.env" "$T/core-restored.log" "PORT=$RESTORE_PORT" "DATA_DIR=$T/restored"
wait_for_http "http://127.0.0.1:$RESTORE_PORT/api/v1/health" 90 || { tail -n 40 "$T/core-restored.log"; die "the restored core did not start"; }
listed="$(curl -sS "http://127.0.0.1:$RESTORE_PORT/api/v1/apps?limit=1000" -H "Authorization: Bearer $SK")"
check "a core started on the restored DATA_DIR lists exactly the backed-up apps" $PY -c '
import json, sys
body = json.loads(sys.argv[1])
apps = body["data"] if isinstance(body["data"], list) else body["data"]["items"]
names = {a["name"] for a in apps}
assert len(names) == int(sys.argv[2]) or body.get("meta", {}).get("total") == int(sys.argv[2]), (len(names), sys.argv[2], str(body)[:300])' "$listed" "$(apps_in "$T/backup3")"
check "the restored audit trail reads back" bash -c "curl -sSf 'http://127.0.0.1:$RESTORE_PORT/api/v1/audit' -H 'Authorization: Bearer $SK' | grep -q auth.login"

# ------------------------------------------------------------------ 6. docker-compose.yml
log "6. deploy/docker-compose.yml against an installer-written config"
mkdir -p "$T/compose-test"
cp "$ROOT/deploy/docker-compose.yml" "$T/compose-test/"
installer "$T/compose-test/compose" "$INSTALL" --prefix "$T/compose-test/compose" --domain streamhub.test --proxy caddy \
    --node-ip 127.0.0.1 --jar "$JAR" >/dev/null 2>&1
check "compose file parses: core, LiveKit, Redis on host networking, every mounted config present" $PY - "$T/compose-test" <<'EOF2'
import os, sys, yaml
base = sys.argv[1]
c = yaml.safe_load(open(os.path.join(base, "docker-compose.yml")))
svc = c["services"]
assert {"core", "livekit", "redis"} <= set(svc), svc.keys()
assert all(svc[s]["network_mode"] == "host" for s in ("core", "livekit", "redis"))
for s in svc.values():
    for f in ([s["env_file"]] if "env_file" in s else []) + [v.split(":")[0] for v in s.get("volumes", []) if v.startswith("./compose/")]:
        assert os.path.isfile(os.path.join(base, f)), f
EOF2

if [ "$FAILS" -gt 0 ]; then
    log "$FAILS check(s) failed; logs in $T (kept)"
    KEEP=1
    exit 1
fi
log "all install checks passed"
