#!/usr/bin/env bash
# The whole test suite: installs what is missing, then unit, contract, architecture, HTTP and
# end-to-end tests. The README's second command; .ci/run calls it.
#
# Tests that put a real WebRTC client in front of a real livekit-server (*LiveKitIT) run inside a
# network namespace made here (scripts/lk-client.sh netns) whose only addresses are 127.0.0.1 and
# 127.0.0.2, so no test traffic can target any address outside 127.0.0.0/8 (WebRTC clients gather
# candidates on every interface they see, and libwebrtc ignores the loopback interface itself).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
. "$ROOT/scripts/lib/java.sh"

ensure_java_and_maven
# Every Debian package any step needs, the namespaced ones included (nginx for deploy/test/rtc-through-nginx.sh):
# the namespace of step 2 reaches no registry, so nothing is installed inside it (issue 15).
ensure_apt_packages iproute2 redis-server ffmpeg nginx python3 curl
"$ROOT/scripts/livekit.sh" install
"$ROOT/scripts/s3.sh" install
"$ROOT/scripts/lk-client.sh" install
"$ROOT/scripts/browser.sh" install # Debian chromium + playwright-core (tools/browser)
"$ROOT/scripts/tracker.sh" install # the P2P WebTorrent tracker sidecar (tools/tracker)
cd "$ROOT"

# 1. everything but the WebRTC tests (the poms exclude them), on the host. `install` (not just
#    verify) so that step 2, which builds single modules offline, finds this build's own modules in
#    the local repository; it also resolves every plugin step 2 needs.
#    The P2P browser journey against the real jar (P2pBrowserIT: live HLS, two Chromium viewers, the tracker, the
#    kill switch) needs no WebRTC to LiveKit, so it runs here too.
rm -rf "$ROOT"/*/target/test-secrets # this run's secrets only (LogsCarryNoSecretsTest searches the logs for them)
mvn -B ${MAVEN_ARGS:-} install -Dstreamhub.p2p.e2e=true
"$ROOT/scripts/tracker.sh" test # the tracker's info-hash mapping and allow-list (node --test)
"$ROOT/scripts/p2p-e2e.sh"      # the same P2P journey against the stand-in core (fast contract check of the player)

# 2. the WebRTC journeys, offline, in a namespace with loopback addresses only. Nothing can be installed
#    in there: scripts/offline-preflight.sh checks on the host that every tool they use is present, and
#    inside, every install path of the scripts refuses with the name of what is missing (issue 15).
"$ROOT/scripts/offline-preflight.sh"
ns="streamhub-test-$$"
"$ROOT/scripts/lk-client.sh" netns "$ns" \
    || die "cannot create a network namespace (needs root and iproute2); the WebRTC tests refuse to run outside one"
trap '"$ROOT/scripts/lk-client.sh" netns-del "$ns" || true' EXIT
offline() { ip netns exec "$ns" env STREAMHUB_OFFLINE=1 "$@"; }
offline "$ROOT/scripts/offline-preflight.sh" --guard # the guard itself: an install attempt in the namespace fails fast
inside() { offline mvn -B -o ${MAVEN_ARGS:-} -Dwebrtc.tests.exclude=none "$@"; }
inside -pl adapters-livekit surefire:test -Dtest='RealLiveKit*Test'
inside -pl bootstrap failsafe:integration-test failsafe:verify -Dit.test='*LiveKitIT'
offline "$ROOT/deploy/test/rtc-through-nginx.sh" # real LiveKit clients through the shipped nginx /rtc
offline "$ROOT/scripts/player-e2e.sh"    # Chromium: SDK publishes a fake camera, /play shows it over WebRTC
offline "$ROOT/scripts/dashboard-e2e.sh" # Chromium: the dashboard journey against the jar, LiveKit, Redis
"$ROOT/deploy/test/install-test.sh" # deploy/install.sh in its three modes, nginx in front of the core (docs/deploy.md)

# last: no secret the tests used appears in any log output of the steps above (issue 8; docs/observability.md, "Logs")
mvn -B -o ${MAVEN_ARGS:-} -pl architecture-tests surefire:test -Dtest=LogsCarryNoSecretsTest
