#!/bin/bash
# pagerank-own.sh ARMSGRAPH SRC BUILD -- `central --measure pagerank`
# computes PageRank without igraph (graph/pagerank.c); with
# ARMSGRAPH_PAGERANK=igraph it runs igraph's PRPACK. Both print the same
# bytes, every score and rank, on a generated store of 2,000 actors
# (bench/graph/gen.py: skewed degrees, one large strongly connected
# component, dangling and isolated actors), on the fixture and on the
# examples (fewer than 128 actors: PRPACK's elimination), through the
# filters (--type, --kind, --min-sources, a date window) and the formats.
set -u
. "$(dirname "$0")/lib/common.bash"
python_with || { echo "skip: no python3"; exit 77; }
scratch C
cd "$W" || exit 1

"$PY" "$SRC/bench/graph/gen.py" g.jsonl --actors 2000 --edges 12000 --mentions 20000 \
    --seed 3 2>/dev/null || fail "gen.py"
"$AG" ingest --db g.db --quiet --edges g.jsonl || fail "ingest g.db"
fixture_stores

QUERIES=(
    "--top 0"
    "--top 0 --type supplies"
    "--top 0 --type sanctions,attacks"
    "--top 0 --kind state,person"
    "--top 0 --min-sources 2"
    "--top 0 --min-sources 4 --type supplies,seeks-in-exchange"
    "--top 0 --since 2020 --until 2022"
    "--top 0 --format json"
    "--top 5 --format csv"
    "--top 0 --unweighted"
)

n=0
for db in g.db f.db ex.db; do
    for q in "${QUERIES[@]}"; do
        n=$((n + 1))
        # shellcheck disable=SC2086 # q is words
        "$AG" central --measure pagerank $q --db "$db" >"own$n" 2>&1
        echo "exit $?" >>"own$n"
        # shellcheck disable=SC2086
        ARMSGRAPH_PAGERANK=igraph "$AG" central --measure pagerank $q --db "$db" >"ig$n" 2>&1
        echo "exit $?" >>"ig$n"
        # (the small stores have no edge in some of the filters: an error, the same)
        [ "$db" != g.db ] || grep -q '^exit 0$' "own$n" || fail_later "$db '$q': $(head -3 "own$n")"
        cmp -s "own$n" "ig$n" ||
            fail_later "$db '$q' differs from igraph's: $(diff "ig$n" "own$n" | head -5)"
    done
done
# the generated store has more than 128 actors with links (Gauss-Seidel)
[ "$(grep -c '^ *[0-9]' own1)" -gt 1000 ] || fail_later "g.db: fewer actors than meant"
exit "$status"
