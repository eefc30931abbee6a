# shellcheck shell=bash
# ensure_java_and_maven: a JDK 17+ and Maven from Debian when either is missing.
ensure_java_and_maven() {
    local need=()
    if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
        need+=(openjdk-17-jdk-headless)
    fi
    command -v mvn >/dev/null 2>&1 || need+=(maven)
    if [ "${#need[@]}" -gt 0 ]; then
        ensure_apt_packages "${need[@]}"
    fi
    local major
    major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    [ "${major:-0}" -ge 17 ] || die "Java 17 or newer is needed (found ${major:-none})"
}
