#!/usr/bin/env bash
# Heartbeats from 10,000 distinct registered nodes (each a read-modify-write of the node's row in the
# global SQLite store) against GET /api/v1/health, same core, same run, alternating rounds.
# The nodes' addresses are only data in the registry: nothing is ever sent to them.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_apt_packages wrk curl python3

PORT="${BENCH_PORT:-3094}"
NODES="${NODES:-10000}"
TOKEN="clt_bench_$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
DATA=$(mktemp -d)
trap 'stop_core; rm -rf "$DATA"' EXIT
start_core "$PORT" "$DATA" STREAMHUB_CLUSTER_TOKEN="$TOKEN"
log "joining $NODES nodes"
python3 "$ROOT/bench/join-nodes.py" "$PORT" "$TOKEN" "$NODES" > "$DATA/node-ids.txt"
export BENCH_NODE_IDS="$DATA/node-ids.txt" BENCH_CLUSTER_TOKEN="$TOKEN"
BASE_URL="http://127.0.0.1:$PORT/api/v1/health"; BASE_ARGS=()
SUBJ_URL="http://127.0.0.1:$PORT/api/v1/cluster/heartbeat"; SUBJ_ARGS=(-s "$ROOT/bench/lua/heartbeats.lua")
# no target: heartbeats are writes to SQLite and are reported, not judged
compare_throughput heartbeats 0.0
