#!/bin/bash
# fault-kill-reextract.sh ARMSGRAPH SRC_DIR BUILD_DIR -- `reextract` is
# atomic per article (issue 14): SIGKILL in the middle of a reextract that
# changes most articles (two trigger words taken out of a copy of data/)
# leaves a store that passes integrity_check and foreign_key_check, where
# every article is either wholly as before (its old dict_hash, its old
# mentions) or wholly re-extracted (the new dict_hash, the mentions a full
# reextract gives it), and no edge is left without a mention; running the
# reextract again then gives the store a run without a kill gives.
#   AG_FAULT_ARTICLES (default 3000, 1000 in the sanitizer build) articles,
#   AG_FAULT_KILLS (default 3) kills
set -u
. "$(dirname "$0")/lib/common.bash"
N=${AG_FAULT_ARTICLES:-3000}
# the sanitizer build extracts several times slower: fewer articles
grep -q '^AG_SANITIZE:BOOL=ON' "$3/CMakeCache.txt" 2>/dev/null && N=${AG_FAULT_ARTICLES:-1000}
KILLS=${AG_FAULT_KILLS:-3}
need sqlite3 "(CLI)"
need python3
scratch C
cd "$W" || exit 1

python3 "$SRC/tests/data/bad/gen_corpus.py" "$N" corpus.jsonl 7 || fail "corpus generator"
"$AG" ingest --quiet --db old.db corpus.jsonl || fail "ingest"
data_without fewer supplied delivered || fail "removing the rule"
cp old.db new.db
ARMSGRAPH_DATA=$W/fewer "$AG" reextract --db new.db >new.out || fail "reference reextract"
changed=$(sed -n 's/^re-extracted [0-9]* articles: \([0-9]*\) changed.*/\1/p' new.out)
[ "${changed:-0}" -gt $((N / 4)) ] || fail "too few articles change for the test to mean anything: $(head -1 new.out)"
old_hash=$(sqlite3 old.db 'SELECT DISTINCT dict_hash FROM articles')
new_hash=$(sqlite3 new.db 'SELECT DISTINCT dict_hash FROM articles')
[ "$old_hash" != "$new_hash" ] && [ "$(echo "$new_hash" | wc -l)" = 1 ] || fail "dict hashes: $old_hash / $new_hash"

# each article's mentions, by content (ids may differ), one line each
mentions() {
    sqlite3 "$1" "SELECT a.sha256, a.dict_hash, group_concat(x, ' / ') FROM articles a LEFT JOIN
        (SELECT m.article_key k, e.type || ' ' || e.source_id || '>' || e.target_id || ' ' ||
                m.sent_start || ' ' || ifnull(m.items, '') || ' ' || m.status || ' ' || m.confidence x
         FROM mentions m JOIN edges e ON e.id = m.edge_id ORDER BY 1, x)
        ON k = a.key GROUP BY a.key ORDER BY a.sha256"
}
mentions old.db >old.m
mentions new.db >new.m
dump_canonical() {
    sqlite3 "$1" "SELECT id, kind, name, state FROM entities ORDER BY 1" || return 1
    sqlite3 "$1" "SELECT alias, entity_id FROM aliases ORDER BY 1, 2" || return 1
    sqlite3 "$1" "SELECT type, source_id, target_id FROM edges ORDER BY 1, 2, 3" || return 1
    mentions "$1"
}
dump_canonical new.db >new.canon

RANDOM=$$
for k in $(seq 1 "$KILLS"); do
    cp old.db kill.db
    rm -f kill.db-wal kill.db-shm
    target=$((1 + RANDOM % (N / 2)))
    ARMSGRAPH_DATA=$W/fewer "$AG" reextract --quiet --db kill.db >kill.out 2>kill.err &
    pid=$!
    while kill -0 $pid 2>/dev/null; do
        done_n=$(sqlite3 -readonly kill.db "SELECT count(*) FROM articles WHERE dict_hash = '$new_hash'" 2>/dev/null)
        [ "${done_n:-0}" -ge "$target" ] && break
        sleep 0.02
    done
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    [ "$(sqlite3 kill.db 'PRAGMA integrity_check')" = ok ] || fail "kill $k: integrity_check"
    [ -z "$(sqlite3 kill.db 'PRAGMA foreign_key_check')" ] || fail "kill $k: foreign keys"
    [ "$(sqlite3 kill.db 'SELECT count(*) FROM edges WHERE id NOT IN (SELECT edge_id FROM mentions)')" = 0 ] ||
        fail "kill $k: an edge without a mention"
    done_n=$(sqlite3 kill.db "SELECT count(*) FROM articles WHERE dict_hash = '$new_hash'")
    # every article as before or as re-extracted, by its hash
    mentions kill.db >kill.m
    python3 - old.m new.m kill.m "$new_hash" <<'PY' || fail "kill $k after $done_n articles: an article is half re-extracted"
import sys
old, new, got = ({l.split("|", 1)[0]: l for l in open(p)} for p in sys.argv[1:4])
bad = [s for s, l in got.items() if l != (new[s] if l.split("|")[1] == sys.argv[4] else old[s])]
assert len(got) == len(old), "articles lost"
if bad:
    print("%d articles neither old nor new, e.g. %s" % (len(bad), got[bad[0]][:200]))
    sys.exit(1)
PY
    echo "kill $k: after $done_n of $N articles, each whole"
    ARMSGRAPH_DATA=$W/fewer "$AG" reextract --quiet --db kill.db || fail "kill $k: reextract to the end"
    dump_canonical kill.db | cmp -s new.canon - || fail "kill $k: the finished reextract != one without a kill"
done
echo "ok: $KILLS kills, every article whole"
