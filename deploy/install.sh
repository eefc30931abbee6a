#!/usr/bin/env bash
# StreamHub installer for Debian/Ubuntu (docs/deploy.md). Idempotent: a re-run keeps every secret it
# generated before (they are read back from the files it wrote) and rewrites the rest.
#
#   install.sh [common options]                                   single node (default)
#   install.sh --cluster-redis-bind <ip> [--edge-ip <ip>]...     origin: Redis also on <ip>, with a password
#   install.sh --join --master-token <clt_...> --master-ip <ip> --master-url <url>
#                                                                 edge: joins the origin; LiveKit + agent only
# Common options:
#   --prefix DIR       write every file under DIR (a relocatable tree; units point into DIR) and run no
#                      host command (no apt, no useradd, no systemctl); the join call is still made
#   --dry-run          write nothing and run nothing; print the plan (and the join request) instead
#   --domain NAME      public host name (default: this host's name); Caddy gets automatic TLS for it
#   --proxy nginx|caddy                        reverse proxy to configure (default nginx)
#   --http-listen ADDR  nginx listen address (default 80)       --node-ip IP   this node's reachable IP
#   --core-port N (3020) --livekit-port N (7880) --rtc-tcp-port N (7881) --rtc-udp-port N (7882)
#   --jar PATH         the StreamHub jar (default: bootstrap/target/streamhub.jar beside this script)
#   --livekit-bin PATH a livekit-server binary (default: the pinned build of scripts/livekit.sh)
#   --node-name NAME   edge name in the registry (default: host name)  --region R
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"

log() { printf '[install.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
usage() { sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit "${1:-2}"; }

# ------------------------------------------------------------------ options --
PREFIX="" DRY_RUN=0 MODE=single PROXY=nginx DOMAIN="" HTTP_LISTEN=80 NODE_IP="" NODE_NAME="" REGION=""
CORE_PORT=3020 LIVEKIT_PORT=7880 RTC_TCP_PORT=7881 RTC_UDP_PORT=7882 REDIS_PORT=6379
REDIS_BIND="" MASTER_TOKEN="" MASTER_IP="" MASTER_URL="" JAR="" LIVEKIT_BIN="" EDGE_IPS=() SERVICE_USER=streamhub
need() { [ $# -ge 2 ] && [ -n "$2" ] || die "$1 needs a value"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) need "$@"; PREFIX="$2"; shift ;;
        --dry-run) DRY_RUN=1 ;;
        --domain) need "$@"; DOMAIN="$2"; shift ;;
        --proxy) need "$@"; PROXY="$2"; shift ;;
        --http-listen) need "$@"; HTTP_LISTEN="$2"; shift ;;
        --node-ip) need "$@"; NODE_IP="$2"; shift ;;
        --node-name) need "$@"; NODE_NAME="$2"; shift ;;
        --region) need "$@"; REGION="$2"; shift ;;
        --core-port) need "$@"; CORE_PORT="$2"; shift ;;
        --livekit-port) need "$@"; LIVEKIT_PORT="$2"; shift ;;
        --rtc-tcp-port) need "$@"; RTC_TCP_PORT="$2"; shift ;;
        --rtc-udp-port) need "$@"; RTC_UDP_PORT="$2"; shift ;;
        --redis-port) need "$@"; REDIS_PORT="$2"; shift ;;
        --jar) need "$@"; JAR="$2"; shift ;;
        --livekit-bin) need "$@"; LIVEKIT_BIN="$2"; shift ;;
        --user) need "$@"; SERVICE_USER="$2"; shift ;;
        --cluster-redis-bind) need "$@"; MODE=origin; REDIS_BIND="$2"; shift ;;
        --edge-ip) need "$@"; EDGE_IPS+=("$2"); shift ;;
        --join) MODE=edge ;;
        --master-token) need "$@"; MASTER_TOKEN="$2"; shift ;;
        --master-ip) need "$@"; MASTER_IP="$2"; shift ;;
        --master-url) need "$@"; MASTER_URL="${2%/}"; shift ;;
        -h | --help) usage 0 ;;
        *) log "unknown option $1"; usage ;;
    esac
    shift
done

