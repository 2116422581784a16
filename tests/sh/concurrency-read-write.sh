#!/bin/bash
# concurrency-read-write.sh ARMSGRAPH SRC_DIR BUILD_DIR -- readers work while
# an ingest writes (WAL journal, busy timeout): stats, edges, central and the
# three exports run in a loop against a store that `armsgraph ingest` is
# filling with AG_CONC_ARTICLES (default 1500) generated articles, fed
# through a pipe in bursts for about two seconds; every
# query must exit 0 with no error on stderr, and the numbers of articles it
# sees never go down.
set -u
. "$(dirname "$0")/lib/common.bash"
N=${AG_CONC_ARTICLES:-1500}
need python3
scratch C
# the ingest does not take the fixed clock of the other tests
unset ARMSGRAPH_NOW ARMSGRAPH_BUSY_TIMEOUT
ingest_pid=
trap '[ -n "$ingest_pid" ] && { kill -KILL $ingest_pid; wait $ingest_pid; } 2>/dev/null; rm -rf "$W"' EXIT

python3 "$SRC/tests/data/bad/gen_corpus.py" 20 "$W/first.jsonl" 3 || fail "corpus generator"
python3 "$SRC/tests/data/bad/gen_corpus.py" "$N" "$W/corpus.jsonl" 11 || fail "corpus generator"
DB="$W/store.db"
# a store with something in it, so every query has a graph to work on
"$AG" ingest --db "$DB" "$W/first.jsonl" >/dev/null 2>"$W/err" || { cat "$W/err"; fail "first ingest"; }

# the corpus goes in through a pipe, in 10 bursts 0.2 s apart, so that the
# ingest keeps writing for a while however fast it is
split -n l/10 "$W/corpus.jsonl" "$W/part."
for p in "$W"/part.*; do
    cat "$p"
    sleep 0.2
done | "$AG" ingest --jsonl --db "$DB" - >"$W/ingest.out" 2>"$W/ingest.err" &
ingest_pid=$!

queries=(
    "stats --format json"
    "edges"
    "central --measure pagerank --top 0"
    "central --measure betweenness --top 0"
    "export dot"
    "stats --format json"
    "export gexf"
    "export json"
)
rounds=0
runs=0
partial=0
last=0
while kill -0 "$ingest_pid" 2>/dev/null || [ "$rounds" -eq 0 ]; do
    for q in "${queries[@]}"; do
        # shellcheck disable=SC2086
        if ! "$AG" $q --db "$DB" >"$W/q.out" 2>"$W/q.err"; then
            cat "$W/q.err"
            fail "'armsgraph $q' failed during the ingest (round $rounds)"
        fi
        [ -s "$W/q.err" ] && { cat "$W/q.err"; fail "'armsgraph $q' wrote to stderr"; }
        [ -s "$W/q.out" ] || fail "'armsgraph $q' printed nothing"
        if [ "${q%% *}" = stats ]; then
            n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["articles"])' "$W/q.out") ||
                fail "stats --format json is not JSON with 'articles'"
            [ "$n" -ge "$last" ] || fail "articles went down from $last to $n"
            last=$n
            [ "$n" -gt 20 ] && [ "$n" -lt $((N + 20)) ] && partial=$((partial + 1))
        fi
        runs=$((runs + 1))
    done
    rounds=$((rounds + 1))
done
wait "$ingest_pid"
rc=$?
ingest_pid=
[ "$rc" = 0 ] || { cat "$W/ingest.err"; fail "ingest failed with exit $rc while readers ran"; }
[ "$partial" -ge 1 ] || fail "no query saw the store half filled: the readers did not overlap the ingest"
total=$(("$AG" stats --db "$DB" --format json) | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
[ "$total" = $((N + 20)) ] || fail "store holds $total articles, want $((N + 20))"
echo "$runs queries in $rounds rounds during the ingest ($partial saw it half done), all fine; $total articles stored"
