#!/usr/bin/env bash
# deploy/backup.sh DATA_DIR DEST : a consistent backup of a live StreamHub DATA_DIR (docs/deploy.md).
#
# Every SQLite database (the global data/streamhub.db and each apps/<app>/app.db) is copied with
# SQLite's online backup API (sqlite3 ".backup"), which reads a consistent snapshot while the core
# keeps writing; a plain file copy of a live database in WAL mode can miss committed pages or tear
# a page. Each copy is checked with PRAGMA integrity_check. Other files (config.yaml, secret.key,
# recordings, samples) are copied as they are; live HLS segments are skipped (they are transient).
# DEST must not exist; it appears only when the backup is complete (written as DEST.partial first).
# Restore: stop the core, move DATA_DIR aside, copy DEST to DATA_DIR (owned by the service user),
# start the core. Keep /etc/streamhub/core.env too: STREAMHUB_SECRET_KEY decrypts app secrets.
set -euo pipefail
die() { printf '[backup.sh] ERROR: %s\n' "$*" >&2; exit 1; }
[ $# -eq 2 ] || die "usage: backup.sh DATA_DIR DEST"
src="$(cd "$1" && pwd)" || die "no DATA_DIR $1"
dest="$2"
[ -f "$src/data/streamhub.db" ] || die "$src is not a StreamHub DATA_DIR (no data/streamhub.db)"
[ ! -e "$dest" ] || die "$dest exists; pick a new name"
command -v sqlite3 >/dev/null || die "sqlite3 is needed (apt-get install sqlite3)"
partial="$dest.partial"
rm -rf "$partial"
mkdir -p "$partial"
count=0
backup_db() { # RELATIVE-PATH
    mkdir -p "$partial/$(dirname "$1")"
    sqlite3 "$src/$1" ".timeout 30000" ".backup '$partial/$1'" || die "backup of $1 failed"
    local check
    check="$(sqlite3 "$partial/$1" 'PRAGMA integrity_check;')"
    [ "$check" = ok ] || die "$1: integrity_check says $check"
    count=$((count + 1))
}
# The global database first: every app it lists existed before the files and app databases below
# are read, so the backup never holds an app without its workspace.
backup_db data/streamhub.db
# The core keeps writing while this runs: a directory that changes under tar (an app created meanwhile) is tar's
# exit status 1, "some files differed", and is expected; 2 and up is a real failure.
set +e
tar -C "$src" --warning=no-file-changed --exclude='*.db' --exclude='*.db-wal' --exclude='*.db-shm' --exclude='*.db-journal' \
    --exclude='./apps/*/hls' -cf - . | tar -C "$partial" -xpf -
copied=("${PIPESTATUS[@]}")
set -e
[ "${copied[0]}" -le 1 ] && [ "${copied[1]}" -eq 0 ] || die "copying the files of $src failed (tar exit ${copied[*]})"
while IFS= read -r -d '' db; do
    backup_db "${db#"$src"/}"
done < <(find "$src" -name '*.db' -type f ! -path "$src/data/streamhub.db" -print0)
mv "$partial" "$dest"
printf '[backup.sh] %s: %d database(s) backed up online and checked, plus the other files\n' "$dest" "$count" >&2