is_ip() { [[ "$1" =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]] || [[ "$1" =~ ^[0-9a-fA-F:]+:[0-9a-fA-F:.]*$ ]]; }
is_port() { [[ "$1" =~ ^[0-9]{1,5}$ ]] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ]; }
for p in CORE_PORT LIVEKIT_PORT RTC_TCP_PORT RTC_UDP_PORT REDIS_PORT; do is_port "${!p}" || die "$p must be a port, got '${!p}'"; done
case "$PROXY" in nginx | caddy) ;; *) die "--proxy is nginx or caddy" ;; esac
[[ "$HTTP_LISTEN" =~ ^([0-9.]+:)?[0-9]{1,5}$ ]] || die "--http-listen is PORT or IP:PORT, got '$HTTP_LISTEN'"
[ "$MODE" != origin ] || is_ip "$REDIS_BIND" || die "--cluster-redis-bind needs an IP address, got '$REDIS_BIND'"
for ip in "${EDGE_IPS[@]}"; do is_ip "$ip" || die "--edge-ip needs an IP address, got '$ip'"; done
if [ "$MODE" = edge ]; then
    [ -n "$MASTER_TOKEN" ] && [ -n "$MASTER_IP" ] && [ -n "$MASTER_URL" ] || die "--join needs --master-token, --master-ip and --master-url"
    is_ip "$MASTER_IP" || die "--master-ip needs an IP address, got '$MASTER_IP'"
    [[ "$MASTER_URL" =~ ^https?://[^[:space:]]+$ ]] || die "--master-url must be an http(s) URL, got '$MASTER_URL'"
elif [ -n "$MASTER_TOKEN$MASTER_IP$MASTER_URL" ]; then
    die "--master-token/--master-ip/--master-url only go with --join"
fi
[ -n "$DOMAIN" ] || DOMAIN="$(hostname -f 2>/dev/null || hostname)"
[[ "$DOMAIN" =~ ^[A-Za-z0-9.-]+$ ]] || die "--domain must be a host name, got '$DOMAIN'"
[ -n "$NODE_NAME" ] || NODE_NAME="$(hostname -s 2>/dev/null || hostname)"
[[ "$NODE_NAME" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || die "--node-name must match [A-Za-z0-9._-]{1,64}"
if [ -z "$NODE_IP" ]; then
    # the source address towards the origin (edge), or of the default route (origin / single node)
    NODE_IP="$(ip -4 route get "${MASTER_IP:-1.1.1.1}" 2>/dev/null | sed -n 's/.* src \([0-9.]*\).*/\1/p' | head -n1)" || true
    [ -n "$NODE_IP" ] || die "cannot work out this node's IP; pass --node-ip"
fi
is_ip "$NODE_IP" || die "--node-ip needs an IP address, got '$NODE_IP'"

# A real install writes to / and changes the host; --prefix writes a tree and changes nothing else.
HOST_ACTIONS=1
if [ -n "$PREFIX" ] || [ "$DRY_RUN" = 1 ]; then HOST_ACTIONS=0; fi
if [ -n "$PREFIX" ]; then
    [ "$DRY_RUN" = 1 ] || mkdir -p "$PREFIX"
    PREFIX="$(cd "$PREFIX" 2>/dev/null && pwd || printf '%s' "$PREFIX")"
fi
[ "$HOST_ACTIONS" = 0 ] || [ "$(id -u)" -eq 0 ] || die "a real install needs root (or use --prefix DIR / --dry-run)"

ETC="$PREFIX/etc/streamhub"
OPT="$PREFIX/opt/streamhub"
DATA_DIR="$PREFIX/var/lib/streamhub"
UNITS="$PREFIX/etc/systemd/system"
REDIS_CONF="$PREFIX/etc/redis/streamhub.conf"
NGINX_SITE="$PREFIX/etc/nginx/sites-available/streamhub.conf"
CADDYFILE="$PREFIX/etc/caddy/Caddyfile"
JAVA_BIN=/usr/bin/java

# -------------------------------------------------------------------- files --
WRITTEN=()
# write_file PATH MODE < content : atomic, only when the content changed (idempotent re-runs)
write_file() {
    local path="$1" mode="$2" tmp
    if [ "$DRY_RUN" = 1 ]; then
        log "would write $path (mode $mode, $(wc -c | tr -d ' ') bytes)"
        return 0
    fi
    mkdir -p "$(dirname "$path")"
    tmp="$(mktemp "$path.XXXXXX")"
    chmod "$mode" "$tmp"
    cat >"$tmp"
    if [ -f "$path" ] && cmp -s "$tmp" "$path"; then
        rm -f "$tmp"
        chmod "$mode" "$path"
    else
        mv -f "$tmp" "$path"
        log "wrote $path"
    fi
    WRITTEN+=("$path")
}

# run CMD... : a host command; printed instead of run under --prefix/--dry-run
run() {
    if [ "$HOST_ACTIONS" = 1 ]; then "$@"; else log "skipped (no host changes): $*"; fi
}

# a random secret of N url-safe characters
secret() { head -c 96 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "$1"; }

# previous VALUE of KEY in an env file (so re-runs keep their secrets)
env_get() { [ -f "$1" ] && sed -n "s/^$2=//p" "$1" | tail -n1 | sed "s/^'\(.*\)'$/\1/" || true; }
keep_or_new() { local v; v="$(env_get "$1" "$2")"; [ -n "$v" ] && printf '%s' "$v" || printf '%s' "$3"; }

# YAML single-quoted scalar
yq() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"; }

# render TEMPLATE : the shipped proxy configs with their {{PLACEHOLDERS}} filled in
render() {
    sed -e "s|{{DOMAIN}}|$DOMAIN|g" -e "s|{{HTTP_LISTEN}}|$HTTP_LISTEN|g" \
        -e "s|{{CORE_PORT}}|$CORE_PORT|g" -e "s|{{LIVEKIT_PORT}}|$LIVEKIT_PORT|g" "$1"
}

# ------------------------------------------------------------ host packages --
install_packages() {
    [ "$HOST_ACTIONS" = 1 ] || { log "skipped (no host changes): apt-get install of java, redis, $PROXY, curl, python3"; return 0; }
    # shellcheck source=../scripts/lib/common.sh disable=SC1091
    . "$REPO/scripts/lib/common.sh"
    local pkgs=(openjdk-17-jre-headless curl python3 ca-certificates)
    [ "$MODE" = edge ] || pkgs+=(redis-server "$PROXY")
    ensure_apt_packages "${pkgs[@]}"
    id -u "$SERVICE_USER" >/dev/null 2>&1 ||
        useradd --system --home-dir "$DATA_DIR" --shell /usr/sbin/nologin "$SERVICE_USER"
}

install_binaries() {
    [ -n "$JAR" ] || JAR="$REPO/bootstrap/target/streamhub.jar" # the core, and on an edge the agent
    [ -f "$JAR" ] || die "no StreamHub jar at $JAR (build it: mvn -B -q package -DskipTests, or pass --jar)"
    if [ -z "$LIVEKIT_BIN" ]; then
        LIVEKIT_BIN="${STREAMHUB_TOOLS_DIR:-$REPO/.tools}/bin/livekit-server"
        if [ ! -x "$LIVEKIT_BIN" ]; then
            if [ "$HOST_ACTIONS" = 1 ]; then
                "$REPO/scripts/livekit.sh" install # the pinned version, built from the Go module proxy
            else
                log "no livekit-server at $LIVEKIT_BIN; the LiveKit unit will point at $OPT/bin/livekit-server (run scripts/livekit.sh install)"
                LIVEKIT_BIN=""
            fi
        fi
    fi
    if [ "$DRY_RUN" = 1 ]; then
        log "would install $JAR as $OPT/streamhub.jar${LIVEKIT_BIN:+ and $LIVEKIT_BIN as $OPT/bin/livekit-server}"
        return 0
    fi
    mkdir -p "$OPT/bin"
    cmp -s "$JAR" "$OPT/streamhub.jar" || install -m 0644 "$JAR" "$OPT/streamhub.jar"
    WRITTEN+=("$OPT/streamhub.jar")
    if [ -n "$LIVEKIT_BIN" ]; then
        cmp -s "$LIVEKIT_BIN" "$OPT/bin/livekit-server" || install -m 0755 "$LIVEKIT_BIN" "$OPT/bin/livekit-server"
        WRITTEN+=("$OPT/bin/livekit-server")
    fi
}

# ---------------------------------------------------------------- secrets --
CORE_ENV="$ETC/core.env"
AGENT_ENV="$ETC/agent.env"
LIVEKIT_YAML="$ETC/livekit.yaml"
if [ "$MODE" = edge ]; then
    SECRETS_FROM="$AGENT_ENV"
else
    SECRETS_FROM="$CORE_ENV"
fi

# ------------------------------------------------------------------- join --
# Edge: POST <master>/api/v1/cluster/join; the answer carries the cluster's LiveKit keys and Redis.
JOIN_API_KEY="" JOIN_API_SECRET="" JOIN_REDIS_URL="" JOIN_NODE_ID=""
join_origin() {
    local body answer status
    body="$(printf '{"name":"%s","ip":"%s","url":"ws://%s:%s"%s}' "$NODE_NAME" "$NODE_IP" "$NODE_IP" "$LIVEKIT_PORT" \
        "${REGION:+,\"region\":\"$REGION\"}")"
    if [ "$DRY_RUN" = 1 ]; then
        log "would POST $MASTER_URL/api/v1/cluster/join $body (X-Cluster-Token)"
        JOIN_API_KEY="<from-join>" JOIN_API_SECRET="<from-join>" JOIN_REDIS_URL="redis://$MASTER_IP:6379" JOIN_NODE_ID="<from-join>"
        return 0
    fi
    command -v curl >/dev/null || die "curl is needed for --join"
    command -v python3 >/dev/null || die "python3 is needed for --join"
    answer="$(mktemp)"
    status="$(curl -sS -o "$answer" -w '%{http_code}' --max-time 20 -X POST "$MASTER_URL/api/v1/cluster/join" \
        -H "X-Cluster-Token: $MASTER_TOKEN" -H 'Content-Type: application/json' --data "$body")" ||
        { rm -f "$answer"; die "cannot reach $MASTER_URL"; }
    case "$status" in
        200 | 201) ;;
        *) log "join answered $status: $(head -c 300 "$answer")"; rm -f "$answer"; die "the origin refused the join" ;;
    esac
    # one value per line: nodeId, apiKey, apiSecret, redisUrl
    local values
    values="$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
d = d.get("data", d)
lk = d.get("livekit") or {}
for v in (d.get("nodeId"), lk.get("apiKey"), lk.get("apiSecret"), d.get("redisUrl")):
    print(v or "")' "$answer")"
    rm -f "$answer"
    { read -r JOIN_NODE_ID; read -r JOIN_API_KEY; read -r JOIN_API_SECRET; read -r JOIN_REDIS_URL; } <<<"$values"
    [ -n "$JOIN_API_KEY" ] && [ -n "$JOIN_API_SECRET" ] || die "the join answer has no LiveKit keys (is LIVEKIT_API_KEY set on the origin?)"
    [ -n "$JOIN_REDIS_URL" ] || die "the join answer has no redisUrl: install the origin with --cluster-redis-bind first"
    log "joined $MASTER_URL as node $JOIN_NODE_ID ($NODE_NAME, $NODE_IP)"
}

# redis://[:password@]host[:port] -> REDIS_ADDR, REDIS_PASS
parse_redis_url() {
    local rest="${1#redis://}" auth=""
    if [[ "$rest" == *@* ]]; then auth="${rest%@*}"; rest="${rest##*@}"; fi
    rest="${rest%%/*}"
    REDIS_PASS="${auth#*:}"
    [[ "$rest" == *:* ]] || rest="$rest:6379"
    case "${rest%:*}" in localhost | 127.0.0.1) rest="$MASTER_IP:${rest##*:}" ;; esac # the origin's own view
    REDIS_ADDR="$rest"
}

