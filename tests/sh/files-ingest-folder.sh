#!/bin/bash
# files-ingest-folder.sh ARMSGRAPH SRC BUILD -- ingesting a folder follows
# no symbolic link by default (a link to a file outside must not bring it
# in) and says how many it skipped, on stderr and in the summary;
# --follow-symlinks follows them, refuses a link to a missing file by name
# and stops at a link loop; a FIFO in a folder is named, never opened; a
# FIFO named on the command line is opened without blocking.
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
cd "$W" || exit 1
mkdir -p in/sub outside
printf 'Drones for the front\n\nIran shipped 300 attack drones to Russia last week.\n' >in/a.txt
printf 'Shells by train\n\nNorth Korea delivered artillery shells to Russia in December.\n' >outside/secret.txt
ln -s ../outside/secret.txt in/link.txt
ln -s ../outside in/linkdir
ln -s nowhere.txt in/dangling.txt
ln -s .. in/sub/up
mkfifo in/pipe.txt

# ---- default: no link followed, the FIFO named, the count said
timeout 20 "$AG" ingest --db s.db in >out.txt 2>err.txt
rc=$?
[ $rc = 1 ] || fail_later "default ingest: exit $rc (want 1: the FIFO is refused)"
[ "$(cat out.txt)" = "added 1 article, skipped 0 (already stored), refused 1; 4 symbolic links not followed" ] ||
    fail_later "summary: $(cat out.txt)"
grep -qxF "armsgraph: in/pipe.txt: a FIFO, not read" err.txt || fail_later "no FIFO message: $(cat err.txt)"
grep -qxF "armsgraph: warning: 4 symbolic links in folders not followed (--follow-symlinks follows them)" err.txt ||
    fail_later "no link count on stderr: $(cat err.txt)"
"$AG" entities --db s.db --format json >ent.json
grep -q '"North Korea"' ent.json && fail_later "the article outside the folder was stored through a link"
timeout 20 "$AG" ingest --db j.db --format json in 2>/dev/null | grep -q '"links_not_followed":[[:space:]]*4' ||
    fail_later "the JSON summary has no links_not_followed: 4"

# ---- --follow-symlinks: links followed, dangling named, the loop stopped
timeout 20 "$AG" ingest --db f.db --follow-symlinks in >out.txt 2>err.txt
rc=$?
[ $rc = 1 ] || fail_later "--follow-symlinks: exit $rc"
grep -qxF "armsgraph: in/dangling.txt: a symbolic link to a missing file" err.txt ||
    fail_later "no dangling-link message: $(cat err.txt)"
grep -qxF "armsgraph: in/sub/up: warning: a symbolic link loop, not followed" err.txt ||
    fail_later "no loop message: $(cat err.txt)"
"$AG" entities --db f.db --format json | grep -q '"North Korea"' ||
    fail_later "--follow-symlinks did not read the linked article"

# ---- a FIFO named on the command line, with no writer: read as empty, no hang
mkfifo lone.txt
timeout 20 "$AG" ingest --db g.db lone.txt >/dev/null 2>err.txt
rc=$?
[ $rc = 124 ] && fail_later "ingest of a FIFO without a writer blocked"
[ $rc = 1 ] || fail_later "ingest of a FIFO without a writer: exit $rc"
timeout 20 "$AG" ingest --edges --db g.db lone.txt >/dev/null 2>&1
[ $? = 124 ] && fail_later "ingest --edges of a FIFO without a writer blocked"
# ... and with a writer it is read
printf 'Drones for the front\n\nIran shipped 300 attack drones to Russia last week.\n' >lone.txt &
sleep 0.2
timeout 20 "$AG" ingest --db h.db lone.txt >out.txt 2>err.txt || true
wait
[ $status = 0 ] && echo "ok: links counted, not followed; --follow-symlinks follows; FIFOs never block"
exit $status
