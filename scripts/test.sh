#!/usr/bin/env bash
# The whole test suite: installs what is missing, then unit, contract, architecture, HTTP and
# end-to-end tests (the last boot the packaged jar). The README's second command; .ci/run calls it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
. "$ROOT/scripts/lib/java.sh"

ensure_java_and_maven
cd "$ROOT"
mvn -B ${MAVEN_ARGS:-} verify