# ------------------------------------------------------------- main flow --
log "mode $MODE, node $NODE_NAME ($NODE_IP), domain $DOMAIN, prefix ${PREFIX:-/}$([ "$DRY_RUN" = 1 ] && echo ', dry run')"
install_packages
install_binaries

if [ "$MODE" = edge ]; then
    join_origin
    LK_KEY="$JOIN_API_KEY" LK_SECRET="$JOIN_API_SECRET"
    parse_redis_url "$JOIN_REDIS_URL"
    WEBHOOK_URL="$MASTER_URL/api/v1/webhooks/livekit"
else
    LK_KEY="$(keep_or_new "$SECRETS_FROM" LIVEKIT_API_KEY "API$(secret 12)")"
    LK_SECRET="$(keep_or_new "$SECRETS_FROM" LIVEKIT_API_SECRET "$(secret 48)")"
    REDIS_PASS="$(keep_or_new "$SECRETS_FROM" STREAMHUB_REDIS_PASSWORD "$(secret 40)")"
    REDIS_ADDR="127.0.0.1:$REDIS_PORT"
    WEBHOOK_URL="http://127.0.0.1:$CORE_PORT/api/v1/webhooks/livekit"
fi

# livekit.yaml: signaling on loopback (behind the proxy's /rtc), media straight on the node's IP
{
    echo "# Written by deploy/install.sh ($MODE). Re-running the installer rewrites it."
    echo "port: $LIVEKIT_PORT"
    echo "bind_addresses:"
    echo "  - '127.0.0.1'"
    [ "$MODE" != edge ] || echo "  - $(yq "$NODE_IP")" # an edge's signaling is reached directly by the origin's clients
    echo "rtc:"
    echo "  tcp_port: $RTC_TCP_PORT"
    echo "  udp_port: $RTC_UDP_PORT"
    echo "  node_ip: $(yq "$NODE_IP")"
    echo "  use_external_ip: false"
    echo "keys:"
    echo "  $(yq "$LK_KEY"): $(yq "$LK_SECRET")"
    echo "webhook:"
    echo "  api_key: $(yq "$LK_KEY")"
    echo "  urls:"
    echo "    - $(yq "$WEBHOOK_URL")"
    echo "redis:"
    echo "  address: $(yq "$REDIS_ADDR")"
    echo "  password: $(yq "$REDIS_PASS")"
    echo "room:"
    echo "  auto_create: false"
    echo "prometheus_port: 6789"
    echo "logging:"
    echo "  level: info"
} | write_file "$LIVEKIT_YAML" 0600

