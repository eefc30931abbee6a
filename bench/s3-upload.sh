#!/usr/bin/env bash
# Recording upload throughput: a real MP4 (ffmpeg, about SECONDS_OF_VIDEO x 35 MB) announced by a
# signed egress_ended webhook to the packaged core, timed until its VOD is ready (ffprobe, snapshot,
# multipart upload, HEAD check, commit) against the same file PUT to the same local MinIO by curl
# (--aws-sigv4, one streamed request: an `aws s3 cp`-like baseline). Alternating rounds; the ratio
# is baseline time / StreamHub time (1.0 = as fast as a plain copy). Target: reported.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_apt_packages curl python3 ffmpeg bc
"$ROOT/scripts/s3.sh" install

ROUNDS="${ROUNDS:-3}"
SECONDS_OF_VIDEO="${SECONDS_OF_VIDEO:-6}"
PORT="${BENCH_PORT:-3097}"
export S3_PORT="${BENCH_S3_PORT:-19197}" S3_ACCESS_KEY=benchkey-s3 S3_SECRET_KEY=bench-secret-s3-0123
DATA=$(mktemp -d)
trap 'stop_core; "$ROOT/scripts/s3.sh" stop; rm -rf "$DATA" "$TOOLS_DIR/run/s3-$S3_PORT"' EXIT
KEY=benchkey; SECRET=benchsecret_benchsecret_benchsecret_01
S3="http://127.0.0.1:$S3_PORT"
"$ROOT/scripts/s3.sh" start > /dev/null
s3curl() { curl -fsS --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" "$@"; }
s3curl -X PUT "$S3/bench-vods" > /dev/null

video="$DATA/recording.mp4"
ffmpeg -v error -y -f lavfi -i "testsrc2=size=1280x720:rate=25,noise=alls=100:allf=t" -t "$SECONDS_OF_VIDEO" \
    -c:v mpeg4 -q:v 1 -pix_fmt yuv420p "$video"
bytes=$(stat -c %s "$video")

mkdir -p "$DATA/core"
start_core "$PORT" "$DATA/core" LIVEKIT_API_KEY="$KEY" LIVEKIT_API_SECRET="$SECRET" STREAMHUB_UPLOAD_RETRY_INITIAL=200ms
API="http://127.0.0.1:$PORT/api/v1"
jwt=$(curl -fsS "$API/auth/login" -H 'content-type: application/json' -d '{"user":"bench","password":"bench-password-123"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["token"])')
auth=(-H "authorization: Bearer $jwt" -H 'content-type: application/json')
curl -fsS "${auth[@]}" "$API/apps" -d '{"name":"bench"}' > /dev/null
curl -fsS "${auth[@]}" -X PATCH "$API/apps/bench/config" -d "{\"storage\":{\"endpoint\":\"$S3\",\"bucket\":\"bench-vods\",\
\"pathStyle\":true,\"accessKey\":\"$S3_ACCESS_KEY\",\"secretKey\":\"$S3_SECRET_KEY\"}}" > /dev/null
recordings="$DATA/core/apps/bench/recordings"
mkdir -p "$recordings"

now() { date +%s.%N; }
stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$BENCH_RESULTS/s3-upload-$stamp.md"
{
    printf '# recording upload, %s bytes, %s rounds\n\n' "$bytes" "$ROUNDS"
    printf '| round | baseline s | StreamHub s | ratio |\n|---|---|---|---|\n'
} | tee "$report"
sum_ratio=0
for round in $(seq 1 "$ROUNDS"); do
    t0=$(now)
    s3curl -T "$video" "$S3/bench-vods/baseline/round-$round.mp4" > /dev/null
    base=$(echo "$(now) - $t0" | bc)

    cp "$video" "$recordings/EG_BENCH_$round.mp4"
    body="$DATA/egress-$round.json"
    printf '{"event":"egress_ended","id":"EV_%s","createdAt":"%s","egressInfo":{"egressId":"EG_BENCH_%s","roomName":"bench-show",' \
        "$round" "$(date +%s)" "$round" > "$body"
    printf '"status":"EGRESS_COMPLETE","fileResults":[{"filename":"EG_BENCH_%s.mp4"}]}}' "$round" >> "$body"
    sig=$(python3 "$ROOT/bench/sign-webhook.py" "$KEY" "$SECRET" "$body")
    t0=$(now)
    curl -fsS -X POST -H "Authorization: $sig" -H 'Content-Type: application/webhook+json' --data-binary @"$body" \
        "$API/webhooks/livekit" > /dev/null
    until curl -fsS "${auth[@]}" "$API/apps/bench/vods?status=ready" |
        python3 -c "import json,sys; sys.exit(0 if json.load(sys.stdin)['total'] >= $round else 1)"; do
        sleep 0.02
    done
    subject=$(echo "$(now) - $t0" | bc)
    ratio=$(echo "scale=3; $base / $subject" | bc)
    sum_ratio=$(echo "$sum_ratio + $ratio" | bc)
    printf '| %s | %.3f | %.3f | %s |\n' "$round" "$base" "$subject" "$ratio" | tee -a "$report"
done
printf '\nmean ratio (baseline time / StreamHub time): %s\n' "$(echo "scale=3; $sum_ratio / $ROUNDS" | bc)" | tee -a "$report"
