#!/usr/bin/env bash
# Run a front-end project's unit tests (npm test: Vitest) with the machine's node. Called by the Maven build of
# adapters-web in the verify phase (so narrow `mvn test -Dtest=…` loops do not pay for it); usable by hand.
#
# Usage: scripts/web-test.sh PROJECT_DIR
# STREAMHUB_WEB_SKIP=true skips it, like scripts/web-build.sh (which installs node_modules first).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

project="${1:?usage: web-test.sh PROJECT_DIR}"
if [ "${STREAMHUB_WEB_SKIP:-false}" = "true" ]; then
    log "STREAMHUB_WEB_SKIP=true: not testing $project"
    exit 0
fi
[ -d "$project/node_modules" ] || die "no node_modules in $project: run scripts/web-build.sh first"
(cd "$project" && npm test --silent >&2) || die "front-end unit tests failed in $project"
log "front-end unit tests passed in $project"