if [ "$MODE" != edge ]; then
    CLUSTER_TOKEN="" CLUSTER_REDIS_URL=""
    if [ "$MODE" = origin ]; then
        CLUSTER_TOKEN="$(keep_or_new "$CORE_ENV" STREAMHUB_CLUSTER_TOKEN "clt_$(secret 40)")"
        CLUSTER_REDIS_URL="redis://:$REDIS_PASS@$REDIS_BIND:$REDIS_PORT"
    fi
    {
        echo "# StreamHub core environment, written by deploy/install.sh ($MODE). Secrets: keep this file 0600."
        echo "STREAMHUB_ENV=production"
        echo "HOST=127.0.0.1"
        echo "PORT=$CORE_PORT"
        echo "DATA_DIR=$DATA_DIR"
        echo "PUBLIC_BASE_URL=https://$DOMAIN"
        echo "PUBLIC_WS_URL=wss://$DOMAIN"
        echo "RTMP_PUBLIC_HOST=$DOMAIN"
        echo "# the reverse proxy on this host; it replaces X-Forwarded-For with the peer address"
        echo "STREAMHUB_TRUSTED_PROXIES=127.0.0.1/32,::1/128"
        echo "STREAMHUB_JWT_SECRET=$(keep_or_new "$CORE_ENV" STREAMHUB_JWT_SECRET "$(secret 64)")"
        echo "STREAMHUB_SECRET_KEY=$(keep_or_new "$CORE_ENV" STREAMHUB_SECRET_KEY "$(head -c 32 /dev/urandom | base64)")"
        echo "STREAMHUB_API_TOKEN=$(keep_or_new "$CORE_ENV" STREAMHUB_API_TOKEN "sk_$(secret 48)")"
        echo "ADMIN_USER=admin"
        echo "ADMIN_PASS=$(keep_or_new "$CORE_ENV" ADMIN_PASS "$(secret 24)")"
        echo "METRICS_TOKEN=$(keep_or_new "$CORE_ENV" METRICS_TOKEN "$(secret 40)")"
        echo "LIVEKIT_URL=ws://127.0.0.1:$LIVEKIT_PORT"
        echo "LIVEKIT_API_KEY=$LK_KEY"
        echo "LIVEKIT_API_SECRET=$LK_SECRET"
        echo "STREAMHUB_REDIS_PASSWORD=$REDIS_PASS"
        echo "STREAMHUB_CLUSTER_TOKEN=$CLUSTER_TOKEN"
        echo "STREAMHUB_CLUSTER_REDIS_URL=$CLUSTER_REDIS_URL"
    } | write_file "$CORE_ENV" 0600

    {
        echo "# Included from /etc/redis/redis.conf by deploy/install.sh ($MODE)."
        if [ "$MODE" = origin ]; then
            echo "bind 127.0.0.1 -::1 $REDIS_BIND"
        else
            echo "bind 127.0.0.1 -::1"
        fi
        echo "port $REDIS_PORT"
        echo "protected-mode yes"
        echo "requirepass $REDIS_PASS"
    } | write_file "$REDIS_CONF" 0640

    if [ "$PROXY" = nginx ]; then
        render "$HERE/nginx/streamhub.conf" | write_file "$NGINX_SITE" 0644
    else
        render "$HERE/caddy/Caddyfile" | write_file "$CADDYFILE" 0644
    fi
