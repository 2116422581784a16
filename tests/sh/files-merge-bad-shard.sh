#!/bin/bash
# files-merge-bad-shard.sh ARMSGRAPH SRC BUILD -- `merge OUT SHARD...` with a
# bad shard (not a store, missing, or holding rows a store may not hold)
# names the shard in its error, exits 1, and leaves no OUT behind when the
# run created it; an OUT that existed before stays, unchanged.
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
cd "$W" || exit 1
"$AG" ingest --quiet --db good.db --edges "$SRC/tests/data/graph/edges.jsonl" || { echo "FAIL: setup"; exit 1; }
echo 'not a store at all' >junk.db

# expect_fail OUT MESSAGE SHARD... : merge fails naming the shard, OUT is gone
expect_gone() {
    local out=$1 msg=$2
    shift 2
    "$AG" merge "$out" "$@" >merge.out 2>merge.err
    rc=$?
    [ $rc = 1 ] || fail_later "merge $out $*: exit $rc"
    grep -qxF "$msg" merge.err || fail_later "merge $out $*: message: $(cat merge.err)"
    for f in "$out" "$out-wal" "$out-shm" "$out-journal"; do
        [ -e "$f" ] && fail_later "merge $out $* left $f behind"
    done
}
expect_gone out1.db "armsgraph: junk.db: not an armsgraph store (file is not a database)" junk.db
expect_gone out2.db "armsgraph: junk.db: not an armsgraph store (file is not a database)" good.db junk.db
expect_gone out3.db "armsgraph: nothere.db: no such store (run 'armsgraph ingest' to create one)" good.db nothere.db

# a shard with a row the schema forbids (written past its CHECK): the
# message names the shard, not the output store
cp good.db bad.db
sql="PRAGMA ignore_check_constraints = 1; INSERT INTO entities VALUES ('ZZZ', 'bogus', 'Zed', NULL);"
if command -v sqlite3 >/dev/null 2>&1; then
    sqlite3 bad.db "$sql" || fail_later "setup of bad.db"
elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit(); c.close()' bad.db "$sql" || fail_later "setup of bad.db"
else
    bad_skipped=1
fi
if [ -z "${bad_skipped:-}" ]; then
    msg="armsgraph: bad.db: merging an entity: the shard holds what a store may not (CHECK constraint failed: kind IN ('state', 'person', 'organization'))"
    expect_gone out4.db "$msg" bad.db
    # an output that existed before is neither removed nor changed
    cp good.db keep.db
    "$AG" edges --db keep.db --format json >before.json
    "$AG" merge keep.db bad.db 2>merge.err && fail_later "merge into keep.db succeeded"
    grep -qxF "$msg" merge.err || fail_later "merge keep.db bad.db: message: $(cat merge.err)"
    [ -f keep.db ] || fail_later "the existing output was removed"
    "$AG" edges --db keep.db --format json >after.json || fail_later "the existing output is unreadable"
    cmp -s before.json after.json || fail_later "the existing output changed"
fi
# and a good merge still creates its output
"$AG" merge --quiet made.db good.db || fail_later "merge made.db good.db"
[ -f made.db ] || fail_later "a good merge made no store"
[ $status = 0 ] && echo "ok: a bad shard is named, a created output removed, an existing one kept"
exit $status
