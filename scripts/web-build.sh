#!/usr/bin/env bash
# Build one front-end project (dashboard, player, SDK) with the machine's own node/npm and copy its
# output where the jar picks it up. Called by the Maven build of adapters-web (exec-maven-plugin,
# phase generate-resources), one execution per project; usable by hand too.
#
# Usage: scripts/web-build.sh PROJECT_DIR OUT_DIR
#   PROJECT_DIR  a directory with package.json, package-lock.json and an npm script "build" that writes dist/
#   OUT_DIR      where dist/ is copied (e.g. adapters-web/target/classes/public/player); replaced each time
#
# `npm ci` runs only when node_modules is missing or package.json/package-lock.json changed (a stamp in
# node_modules records the hash), so repeated builds are offline and fast. node and npm come from apt when
# absent (the Maven build never downloads Node). STREAMHUB_WEB_SKIP=true skips the build (fast Java-only loops);
# the jar then carries no front-end, which the tests that need it detect and report.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

project="${1:?usage: web-build.sh PROJECT_DIR OUT_DIR}"
out="${2:?usage: web-build.sh PROJECT_DIR OUT_DIR}"
[ -f "$project/package.json" ] || die "no package.json in $project"

if [ "${STREAMHUB_WEB_SKIP:-false}" = "true" ]; then
    log "STREAMHUB_WEB_SKIP=true: not building $project"
    exit 0
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    log "node/npm not found, installing nodejs and npm from apt"
    ensure_apt_packages nodejs npm
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" -ge 18 ] || die "node >= 18 needed to build $project, found $(node --version)"

stamp="$project/node_modules/.streamhub-web-build.sha256"
want="$(cat "$project/package.json" "$project/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [ ! -d "$project/node_modules" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    refuse_offline_install "npm packages of $project (npm ci)"
    log "npm ci in $project"
    (cd "$project" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed in $project"
    printf '%s\n' "$want" >"$stamp"
fi

(cd "$project" && npm run --silent build >&2) || die "npm run build failed in $project"
[ -d "$project/dist" ] || die "npm run build in $project wrote no dist/"
rm -rf "$out"
mkdir -p "$(dirname "$out")"
cp -R "$project/dist" "$out"
log "built $project into $out"