fi

# The node agent: an edge reports to its origin; the origin/single node does not run one (the core
# registers its own LiveKit as node `origin` once STREAMHUB_ORIGIN_LIVEKIT_NODE_ID is set).
if [ "$MODE" = edge ]; then
    {
        echo "# StreamHub node agent, written by deploy/install.sh (edge). Secrets: keep this file 0600."
        echo "STREAMHUB_MASTER_URL=$MASTER_URL"
        echo "STREAMHUB_CLUSTER_TOKEN=$MASTER_TOKEN"
        echo "STREAMHUB_NODE_IP=$NODE_IP"
        echo "STREAMHUB_NODE_NAME=$NODE_NAME"
        echo "STREAMHUB_NODE_REGION=$REGION"
        echo "STREAMHUB_NODE_URL=ws://$NODE_IP:$LIVEKIT_PORT"
        echo "STREAMHUB_NODE_ID=$JOIN_NODE_ID"
        echo "LIVEKIT_URL=ws://127.0.0.1:$LIVEKIT_PORT"
        echo "LIVEKIT_API_KEY=$LK_KEY"
        echo "LIVEKIT_API_SECRET=$LK_SECRET"
        echo "# LiveKit's node id (its log says 'starting LiveKit server ... nodeID'); placement needs it"
        echo "LIVEKIT_NODE_ID=$(env_get "$AGENT_ENV" LIVEKIT_NODE_ID)"
        echo "# declared capacity, sent with every heartbeat (docs/cluster.md)"
        echo "STREAMHUB_NODE_MAX_CPU=0.85"
        echo "STREAMHUB_NODE_NIC_BPS=1000000000"
        echo "STREAMHUB_NODE_MAX_PARTICIPANTS=1000"
    } | write_file "$AGENT_ENV" 0600
