#!/bin/bash
# files-store-lifecycle.sh ARMSGRAPH SRC BUILD -- an ingest that can read
# nothing (missing files, a link to one, a missing folder) creates no store
# (an empty input that could be read, like /dev/null, makes an empty one); after
# an ingest and any number of queries the folder holds the store alone, no
# -wal or -shm file (the store is closed properly, by readers too).
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
mkdir "$W/in" "$W/run"
printf 'Drones for the front\n\nIran shipped 300 attack drones to Russia last week, officials in Kyiv said. The United States imposed sanctions on Iran on Tuesday.\n' >"$W/in/a.txt"
ln -s "$W/in/gone.txt" "$W/in/dangling.txt"
cd "$W/run" || exit 1

# ---- nothing read: no store, with the default path and with --db
"$AG" ingest nothere.txt >"$W/out.txt" 2>"$W/err.txt" && fail_later "ingest of a missing file succeeded"
grep -qxF "armsgraph: nothere.txt: No such file or directory" "$W/err.txt" ||
    fail_later "message: $(cat "$W/err.txt")"
"$AG" ingest --db x.db nothere.txt "$W/in/dangling.txt" "$W/nofolder" >/dev/null 2>&1 &&
    fail_later "ingest of unreadable files succeeded"
[ -z "$(ls -A)" ] || fail_later "an ingest that read nothing left: $(ls -A | tr '\n' ' ')"

# ---- a store made and queried: the folder holds store.db alone
"$AG" ingest --quiet --db store.db "$W/in/a.txt" nothere.txt 2>/dev/null
[ -f store.db ] || fail_later "the ingest of a.txt made no store"
q() { "$AG" "$@" --db store.db >/dev/null 2>&1 || fail_later "armsgraph $* failed"; }
q stats
q edges --format json
q entities
q path Iran Russia
q central
q show Iran
q neighbors Iran
q communities
q export json
"$AG" ingest --quiet --db store.db "$W/in/a.txt" || fail_later "second ingest"
"$AG" ingest --quiet --db empty.db --edges /dev/null || fail_later "ingest --edges /dev/null"
[ -f empty.db ] || fail_later "an empty input that could be read made no store"
q stats
"$AG" merge --quiet merged.db store.db || fail_later "merge"
[ "$(ls -A | tr '\n' ' ')" = "empty.db merged.db store.db " ] ||
    fail_later "after ingest and queries the folder holds: $(ls -A | tr '\n' ' ')"
[ $status = 0 ] && echo "ok: no store from nothing; no -wal or -shm left after the commands"
exit $status
