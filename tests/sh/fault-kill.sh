#!/bin/bash
# fault-kill.sh ARMSGRAPH SRC_DIR BUILD_DIR -- SIGKILL in the middle of an
# ingest must leave a store that opens, passes PRAGMA integrity_check and
# holds only whole articles; ingesting again converges to the store a single
# uninterrupted run builds.
#
#  1. generate AG_FAULT_ARTICLES (default 5000) made-up articles
#     (tests/data/bad/gen_corpus.py) and ingest them once into ref.db;
#  2. AG_FAULT_KILLS times (default 5): start the same ingest into kill.db,
#     SIGKILL it once it has stored a random number of the articles left
#     (watched with sqlite3 -readonly), then check kill.db: integrity_check ok,
#     foreign keys ok, `armsgraph stats` works, every stored article carries
#     exactly the mentions it has in ref.db, no edge without a mention;
#  3. run the ingest to the end: kill.db holds the same articles, entities,
#     aliases, edges and mentions as ref.db, and one more run adds nothing.
# The first kill hits an ingest with the default batches of articles per
# transaction; the later ones, which have fewer articles left than a batch
# holds, an ingest committing every 8 articles (ARMSGRAPH_INGEST_BATCH), so
# that the watcher sees them adding articles before they end.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"
N=${AG_FAULT_ARTICLES:-5000}
KILLS=${AG_FAULT_KILLS:-5}

need sqlite3 "(CLI)"
need python3

scratch C

python3 "$SRC/tests/data/bad/gen_corpus.py" "$N" "$W/corpus.jsonl" 7 || fail "corpus generator"

# per-article mention counts, and the mentions themselves, independent of rowids
counts() {
    sqlite3 "$1" "SELECT a.id || ' ' || count(m.id) FROM articles a
                  LEFT JOIN mentions m ON m.article_key = a.key GROUP BY a.key ORDER BY a.id"
}
fingerprint() {
    sqlite3 "$1" "SELECT a.id, e.type, e.source_id, e.target_id, m.sent_start, m.sent_end,
                         m.items, m.date, m.status, m.confidence
                  FROM mentions m JOIN edges e ON e.id = m.edge_id
                  JOIN articles a ON a.key = m.article_key ORDER BY 1, 2, 3, 4, 5, 6"
    sqlite3 "$1" "SELECT id, kind, name, state FROM entities ORDER BY id"
    sqlite3 "$1" "SELECT alias, entity_id FROM aliases ORDER BY 1, 2"
    sqlite3 "$1" "SELECT type, source_id, target_id FROM edges ORDER BY 1, 2, 3"
}
totals() {
    sqlite3 "$1" "SELECT (SELECT count(*) FROM articles) || ' articles, ' ||
                         (SELECT count(*) FROM entities) || ' entities, ' ||
                         (SELECT count(*) FROM edges) || ' edges, ' ||
                         (SELECT count(*) FROM mentions) || ' mentions'"
}
now_ms() { date +%s%3N; }

t0=$(now_ms)
"$AG" ingest --db "$W/ref.db" "$W/corpus.jsonl" >"$W/ref.out" 2>"$W/ref.err" ||
    { cat "$W/ref.err"; fail "reference ingest failed"; }
t1=$(now_ms)
T=$((t1 - t0))
ref_totals=$(totals "$W/ref.db")
echo "reference: $ref_totals in $T ms"
[ "$(sqlite3 "$W/ref.db" 'SELECT count(*) FROM articles')" = "$N" ] || fail "reference holds not $N articles"
[ "$(sqlite3 "$W/ref.db" 'SELECT count(*) FROM mentions')" -gt "$N" ] ||
    fail "reference has too few mentions for the test to mean anything"
# a second run over the same store only skips
"$AG" ingest --db "$W/ref.db" "$W/corpus.jsonl" >/dev/null 2>&1 || fail "re-run over the reference failed"
[ "$(totals "$W/ref.db")" = "$ref_totals" ] || fail "a re-run over the reference changed it"
counts "$W/ref.db" >"$W/ref.counts"
fingerprint "$W/ref.db" >"$W/ref.fp"

