#!/usr/bin/env bash
# Live HLS file serving (issue 9): the core's /hls/<app>/<room>/<file> (Netty handler, sendfile)
# against nginx (Debian) serving the very same directory with the same headers, on the same machine,
# in the same run, alternating wrk rounds. Two comparisons: a 1-2 MB segment and the live playlist (target for
# each: the core keeps at least 80% of nginx's throughput).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_apt_packages wrk curl nginx ffmpeg python3

PORT="${BENCH_PORT:-3093}"
NGINX_PORT="${BENCH_NGINX_PORT:-3092}"
DATA=$(mktemp -d)
NGINX_PID=""
trap 'stop_core; [ -z "$NGINX_PID" ] || kill "$NGINX_PID" 2>/dev/null; rm -rf "$DATA"' EXIT
start_core "$PORT" "$DATA"
API="http://127.0.0.1:$PORT/api/v1"
JWT=$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{"user":"bench","password":"bench-password-123"}' "$API/auth/login" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["token"])')
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $JWT" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$API/apps"
curl -fsS -o /dev/null -X PATCH -H "Authorization: Bearer $JWT" -H 'Content-Type: application/json' \
    -d '{"features":{"publicPlayback":true}}' "$API/apps/bench/config"

HLS="$DATA/apps/bench/hls/bench-live"
mkdir -p "$HLS"
log "making HLS with ffmpeg (4 s segments at ~3 Mb/s: about 1.5 MB each)"
ffmpeg -v error -nostdin -f lavfi -i "testsrc2=size=1280x720:rate=30,noise=alls=30:allf=t" -t 12 -c:v libx264 -preset ultrafast \
    -b:v 3000k -maxrate 3000k -bufsize 3000k -g 60 -f hls -hls_time 4 -hls_list_size 0 \
    -hls_segment_filename "$HLS/segment_%05d.ts" "$HLS/index.m3u8"
SEGMENT=segment_00001.ts
SIZE=$(stat -c %s "$HLS/$SEGMENT")
log "segment $SEGMENT: $SIZE bytes"
[ "$SIZE" -ge 1000000 ] && [ "$SIZE" -le 2200000 ] || log "warning: the segment is not 1-2 MB"

# nginx as a CDN origin would run it: sendfile, keep-alive, the core's headers added per type
mkdir -p "$DATA/nginx/logs" "$DATA/nginx/tmp"
# workers run as this user (as root nginx would switch to www-data, which cannot read the temp DATA_DIR)
cat > "$DATA/nginx/nginx.conf" <<CONF
user $(id -un) $(id -gn);
worker_processes auto;
error_log $DATA/nginx/logs/error.log warn;
pid $DATA/nginx/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $DATA/nginx/tmp; proxy_temp_path $DATA/nginx/tmp; fastcgi_temp_path $DATA/nginx/tmp;
    uwsgi_temp_path $DATA/nginx/tmp; scgi_temp_path $DATA/nginx/tmp;
    types { application/vnd.apple.mpegurl m3u8; video/mp2t ts; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $DATA/nginx/www;
        location /hls/ {
            location ~ \.m3u8\$ {
                add_header Cache-Control "no-cache, no-store, must-revalidate";
                add_header Access-Control-Allow-Origin "*";
                add_header Access-Control-Allow-Methods "GET, HEAD, OPTIONS";
            }
            location ~ \.ts\$ {
                add_header Cache-Control "public, max-age=31536000, immutable";
                add_header Access-Control-Allow-Origin "*";
                add_header Access-Control-Allow-Methods "GET, HEAD, OPTIONS";
            }
        }
    }
}
CONF
# /hls/<app>/<room>/<file> lives in apps/<app>/hls/<room>/: a link gives nginx the same directory
mkdir -p "$DATA/nginx/www/hls/bench"
ln -s "$HLS" "$DATA/nginx/www/hls/bench/bench-live"
nginx -c "$DATA/nginx/nginx.conf" -p "$DATA/nginx" -g 'daemon off;' &
NGINX_PID=$!
wait_for_http "http://127.0.0.1:$NGINX_PORT/hls/bench/bench-live/index.m3u8" 20 || { cat "$DATA/nginx/logs/error.log"; die "nginx did not start"; }

# both serve the same bytes with the same cache header before anything is measured
for base in "http://127.0.0.1:$NGINX_PORT" "http://127.0.0.1:$PORT"; do
    curl -fsS "$base/hls/bench/bench-live/$SEGMENT" | cmp -s - "$HLS/$SEGMENT" || die "$base serves other bytes"
    curl -fsS -D - -o /dev/null "$base/hls/bench/bench-live/$SEGMENT" | grep -qi '^Cache-Control: public, max-age=31536000, immutable' \
        || die "$base: no immutable Cache-Control"
done

status=0
BASE_URL="http://127.0.0.1:$NGINX_PORT/hls/bench/bench-live/$SEGMENT"; BASE_ARGS=()
SUBJ_URL="http://127.0.0.1:$PORT/hls/bench/bench-live/$SEGMENT"; SUBJ_ARGS=()
compare_throughput hls-segment 0.80 || status=1
BASE_URL="http://127.0.0.1:$NGINX_PORT/hls/bench/bench-live/index.m3u8"
SUBJ_URL="http://127.0.0.1:$PORT/hls/bench/bench-live/index.m3u8"
compare_throughput hls-playlist 0.80 || status=1
exit "$status"