fi

# ---------------------------------------------------------- systemd units --
HARDENING="NoNewPrivileges=yes
PrivateTmp=yes
ProtectSystem=full
ProtectHome=yes"
cat <<EOF | write_file "$UNITS/streamhub-livekit.service" 0644
[Unit]
Description=LiveKit SFU for StreamHub ($MODE)
Wants=network-online.target
After=network-online.target$([ "$MODE" = edge ] || echo " redis-server.service")

[Service]
User=$SERVICE_USER
ExecStart=$OPT/bin/livekit-server --config $LIVEKIT_YAML
Restart=on-failure
RestartSec=3
LimitNOFILE=65536
$HARDENING

[Install]
WantedBy=multi-user.target
EOF

if [ "$MODE" = edge ]; then
    cat <<EOF | write_file "$UNITS/streamhub-agent.service" 0644
[Unit]
Description=StreamHub node agent (joins and heartbeats $MASTER_URL)
Wants=network-online.target streamhub-livekit.service
After=network-online.target streamhub-livekit.service

[Service]
User=$SERVICE_USER
EnvironmentFile=$AGENT_ENV
ExecStart=$JAVA_BIN -XX:+UseSerialGC -Xmx128m -jar $OPT/streamhub.jar agent
Restart=always
RestartSec=5
$HARDENING