RANDOM=$$
progress=0
prev=0
for k in $(seq 1 "$KILLS"); do
    # kill once the store holds a random number of articles between what it
    # had and the end (plus up to 3 ms more, to land anywhere in the next
    # transaction): every kill interrupts an ingest that is writing
    target=$((prev + 1 + RANDOM % ((N - prev) / 2 + 1)))
    batch=
    [ "$k" -gt 1 ] && batch=8
    ARMSGRAPH_INGEST_BATCH=$batch "$AG" ingest --db "$W/kill.db" "$W/corpus.jsonl" >"$W/kill.out" 2>"$W/kill.err" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        if [ -f "$W/kill.db" ]; then
            c=$(sqlite3 -readonly "$W/kill.db" 'SELECT count(*) FROM articles' 2>/dev/null)
            [ "${c:-0}" -ge "$target" ] && break
        fi
        sleep 0.005
    done
    sleep "0.00$((RANDOM % 4))"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    rc=$?
    [ -f "$W/kill.db" ] || fail "kill $k: no store"
    ic=$(sqlite3 "$W/kill.db" 'PRAGMA integrity_check' 2>&1)
    [ "$ic" = ok ] || fail "kill $k: integrity_check: $ic"
    fk=$(sqlite3 "$W/kill.db" 'PRAGMA foreign_key_check' 2>&1)
    [ -z "$fk" ] || fail "kill $k: foreign_key_check: $fk"
    "$AG" stats --db "$W/kill.db" >"$W/stats.out" 2>&1 || { cat "$W/stats.out"; fail "kill $k: stats fails"; }
    counts "$W/kill.db" >"$W/kill.counts"
    half=$(comm -23 "$W/kill.counts" "$W/ref.counts")
    [ -z "$half" ] || fail "kill $k: articles stored with missing or extra mentions: $(echo "$half" | head -3)"
    orphans=$(sqlite3 "$W/kill.db" 'SELECT count(*) FROM edges WHERE id NOT IN (SELECT edge_id FROM mentions)')
    [ "$orphans" = 0 ] || fail "kill $k: $orphans edges without a mention"
    n=$(wc -l <"$W/kill.counts")
    [ "$n" -ge "$prev" ] || fail "kill $k: articles went from $prev to $n"
    if [ "$rc" -ne 0 ] && [ "$n" -lt "$N" ]; then
        [ "$n" -gt "$prev" ] && progress=$((progress + 1))
    fi
    echo "kill $k: at $target+ articles (exit $rc): $n of $N articles stored, store consistent"
    prev=$n
done
[ "$progress" -ge $((KILLS / 2 + 1)) ] ||
    fail "only $progress of $KILLS kills interrupted an ingest that was adding articles"

# the re-run completes the store, with no duplicates
"$AG" ingest --db "$W/kill.db" "$W/corpus.jsonl" >"$W/final.out" 2>"$W/final.err" ||
    { cat "$W/final.err"; fail "final ingest failed"; }
[ "$(totals "$W/kill.db")" = "$ref_totals" ] || fail "after the re-run: $(totals "$W/kill.db"), want $ref_totals"
fingerprint "$W/kill.db" >"$W/kill.fp"
cmp -s "$W/ref.fp" "$W/kill.fp" || { diff "$W/ref.fp" "$W/kill.fp" | head -10; fail "re-run store differs from the reference"; }
[ "$(sqlite3 "$W/kill.db" 'PRAGMA integrity_check')" = ok ] || fail "final integrity_check"

# and once more: nothing changes
"$AG" ingest --db "$W/kill.db" "$W/corpus.jsonl" >/dev/null 2>&1 || fail "idempotent re-run failed"
[ "$(totals "$W/kill.db")" = "$ref_totals" ] || fail "a complete re-run changed the store"
echo "converged: $ref_totals ($progress of $KILLS kills interrupted an ingest that was adding articles)"
