#!/bin/bash
# badinput-diskfull.sh ARMSGRAPH SRC_DIR BUILD_DIR -- the disk fills up in
# the middle of an ingest: armsgraph stops with "FILE: ...: disk full" (exit
# 1; when a batch's commit failed, followed by how many articles of the
# batch were lost), the store passes integrity_check and holds exactly the articles it
# reported as added, each with all its mentions; once there is room again,
# the same ingest completes it to what an undisturbed run stores.
#
# The full disk is a 1.5 MiB tmpfs mounted in a private user and mount
# namespace (unshare -Urm), so no root is needed; 3,000 articles make a
# store of about 3 MB, so several batches of 256 articles
# (ARMSGRAPH_INGEST_BATCH: the default of 2048 or 0.1 s would fill the disk
# within the first batch of these short articles) are committed before it
# fills. Where namespaces are not allowed, the
# file-size limit (ulimit -f, SIGXFSZ ignored) stands in for it and SQLite
# reports a "disk I/O error" instead.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"
export ARMSGRAPH_INGEST_BATCH=256

need sqlite3 "(CLI)"
need python3

scratch C
export AG
cd "$W" || exit 1

python3 "$SRC/tests/data/bad/gen_corpus.py" 3000 corpus.jsonl 5 || fail "corpus generator"
"$AG" ingest --db ref.db corpus.jsonl >/dev/null 2>&1 || fail "reference ingest"
counts() {
    sqlite3 "$1" "SELECT a.id || ' ' || count(m.id) FROM articles a
                  LEFT JOIN mentions m ON m.article_key = a.key GROUP BY a.key ORDER BY a.id"
}
counts ref.db >ref.counts

mkdir mnt
lost=' \(the last [0-9]+ articles? added (was|were) lost\)|'
lost="($lost)"
if unshare -Urm true 2>/dev/null; then
    how="a full 1.5 MiB tmpfs"
    # the store is copied out before the namespace (and its mount) goes away
    unshare -Urm sh -c 'mount -t tmpfs -o size=1536k tmpfs mnt || exit 97
        "$AG" ingest --db mnt/s.db corpus.jsonl >out.txt 2>err.txt
        echo $? >rc.txt
        cp mnt/s.db s.db
        [ ! -f mnt/s.db-wal ] || cp mnt/s.db-wal s.db-wal' || fail "tmpfs in a user namespace"
    sed -i 's|mnt/s\.db|s.db|' err.txt
    want='^armsgraph: s\.db: (committing|storing an article): disk full'"$lost"'$'
else
    how="a file-size limit of 1.5 MiB"
    (
        trap '' XFSZ
        ulimit -f 1536
        "$AG" ingest --db s.db corpus.jsonl >out.txt 2>err.txt
        echo $? >rc.txt
    )
    want='^armsgraph: s\.db: (committing|storing an article): (disk full|disk I/O error)'"$lost"'$'
fi
rc=$(cat rc.txt)
[ "$rc" = 1 ] || { cat err.txt; fail "ingest on $how: exit $rc, want 1"; }
[ "$(wc -l <err.txt)" = 1 ] || { cat err.txt; fail "want one message"; }
grep -Eq "$want" err.txt || { cat err.txt; fail "message does not match $want"; }
added=$(sed -n 's/^added \([0-9]*\) articles\{0,1\},.*/\1/p' out.txt)
[ -n "$added" ] || { cat out.txt; fail "no summary"; }
[ "$added" -gt 0 ] && [ "$added" -lt 3000 ] || fail "added $added: the disk did not fill in the middle"
[ "$(sqlite3 s.db 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after disk full"
[ "$(sqlite3 s.db 'SELECT count(*) FROM articles')" = "$added" ] ||
    fail "store holds $(sqlite3 s.db 'SELECT count(*) FROM articles') articles, the summary said $added"
half=$(counts s.db | comm -23 - ref.counts)
[ -z "$half" ] || fail "articles stored without all their mentions: $half"
echo "ok: disk full ($how) after $added articles: $(cat err.txt)"

# room again: the same ingest finishes the job
"$AG" ingest --db s.db corpus.jsonl >out2.txt 2>err2.txt || { cat err2.txt; fail "re-run with room"; }
[ "$(counts s.db)" = "$(counts ref.db)" ] || fail "re-run does not converge to the reference"
echo "ok: re-run with room: $(cat out2.txt)"