[Install]
WantedBy=multi-user.target
EOF
else
    cat <<EOF | write_file "$UNITS/streamhub-core.service" 0644
[Unit]
Description=StreamHub core (control plane, API, dashboard)
Wants=network-online.target
After=network-online.target redis-server.service streamhub-livekit.service

[Service]
User=$SERVICE_USER
EnvironmentFile=$CORE_ENV
WorkingDirectory=$DATA_DIR
ExecStart=$JAVA_BIN -XX:+UseSerialGC -jar $OPT/streamhub.jar
Restart=on-failure
RestartSec=3
ReadWritePaths=$DATA_DIR
$HARDENING

[Install]
WantedBy=multi-user.target
EOF
fi

if [ "$DRY_RUN" = 0 ]; then
    mkdir -p "$DATA_DIR"
    chmod 0750 "$DATA_DIR" "$ETC"
fi

# ----------------------------------------------------------- host wiring --
if [ "$MODE" = edge ]; then SERVICES=(streamhub-livekit streamhub-agent); else SERVICES=(redis-server streamhub-livekit streamhub-core "$PROXY"); fi
if [ "$HOST_ACTIONS" = 1 ]; then
    chown -R "$SERVICE_USER:" "$DATA_DIR"
    # env files stay root-only 0600 (systemd reads EnvironmentFile as root); livekit-server reads its
    # config as the service user
    chown "root:$SERVICE_USER" "$ETC" "$LIVEKIT_YAML"
    chmod 0640 "$LIVEKIT_YAML"
    if [ "$MODE" != edge ]; then
        chown root:redis "$REDIS_CONF"
        grep -qxF "include $REDIS_CONF" /etc/redis/redis.conf || echo "include $REDIS_CONF" >>/etc/redis/redis.conf
        if [ "$PROXY" = nginx ]; then
            ln -sf "$NGINX_SITE" /etc/nginx/sites-enabled/streamhub.conf
            rm -f /etc/nginx/sites-enabled/default
            nginx -t
        fi
    fi
fi
run systemctl daemon-reload
run systemctl enable "${SERVICES[@]}"
run systemctl restart "${SERVICES[@]}"

# ---------------------------------------------------------------- summary --
if [ "$MODE" = origin ]; then
    [ "${#EDGE_IPS[@]}" -gt 0 ] || EDGE_IPS=("<EDGE-IP>")
    echo "Firewall on this origin: Redis ($REDIS_BIND:$REDIS_PORT) must be reachable from the edges only:"
    for ip in "${EDGE_IPS[@]}"; do
        echo "  ufw allow proto tcp from $ip to $REDIS_BIND port $REDIS_PORT"
        echo "  iptables -A INPUT -p tcp -s $ip -d $REDIS_BIND --dport $REDIS_PORT -j ACCEPT"
    done
    echo "  ufw deny proto tcp to $REDIS_BIND port $REDIS_PORT"
    echo "  iptables -A INPUT -p tcp -d $REDIS_BIND --dport $REDIS_PORT -j DROP"
    echo "Add an edge (on the edge):"
    echo "  install.sh --join --master-token $CLUSTER_TOKEN --master-ip $REDIS_BIND --master-url https://$DOMAIN"
elif [ "$MODE" = edge ]; then
    echo "Joined $MASTER_URL as $NODE_NAME ($NODE_IP). On the origin, let this edge reach Redis:"
    echo "  ufw allow proto tcp from $NODE_IP to $MASTER_IP port ${REDIS_ADDR##*:}"
fi
echo "Open to the world: 80/tcp, 443/tcp (proxy), $RTC_TCP_PORT/tcp, $RTC_UDP_PORT/udp (WebRTC media), 1935/tcp (RTMP), 8080/tcp (WHIP)."
[ "$DRY_RUN" = 1 ] || printf '%s\n' "${WRITTEN[@]}" >"${PREFIX:-}/etc/streamhub/.installed-files"
log "done"
