#!/usr/bin/env bash
# A real LiveKit client signals through the shipped nginx config: livekit-server (the pinned build),
# nginx with the site deploy/install.sh writes, and tools/lk-client joining ws://<nginx>/rtc, publishing
# audio and reading it back with a second client. Runs inside the loopback-only network namespace that
# scripts/test.sh makes for WebRTC (ADR 005): `ip netns exec NS deploy/test/rtc-through-nginx.sh`.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/scripts/lib/common.sh"

ensure_apt_packages nginx python3 curl
[ -x "$TOOLS_DIR/bin/livekit-server" ] || die "run scripts/livekit.sh install first"
JAR="${STREAMHUB_JAR:-$ROOT/bootstrap/target/streamhub.jar}"
T="$(mktemp -d /tmp/streamhub-rtc-test.XXXXXX)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
LK_PORT="$(free_port)"; NGINX_PORT="$(free_port)"; CORE_PORT="$(free_port)"
export LIVEKIT_PORT="$LK_PORT" LIVEKIT_API_KEY=rtckey LIVEKIT_API_SECRET=rtcsecret_rtcsecret_rtcsecret_0123456
NGINX_PID=""
cleanup() {
    [ -z "$NGINX_PID" ] || kill "$NGINX_PID" 2>/dev/null || true
    "$ROOT/scripts/livekit.sh" stop >/dev/null 2>&1 || true
    rm -rf "$T" "$TOOLS_DIR/run/livekit-$LK_PORT"
}
trap cleanup EXIT

"$ROOT/scripts/livekit.sh" start >/dev/null
bash "$ROOT/deploy/install.sh" --prefix "$T/p" --domain streamhub.test --node-ip 127.0.0.1 --jar "$JAR" \
    --livekit-bin "$TOOLS_DIR/bin/livekit-server" --core-port "$CORE_PORT" --livekit-port "$LK_PORT" \
    --http-listen "127.0.0.1:$NGINX_PORT" > "$T/install.txt" 2>&1 || { cat "$T/install.txt"; die "installer failed"; }
mkdir -p "$T/nginx/logs" "$T/nginx/tmp"
cat > "$T/nginx/nginx.conf" <<CONF
user root;
worker_processes 1;
pid $T/nginx/nginx.pid;
error_log $T/nginx/logs/error.log notice;
events { worker_connections 128; }
http {
    access_log $T/nginx/logs/access.log;
    client_body_temp_path $T/nginx/tmp/body;
    proxy_temp_path $T/nginx/tmp/proxy;
    fastcgi_temp_path $T/nginx/tmp/fastcgi;
    uwsgi_temp_path $T/nginx/tmp/uwsgi;
    scgi_temp_path $T/nginx/tmp/scgi;
    include $T/p/etc/nginx/sites-available/streamhub.conf;
}
CONF
nginx -c "$T/nginx/nginx.conf" -p "$T/nginx" -g 'daemon off;' &
NGINX_PID=$!
wait_for_http "http://127.0.0.1:$NGINX_PORT/rtc/validate" 20 >/dev/null 2>&1 || true

token() { # IDENTITY: a join token for room "through-nginx", HS256 with the LiveKit key
    python3 - "$LIVEKIT_API_KEY" "$LIVEKIT_API_SECRET" "$1" <<'PY'
import base64, hashlib, hmac, json, sys, time
key, secret, identity = sys.argv[1:4]
b64 = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
now = int(time.time())
head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
claims = b64(json.dumps({"iss": key, "sub": identity, "nbf": now - 5, "exp": now + 600,
                         "video": {"room": "through-nginx", "roomJoin": True, "canPublish": True, "canSubscribe": True}}).encode())
print(f"{head}.{claims}.{b64(hmac.new(secret.encode(), f'{head}.{claims}'.encode(), hashlib.sha256).digest())}")
PY
}
URL="ws://127.0.0.1:$NGINX_PORT"
"$ROOT/scripts/lk-client.sh" run --url "$URL" --token "$(token publisher)" --audio --seconds 12 > "$T/publisher.jsonl" 2>"$T/publisher.err" &
PUB=$!
sleep 3
"$ROOT/scripts/lk-client.sh" run --url "$URL" --token "$(token viewer)" --subscribe --seconds 6 > "$T/viewer.jsonl" 2>"$T/viewer.err" || true
wait "$PUB" || true
grep -q '"event":"connected"' "$T/publisher.jsonl" || { cat "$T/publisher.jsonl" "$T/publisher.err" "$T/nginx/logs/error.log"; die "the publisher did not connect through nginx /rtc"; }
grep -q '"event":"published"' "$T/publisher.jsonl" || { cat "$T/publisher.jsonl"; die "the publisher did not publish"; }
grep -q '"event":"media"' "$T/viewer.jsonl" || { cat "$T/viewer.jsonl" "$T/viewer.err"; die "the viewer received no media through a room joined via nginx /rtc"; }
grep -q 'GET /rtc' "$T/nginx/logs/access.log" || die "nginx saw no /rtc request"
log "ok: two real LiveKit clients signalled through nginx /rtc (ws://127.0.0.1:$NGINX_PORT) and media flowed"
