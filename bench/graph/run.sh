#!/bin/sh
# run.sh [BUILD_DIR] -- the graph benchmark (issue 4): generates a store of
# 20,000 actors, 500,000 mentions and 200,000 distinct edges (gen.py, then
# `armsgraph ingest --edges`; both kept in $BENCH_DIR between runs, since
# the ingest takes minutes), then times in the same run:
#   - bench.c: load the graph from the store, one path query, PageRank,
#     betweenness (cutoff 3, then full), peak memory;
#   - the whole `armsgraph central --measure pagerank` and `armsgraph path`
#     commands (/usr/bin/time -v: wall time and peak memory);
#   - nx_bench.py: the same queries with NetworkX on the same graph;
# and prints the table with the ratios. Targets: load <= 1 s, path <= 20 ms
# after load, PageRank <= 0.5 s, the central command <= 2 s.
#
#   BENCH_DIR=/tmp/armsgraph-graph-bench   where the data and results go
#   BENCH_NX_SAMPLES=100             sources of NetworkX's sampled betweenness
#   BENCH_NO_BETWEENNESS=1           skip igraph's full betweenness (minutes)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
DIR=${BENCH_DIR:-/tmp/armsgraph-graph-bench}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
AG="$BUILD/armsgraph"
mkdir -p "$DIR"
cd "$DIR"

if [ ! -f bench.jsonl ]; then
    echo "generating bench.jsonl" >&2
    "$PY" "$HERE/gen.py" bench.jsonl
fi
if [ ! -f bench.db ]; then
    echo "ingesting into bench.db (takes a few minutes)" >&2
    rm -f bench.tmp.db bench.tmp.db-wal bench.tmp.db-shm
    "$AG" ingest --db bench.tmp.db --quiet --edges bench.jsonl
    mv bench.tmp.db bench.db
fi

cc -std=c17 -O2 -I"$SRC/common" -I"$SRC/ingest" -I"$SRC/graph" "$HERE/bench.c" \
    "$BUILD/libarmsgraph.a" $(pkg-config --libs igraph sqlite3 libcjson nettle) -lm -o bench

FROM=A00010
TO=A00500
echo "armsgraph (C, igraph)" >&2
./bench bench.db $FROM $TO links.tsv | tee ag.out >&2
/usr/bin/time -v "$AG" central --db bench.db --measure pagerank --top 10 >central.out 2>central.time
/usr/bin/time -v "$AG" path --db bench.db $FROM $TO >path.out 2>path.time
echo "NetworkX $("$PY" -c 'import networkx; print(networkx.__version__)')" >&2
"$PY" "$HERE/nx_bench.py" links.tsv $FROM $TO "${BENCH_NX_SAMPLES:-100}" | tee nx.out >&2

val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
wall() { # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23" -> seconds
    sed -n 's/.*Elapsed (wall clock) time.*: //p' "$1" |
        awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
}
rss() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
row() { # name armsgraph networkx target
    awk -v n="$1" -v a="$2" -v x="$3" -v t="$4" 'BEGIN {
        r = (a != "" && x != "" && a > 0) ? sprintf("%.2gx", x / a) : "-";
        printf "%-36s %12s %12s %8s %10s\n", n, a == "" ? "-" : a, x == "" ? "-" : x, r, t }'
}
echo
echo "graph: $(val ag.out actors) actors, $(val ag.out edges) typed edges ($(val nx.out edges) links)"
printf "%-36s %12s %12s %8s %10s\n" "seconds" "armsgraph" "networkx" "nx/ag" "target"
row "load graph (store / TSV)" "$(val ag.out load)" "$(val nx.out load)" "<= 1"
row "one path query after load" "$(val ag.out path)" "$(val nx.out path)" "<= 0.020"
row "pagerank" "$(val ag.out pagerank)" "$(val nx.out pagerank)" "<= 0.5"
row "betweenness, paths <= 3 hops" "$(val ag.out betweenness_cutoff3_unweighted)" "" ""
row "betweenness (nx: extrapolated)" "$(val ag.out betweenness_unweighted)" \
    "$(val nx.out betweenness_unweighted_extrapolated)" ""
row "armsgraph central --measure pagerank" "$(wall central.time)" "" "<= 2"
row "armsgraph path $FROM $TO" "$(wall path.time)" "" ""
echo "peak memory: bench $(val ag.out peak_rss_kb) kB, central command $(rss central.time) kB"
echo "pagerank top: armsgraph $(grep pagerank_top ag.out | cut -d' ' -f2-), networkx $(grep pagerank_top nx.out | cut -d' ' -f2-)"
